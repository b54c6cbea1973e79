// Puts the note bodies found in a manuscript (and its notes file) into the chapters that cite
// them, and marks every cited note without a body as missing.
import type { FootnoteDefinition, Paragraph } from '@colophon/schema'
import { blocks as findBlocks } from './blocks.js'
import { noteKey } from './finish.js'
import type { NoteEntry } from './notes.js'
import { buildParagraph, isVerse } from './paragraph.js'
import type { Positioner } from './positions.js'
import type { ChapterDraft } from './tree.js'

/** Where note entries were read from: the manuscript or a separate notes file. */
export interface NoteSource {
  text: string
  position: Positioner
  entries: readonly NoteEntry[]
  /** Path of a separate notes file; absent for the manuscript itself. */
  path?: string
}

/** A note entry and where it was read. */
interface Placed {
  entry: NoteEntry
  from: NoteSource
}

/** Puts note bodies in their chapters and marks referenced notes without a body as missing. */
export function placeNotes(
  chapters: readonly ChapterDraft[],
  sources: readonly NoteSource[],
  chapterOfBlock: readonly number[]
): void {
  const bodies = chapters.map(() => new Map<string, Placed[]>())
  const last = chapters.length - 1
  for (const [chapter, placed] of homes(chapters, sources, chapterOfBlock)) {
    const map = bodies[Math.max(0, Math.min(chapter, last))]
    if (!map) continue
    const key = noteKey(placed.entry.number, placed.entry.label)
    map.set(key, [...(map.get(key) ?? []), placed])
  }
  chapters.forEach((draft, index) => {
    fillNotes(draft, bodies[index] as Map<string, Placed[]>)
  })
}

/**
 * The chapter of each entry. A `[Footnote n: …]` note belongs to the chapter it stands in. A
 * notes section is read in runs (numbers going up; a restart at 1 opens the next run):
 *
 * - numbered straight through several chapters (each number first cited in a later chapter
 *   than the one before it): each body goes to the chapter that cites it;
 * - one run inside a chapter with references: that chapter's own notes;
 * - several runs (a closing section for a book numbered afresh in each chapter): one run per
 *   chapter, in order, to the chapters with references still without notes.
 */
function homes(
  chapters: readonly ChapterDraft[],
  sources: readonly NoteSource[],
  chapterOfBlock: readonly number[]
): [number, Placed][] {
  const placed: [number, Placed][] = []
  const firstCiting = citingChapters(chapters)
  const referencing = chapters.flatMap((draft, index) =>
    draft.references.length > 0 ? [index] : []
  )
  const served = new Set<number>()
  const continuous = numberedThrough(chapters)
  for (const from of sources) {
    const sections = new Map<number, NoteEntry[][]>()
    for (const entry of from.entries) {
      if (entry.kind === 'inline' && from.path === undefined) {
        placed.push([chapterOfBlock[entry.block] ?? 0, { entry, from }])
        continue
      }
      const runs = sections.get(entry.section) ?? []
      const run = runs.find((candidate) => candidate[0]?.run === entry.run)
      if (run) run.push(entry)
      else runs.push([entry])
      sections.set(entry.section, runs)
    }
    for (const runs of sections.values()) {
      const first = runs[0]?.[0]
      const home = first && from.path === undefined ? (chapterOfBlock[first.block] ?? -1) : -1
      // Numbered through the book: the whole section is spread, whatever its runs.
      const whole = continuous ? spreadOver(runs.flat(), firstCiting) : undefined
      for (const run of whole ? [runs.flat()] : runs) {
        const spread = whole ?? spreadOver(run, firstCiting)
        const target =
          spread !== undefined
            ? -1
            : runs.length === 1 &&
                home >= 0 &&
                chapters[home]?.references.length &&
                !served.has(home)
              ? home
              : (referencing.find((index) => !served.has(index)) ?? Math.max(home, 0))
        run.forEach((entry, k) => {
          const chapter = spread?.[k] ?? target
          served.add(chapter)
          placed.push([chapter, { entry, from }])
        })
      }
    }
  }
  return placed
}

/**
 * Whether the notes are numbered straight through the book: at least two chapters cite
 * numbered notes, and (but for one in ten) none after the first starts again at 1.
 */
function numberedThrough(chapters: readonly ChapterDraft[]): boolean {
  const firsts = chapters.flatMap((draft) => {
    const first = draft.references.find(({ node }) => /^[0-9]+$/.test(node.label))
    return first ? [first.node.number] : []
  })
  if (firsts.length < 2) return false
  const restarts = firsts.slice(1).filter((number) => number === 1).length
  return restarts * 10 <= firsts.length - 1
}

/** The first chapter citing each note key. */
function citingChapters(chapters: readonly ChapterDraft[]): Map<string, number> {
  const first = new Map<string, number>()
  chapters.forEach((draft, index) => {
    for (const { node } of draft.references) {
      const key = noteKey(node.number, node.label)
      if (!first.has(key)) first.set(key, index)
    }
  })
  return first
}

/**
 * The chapter of each entry of a run numbered straight through several chapters, or
 * `undefined` when the run is not: its notes are first cited in one chapter only, or in
 * chapters out of order. An entry nobody cites stays with the entry before it.
 */
function spreadOver(
  run: readonly NoteEntry[],
  firstCiting: ReadonlyMap<string, number>
): number[] | undefined {
  const cited = run.map((entry) => firstCiting.get(noteKey(entry.number, entry.label)))
  const known = cited.filter((chapter) => chapter !== undefined)
  if (new Set(known).size < 2) return undefined
  for (let k = 1; k < known.length; k++) {
    if ((known[k] as number) < (known[k - 1] as number)) return undefined
  }
  let current = known[0] as number
  return cited.map((chapter) => {
    if (chapter !== undefined) current = chapter
    return current
  })
}

/** A chapter's notes: a definition for every body placed in it and every note it cites. */
function fillNotes(draft: ChapterDraft, map: ReadonlyMap<string, Placed[]>): void {
  const keys = new Map<string, { number: number; label: string }>()
  for (const reference of draft.references) {
    const { number, label } = reference.node
    keys.set(noteKey(number, label), {
      number,
      label: /^[0-9]+$/.test(label) ? String(number) : label
    })
  }
  for (const [key, placed] of map) {
    const entry = (placed[0] as Placed).entry
    keys.set(key, { number: entry.number, label: entry.label })
  }
  const ordered = [...keys].sort(
    ([, a], [, b]) => a.number - b.number || a.label.localeCompare(b.label)
  )
  for (const [key, { number, label }] of ordered) {
    const found = map.get(key) ?? []
    if (found.length === 0) {
      draft.node.notes.push({
        type: 'footnoteDefinition',
        identifier: '',
        label,
        number,
        status: 'missing',
        children: []
      })
    }
    for (const { entry, from } of found) draft.node.notes.push(definition(entry, from))
  }
}

function definition(entry: NoteEntry, from: NoteSource): FootnoteDefinition {
  const children: Paragraph[] = []
  for (const block of findBlocks(from.text.slice(entry.bodyStart, entry.bodyEnd))) {
    const shift = (offset: number) => entry.bodyStart + offset
    const lines = block.lines.map((line) => ({ start: shift(line.start), end: shift(line.end) }))
    const input = {
      start: shift(block.start),
      end: shift(block.end),
      lines,
      markers: [],
      verse: isVerse(from.text, lines)
    }
    children.push(buildParagraph(from.text, input, from.position.lines, []))
  }
  const node: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier: '',
    label: entry.label,
    number: entry.number,
    status: 'present',
    children,
    position: from.position(entry.start, entry.end)
  }
  if (from.path !== undefined) node.file = from.path
  return node
}
