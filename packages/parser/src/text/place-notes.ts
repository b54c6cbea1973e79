// Puts the note bodies found in a manuscript (and its notes file) into the chapters that cite
// them, and marks every cited note without a body as missing.
import type { FootnoteDefinition, Paragraph } from '@colophon/schema'
import { blocks as findBlocks } from '../shared/blocks.js'
import { noteKey } from '../shared/finish.js'
import { buildParagraph, isVerse } from '../shared/paragraph.js'
import type { Positioner } from '../shared/positions.js'
import type { NoteEntry } from './notes.js'
import type { ChapterDraft } from './outline.js'

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
  chapterOfBlock: readonly number[],
  numbering?: Numbering
): void {
  const bodies = chapters.map(() => new Map<string, Placed[]>())
  const last = chapters.length - 1
  const groups = numberingGroups(chapters, numbering)
  for (const [chapter, placed] of homes(chapters, sources, chapterOfBlock, groups)) {
    const map = bodies[Math.max(0, Math.min(chapter, last))]
    if (!map) continue
    const key = noteKey(placed.entry.number, placed.entry.label)
    map.set(key, [...(map.get(key) ?? []), placed])
  }
  const owners = ownersOf(bodies)
  chapters.forEach((draft, index) => {
    fillNotes(draft, bodies[index] as Map<string, Placed[]>, (key) => {
      // -1: bodies in several chapters, none of them this one's to point at.
      const owner = owners.get(key)
      return owner !== undefined && owner >= 0 && owner !== index ? owner : undefined
    })
  })
}

/**
 * The chapter holding the one body of each numbered note whose body stands in one chapter
 * only; -1 for a note with bodies in several.
 */
function ownersOf(bodies: readonly ReadonlyMap<string, Placed[]>[]): Map<string, number> {
  const owners = new Map<string, number>()
  bodies.forEach((map, chapter) => {
    for (const [key, placed] of map) {
      if (!/^[0-9]+[a-z]?$/.test((placed[0] as Placed).entry.label)) continue
      owners.set(key, owners.has(key) ? -1 : chapter)
    }
  })
  return owners
}

/** A run of a notes section (numbers going up; a restart at 1 opens the next run). */
interface Run {
  entries: NoteEntry[]
  from: NoteSource
  /** The chapter the run stands in; -1 for a separate notes file. */
  home: number
}

/**
 * The chapter of each entry. A `[Footnote n: …]` note belongs to the chapter it stands in.
 * The chapters citing notes fall into groups numbered straight through (a chapter whose
 * first note is 1 opens a group), and the runs of the notes sections go to the groups:
 *
 * - one group (notes numbered through the book, or in one chapter): every run is spread
 *   over it, each body to the chapter that first cites it;
 * - as many runs as groups (a closing section numbered afresh in each chapter, or in each
 *   work of a volume of several): the first run to the first group, and so on;
 * - otherwise a run goes to the group it stands in when that group cites notes, else to
 *   the next group with none yet.
 */
function homes(
  chapters: readonly ChapterDraft[],
  sources: readonly NoteSource[],
  chapterOfBlock: readonly number[],
  groups: readonly number[][]
): [number, Placed][] {
  const placed: [number, Placed][] = []
  const runs: Run[] = []
  for (const from of sources) {
    for (const entry of from.entries) {
      if (entry.kind === 'inline' && from.path === undefined) {
        placed.push([entry.chapter ?? chapterOfBlock[entry.block] ?? 0, { entry, from }])
        continue
      }
      const last = runs[runs.length - 1]
      const first = last?.entries[0]
      if (last && last.from === from && first?.section === entry.section && first.run === entry.run)
        last.entries.push(entry)
      else {
        const home = from.path === undefined ? (chapterOfBlock[entry.block] ?? -1) : -1
        runs.push({ entries: [entry], from, home })
      }
    }
  }
  const cites = citedKeys(chapters)
  groupsOfRuns(runs, groups, cites).forEach((group, k) => {
    const run = runs[k] as Run
    const spread = spreadOver(run, group, cites)
    run.entries.forEach((entry, i) => {
      placed.push([spread[i] as number, { entry, from: run.from }])
    })
  })
  return placed
}

/** Where the note numbers start afresh, when the settings say (`notes.numbering`). */
export type Numbering = 'chapter' | 'book'

/**
 * The chapters that cite notes, in groups numbered straight through: each chapter alone, or
 * all in one, when the settings say so; else a chapter whose first numbered note is 1 opens a
 * new group.
 */
function numberingGroups(chapters: readonly ChapterDraft[], numbering?: Numbering): number[][] {
  const citing = chapters.flatMap((draft, index) => (draft.references.length > 0 ? [index] : []))
  if (numbering === 'chapter') return citing.map((index) => [index])
  if (numbering === 'book') return citing.length > 0 ? [citing] : []
  const groups: number[][] = []
  let highest = 0
  chapters.forEach((draft, index) => {
    if (draft.references.length === 0) return
    const numbered = draft.references.filter(({ node }) => /^[0-9]+[a-z]?$/.test(node.label))
    const first = numbered[0]?.node.number
    const current = groups[groups.length - 1]
    if (!current || (first === 1 && highest >= 1)) {
      groups.push([index])
      highest = 0
    } else current.push(index)
    for (const { node } of numbered) highest = Math.max(highest, node.number)
  })
  return groups
}

/** The group each run goes to (see `homes`); an empty group when no chapter cites notes. */
function groupsOfRuns(
  runs: readonly Run[],
  groups: readonly number[][],
  cites: readonly Set<string>[]
): number[][] {
  if (groups.length <= 1) return runs.map(() => groups[0] ?? [])
  if (runs.length === groups.length) return [...groups]
  const served = new Set<number>()
  return runs.map((run) => {
    const standsIn = groups.findIndex((group) => group.includes(run.home))
    const k =
      standsIn >= 0 && !served.has(standsIn) ? standsIn : mostCiting(run, groups, cites, served)
    const chosen = k >= 0 ? k : standsIn >= 0 ? standsIn : groups.length - 1
    served.add(chosen)
    return groups[chosen] as number[]
  })
}

/**
 * The group not yet served that cites most of the run's notes, the first on a tie; -1 when all
 * are served. A contents page that copies a few headings' markers does not take a book's notes.
 */
function mostCiting(
  run: Run,
  groups: readonly number[][],
  cites: readonly Set<string>[],
  served: ReadonlySet<number>
): number {
  const keys = run.entries.map((entry) => noteKey(entry.number, entry.label))
  let best = -1
  let most = -1
  groups.forEach((group, index) => {
    if (served.has(index)) return
    const count = keys.filter((key) => group.some((chapter) => cites[chapter]?.has(key))).length
    if (count > most) {
      best = index
      most = count
    }
  })
  return best
}

/** The keys of the notes each chapter cites. */
function citedKeys(chapters: readonly ChapterDraft[]): Set<string>[] {
  return chapters.map(
    (draft) => new Set(draft.references.map(({ node }) => noteKey(node.number, node.label)))
  )
}

/**
 * The chapter of each entry of a run given to `group`: the chapter of the group that first
 * cites it (of the group's chapters only; another group may cite the same number). An entry
 * nobody in the group cites stays with the entry before it, the first ones with the first
 * cited; a run none of whose notes is cited stays where it stands, or with the group.
 */
function spreadOver(run: Run, group: readonly number[], cites: readonly Set<string>[]): number[] {
  const cited = run.entries.map((entry) => {
    const key = noteKey(entry.number, entry.label)
    return group.find((chapter) => cites[chapter]?.has(key))
  })
  const firstKnown = cited.find((chapter) => chapter !== undefined)
  let current = firstKnown ?? (run.home >= 0 ? run.home : (group[0] ?? 0))
  return cited.map((chapter) => {
    if (chapter !== undefined) current = chapter
    return current
  })
}

/**
 * A chapter's notes: a definition for every body placed in it and every note it cites, but for
 * a numbered note whose one body stands in another chapter (`elsewhere`): a contents page
 * copying a heading's marker, a note cited again in a later chapter. Its references point there.
 */
function fillNotes(
  draft: ChapterDraft,
  map: ReadonlyMap<string, Placed[]>,
  elsewhere: (key: string) => number | undefined
): void {
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
  // Numbered notes by number; notes cited by a symbol or a word in the order they are met.
  const met = new Map([...keys.keys()].map((key, index) => [key, index]))
  const numbered = (label: string) => /^[0-9]+$/.test(label)
  const ordered = [...keys].sort(([keyA, a], [keyB, b]) => {
    if (numbered(a.label) !== numbered(b.label)) return numbered(a.label) ? -1 : 1
    if (numbered(a.label)) return a.number - b.number
    return (met.get(keyA) as number) - (met.get(keyB) as number)
  })
  for (const [key, { number, label }] of ordered) {
    const found = map.get(key) ?? []
    const owner = found.length === 0 ? elsewhere(key) : undefined
    if (owner !== undefined) draft.elsewhere.set(key, owner)
    else if (found.length === 0) {
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
  const shift = (offset: number) => entry.bodyStart + offset
  const inHole = (block: { start: number }) =>
    entry.holes?.some((hole) => shift(block.start) >= hole.start && shift(block.start) < hole.end)
  for (const block of findBlocks(from.text.slice(entry.bodyStart, entry.bodyEnd))) {
    if (inHole(block)) continue
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
