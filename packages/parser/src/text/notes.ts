// Finds note bodies: a notes section (`NOTES` then `1. …`), `[Footnote 12: …]` blocks,
// `[12] …` blocks under the paragraph that cites them, or the entries of a separate notes file.
//
//   NOTES TO BOOK II              <- heading: kept out of the text
//
//   1. Jones, “Will Hitler…”      <- entry 1, its body after `1. `
//   2. Ibid.                      <- a new entry starts a line with the next number
//   3 [ {keinon}: most MSS. … ]   <- a body in brackets, which may run over blank lines
import type { Block } from '../shared/blocks.js'
import { notesHeading, notesHeadingStart } from '../shared/language.js'
import { isLabelHeading, isTitleLike } from './headings.js'
import { isSuperscriptDigit, markPlaces } from './mark-places.js'
import { bracketLabel, fromSuperscript, superscriptDigits } from './markers.js'
import {
  balanced,
  opensSymbolBody,
  type SymbolBody,
  SymbolCitations,
  symbolBodies,
  symbolLabelLength
} from './symbol-notes.js'

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
  /** Entries of a notes section in one run of numbering; a restart at 1 opens a new run. */
  run: number
  /** Index of the block the entry starts in. */
  block: number
  /** `section`: in a notes section; `inline`: a body standing where its note is cited. */
  kind: 'section' | 'inline'
  /** Which notes section (counted from 0) holds the entry; -1 for inline notes. */
  section: number
  /** The chapter of the marker a body in the text answers, once known (see `bind-bodies.ts`). */
  chapter?: number
  /** Whether its number is written in parentheses, `[Footnote: (1) …]`, as its marker `(1)`. */
  parenthesized?: boolean
  /** Notes set inside this one's body (`{9. …}` inside `{8. …}`), which are not part of it. */
  holes?: readonly { start: number; end: number }[]
}

type NewEntry = Omit<NoteEntry, 'run' | 'block' | 'kind' | 'section'>
type AddEntry = (entry: NewEntry, block: number, kind: NoteEntry['kind']) => void

/** What the notes pass found: entries, headings to keep out of the text, and which blocks it took. */
export interface NotesFound {
  entries: NoteEntry[]
  headings: Block[]
  /** Indexes of the blocks that belong to notes, not to the running text. */
  taken: Set<number>
  problems: { start: number; end: number; reason: string }[]
  /**
   * Blocks that end a notes section while opening like a note's entry (`**A Einstein…`,
   * `*) First observed…` with nothing citing it): kept as text, and said so.
   */
  unread: { start: number; end: number; opening: string }[]
  /** Bodies read from where they stand, not from a label: the block and the reading taken. */
  guessed: { start: number; end: number; reason: string }[]
}

/** How to look for notes. */
export interface NotesOptions {
  /** The whole text is notes, as in a separate notes file. */
  allNotes?: boolean
  /** Blocks to leave out (excluded by the settings). */
  skip?: ReadonlySet<number>
  /** The manuscript's language (BCP 47), for the headings of notes sections. */
  language?: string
  /** Headings of notes sections the settings name (`notes.headings`). */
  headings?: readonly string[]
}

/**
 * `12. `, `12) `, `[12] `, `[12a] `, `[^12]: `, `^12 `, `12 `, `12 (return)`, `¹² `, `¹²) `, `(12) ` at
 * the start of a line, also after the `_` that opens an italic run (`_    5 Tamanacu_ hat`). Group 4 is the bare numeral, the weakest form; group 5 the superscript; group 6 the
 * number in parentheses.
 */
const entryStart = new RegExp(
  `^[ \\t]*(?:_[ \\t]*)?(?:\\[\\^?(${bracketLabel})\\]:?|\\^([0-9]{1,4})|([0-9]{1,4})[.)]|([0-9]{1,4})(?:[ \\t]+\\(return\\)|(?=[ \\t]))|(${superscriptDigits}{1,4})[.)]?(?=[ \\t])|\\(([0-9]{1,4})\\)(?=[ \\t]))[ \\t]*`
)

/**
 * A body in brackets: `[Footnote 12: `, `[Note 12: `, `[12: `, `[* `, `[*: `, `[Footnote: (12) `
 * (anywhere), and in a notes section `12 [ ` and `12 (return) [ `. Group 1, 2, 3 or 4 is the
 * label; group 4 a number in parentheses, as the marker citing it is written.
 */
const bracketOpen =
  /^[ \t]*\[(?:(?:(?:footnote|note|fn)[ \t]+([0-9]{1,6}[a-z]?|[A-Za-z*†‡§])|([0-9]{1,6}[a-z]?))[ \t]*(?:;|:(?![0-9]{1,4}\]))|(\*{1,4}|[†‡§])(?=[ \t:])[ \t]*:?|(?:footnote|note|fn)[ \t]*:[ \t]*\(([0-9]{1,4})\))[ \t]*/i
const numberedBracketOpen = /^[ \t]*([0-9]{1,6}[a-z]?)[ \t]+(?:\(return\)[ \t]*)?\[[ \t]*/i

/** A body in braces, `{1. Von der Nachahmung … S. 21.}`, as some transcriptions set them. */
const braceOpen = /^[ \t]*\{([0-9]{1,4}[a-z]?)(?:[.:][ \t]*|[ \t]+)(?=\S)/

/**
 * `[12] The source…`, `[a] The source…` or `¹² The source…` opening a block under the paragraph that cites `[12]`
 * or `¹²`. Group 1 is the bracketed label, group 2 the superscript.
 */
const inlineBodyStart = new RegExp(
  `^[ \\t]*(?:\\[(${bracketLabel}|[A-Za-z])\\]|(${superscriptDigits}{1,4})\\)?)[ \\t]+(?=\\S)`
)

/** The opening of a block that reads like a note's entry: a symbol, a bracket, a number and a stop. */
const entryLike =
  /^[ \t]*(?:\(?(?:\*{1,7}|[†‡§])\)?\S*|\[[^\]\s]{1,12}\]|\(?\d{1,4}[.)])(?=[ \t]+\S)/u

/** Bracketed and superscript markers in running text, for matching the bodies under their paragraphs. */
const citedMarker = new RegExp(`\\[(${bracketLabel}|[A-Za-z])\\]`, 'y')
const citedSuperscript = new RegExp(`${superscriptDigits}{1,4}`, 'y')

function noneFound(): NotesFound {
  return { entries: [], headings: [], taken: new Set(), problems: [], unread: [], guessed: [] }
}

/** Finds every note body among `blocks`, leaving out the blocks in `skip` (excluded ones). */
export function findNotes(
  text: string,
  blocks: readonly Block[],
  options: NotesOptions = {}
): NotesFound {
  const found = noneFound()
  const skip = options.skip ?? new Set<number>()
  const order = blocks.flatMap((_, index) => (skip.has(index) ? [] : [index]))
  const heading = notesHeading(options.language, options.headings)
  const headingStart = notesHeadingStart(options.language, options.headings)
  const places = markPlaces(text)
  const cited = new CitedLabels(text, blocks, places)
  const symbols = new SymbolCitations(text, places)
  const state = startState(options.allNotes === true)
  const { add, lastNumber } = entryAdder(found, () => state.section)
  let lastEntryBlock = -1

  for (let at = 0; at < order.length; at++) {
    const index = order[at] as number
    const block = blocks[index] as Block
    const first = firstLine(text, block)
    cited.advanceTo(block.start)
    // Taken already: a block a symbol note glued under a paragraph ran on over.
    if (found.taken.has(index)) continue
    // A block that opens an entry of a notes section is that entry's, whatever symbol (`§ 5`)
    // begins a line of it.
    const entry = state.inSection && opensEntry(entryStart.exec(first), lastNumber())
    const taken =
      symbols.any && !entry ? takeSymbolNotes(text, blocks, order, at, symbols, found, add) : -1
    if (taken >= at) {
      at = taken
      continue
    }

    const nextIndex = order[at + 1]
    const next = firstLine(text, nextIndex === undefined ? undefined : blocks[nextIndex])
    const head = headingStart.test(first) ? sectionHeading(text, block, next, heading) : undefined
    if (head) {
      at = openAt(head, { block, index, at }, state, found)
      continue
    }
    const open =
      bracketOpen.exec(first) ??
      braceOpen.exec(first) ??
      (state.inSection ? numberedBracketOpen.exec(first) : null)
    if (open) {
      const kind = state.inSection ? 'section' : 'inline'
      at = takeBracketed(text, blocks, order, at, open, found, (entry, b) => add(entry, b, kind))
      if (found.taken.has(index)) lastEntryBlock = order[at] as number
      continue
    }
    if (!state.inSection) {
      at = readOutsideSection(text, { blocks, order, at, first }, state, { found, add, cited })
      continue
    }
    const alone = lastEntryBlock === index - 1 && nextIndex === index + 1
    const took = takeInSection(text, { block, index, first, next, alone }, found, add, lastNumber())
    if (took === 'entries') lastEntryBlock = index
    if (took) continue
    const through = continuedTo(text, blocks, order, at, found, {
      lastEntryBlock,
      last: lastNumber(),
      heading
    })
    if (through >= at) {
      lastEntryBlock = order[through] as number
      at = through
      continue
    }
    const afterEntry = found.taken.has(index - 1) && order[at - 1] === index - 1
    if (afterEntry && takeUnlabelled({ block, index, next }, cited, found, add)) continue
    endSection(state, found, { block, first }, options.allNotes === true)
  }
  return found
}

/**
 * Opens a notes section at its heading; returns the place in `order` to go on from: the same
 * block again when the heading was cut off it, its entries to be read next.
 */
function openAt(
  head: Block,
  at: { block: Block; index: number; at: number },
  state: SectionState,
  found: NotesFound
): number {
  openSection(state)
  found.headings.push(head)
  if (head !== at.block) return at.at - 1
  found.taken.add(at.index)
  return at.at
}

/**
 * A block outside any notes section: the first entry of notes with no heading (the section
 * opens, and the block is read again), a trailing brace's body, or a body under its paragraph.
 * Returns the place in `order` to go on from.
 */
function readOutsideSection(
  text: string,
  at: { blocks: readonly Block[]; order: readonly number[]; at: number; first: string },
  state: SectionState,
  into: { found: NotesFound; add: AddEntry; cited: CitedLabels }
): number {
  const { blocks, order, first } = at
  const index = order[at.at] as number
  const block = blocks[index] as Block
  if (opensUnheaded(text, blocks, order, at.at, into.found)) {
    openSection(state)
    return at.at - 1
  }
  if (!takeTrailingBrace(text, block, index, into.add)) {
    takeInlineBody(first, { block, index }, into.cited, into.found, into.add)
  }
  return at.at
}

/** Anything else ends the section (but in a notes file); a block that opens like an entry is said to be text. */
function endSection(
  state: SectionState,
  found: NotesFound,
  at: { block: Block; first: string },
  allNotes: boolean
): void {
  if (allNotes) return
  const opening = entryLike.exec(at.first)?.[0]
  if (opening !== undefined) {
    found.unread.push({ start: at.block.start, end: at.block.start + at.first.length, opening })
  }
  state.inSection = false
}

/**
 * In a notes section, a block opening an entry (its entries are taken), one with no number
 * standing `alone` between two entries (see `takeUnnumbered`), or a subheading inside the notes
 * (`Chapter 2`) when entries follow it; undefined for any other block.
 */
function takeInSection(
  text: string,
  at: { block: Block; index: number; first: string; next: string; alone: boolean },
  found: NotesFound,
  add: AddEntry,
  last: number
): 'entries' | 'subheading' | undefined {
  const { block, index, first, next } = at
  if (opensEntry(entryStart.exec(first), last)) {
    found.taken.add(index)
    takeEntries(text, block, index, { add, guessed: found.guessed })
    return 'entries'
  }
  if (at.alone && takeUnnumbered(at, found, add)) return 'entries'
  if (block.lines.length === 1 && isTitleLike(first) && startsEntry(next, true)) {
    found.headings.push(block)
    found.taken.add(index)
    return 'subheading'
  }
  return undefined
}

/** Where the notes pass stands: in a notes section or not, and which section, from 0. */
interface SectionState {
  inSection: boolean
  section: number
}

/** Where the pass starts: outside any section, or, in a notes file, in its one section. */
function startState(allNotes: boolean): SectionState {
  return { inSection: allNotes, section: allNotes ? 0 : -1 }
}

function openSection(state: SectionState): void {
  state.inSection = true
  state.section++
}

/** A block `[12] …` or `¹² …` under the paragraph that cites it: that note's body. */
function takeInlineBody(
  first: string,
  at: { block: Block; index: number },
  cited: CitedLabels,
  found: NotesFound,
  add: AddEntry
): void {
  const inline = inlineBodyStart.exec(first)
  const label = inline ? (inline[1] ?? fromSuperscript(inline[2] as string)) : undefined
  if (!inline || !label) return
  if (!cited.take(label) && !continuesRun(found, at.index, label)) return
  found.taken.add(at.index)
  add(wholeBlock(at.block, label, inline[0].length), at.index, 'inline')
}

/**
 * Whether a block `[n] …` goes on a run of bodies under a paragraph, the block just before it
 * being `[n - 1] …`: a body whose marker the text lost, which the checker reports as never cited.
 */
function continuesRun(found: NotesFound, index: number, label: string): boolean {
  const before = found.entries.at(-1)
  const number = numberOf(label)
  return (
    before?.kind === 'inline' &&
    before.block === index - 1 &&
    number > 1 &&
    before.number === number - 1
  )
}

/** A rule (`------`) or the close of a book (`THE END.`), after which notes may stand unheaded. */
const closing = /^[ \t]*(?:[-_=*·—–]{3,}|(?:the end|finis|ende|fin)\.?)[ \t]*$/i

/** Fewest entries an unheaded run of notes has. */
const fewestUnheaded = 2

/**
 * Whether the block at `at` opens notes that stand with no heading: after a rule or the close
 * of a book, it and the blocks after it open entries numbered one after another (`1 Die…`,
 * `2 S. TACITUS`), and the text since the last notes cites each of their numbers in order
 * (`zusammenhängt(1)`, `Anne.10 Mary`). A numbered list after a rule is cited by nothing.
 */
function opensUnheaded(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  found: NotesFound
): boolean {
  const before = at > 0 ? blocks[order[at - 1] as number] : undefined
  if (!before || !closing.test(firstLine(text, before)) || before.lines.length > 1) return false
  const numbers: number[] = []
  for (let k = at; k < order.length; k++) {
    const match = entryStart.exec(firstLine(text, blocks[order[k] as number]))
    const number = match ? numberOf(entryLabel(match)) : 0
    if (number === 0 || (numbers.length > 0 && number !== (numbers.at(-1) as number) + 1)) break
    numbers.push(number)
  }
  if (numbers.length < fewestUnheaded) return false
  const since = found.entries.at(-1)?.end ?? 0
  const cited = citedInOrder(text.slice(since, before.start), numbers)
  return cited >= fewestUnheaded && cited * 2 >= numbers.length
}

/**
 * How many of `numbers` `text` cites in their order, glued after a letter or a stop; those
 * cited before it began (the opening of a slice) are passed over.
 */
function citedInOrder(text: string, numbers: readonly number[]): number {
  let from = 0
  let cited = 0
  for (const number of numbers) {
    const cite = new RegExp(`[^\\s\\d]${number}(?![0-9\\p{L}])`, 'u')
    const found = cite.exec(text.slice(from))
    if (!found) continue
    from += found.index + found[0].length
    cited++
  }
  return cited
}

/**
 * Where the section entry just before `at` goes on to (a place in `order`), taking the blocks
 * up to it; -1 when it does not go on. It goes on over a second paragraph, and over a table
 * or verse when the next entry follows soon.
 */
function continuedTo(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  found: NotesFound,
  where: { lastEntryBlock: number; last: number; heading: RegExp }
): number {
  const previous = found.entries[found.entries.length - 1]
  if (previous?.kind !== 'section') return -1
  const index = order[at] as number
  // Only what follows the entry directly: a heading or an excluded block between ends it.
  if (where.lastEntryBlock !== index - 1) return -1
  const block = blocks[index] as Block
  const first = firstLine(text, block)
  // `LINENOTES:` after the notes heads a block of another kind.
  if (block.lines.length === 1 && isLabelHeading(first)) return -1
  const paragraph = !isTitleLike(first) && block.blanksBefore < 2
  const through = paragraph ? at : resumesAt(text, blocks, order, at, where.last, where.heading) - 1
  if (through < at) return -1
  const lastInside = blocks[order[through] as number] as Block
  previous.end = lastInside.end
  previous.bodyEnd = lastInside.end
  for (let k = at; k <= through; k++) found.taken.add(order[k] as number)
  return through
}

/**
 * In a notes section, a block with no number that stands alone between the entries numbered
 * `n - 1` and `n + 1`, right after the one and right before the other (a quotation that lost
 * its `18.`): note `n`'s body, read so and said so.
 */
function takeUnnumbered(
  at: { block: Block; index: number; next: string },
  found: NotesFound,
  add: AddEntry
): boolean {
  const previous = found.entries[found.entries.length - 1]
  if (previous?.kind !== 'section' || previous.number === 0) return false
  const following = entryStart.exec(at.next)
  if (!following || numberOf(entryLabel(following)) !== previous.number + 2) return false
  const number = previous.number + 1
  const { block, index } = at
  found.taken.add(index)
  // The body starts at the block's first letter, not at its line's indentation.
  add({ ...wholeBlock(block, String(number), 0), bodyStart: block.start }, index, 'section')
  found.guessed.push({
    start: block.start,
    end: block.lines[0]?.end ?? block.end,
    reason: `Read this block, which has no number, as the body of note ${number}: it stands alone between notes ${number - 1} and ${number + 1}; if it belongs to note ${number - 1}, join it to that note with no blank line between, else number it \`${number}.\``
  })
  return true
}

/**
 * In a notes section, the last block before a heading or the end, with no label, right after
 * an entry, when one letter (`[A]`) is cited and has no body: that letter's body (a
 * translator's note that lost its label), read so and said so.
 */
function takeUnlabelled(
  at: { block: Block; index: number; next: string },
  cited: CitedLabels,
  found: NotesFound,
  add: AddEntry
): boolean {
  if (at.next !== '' && !isTitleLike(at.next)) return false
  const letter = cited.onlyLetter()
  if (letter === undefined) return false
  cited.take(letter)
  found.taken.add(at.index)
  add({ ...wholeBlock(at.block, letter, 0), bodyStart: at.block.start }, at.index, 'section')
  found.guessed.push({
    start: at.block.start,
    end: at.block.lines[0]?.end ?? at.block.end,
    reason: `Read this block, which has no label, as the body of \`[${letter}]\`, which is cited before the notes and has no body of its own; if it belongs to the note before, join it to that note with no blank line between, else begin it with \`[${letter}]\``
  })
  return true
}

/** How many blocks a note's table or verse may take before the next entry. */
const maxInside = 8

/**
 * The place in `order` of the block, a few after `at`, that opens the entry after `last`
 * (numbered one to three after it), when nothing between cites that entry; -1 otherwise.
 */
function resumesAt(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  last: number,
  heading: RegExp
): number {
  for (let k = at + 1; k <= at + maxInside && k < order.length; k++) {
    // An excluded block or a notes heading in between: no table of the note.
    if (order[k] !== (order[at] as number) + k - at) return -1
    const first = firstLine(text, blocks[order[k] as number])
    if (heading.test(first.trim())) return -1
    const match = entryStart.exec(first)
    if (!match) continue
    const number = numberOf(entryLabel(match))
    if (number <= last || number > last + 3) continue
    // Running text between two notes sections cites the notes of the second: not a table.
    const between = text.slice(
      (blocks[order[at] as number] as Block).start,
      (blocks[order[k] as number] as Block).start
    )
    return cites(between, number) ? -1 : k
  }
  return -1
}

/** Whether `text` cites note `number`: `[12]`, or `12` glued after a letter or punctuation. */
function cites(text: string, number: number): boolean {
  return new RegExp(`\\[${number}\\]|[^\\s\\d]${number}(?![0-9])`).test(text)
}

/**
 * The heading of a notes section that `block` is or opens: the whole block, one line, when an
 * entry opens the block after it (`next`, its first line); else one cut off the block's start
 * (see `headingBefore`).
 */
function sectionHeading(
  text: string,
  block: Block,
  next: string,
  heading: RegExp
): Block | undefined {
  const whole =
    block.lines.length === 1 &&
    heading.test(firstLine(text, block).trim()) &&
    startsEntry(next, true)
  return whole ? block : headingBefore(text, block, heading)
}

/**
 * The heading of a notes section that opens `block` with more after it, cut off the block
 * (which then starts at its first entry): `FOOTNOTES` over `[1]` with no blank line between,
 * or `FOOTNOTES TO BOOK I 1 (return) [ …` on one line. Undefined when the block is no such.
 */
function headingBefore(text: string, block: Block, heading: RegExp): Block | undefined {
  const line = block.lines[0]
  const second = block.lines[1]
  if (line === undefined) return undefined
  const value = text.slice(line.start, line.end)
  if (
    second &&
    heading.test(value.trim()) &&
    startsEntry(text.slice(second.start, second.end), true)
  ) {
    block.lines.shift()
    block.start = second.start + indentOf(text.slice(second.start, second.end))
    return {
      start: line.start + indentOf(value),
      end: trimEnd(text, line.start, line.end),
      lines: [line],
      blanksBefore: block.blanksBefore
    }
  }
  // On one line: the words of a heading, then an entry's label (`1 (return) [`, `[1]`, `1.`).
  for (const space of value.slice(0, maxHeadingWords).matchAll(/[ \t]+(?=\S)/g)) {
    const cut = space.index + space[0].length
    if (!heading.test(value.slice(0, space.index).trim()) || !startsEntry(value.slice(cut), true))
      continue
    const head = {
      start: line.start + indentOf(value),
      end: line.start + space.index,
      lines: [{ start: line.start, end: line.start + space.index }],
      blanksBefore: block.blanksBefore
    }
    line.start += cut
    block.start = line.start
    return head
  }
  return undefined
}

/** How far a notes heading may run on a line before its first entry. */
const maxHeadingWords = 100

/** The length of the white space that starts `value`. */
function indentOf(value: string): number {
  return value.length - value.trimStart().length
}

/** Whether a line opens a note entry: a numbered entry in a section, a bracketed body anywhere. */
function startsEntry(line: string, inSection: boolean): boolean {
  if (bracketOpen.test(line) || braceOpen.test(line) || opensSymbolBody(line)) return true
  return inSection ? entryStart.test(line) || numberedBracketOpen.test(line) : false
}

/**
 * Adds entries to `found`. Section entries are grouped in runs of numbering: a restart at 1,
 * or a number well below the last, opens a new run. A repeated or out-of-order number stays
 * in its run (the checker reports it); a number far above the last (`1901`, an editor's
 * sub-note of 19) is not taken as where the numbering stands.
 */
function entryAdder(
  found: NotesFound,
  section: () => number
): { add: AddEntry; lastNumber: () => number } {
  let run = -1
  let last = 0
  const add: AddEntry = (entry, block, kind) => {
    if (kind === 'inline') {
      found.entries.push({ ...entry, run: -1, block, kind, section: -1 })
      return
    }
    const restart = run < 0 || (entry.number === 1 && last > 0) || entry.number + 5 < last
    if (restart) run++
    if (restart || entry.number <= last + 25) last = entry.number
    found.entries.push({ ...entry, run, block, kind, section: section() })
  }
  return { add, lastNumber: () => last }
}

/**
 * Whether a block's first line opens a note entry, the last number being `last`: a numeral
 * alone (`30 leagues…`) only as one of the next few numbers or 1; a labelled one (`30.`, `[30]`)
 * also as a repeat or a step back, which the checker reports, but not far ahead (a year).
 */
function opensEntry(match: RegExpExecArray | null, last: number): boolean {
  if (!match) return false
  const number = numberOf(entryLabel(match))
  if (number === 1 || last === 0) return true
  if (match[4] !== undefined) return number > last && number <= last + 5
  return number <= last + 25
}

/** The label an `entryStart` match found, whichever of its forms. */
function entryLabel(match: RegExpExecArray): string {
  return (
    match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[6] ?? fromSuperscript(match[5] as string)
  )
}

/** The number of a label: `12` and `12a` are 12; a symbol is 0. */
function numberOf(label: string): number {
  const digits = /^[0-9]+/.exec(label)
  return digits ? Number(digits[0]) : 0
}

/** A whole block as one entry labelled `label`, its body after the label's `length` characters. */
function wholeBlock(block: Block, label: string, length: number): NewEntry {
  const bodyStart = Math.min((block.lines[0]?.start ?? block.start) + length, block.end)
  return {
    label,
    number: numberOf(label),
    start: block.start,
    end: block.end,
    bodyStart,
    bodyEnd: block.end
  }
}

/**
 * The bracketed labels cited in running text (not at the start of a block), met in reading
 * order: a block `[12] …` is a note body when `[12]` was cited since the last such body.
 */
class CitedLabels {
  private readonly citations: { at: number; label: string }[] = []
  private next = 0
  private readonly pending = new Set<string>()

  /** `places` are those of `markPlaces(text)`. */
  constructor(text: string, blocks: readonly Block[], places: readonly number[]) {
    const starts = new Set(blocks.map((block) => block.start))
    // Bracketed and raised markers in reading order, each read where its first character stands.
    let after = 0
    for (const at of places) {
      if (at < after) continue
      const c = text.charCodeAt(at)
      const search = c === 0x5b ? citedMarker : isSuperscriptDigit(c) ? citedSuperscript : undefined
      if (search === undefined) continue
      search.lastIndex = at
      const match = search.exec(text)
      if (match === null) continue
      after = search.lastIndex
      if (starts.has(at)) continue
      const label = search === citedMarker ? (match[1] as string) : fromSuperscript(match[0])
      this.citations.push({ at, label })
    }
  }

  /** Meets the citations before `offset`. */
  advanceTo(offset: number): void {
    let citation = this.citations[this.next]
    while (citation !== undefined && citation.at < offset) {
      this.pending.add(citation.label)
      citation = this.citations[++this.next]
    }
  }

  /** The one letter (`A`, `b`) cited with no body yet, when there is exactly one. */
  onlyLetter(): string | undefined {
    let only: string | undefined
    for (const label of this.pending) {
      if (!/^[A-Za-z]$/.test(label)) continue
      if (only !== undefined) return undefined
      only = label
    }
    return only
  }

  /** Whether `label` was cited and has no body yet; if so, it has one now. */
  take(label: string): boolean {
    return this.pending.delete(label)
  }
}

/**
 * Entries of a block in a notes section. The block's first line opens an entry. A later line
 * opens one with one of the next few numbers (or 1), so that a wrapped line starting with a
 * numeral (a year) stays in its entry; in a list of one entry per line, where most lines (and
 * at least three) open an entry, a number a few back or ahead opens one too, a repeat included.
 */
function takeEntries(
  text: string,
  block: Block,
  blockIndex: number,
  into: { add: AddEntry; guessed: NotesFound['guessed'] }
): void {
  const { add } = into
  const matches = block.lines.map((line) => entryStart.exec(text.slice(line.start, line.end)))
  const opening = matches.filter(Boolean).length
  const list = opening >= 3 && opening * 2 >= block.lines.length
  let current: NewEntry | undefined
  block.lines.forEach((line, k) => {
    const value = text.slice(line.start, line.end)
    const broken = current ? brokenLabel(text, block.lines[k - 1], line, current) : undefined
    if (current && broken) {
      current = mendLabel(current, broken, { blockIndex, ...into })
      return
    }
    const match = matches[k]
    const label = match ? entryLabel(match) : ''
    const number = numberOf(label)
    const previous = current?.number ?? 0
    const ahead = number > previous && number <= previous + 5
    const opens =
      match &&
      (current === undefined ||
        number === 1 ||
        ahead ||
        (list && number >= previous - 3 && number <= previous + 5))
    if (match && opens) {
      if (current) add(current, blockIndex, 'section')
      const lead = value.length - value.trimStart().length
      const end = line.start + value.trimEnd().length
      current = {
        label,
        number,
        ...(match[6] === undefined ? {} : { parenthesized: true }),
        start: line.start + lead,
        end,
        bodyStart: Math.min(line.start + match[0].length, end),
        bodyEnd: end
      }
    } else if (current) {
      current.end = line.start + value.trimEnd().length
      current.bodyEnd = current.end
    }
  })
  if (current) add(current, blockIndex, 'section')
}

/** A label the transcription broke over two lines: `[` ends one line, `F8]` opens the next. */
interface BrokenLabel {
  /** Where the entry before ends: before the `[` that ends its last line. */
  close: number
  /** Where the line with the label's tail starts, and where its body starts. */
  start: number
  bodyStart: number
  end: number
  tail: string
  number: number
}

/**
 * The next entry's label, broken over the lines `before` and `line`: `before` ends in a lone
 * `[`, and `line` opens with at most two characters and digits closed by `]`, the digits ending
 * the number after `current`'s (`[` / `F8]` after 27: 28).
 */
function brokenLabel(
  text: string,
  before: { start: number; end: number } | undefined,
  line: { start: number; end: number },
  current: NewEntry
): BrokenLabel | undefined {
  if (!before || current.number === 0) return undefined
  const previous = text.slice(before.start, before.end).trimEnd()
  if (!/\s\[$/.test(previous)) return undefined
  const value = text.slice(line.start, line.end)
  const tail = /^[ \t]*([^\s\d[\]]{0,2})([0-9]{1,3})\][ \t]+/.exec(value)
  const number = current.number + 1
  if (!tail || !String(number).endsWith(tail[2] as string)) return undefined
  return {
    close: before.start + previous.slice(0, -1).trimEnd().length,
    start: line.start + (value.length - value.trimStart().length),
    bodyStart: line.start + tail[0].length,
    end: line.start + value.trimEnd().length,
    tail: tail[0].trim(),
    number
  }
}

/** Closes `current` before the broken label's `[`, adds it, and opens the entry the label starts, said so. */
function mendLabel(
  current: NewEntry,
  broken: BrokenLabel,
  at: { blockIndex: number; add: AddEntry; guessed: NotesFound['guessed'] }
): NewEntry {
  at.add({ ...current, end: broken.close, bodyEnd: broken.close }, at.blockIndex, 'section')
  const label = String(broken.number)
  at.guessed.push({
    start: broken.start,
    end: broken.bodyStart,
    reason: `Read \`[\` at the end of the line before and \`${broken.tail}\` here as the label \`[${label}]\`, broken over two lines, and note ${label}'s body as starting here; if so, write \`[${label}]\` here`
  })
  return {
    label,
    number: broken.number,
    start: broken.start,
    end: broken.end,
    bodyStart: broken.bodyStart,
    bodyEnd: broken.end
  }
}

/**
 * Takes the note in brackets or braces opened by `open` on the first line of the block at `at`,
 * over the blocks that follow to the one whose end closes it; returns the place in `order` of
 * its last block. A note opened and closed inside it at a block's start and end (`{9. …}` set
 * inside `{8. …`, whose body goes on after it) is a note of its own, and a hole in the outer one.
 */
function takeBracketed(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  open: RegExpExecArray,
  found: NotesFound,
  add: (entry: NewEntry, block: number) => void
): number {
  const index = order[at] as number
  const block = blocks[index] as Block
  // `[Footnote 1: …]`, or `{1. …}` in braces.
  const [opening, closing] = open[0].trimStart().startsWith('{') ? [123, 125] : [91, 93]
  const inner: { entry: NewEntry; block: number }[] = []
  let nested: { block: Block; index: number; open: RegExpExecArray } | undefined
  let depth = 0
  // The note runs over blocks that follow each other, not over an excluded one.
  for (let k = at; k < order.length && order[k] === index + k - at; k++) {
    const current = blocks[order[k] as number] as Block
    if (k > at && depth === 1) nested = nestedOpen(text, current, order[k] as number, opening)
    for (let offset = current.start; offset < current.end; offset++) {
      const code = text.charCodeAt(offset)
      if (code === opening) depth++
      else if (code !== closing) continue
      else if (--depth === 0) {
        // The note ends at the bracket that closes the opening one, at a block's end.
        if (offset !== current.end - 1) break
        for (let taken = at; taken <= k; taken++) found.taken.add(order[taken] as number)
        const holes = inner.map(({ entry }) => ({ start: entry.start, end: entry.end }))
        add(
          { ...bracketedEntry(text, block, open, offset), ...(holes.length ? { holes } : {}) },
          index
        )
        for (const note of inner) add(note.entry, note.block)
        return k
      } else if (depth === 1 && nested) {
        if (offset === current.end - 1)
          inner.push({
            entry: bracketedEntry(text, nested.block, nested.open, offset),
            block: nested.index
          })
        nested = undefined
      }
    }
    if (depth <= 0) break
  }
  found.problems.push({
    start: block.start,
    end: block.start + open[0].trim().length,
    reason: `Note \`${open[0].trim()}\` is not closed by \`${String.fromCharCode(closing)}\` at the end of a block; close it or remove the bracket`
  })
  return at
}

/** The block at `index`, when its first line opens a note in the same brackets as `opening`. */
function nestedOpen(
  text: string,
  block: Block,
  index: number,
  opening: number
): { block: Block; index: number; open: RegExpExecArray } | undefined {
  const first = firstLine(text, block)
  const open = opening === 123 ? braceOpen.exec(first) : bracketOpen.exec(first)
  return open ? { block, index, open } : undefined
}

/** The entry of a note opened by `open` on `block`'s first line and closed at `close`. */
function bracketedEntry(
  text: string,
  block: Block,
  open: RegExpExecArray,
  close: number
): NewEntry {
  const label = (open[1] ?? open[2] ?? open[3] ?? open[4]) as string
  const bodyStart = (block.lines[0]?.start ?? block.start) + open[0].length
  return {
    label,
    number: numberOf(label),
    start: block.start,
    end: close + 1,
    bodyStart,
    bodyEnd: trimEnd(text, bodyStart, close),
    ...(open[4] === undefined ? {} : { parenthesized: true })
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start && /\s/.test(text[at - 1] as string)) at--
  return at
}

function firstLine(text: string, block: Block | undefined): string {
  const line = block?.lines[0]
  return line ? text.slice(line.start, line.end) : ''
}

/**
 * Takes the symbol notes' bodies that stand in the block at `at` (see `symbol-notes.ts`): the
 * whole block when its first line opens one, else its lines from the first body on, the block
 * cut short before them. A body in parentheses not closed in its block goes on over the next
 * few, which are taken too. Returns the place in `order` of the last block taken; `at - 1`
 * when the block itself is not taken (no body, or cut short: the rest of it is text).
 */
function takeSymbolNotes(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  symbols: SymbolCitations,
  found: NotesFound,
  add: AddEntry
): number {
  const index = order[at] as number
  const block = blocks[index] as Block
  const bodies = symbolBodies(text, block, symbols)
  const first = bodies[0]
  if (first === undefined) return at - 1
  let through = at
  for (const body of bodies) {
    const entry = symbolEntry(text, block, body)
    const open = body.enclosed && !balanced(text, entry.start, entry.end)
    if (open && body === bodies[bodies.length - 1])
      through = runOn(text, blocks, order, at, entry, found)
    else if (open) unclosed(entry, found)
    add(entry, index, 'inline')
  }
  for (let k = at + 1; k <= through; k++) found.taken.add(order[k] as number)
  if (first.first > 0) {
    cutBlock(text, block, first.first)
    return at - 1
  }
  found.taken.add(index)
  return through
}

/**
 * Runs `entry`, a body in parentheses not closed in the block at `at`, on to the block that
 * closes it, or reports it unclosed; returns the place in `order` of its last block.
 */
function runOn(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  entry: NewEntry,
  found: NotesFound
): number {
  const through = closingBlock(text, blocks, order, at, entry.start)
  const last = blocks[order[through] as number] as Block
  const closed = balanced(text, entry.start, last.end)
  entry.end = last.end
  entry.bodyEnd = closed ? last.end - 1 : last.end
  if (!closed) unclosed(entry, found)
  return through
}

/** Reports a body whose parenthesis is not closed. */
function unclosed(entry: NewEntry, found: NotesFound): void {
  found.problems.push({
    start: entry.start,
    end: entry.bodyStart,
    reason: `Note \`${entry.label}\` opens a parenthesis that is not closed; close it where the note ends`
  })
}

/** The entry of one symbol body in `block`, its parentheses left out when it closes them. */
function symbolEntry(text: string, block: Block, body: SymbolBody): NewEntry {
  const firstLine = block.lines[body.first] as Block['lines'][number]
  const lastLine = block.lines[body.last] as Block['lines'][number]
  const value = text.slice(firstLine.start, firstLine.end)
  const start = body.start ?? firstLine.start + (value.length - value.trimStart().length)
  const end = trimEnd(text, start, body.end ?? lastLine.end)
  const closed = body.enclosed && text[end - 1] === ')' && balanced(text, start, end)
  return {
    label: body.label,
    number: 0,
    start,
    end,
    bodyStart: start + symbolLabelLength(text.slice(start, firstLine.end), body.label),
    bodyEnd: closed ? trimEnd(text, start, end - 1) : end
  }
}

/** How many blocks an unclosed parenthesis of a note may run over. */
const maxOpen = 4

/** The place in `order` of the block that closes the parenthesis opened at `start`. */
function closingBlock(
  text: string,
  blocks: readonly Block[],
  order: readonly number[],
  at: number,
  start: number
): number {
  for (let k = at + 1; k <= at + maxOpen && k < order.length; k++) {
    if (order[k] !== (order[at] as number) + k - at) break
    if (balanced(text, start, (blocks[order[k] as number] as Block).end)) return k
  }
  return at
}

/** A body in braces inside a paragraph's line: `weiß." {1. Antiochus. …}`. */
const innerBrace = /\{([0-9]{1,4}[a-z]?)(?:[.:][ \t]*|[ \t]+)(?=\S)/g

/**
 * Takes a body in braces that ends the block (`… ein Beweis meiner Kunst ist." {1. Antiochus.
 * … Namens.}`), cutting the paragraph short before it; whether there was one.
 */
function takeTrailingBrace(text: string, block: Block, index: number, add: AddEntry): boolean {
  if (text.charCodeAt(block.end - 1) !== 0x7d) return false
  const value = text.slice(block.start, block.end)
  innerBrace.lastIndex = 0
  for (let match = innerBrace.exec(value); match; match = innerBrace.exec(value)) {
    const at = block.start + match.index
    if (match.index === 0 || /[\p{L}0-9]/u.test(value[match.index - 1] as string)) continue
    if (!closesAt(text, at, block.end - 1)) continue
    const label = match[1] as string
    const bodyStart = at + match[0].length
    const entry = { label, number: numberOf(label), start: at, end: block.end, bodyStart }
    add({ ...entry, bodyEnd: trimEnd(text, bodyStart, block.end - 1) }, index, 'inline')
    cutBlockAt(text, block, at)
    return true
  }
  return false
}

/** Whether the brace opened at `at` is closed first at `close`. */
function closesAt(text: string, at: number, close: number): boolean {
  let depth = 0
  for (let offset = at; offset <= close; offset++) {
    const code = text.charCodeAt(offset)
    if (code === 0x7b) depth++
    else if (code === 0x7d && --depth === 0) return offset === close
  }
  return false
}

/** Cuts `block` short before `offset`, inside one of its lines: what follows is a note's. */
function cutBlockAt(text: string, block: Block, offset: number): void {
  block.lines = block.lines.filter((line) => line.start < offset)
  const last = block.lines[block.lines.length - 1] as Block['lines'][number]
  last.end = trimEnd(text, last.start, Math.min(last.end, offset))
  block.end = last.end
}

/** Cuts `block` short before its line `line`: the lines from there on are a note's. */
function cutBlock(text: string, block: Block, line: number): void {
  block.lines.length = line
  block.end = trimEnd(text, block.start, (block.lines[line - 1] as Block['lines'][number]).end)
}
