// Finds note bodies: a closing notes section (`NOTES` then `1. …`), `[Footnote 12: …]`
// blocks, or the entries of a separate notes file.
//
//   NOTES                         <- heading: kept out of the text
//
//   1. Jones, “Will Hitler…”      <- entry 1, its body after `1. `
//   2. Ibid.                      <- a new entry starts a line with the next number
import type { Block } from './blocks.js'
import { isTitleLike, notesHeadingPattern } from './headings.js'

/** One note body found in the text. */
export interface NoteEntry {
  label: string
  number: number
  /** The whole entry, label included. */
  start: number
  end: number
  /** The body, without its label or brackets. */
  bodyStart: number
  bodyEnd: number
  /** Consecutive entries whose numbers run upward; a restart at 1 opens a new run. */
  run: number
  /** Index of the block the entry starts in. */
  block: number
  /** `section`: in a closing notes section; `inline`: a `[Footnote n: …]` block where it stands. */
  kind: 'section' | 'inline'
  /** Which notes section (counted from 0) holds the entry; -1 for inline notes. */
  section: number
}

type NewEntry = Omit<NoteEntry, 'run' | 'block' | 'kind' | 'section'>
type AddEntry = (entry: NewEntry, block: number, kind: NoteEntry['kind']) => void

/** What the notes pass found: entries, headings to keep out of the text, and which blocks it took. */
export interface NotesFound {
  entries: NoteEntry[]
  headings: Block[]
  /** Indexes of the blocks that belong to notes, not to the running text. */
  taken: Set<number>
  /** Index of the first block of each run, so a run can be placed in its chapter. */
  runStarts: number[]
  problems: { start: number; end: number; reason: string }[]
}

/** `12. `, `12) `, `[12] `, `[^12]: `, `^12 ` at the start of a line. */
const entryStart =
  /^[ \t]*(?:\[\^?([0-9]{1,4})\]:?|\^([0-9]{1,4})|([0-9]{1,4})[.)]|([0-9]{1,4})(?=[ \t]))[ \t]*/

/** `[Footnote 12: ` opening a Project Gutenberg style note. */
const footnoteOpen = /^\[(?:footnote|note|fn)[ \t]+([0-9]{1,4}|[A-Za-z*†‡§])[ \t]*:[ \t]*/i

/** Finds every note body among `blocks`, leaving out the blocks in `skip` (excluded ones). */
export function findNotes(
  text: string,
  blocks: readonly Block[],
  /** The whole text is notes, as in a separate notes file. */
  allNotes = false,
  skip: ReadonlySet<number> = new Set()
): NotesFound {
  const found: NotesFound = {
    entries: [],
    headings: [],
    taken: new Set(),
    runStarts: [],
    problems: []
  }
  const order = blocks.flatMap((_, index) => (skip.has(index) ? [] : [index]))
  // Runs: numbers going up within a notes section; a number not above the last opens a new run.
  let run = -1
  let last = 0
  let inSection = allNotes
  let section = allNotes ? 0 : -1
  /** The block the last section entry ended in, so a following block can continue it. */
  let lastEntryBlock = -1

  const addEntry: AddEntry = (entry, block, kind) => {
    if (kind === 'inline') {
      found.entries.push({ ...entry, run: -1, block, kind, section: -1 })
      return
    }
    if (run < 0 || entry.number <= last) {
      run++
      found.runStarts.push(block)
    }
    last = entry.number
    found.entries.push({ ...entry, run, block, kind, section })
  }

  for (let at = 0; at < order.length; at++) {
    const index = order[at] as number
    const block = blocks[index] as Block
    const first = firstLine(text, block)

    const open = footnoteOpen.exec(first)
    if (open) {
      at = takeFootnoteBlock(text, blocks, order, at, open, found, addEntry)
      continue
    }

    const single = block.lines.length === 1
    const nextIndex = order[at + 1]
    const next = nextIndex === undefined ? undefined : blocks[nextIndex]
    const nextStartsEntry = next !== undefined && entryStart.test(firstLine(text, next))
    if (single && notesHeadingPattern.test(first.trim()) && nextStartsEntry) {
      inSection = true
      section++
      found.headings.push(block)
      found.taken.add(index)
      continue
    }
    if (!inSection) continue

    if (entryStart.test(first)) {
      found.taken.add(index)
      takeEntries(text, block, index, () => last, addEntry)
      lastEntryBlock = index
      continue
    }
    // A subheading inside the notes (`Chapter 2`) when entries follow it.
    if (single && isTitleLike(first) && nextStartsEntry) {
      found.headings.push(block)
      found.taken.add(index)
      continue
    }
    // A second paragraph of the note just before, when nothing stands between them.
    const previous = found.entries[found.entries.length - 1]
    if (
      previous?.kind === 'section' &&
      lastEntryBlock === index - 1 &&
      !isTitleLike(first) &&
      block.blanksBefore < 2
    ) {
      previous.end = block.end
      previous.bodyEnd = block.end
      found.taken.add(index)
      lastEntryBlock = index
      continue
    }
    // Anything else ends the section.
    inSection = allNotes
  }
  return found
}

/**
 * Entries of a block in a notes section. The block's first line opens an entry;
 * a later line opens one only with one of the next few numbers (or 1), so a wrapped
 * line that happens to start with a numeral stays in its entry.
 */
function takeEntries(
  text: string,
  block: Block,
  blockIndex: number,
  last: () => number,
  add: AddEntry
): void {
  let current: NewEntry | undefined
  for (const line of block.lines) {
    const value = text.slice(line.start, line.end)
    const match = entryStart.exec(value)
    const number = match ? Number(match[1] ?? match[2] ?? match[3] ?? match[4]) : 0
    const previous = current ? current.number : last()
    // A few numbers ahead is a note whose predecessor is missing; further is a
    // wrapped line that starts with a numeral, such as a year.
    const opens =
      match &&
      (current === undefined || number === 1 || (number > previous && number <= previous + 5))
    if (match && opens) {
      if (current) add(current, blockIndex, 'section')
      const lead = value.length - value.trimStart().length
      const end = line.start + value.trimEnd().length
      current = {
        label: match[1] ?? match[2] ?? match[3] ?? (match[4] as string),
        number,
        start: line.start + lead,
        end,
        bodyStart: Math.min(line.start + match[0].length, end),
        bodyEnd: end
      }
    } else if (current) {
      current.end = line.start + value.trimEnd().length
      current.bodyEnd = current.end
    }
  }
  if (current) add(current, blockIndex, 'section')
}

/**
 * Takes a `[Footnote 12: …]` note, which may run over several blocks; returns the
 * place in `order` of its last block.
 */
function takeFootnoteBlock(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  open: RegExpExecArray,
  found: NotesFound,
  add: AddEntry
): number {
  const index = order[at] as number
  const block = blocks[index] as Block
  const label = open[1] as string
  const number = /^[0-9]+$/.test(label) ? Number(label) : 0
  let depth = 0
  for (let k = at; k < order.length; k++) {
    const current = blocks[order[k] as number] as Block
    for (let offset = current.start; offset < current.end; offset++) {
      const code = text.charCodeAt(offset)
      if (code === 91) depth++
      else if (code === 93 && --depth === 0) {
        // The note ends at the bracket that closes the opening one, at a block's end.
        if (offset !== current.end - 1) break
        for (let taken = at; taken <= k; taken++) found.taken.add(order[taken] as number)
        add(
          {
            label,
            number,
            start: block.start,
            end: offset + 1,
            bodyStart: block.start + open[0].length,
            bodyEnd: trimEnd(text, block.start + open[0].length, offset)
          },
          index,
          'inline'
        )
        return k
      }
    }
    if (depth <= 0) break
  }
  found.problems.push({
    start: block.start,
    end: block.start + open[0].length,
    reason: `Note \`[Footnote ${label}:\` is not closed by \`]\` at the end of a block; close it or remove the bracket`
  })
  return at
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start && /\s/.test(text[at - 1] as string)) at--
  return at
}

function firstLine(text: string, block: Block): string {
  const line = block.lines[0]
  return line ? text.slice(line.start, line.end) : ''
}
