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

/** Finds every note body among `blocks`. */
export function findNotes(
  text: string,
  blocks: readonly Block[],
  /** The whole text is notes, as in a separate notes file. */
  allNotes = false
): NotesFound {
  const found: NotesFound = {
    entries: [],
    headings: [],
    taken: new Set(),
    runStarts: [],
    problems: []
  }
  let run = -1
  let last = 0
  let inSection = allNotes
  let section = allNotes ? 0 : -1

  const addEntry: AddEntry = (entry, block, kind) => {
    if (run < 0 || entry.number <= last) {
      run++
      found.runStarts.push(block)
    }
    last = entry.number
    found.entries.push({ ...entry, run, block, kind, section: kind === 'inline' ? -1 : section })
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    const first = firstLine(text, block)

    const open = footnoteOpen.exec(first)
    if (open) {
      index = takeFootnoteBlock(text, blocks, index, open, found, addEntry)
      continue
    }

    const single = block.lines.length === 1
    const next = blocks[index + 1]
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
      continue
    }
    // A subheading inside the notes (`Chapter 2`) when entries follow it; anything
    // else that is not an entry ends the section.
    if (single && isTitleLike(first) && nextStartsEntry) {
      found.headings.push(block)
      found.taken.add(index)
      continue
    }
    const previous = found.entries[found.entries.length - 1]
    if (previous && !isTitleLike(first) && block.blanksBefore < 2) {
      // A second paragraph of the previous note.
      previous.end = block.end
      previous.bodyEnd = block.end
      found.taken.add(index)
      continue
    }
    inSection = allNotes
  }
  return found
}

/** Entries of a block in a notes section: each line that starts with the next number opens one. */
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
    const opens = match && (previous === 0 || number === previous + 1 || number === 1)
    if (match && opens) {
      if (current) add(current, blockIndex, 'section')
      const label = String(number)
      const lead = value.length - value.trimStart().length
      current = {
        label,
        number,
        start: line.start + lead,
        end: line.start + value.trimEnd().length,
        bodyStart: line.start + match[0].length,
        bodyEnd: line.start + value.trimEnd().length
      }
      if (current.bodyStart > current.bodyEnd) current.bodyStart = current.bodyEnd
    } else if (current) {
      current.end = line.start + value.trimEnd().length
      current.bodyEnd = current.end
    }
  }
  if (current) add(current, blockIndex, 'section')
}

/** Takes a `[Footnote 12: …]` note, which may run over several blocks; returns the last block's index. */
function takeFootnoteBlock(
  text: string,
  blocks: readonly Block[],
  index: number,
  open: RegExpExecArray,
  found: NotesFound,
  add: AddEntry
): number {
  const block = blocks[index] as Block
  const label = open[1] as string
  const number = /^[0-9]+$/.test(label) ? Number(label) : 0
  let depth = 0
  for (let i = index; i < blocks.length; i++) {
    const current = blocks[i] as Block
    for (let at = current.start; at < current.end; at++) {
      const code = text.charCodeAt(at)
      if (code === 91) depth++
      else if (code === 93 && --depth === 0) {
        // The body ends at the bracket that closes the opening one.
        if (at !== current.end - 1) break
        for (let taken = index; taken <= i; taken++) found.taken.add(taken)
        add(
          {
            label,
            number,
            start: block.start,
            end: at + 1,
            bodyStart: block.start + open[0].length,
            bodyEnd: trimEnd(text, block.start + open[0].length, at)
          },
          index,
          'inline'
        )
        return i
      }
    }
    if (depth <= 0) break
  }
  found.problems.push({
    start: block.start,
    end: block.start + open[0].length,
    reason: `Note \`[Footnote ${label}:\` is not closed by \`]\` at the end of a block; close it or remove the bracket`
  })
  return index
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
