// Assembles the edition AST from a decoded plain-text manuscript: structure,
// paragraphs, claims, markers and notes, with positions on every node.
import {
  type Omission,
  paragraphsOf,
  type Root,
  type Settings,
  type SourceFile
} from '@colophon/schema'
import type { VFile } from 'vfile'
import { type Block, blocks as findBlocks, lineEndings } from '../shared/blocks.js'
import type { Encoding } from '../shared/decode.js'
import { exclude } from '../shared/exclusions.js'
import { assignIds, cite, meta, noteKey } from '../shared/finish.js'
import { report } from '../shared/messages.js'
import { reportOddities } from '../shared/oddities.js'
import { normalize } from '../shared/paragraph.js'
import { type Positioner, positioner } from '../shared/positions.js'
import { type AmbiguousBody, bindBodies } from './bind-bodies.js'
import { type BodyOrder, isLetterLabel } from './markers.js'
import { findNotes, type NoteEntry } from './notes.js'
import { type ChapterDraft, outline } from './outline.js'
import { type NoteSource, placeNotes } from './place-notes.js'
import { readsSpacedNumerals } from './spaced-numerals.js'
import { isSymbolLabel } from './symbol-notes.js'

export type { ChapterDraft } from './outline.js'

/** Everything the builder needs besides the text. */
export interface BuildOptions {
  settings: Settings
  source: SourceFile
  /** Offsets of control characters found while decoding. */
  controls?: readonly number[]
  /** The encoding the manuscript was decoded from. */
  encoding?: Encoding
  /** A separate notes file, already decoded. */
  notes?: { file: VFile; source: SourceFile }
}

/** Builds the tree of `file` (its value is the decoded text), stage after stage. */
export function buildTree(file: VFile, options: BuildOptions): Root {
  const text = String(file.value)
  const endings = lineEndings(text)
  const position = positioner(text, endings)
  const { settings, source } = options
  const omitted: Omission[] = []
  reportOddities(
    file,
    text,
    { controls: options.controls ?? [], encoding: options.encoding, language: settings.language },
    position
  )

  const all = findBlocks(text, endings)
  const excluded = excludedBlocks({ file, position, all }, settings, omitted)
  const found = readNotes({ file, position, all, excluded }, options, omitted)
  const { notes } = found
  const { chapters, chapterOfBlock, title } = outline(
    {
      file,
      position,
      all,
      isText: (index) => !excluded.has(index) && !notes.taken.has(index),
      isNote: (index) => notes.taken.has(index),
      settings,
      source,
      bodies: found.bodies,
      symbolNotes: found.symbolNotes,
      holdsNotes: notes.entries.length > 0 || options.notes !== undefined
    },
    omitted
  )
  const noteSources: NoteSource[] = [{ text, position, entries: notes.entries }]
  if (found.notesFile) noteSources.push(found.notesFile)
  for (const body of bindBodies(text, chapters, notes.entries, chapterOfBlock)) {
    reportAmbiguousBody(file, body, position)
  }
  placeNotes(chapters, noteSources, chapterOfBlock, settings.notes?.numbering)
  const root: Root = {
    type: 'root',
    meta: meta(settings, title, options.notes ? [source, options.notes.source] : [source]),
    children: chapters.map((draft) => draft.node),
    position: position(0, text.length)
  }
  if (omitted.length > 0) {
    omitted.sort((a, b) => a.position.start.offset - b.position.start.offset)
    root.omitted = omitted
  }
  assignIds(root.children)
  pointElsewhere(chapters)
  return root
}

/** The blocks the settings exclude, each reported and kept as an omission. */
function excludedBlocks(
  read: { file: VFile; position: Positioner; all: readonly Block[] },
  settings: Settings,
  omitted: Omission[]
): Set<number> {
  const { file, position, all } = read
  const text = String(file.value)
  const blockAt = (index: number) => all[index] as Block
  // Each rule reads every block: its words are cut out and normalised once, for all the rules.
  const forms: (readonly string[] | undefined)[] = []
  return exclude(
    file,
    settings,
    {
      count: all.length,
      forms: (index) =>
        (forms[index] ??= [normalize(text.slice(blockAt(index).start, blockAt(index).end))]),
      place: (index) => position(blockAt(index).start, blockAt(index).end)
    },
    omitted
  )
}

/**
 * Points each reference to a note whose body stands in another chapter at that chapter's note,
 * and names it anew as the note citing its claims.
 */
function pointElsewhere(chapters: readonly ChapterDraft[]): void {
  for (const draft of chapters) {
    if (draft.elsewhere.size === 0) continue
    for (const { node } of draft.references) {
      const key = noteKey(node.number, node.label)
      const owner = draft.elsewhere.get(key)
      if (owner !== undefined) node.identifier = `${chapters[owner]?.node.id}-${key}`
    }
    for (const section of draft.node.children)
      for (const paragraph of paragraphsOf(section)) cite(paragraph)
  }
}

/** Says which of several markers a body in the text was given, and why. */
function reportAmbiguousBody(file: VFile, body: AmbiguousBody, position: Positioner): void {
  const [chosen, ...others] = body.markers.map((at) => position(at, at + 1).start)
  const label = body.entry.label
  const where = (point: { line: number; column: number } | undefined) =>
    `${point?.line}:${point?.column}`
  const why = body.byWord ? 'whose word it repeats' : 'the nearest before it'
  const reason = `Read the body \`${label}\` as the note of the \`${label}\` at ${where(chosen)}, ${why}, not of the one at ${others.map(where).join(' or ')}, which then has no body; check it`
  report(file, 'info', 'marker-ambiguous', reason, position(body.entry.start, body.entry.bodyStart))
}

/** What the notes pass found, and what reading the markers needs to know of it. */
interface NotesRead {
  notes: ReturnType<typeof findNotes>
  notesFile: NoteSource | undefined
  /** The numbered bodies in order, when there are any (see `markers.ts`). */
  bodies: BodyOrder | undefined
  /** The symbols and letters the bodies are labelled with, so that symbols and `[a]` may cite notes. */
  symbolNotes: ReadonlySet<string>
}

/** Finds the note bodies of the text and its notes file, reporting and keeping out what it must. */
function readNotes(
  read: {
    file: VFile
    position: Positioner
    all: readonly Block[]
    excluded: ReadonlySet<number>
  },
  options: BuildOptions,
  omitted: Omission[]
): NotesRead {
  const { file, position, all, excluded } = read
  const text = String(file.value)
  const { language, notes: stated } = options.settings
  const notes = findNotes(text, all, {
    skip: excluded,
    ...(language ? { language } : {}),
    ...(stated?.headings ? { headings: stated.headings } : {})
  })
  for (const problem of notes.problems) {
    report(file, 'warning', 'note-unclosed', problem.reason, position(problem.start, problem.end))
  }
  for (const heading of notes.headings) {
    omitted.push({ reason: 'notes-heading', position: position(heading.start, heading.end) })
  }
  for (const body of notes.guessed) {
    report(file, 'info', 'marker-ambiguous', body.reason, position(body.start, body.end))
  }
  for (const block of notes.unread) {
    const reason = `Read the block opening \`${block.opening.trim()}\` as text, not as a note: it ends the notes section before it, for no marker cites that label and it continues no note; if it is a note, label it as its marker is written`
    report(file, 'info', 'marker-ambiguous', reason, position(block.start, block.end))
  }
  const notesFile = options.notes
    ? readNotesFile(options.notes.file, options.notes.source.path)
    : undefined
  const { numbers, parenthesized } = bodyNumbers([notes.entries, notesFile?.entries ?? []])
  const isText = (index: number) => !excluded.has(index) && !notes.taken.has(index)
  const styles = options.settings.notes?.markers
  const reading = () =>
    styles
      ? { spaced: styles.includes('spaced'), paren: styles.includes('paren') }
      : readsSpacedNumerals(text, all, isText, numbers)
  const bodies: BodyOrder | undefined =
    numbers.length > 0
      ? { numbers, next: 0, ...reading(), cited: 0, skipped: 0, parenthesized }
      : undefined
  const symbolNotes = new Set(
    notes.entries.flatMap((entry) =>
      isSymbolLabel(entry.label) || isLetterLabel(entry.label) ? [entry.label] : []
    )
  )
  return { notes, notesFile, bodies, symbolNotes }
}

/**
 * The numbers of the numbered note bodies, in the order they stand, and the places among them
 * of those whose number is written in parentheses.
 */
function bodyNumbers(sources: readonly (readonly NoteEntry[])[]): {
  numbers: number[]
  parenthesized: Set<number>
} {
  const numbers: number[] = []
  const parenthesized = new Set<number>()
  for (const entries of sources) {
    for (const entry of entries) {
      if (!/^[0-9]+$/.test(entry.label)) continue
      if (entry.parenthesized) parenthesized.add(numbers.length)
      numbers.push(entry.number)
    }
  }
  return { numbers, parenthesized }
}

/**
 * Note entries of a separate notes file; its problems are messages on that file. Its bodies
 * name it as the tree's sources do (`name`), not by the path it was read by.
 */
function readNotesFile(file: VFile, name: string): NoteSource {
  const text = String(file.value)
  const position = positioner(text)
  const found = findNotes(text, findBlocks(text), { allNotes: true })
  for (const problem of found.problems) {
    report(file, 'warning', 'note-unclosed', problem.reason, position(problem.start, problem.end))
  }
  return { text, position, entries: found.entries, path: name }
}
