// The second stage of the plain-text front end: the blocks of running text, read in order, make
// chapters, sections and paragraphs. A heading (`CHAPTER II.`, `LETTER IV`, a title in
// capitals) opens a chapter, `BOOK I` names the part the next chapter opens, a section numeral
// or two blank lines open a section, an ornament breaks one; the first short line may be the
// manuscript's title; every other block is a paragraph, its markers read against its chapter's
// numbering.
import type { Chapter, Omission, Paragraph, Section, Settings, SourceFile } from '@colophon/schema'
import type { VFile } from 'vfile'
import { type Block, blockText } from '../shared/blocks.js'
import { closingQuotes } from '../shared/language.js'
import { report } from '../shared/messages.js'
import { buildParagraph, isVerse, type PendingReference } from '../shared/paragraph.js'
import type { Positioner } from '../shared/positions.js'
import { type HeadingKind, headingKind, isByline, isTitleLike, namedHeading } from './headings.js'
import {
  type Ambiguity,
  type BodyOrder,
  type Marker,
  type Sequence,
  scanMarkers
} from './markers.js'
import { readTitle, withoutMarkers } from './titles.js'

/** A chapter as it is read: its node, its numbering, its references and where it begins. */
export interface ChapterDraft {
  node: Chapter
  sequence: Sequence
  references: PendingReference[]
  /** Block indexes this chapter spans, for placing notes. */
  firstBlock: number
  /** Notes it cites whose body stands in another chapter: note key → that chapter's index. */
  elsewhere: Map<string, number>
}

/** What the outline reads: the text's blocks, which of them are text, and what the notes pass found. */
export interface OutlineInput {
  file: VFile
  position: Positioner
  all: readonly Block[]
  /** Whether a block is running text: not excluded by the settings, not a note. */
  isText: (index: number) => boolean
  /** Whether a block is a note's (its body or a notes heading). */
  isNote: (index: number) => boolean
  settings: Settings
  source: SourceFile
  /** The numbered note bodies in order, and the symbols of the symbol notes' bodies. */
  bodies: BodyOrder | undefined
  symbolNotes: ReadonlySet<string>
  /** A chapter is needed even with no text: there are notes to hold. */
  holdsNotes: boolean
}

/** The chapters read, the chapter each block falls in, and the manuscript's title line. */
export interface Outline {
  chapters: ChapterDraft[]
  chapterOfBlock: number[]
  title: string | undefined
}

/** Where the reading stands. */
interface Walk {
  input: OutlineInput
  text: string
  omitted: Omission[]
  chapters: ChapterDraft[]
  chapter: ChapterDraft | undefined
  section: Section | undefined
  /** A part heading (`BOOK I`) waiting for the chapter it opens. */
  pendingPart: Block | undefined
  title: string | undefined
  /** Blocks of running text met so far. */
  content: number
  chapterOfBlock: number[]
  /** What every chapter's numbering knows of the whole text (see `Sequence`). */
  known: Pick<Sequence, 'bodies' | 'symbolNotes' | 'closers' | 'styles'>
}

/** Reads the blocks of running text into chapters; what it leaves out goes to `omitted`. */
export function outline(input: OutlineInput, omitted: Omission[]): Outline {
  const walk: Walk = {
    input,
    text: String(input.file.value),
    omitted,
    chapters: [],
    chapter: undefined,
    section: undefined,
    pendingPart: undefined,
    title: undefined,
    content: 0,
    chapterOfBlock: [],
    known: knownOf(input)
  }
  for (let index = 0; index < input.all.length; index++) index = readBlock(walk, index)
  if (walk.pendingPart) startChapterAt(walk, walk.pendingPart, input.all.length)
  // Notes with no text at all still need a chapter to hold them.
  if (walk.chapters.length === 0 && input.holdsNotes) newChapter(walk, input.all.length)
  const chapters = walk.chapters.flatMap((draft) => splitAtRestarts(draft, input.all))
  if (chapters.length > walk.chapters.length) chaptersOfBlocks(chapters, walk.chapterOfBlock)
  return { chapters, chapterOfBlock: walk.chapterOfBlock, title: walk.title }
}

/**
 * A chapter split where a section headed by its numeral alone (`II.`) starts the note numbers
 * again at 1: in a book whose chapters are headed by their numerals only (`Laokoon`, then `I.`,
 * `II.` …), the numeral heads a chapter, the scope of its notes.
 */
function splitAtRestarts(draft: ChapterDraft, all: readonly Block[]): ChapterDraft[] {
  const sections = draft.node.children
  const parts: ChapterDraft[] = [draft]
  // The references stand in reading order: one pass over them, section by section.
  const { references } = draft
  let r = 0
  let highest = 0
  sections.forEach((section, k) => {
    const to = k + 1 < sections.length ? sectionStart(sections[k + 1] as Section) : Infinity
    let first: number | undefined
    const numbers: number[] = []
    for (; r < references.length; r++) {
      const { node } = references[r] as PendingReference
      if ((node.position?.start.offset ?? 0) >= to) break
      if (!/^[0-9]+$/.test(node.label)) continue
      first ??= node.number
      numbers.push(node.number)
    }
    const restarts = k > 0 && highest >= 1 && first === 1
    if (restarts && section.title && headingKind(section.title) === 'section') {
      const block = firstBlockAt(all, sectionStart(section), draft.firstBlock)
      parts.push(chapterOfSection(draft, section, block))
      highest = 0
    } else if (parts.length > 1) (parts.at(-1) as ChapterDraft).node.children.push(section)
    for (const n of numbers) highest = Math.max(highest, n)
  })
  if (parts.length === 1) return parts
  // Each part keeps its sections and the references standing in them.
  draft.node.children = sections.slice(0, sections.indexOf(parts[1]?.node.children[0] as Section))
  const bounds = parts.map((part) => sectionStart(part.node.children[0] as Section))
  let k = 0
  for (const pending of draft.references.splice(0)) {
    const at = pending.node.position?.start.offset ?? 0
    while (k + 1 < bounds.length && at >= (bounds[k + 1] as number)) k++
    ;(parts[k] as ChapterDraft).references.push(pending)
  }
  return parts
}

/** A chapter made of a section, its heading the chapter's. */
function chapterOfSection(draft: ChapterDraft, section: Section, firstBlock: number): ChapterDraft {
  const node: Chapter = {
    type: 'chapter',
    id: '',
    source: draft.node.source,
    children: [section],
    notes: []
  }
  if (section.title !== undefined) node.title = section.title
  if (section.titlePosition) node.titlePosition = section.titlePosition
  if (section.titleContent) node.titleContent = section.titleContent
  delete section.title
  delete section.titlePosition
  delete section.titleContent
  return { node, sequence: { ...draft.sequence }, references: [], firstBlock, elsewhere: new Map() }
}

/** Where a section begins: its heading, or its first paragraph. */
function sectionStart(section: Section): number {
  return section.titlePosition?.start.offset ?? section.children[0]?.position?.start.offset ?? 0
}

/** The index of the block that starts at `offset`, from `from` on. */
function firstBlockAt(all: readonly Block[], offset: number, from: number): number {
  for (let i = Math.max(0, from); i < all.length; i++)
    if ((all[i] as Block).start >= offset) return i
  return all.length
}

/** The chapter each block falls in, from where each chapter begins. */
function chaptersOfBlocks(chapters: readonly ChapterDraft[], chapterOfBlock: number[]): void {
  let chapter = -1
  for (let i = 0; i < chapterOfBlock.length; i++) {
    while (chapter + 1 < chapters.length && (chapters[chapter + 1] as ChapterDraft).firstBlock <= i)
      chapter++
    chapterOfBlock[i] = chapter
  }
}

/** Reads the block at `index`; returns the index of the last block it took. */
function readBlock(walk: Walk, index: number): number {
  const { input, text } = walk
  const block = input.all[index] as Block
  walk.chapterOfBlock[index] = walk.chapters.length - 1
  if (!input.isText(index)) return index
  const first = walk.content === 0
  walk.content++
  const kind = bylineOf(walk, index) ? undefined : classify(text, input, index)
  if (first && isTitleBlock(text, block) && nextContent(input, index) !== undefined) {
    walk.title = blockText(text, block)
    walk.omitted.push({ reason: 'title', position: input.position(block.start, block.end) })
    return index
  }
  if (kind === 'part') {
    if (walk.pendingPart) startChapterAt(walk, walk.pendingPart, index)
    walk.pendingPart = block
    return index
  }
  if (kind === 'chapter') return readChapterHeading(walk, index)
  if (walk.pendingPart) startChapterAt(walk, walk.pendingPart, index)
  const draft = walk.chapter ?? openChapter(walk, index)
  walk.chapterOfBlock[index] = walk.chapters.length - 1
  if (kind === 'section') {
    openSection(walk, draft, block)
    return index
  }
  if (kind === 'break') {
    walk.omitted.push({ reason: 'break', position: input.position(block.start, block.end) })
    if (walk.section && walk.section.children.length > 0) walk.section = undefined
    return index
  }
  const { section } = walk
  const current =
    !section || (block.blanksBefore >= 2 && section.children.length > 0)
      ? openSection(walk, draft)
      : section
  current.children.push(readParagraph(walk, block, draft, input.isNote(index - 1)))
  return index
}

/**
 * A chapter's heading, with its name when that stands alone on the next line (`CHAPTER II.`,
 * then `The Tides`); returns the index of the heading's last block.
 */
function readChapterHeading(walk: Walk, index: number): number {
  const { input, text } = walk
  const block = input.all[index] as Block
  const draft = reusableChapter(walk) ?? newChapter(walk, index)
  walk.chapter = draft
  let last = index
  if (nameLineFollows(walk, index)) {
    last = index + 1
    walk.chapterOfBlock[last] = walk.chapters.length - 1
  }
  entitle(walk, draft.node, draft, block.start, (input.all[last] as Block).end)
  if (walk.pendingPart) {
    draft.node.part = blockText(text, walk.pendingPart)
    draft.node.partPosition = input.position(walk.pendingPart.start, walk.pendingPart.end)
    walk.pendingPart = undefined
  }
  walk.section = undefined
  walk.chapterOfBlock[index] = walk.chapters.length - 1
  return last
}

/** Whether the block after the heading at `index` is its name: a short title line, no heading. */
function nameLineFollows(walk: Walk, index: number): boolean {
  const { input, text } = walk
  const block = input.all[index] as Block
  const next = block.lines.length === 1 ? input.all[index + 1] : undefined
  return (
    next !== undefined &&
    next.lines.length === 1 &&
    next.blanksBefore <= 2 &&
    input.isText(index + 1) &&
    classify(text, input, index + 1) !== 'chapter' &&
    isTitleLike(withoutMarkers(blockText(text, next))) &&
    nextContent(input, index + 1) !== undefined &&
    numberedHeading.test(blockText(text, block))
  )
}

/**
 * Whether the block at `index` is the byline of the chapter just opened (a title, nothing after
 * it yet): `BY NATHANIEL HAWTHORNE (1804-1864)` under a story's title is text of the story, not
 * a chapter of its own.
 */
function bylineOf(walk: Walk, index: number): boolean {
  const { chapter } = walk
  const block = walk.input.all[index] as Block
  if (!chapter?.node.title || block.lines.length !== 1) return false
  if (!isByline(blockText(walk.text, block))) return false
  return chapter.node.children.every((section) => section.children.length === 0)
}

/** The chapter read last, when it holds nothing yet, not even a title: a heading may name it. */
function reusableChapter(walk: Walk): ChapterDraft | undefined {
  const { chapter } = walk
  if (!chapter || chapter.node.title) return undefined
  return chapter.node.children.every((section) => section.children.length === 0)
    ? chapter
    : undefined
}

/** A part heading with no chapter heading after it opens a chapter of its own. */
function startChapterAt(walk: Walk, part: Block, index: number): void {
  const draft = reusableChapter(walk) ?? newChapter(walk, index)
  walk.chapter = draft
  entitle(walk, draft.node, draft, part.start, part.end)
  walk.section = undefined
  walk.pendingPart = undefined
}

/** The chapter text before any heading goes in. */
function openChapter(walk: Walk, index: number): ChapterDraft {
  walk.chapter = newChapter(walk, index)
  return walk.chapter
}

function newChapter(walk: Walk, firstBlock: number): ChapterDraft {
  const { settings, source } = walk.input
  const sequence = chapterSequence(walk.chapters.at(-1), settings.notes?.numbering)
  Object.assign(sequence, walk.known)
  const draft: ChapterDraft = {
    node: { type: 'chapter', id: '', source, children: [], notes: [] },
    sequence,
    references: [],
    firstBlock,
    elsewhere: new Map()
  }
  walk.chapters.push(draft)
  return draft
}

/** The bodies, symbols, closing quotation marks and marker styles every chapter reads by. */
function knownOf(input: OutlineInput): Walk['known'] {
  const { bodies, symbolNotes, settings } = input
  const known: Walk['known'] = {}
  const closers = closingQuotes(settings.language)
  if (bodies) known.bodies = bodies
  if (symbolNotes.size > 0) known.symbolNotes = symbolNotes
  if (closers) known.closers = closers
  if (settings.notes?.markers) known.styles = new Set(settings.notes.markers)
  return known
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

function openSection(walk: Walk, draft: ChapterDraft, heading?: Block): Section {
  const node: Section = { type: 'section', id: '', children: [] }
  if (heading) entitle(walk, node, draft, heading.start, heading.end)
  draft.node.children.push(node)
  walk.section = node
  return node
}

/** Gives a chapter or section the title written at text[start, end), its markers read. */
function entitle(
  walk: Walk,
  node: Chapter | Section,
  draft: ChapterDraft,
  start: number,
  end: number
): void {
  const { file, position } = walk.input
  const read = readTitle(walk.text, { start, end }, draft.sequence, position, draft.references)
  reportDoubts(file, position, read)
  node.title = read.title
  node.titlePosition = position(start, end)
  if (read.content) node.titleContent = read.content
}

/** The paragraph of a block of running text, its markers read and its doubtful readings reported. */
function readParagraph(
  walk: Walk,
  block: Block,
  draft: ChapterDraft,
  afterNotes: boolean
): Paragraph {
  const { file, position, settings } = walk.input
  const { text } = walk
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
    language: settings.language
  }
  return buildParagraph(text, input, position.lines, draft.references)
}

/** Reports the markers read as a guess and the readings not taken, for a person to check. */
export function reportDoubts(
  file: VFile,
  position: Positioner,
  read: { markers: readonly Marker[]; doubts: readonly Ambiguity[] }
): void {
  const doubt = (reason: string, at: { start: number; end: number }) =>
    report(file, 'info', 'marker-ambiguous', `${reason}; check it`, position(at.start, at.end))
  for (const marker of read.markers) if (marker.guess) doubt(marker.guess, marker)
  for (const ambiguity of read.doubts) doubt(ambiguity.reason, ambiguity)
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
function classify(text: string, input: OutlineInput, index: number): HeadingKind | undefined {
  const block = input.all[index] as Block
  if (block.lines.length === 2) return namedWithTitle(text, block)
  if (block.lines.length !== 1) return undefined
  const kind = headingKind(withoutMarkers(blockText(text, block)))
  if (kind !== 'section' && kind !== 'chapter') return kind
  // A heading is followed by something; a numeral ending the text is text.
  if (nextContent(input, index) === undefined) return undefined
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

/** The next block of running text after `index`, if any. */
function nextContent(input: OutlineInput, index: number): number | undefined {
  for (let i = index + 1; i < input.all.length; i++) if (input.isText(i)) return i
  return undefined
}
