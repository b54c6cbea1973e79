// Assembles the edition AST from a decoded plain-text manuscript: structure,
// paragraphs, claims, markers and notes, with positions on every node.
import type {
  Chapter,
  Omission,
  Paragraph,
  Root,
  Section,
  Settings,
  SourceFile
} from '@colophon/schema'
import type { VFile } from 'vfile'
import { bindBodies } from './bind-bodies.js'
import { type Block, blockText, blocks as findBlocks, lineEndings } from './blocks.js'
import { exclude } from './exclusions.js'
import { assignIds, cite, meta, noteKey } from './finish.js'
import { type HeadingKind, headingKind, isTitleLike, namedHeading } from './headings.js'
import { closingQuotes } from './language.js'
import {
  type Ambiguity,
  type BodyOrder,
  type Marker,
  type Sequence,
  scanMarkers
} from './markers.js'
import { report } from './messages.js'
import { findNotes, type NoteEntry } from './notes.js'
import { buildParagraph, isVerse, normalize, type PendingReference } from './paragraph.js'
import { type NoteSource, placeNotes } from './place-notes.js'
import { type Positioner, positioner } from './positions.js'
import { readsSpacedNumerals } from './spaced-numerals.js'
import { isSymbolLabel } from './symbol-notes.js'
import { readTitle, withoutMarkers } from './titles.js'

/** Everything the builder needs besides the text. */
export interface BuildOptions {
  settings: Settings
  source: SourceFile
  /** Offsets of control characters found while decoding. */
  controls?: readonly number[]
  /** A separate notes file, already decoded. */
  notes?: { file: VFile; source: SourceFile }
}

export interface ChapterDraft {
  node: Chapter
  sequence: Sequence
  references: PendingReference[]
  /** Block indexes this chapter spans, for placing notes. */
  firstBlock: number
  /** Notes it cites whose body stands in another chapter: note key → that chapter's index. */
  elsewhere: Map<string, number>
}

/** Builds the tree of `file` (its value is the decoded text). */
export function buildTree(file: VFile, options: BuildOptions): Root {
  const text = String(file.value)
  const endings = lineEndings(text)
  const position = positioner(text, endings)
  const { settings, source } = options
  const omitted: Omission[] = []
  reportControls(file, text, options.controls ?? [], position)

  const all = findBlocks(text, endings)
  const excluded = exclude(
    file,
    settings,
    {
      count: all.length,
      forms: (index) => {
        const block = all[index] as Block
        return [normalize(text.slice(block.start, block.end))]
      },
      place: (index) => position((all[index] as Block).start, (all[index] as Block).end)
    },
    omitted
  )
  const read = { file, position, all, excluded }
  const { notes, notesFile, bodies, symbolNotes } = readNotes(read, options, omitted)
  const chapters: ChapterDraft[] = []
  const closers = closingQuotes(settings.language)
  const styles = settings.notes?.markers ? new Set(settings.notes.markers) : undefined
  const newChapter = (firstBlock: number): ChapterDraft => {
    const sequence = chapterSequence(chapters[chapters.length - 1], settings.notes?.numbering)
    if (bodies) sequence.bodies = bodies
    if (symbolNotes.size > 0) sequence.symbolNotes = symbolNotes
    if (closers) sequence.closers = closers
    if (styles) sequence.styles = styles
    const draft: ChapterDraft = {
      node: { type: 'chapter', id: '', source, children: [], notes: [] },
      sequence,
      references: [],
      firstBlock,
      elsewhere: new Map()
    }
    chapters.push(draft)
    return draft
  }
  const isEmpty = (draft: ChapterDraft) =>
    draft.node.children.every((section) => section.children.length === 0)

  let chapter: ChapterDraft | undefined
  let section: Section | undefined
  let pendingPart: Block | undefined
  let title: string | undefined
  let content = 0
  const chapterOfBlock: number[] = []

  const ensureChapter = (index: number): ChapterDraft => {
    if (!chapter) chapter = newChapter(index)
    return chapter
  }
  const entitle = (node: Chapter | Section, draft: ChapterDraft, start: number, end: number) => {
    const read = readTitle(text, { start, end }, draft.sequence, position, draft.references)
    reportDoubts(file, position, read)
    node.title = read.title
    node.titlePosition = position(start, end)
    if (read.content) node.titleContent = read.content
  }
  const openSection = (draft: ChapterDraft, heading?: Block): Section => {
    const node: Section = { type: 'section', id: '', children: [] }
    if (heading) entitle(node, draft, heading.start, heading.end)
    draft.node.children.push(node)
    section = node
    return node
  }

  for (let index = 0; index < all.length; index++) {
    const block = all[index] as Block
    chapterOfBlock[index] = chapters.length - 1
    if (excluded.has(index) || notes.taken.has(index)) continue
    const first = content === 0
    content++
    const kind = classify(text, all, index, excluded, notes.taken)

    if (first && isTitleBlock(text, block)) {
      const next = nextContent(all, index, excluded, notes.taken)
      if (next !== undefined) {
        title = blockText(text, block)
        omitted.push({ reason: 'title', position: position(block.start, block.end) })
        continue
      }
    }

    if (kind === 'part') {
      if (pendingPart) startChapterAt(pendingPart, index)
      pendingPart = block
      continue
    }
    if (kind === 'chapter') {
      const draft = chapter && isEmpty(chapter) && !chapter.node.title ? chapter : newChapter(index)
      chapter = draft
      let headingEnd = block.end
      const headingText = blockText(text, block)
      // A short title line right after `CHAPTER II.` is the chapter's name.
      const next = block.lines.length === 1 ? all[index + 1] : undefined
      if (
        next &&
        next.lines.length === 1 &&
        next.blanksBefore <= 2 &&
        !excluded.has(index + 1) &&
        !notes.taken.has(index + 1) &&
        classify(text, all, index + 1, excluded, notes.taken) !== 'chapter' &&
        isTitleLike(withoutMarkers(blockText(text, next))) &&
        nextContent(all, index + 1, excluded, notes.taken) !== undefined &&
        numberedHeading.test(headingText)
      ) {
        headingEnd = next.end
        index++
        chapterOfBlock[index] = chapters.length - 1
      }
      entitle(draft.node, draft, block.start, headingEnd)
      if (pendingPart) {
        draft.node.part = blockText(text, pendingPart)
        draft.node.partPosition = position(pendingPart.start, pendingPart.end)
        pendingPart = undefined
      }
      section = undefined
      chapterOfBlock[index] = chapters.length - 1
      continue
    }

    if (pendingPart) startChapterAt(pendingPart, index)
    const draft = ensureChapter(index)
    chapterOfBlock[index] = chapters.length - 1

    if (kind === 'section') {
      openSection(draft, block)
      continue
    }
    if (kind === 'break') {
      omitted.push({ reason: 'break', position: position(block.start, block.end) })
      if (section && section.children.length > 0) section = undefined
      continue
    }
    if (!section || (block.blanksBefore >= 2 && section.children.length > 0)) {
      section = openSection(draft)
    }
    const afterNotes = notes.taken.has(index - 1)
    const paragraph = readParagraph(file, position, block, draft, settings.language, afterNotes)
    section.children.push(paragraph)
  }
  if (pendingPart) startChapterAt(pendingPart, all.length)

  function startChapterAt(part: Block, index: number) {
    const draft = chapter && isEmpty(chapter) && !chapter.node.title ? chapter : newChapter(index)
    chapter = draft
    entitle(draft.node, draft, part.start, part.end)
    section = undefined
    pendingPart = undefined
  }

  // Drop chapters that hold nothing but a heading with no text after it, such as
  // a table of contents written as separate lines, only when other chapters have text.
  // Notes with no text at all still need a chapter to hold them.
  if (chapters.length === 0 && (notes.entries.length > 0 || options.notes)) newChapter(all.length)
  const kept = chapters
  const noteSources: NoteSource[] = [{ text, position, entries: notes.entries }]
  if (notesFile) noteSources.push(notesFile)
  bindBodies(kept, notes.entries, chapterOfBlock)
  placeNotes(kept, noteSources, chapterOfBlock, settings.notes?.numbering)
  const root: Root = {
    type: 'root',
    meta: meta(settings, title, options.notes ? [source, options.notes.source] : [source]),
    children: kept.map((draft) => draft.node),
    position: position(0, text.length)
  }
  if (omitted.length > 0) {
    omitted.sort((a, b) => a.position.start.offset - b.position.start.offset)
    root.omitted = omitted
  }
  assignIds(root.children)
  pointElsewhere(kept)
  return root
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
      for (const paragraph of section.children) cite(paragraph)
  }
}

/**
 * Where a new chapter's numbering starts: afresh at 1 or going on from the chapter before,
 * either possible until its first marker, unless the settings say which.
 */
function chapterSequence(
  before: ChapterDraft | undefined,
  numbering: 'chapter' | 'book' | undefined
): Sequence {
  if (!before || numbering === 'chapter') return { last: 0, fresh: true }
  return { last: before.sequence.last, fresh: numbering !== 'book' }
}

/** What the notes pass found, and what reading the markers needs to know of it. */
interface NotesRead {
  notes: ReturnType<typeof findNotes>
  notesFile: NoteSource | undefined
  /** The numbered bodies in order, when there are any (see `markers.ts`). */
  bodies: BodyOrder | undefined
  /** The symbols the bodies are labelled with, so that bare symbols may cite notes. */
  symbolNotes: ReadonlySet<string>
}

/** The paragraph of a block of running text, its markers read and its doubtful readings reported. */
function readParagraph(
  file: VFile,
  position: Positioner,
  block: Block,
  draft: ChapterDraft,
  language: string | undefined,
  afterNotes: boolean
): Paragraph {
  const text = String(file.value)
  const { markers, ambiguities } = scanMarkers(
    text,
    block.start,
    block.end,
    draft.sequence,
    afterNotes
  )
  reportDoubts(file, position, { markers, doubts: ambiguities })
  const input = {
    start: block.start,
    end: block.end,
    lines: block.lines,
    markers,
    verse: isVerse(text, block.lines),
    language
  }
  return buildParagraph(text, input, position.lines, draft.references)
}

/** Reports the markers read as a guess and the readings not taken, for a person to check. */
function reportDoubts(
  file: VFile,
  position: Positioner,
  read: { markers: readonly Marker[]; doubts: readonly Ambiguity[] }
): void {
  const doubt = (reason: string, at: { start: number; end: number }) =>
    report(file, 'info', 'marker-ambiguous', `${reason}; check it`, position(at.start, at.end))
  for (const marker of read.markers) if (marker.guess) doubt(marker.guess, marker)
  for (const ambiguity of read.doubts) doubt(ambiguity.reason, ambiguity)
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
  const notesFile = options.notes ? readNotesFile(options.notes.file) : undefined
  const numbers = bodyNumbers([notes.entries, notesFile?.entries ?? []])
  const isText = (index: number) => !excluded.has(index) && !notes.taken.has(index)
  const styles = options.settings.notes?.markers
  const reading = () =>
    styles
      ? { spaced: styles.includes('spaced'), paren: styles.includes('paren') }
      : readsSpacedNumerals(text, all, isText, numbers)
  const bodies: BodyOrder | undefined =
    numbers.length > 0 ? { numbers, next: 0, ...reading(), cited: 0, skipped: 0 } : undefined
  const symbolNotes = new Set(
    notes.entries.flatMap((entry) => (isSymbolLabel(entry.label) ? [entry.label] : []))
  )
  return { notes, notesFile, bodies, symbolNotes }
}

/** The numbers of the numbered note bodies, in the order they stand. */
function bodyNumbers(sources: readonly (readonly NoteEntry[])[]): number[] {
  return sources.flatMap((entries) =>
    entries.flatMap((entry) => (/^[0-9]+$/.test(entry.label) ? [entry.number] : []))
  )
}

/** Note entries of a separate notes file; its problems are messages on that file. */
function readNotesFile(file: VFile): NoteSource {
  const text = String(file.value)
  const position = positioner(text)
  const found = findNotes(text, findBlocks(text), { allNotes: true })
  for (const problem of found.problems) {
    report(file, 'warning', 'note-unclosed', problem.reason, position(problem.start, problem.end))
  }
  const source: NoteSource = { text, position, entries: found.entries }
  if (file.path) source.path = file.path
  return source
}

/**
 * Whether the first block of a manuscript is its title: one short line, not
 * sentence-like, and not a heading that opens a chapter (`PREFACE`, `CHAPTER I`).
 */
function isTitleBlock(text: string, block: Block): boolean {
  if (block.lines.length !== 1) return false
  const value = blockText(text, block)
  return namedHeading(value) === undefined && isTitleLike(value)
}

/** The kind of heading a block is, if it is one (a heading is a single line). */
function classify(
  text: string,
  all: readonly Block[],
  index: number,
  excluded: ReadonlySet<number>,
  taken: ReadonlySet<number>
): HeadingKind | undefined {
  const block = all[index] as Block
  if (block.lines.length === 2) return namedWithTitle(text, block)
  if (block.lines.length !== 1) return undefined
  const kind = headingKind(withoutMarkers(blockText(text, block)))
  if (kind !== 'section' && kind !== 'chapter') return kind
  // A heading is followed by something; a numeral ending the text is text.
  if (nextContent(all, index, excluded, taken) === undefined) return undefined
  return kind
}

/** `CHAPTER I.` with its title on the next line, no blank line between: a heading of two lines. */
function namedWithTitle(text: string, block: Block): HeadingKind | undefined {
  const [first, second] = withoutMarkers(blockText(text, block)).split('\n')
  if (first === undefined || second === undefined || !numberedHeading.test(first)) return undefined
  const kind = namedHeading(first)
  if (kind !== 'chapter' && kind !== 'part') return undefined
  return isTitleLike(second) && namedHeading(second) === undefined ? kind : undefined
}

/** Headings that number a division and may have its name on the following line. */
const numberedHeading = /^(?:chapter|chap\.|letter|book|part|canto)\b/i

function nextContent(
  all: readonly Block[],
  index: number,
  excluded: ReadonlySet<number>,
  taken: ReadonlySet<number>
): number | undefined {
  for (let i = index + 1; i < all.length; i++) {
    if (!excluded.has(i) && !taken.has(i)) return i
  }
  return undefined
}

/** Control characters have no place in a manuscript; name the first few. */
function reportControls(
  file: VFile,
  text: string,
  controls: readonly number[],
  position: Positioner
): void {
  const shown = 5
  controls.slice(0, shown).forEach((offset) => {
    const code = text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')
    report(
      file,
      'error',
      'text-control-character',
      `Unexpected control character \`U+${code}\`; remove it (the file may be damaged or binary)`,
      position(offset, offset + 1)
    )
  })
  if (controls.length > shown) {
    report(
      file,
      'error',
      'text-control-character',
      `${controls.length - shown} more control characters after these; remove them`,
      undefined
    )
  }
}
