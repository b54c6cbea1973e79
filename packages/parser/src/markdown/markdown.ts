// The Markdown front end: a manuscript in Markdown (CommonMark, GFM footnotes and tables, YAML
// front matter) into the same edition AST as the plain-text front end, with positions into the
// Markdown source.

import { readSettings } from '@colophon/config'
import { diagnostic, isRuleId, severityOf } from '@colophon/diagnostics'
import type {
  Block,
  Chapter,
  Claim,
  Code,
  FootnoteDefinition,
  Inline,
  NoteBlock,
  Omission,
  Paragraph,
  Root,
  Section,
  Settings,
  SourceFile,
  Table,
  TableCell,
  TitleContent
} from '@colophon/schema'
import type * as Md from 'mdast'
import { definitions } from 'mdast-util-definitions'
import { toString as wordsOf } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { EXIT, visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import type { Encoding } from '../shared/decode.js'
import { exclude } from '../shared/exclusions.js'
import { assignIds, cite, meta } from '../shared/finish.js'
import { diskReader, type ImageReader, imageMaker } from '../shared/images.js'
import { type Place, report } from '../shared/messages.js'
import { reportOddities } from '../shared/oddities.js'
import { normalize } from '../shared/paragraph.js'
import { nodePlace, type Positioner, positioner } from '../shared/positions.js'
import { figureOf, htmlFigureOf } from './figures.js'
import { type DetailsPiece, type HtmlDetails, htmlDetails } from './html-details.js'
import { type Container, pathOf, placeBlock } from './nesting.js'
import {
  buildPhrasing,
  type FoundReference,
  literalParagraph,
  type PhrasingContext
} from './phrasing.js'

/** The notes settings that only the plain-text front end reads, and what a Markdown book does instead. */
const textOnly = ['file', 'markers', 'numbering', 'headings'] as const
const textOnlyWhy: Record<(typeof textOnly)[number], string> = {
  file: 'write its notes as footnote definitions (`[^1]: …`) in the manuscript',
  markers: 'its notes are cited by footnote references (`[^1]`) alone',
  numbering: 'its footnotes are named by their labels, which hold for the whole manuscript',
  headings: 'its notes are footnote definitions (`[^1]: …`), wherever they stand'
}

/** Warns of each notes setting given that a Markdown manuscript does not read. */
function reportTextOnly(file: VFile, settings: Settings, place: Place | undefined): void {
  for (const key of textOnly) {
    if (settings.notes?.[key] === undefined) continue
    const reason = `Setting \`notes.${key}\` is not read for a Markdown manuscript: ${textOnlyWhy[key]}`
    report(file, 'warning', 'settings-unsupported', reason, place)
  }
}

/** Everything the Markdown builder needs besides the text. */
export interface MarkdownBuildOptions {
  /** Settings given with the manuscript (its sidecar); front matter takes their place. */
  settings?: Settings
  source: SourceFile
  /** Offsets of control characters found while decoding. */
  controls?: readonly number[]
  /** The encoding the manuscript was decoded from. */
  encoding?: Encoding
  /** Reads an image's file; by default from disk, relative to the manuscript's path. */
  readImage?: ImageReader
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * A block of the running text, in reading order, with the lists and quotations it stands in
 * (see nesting.ts), or a footnote definition met on the way.
 */
type Item =
  | { kind: 'leaf'; node: Md.Nodes; nested: boolean; path: readonly Container[] }
  | { kind: 'note'; node: Md.FootnoteDefinition }

interface ChapterDraft {
  node: Chapter
  /** References in this chapter, in order: running text first, then note bodies. */
  queue: FoundReference[]
  /** How many of `queue` have been resolved. */
  resolved: number
  /** Its notes by GFM identifier. */
  notes: Map<string, FootnoteDefinition>
  /** Notes numbered so far; a note with a label other than a numeral gets the next number. */
  count: number
}

interface DefinitionEntry {
  node: Md.FootnoteDefinition
  /** The chapter the definition stands in (-1: before the first). */
  standing: number
  /** The note built from it, once placed in a chapter. */
  built: FootnoteDefinition | undefined
}

/** Builds the tree of `file` (its value is the decoded Markdown), read with remark and GFM. */
export function buildMarkdownTree(file: VFile, options: MarkdownBuildOptions): Root {
  return fromMdast(readMarkdown(file), file, options)
}

/** The mdast of `file`, or an empty one with a message when remark cannot read it. */
function readMarkdown(file: VFile): Md.Root {
  try {
    return markdown.parse(String(file.value))
  } catch (error) {
    // Thousands of containers inside each other overflow remark's recursion; its development
    // build also asserts on some malformed input that its production build reads.
    const reason =
      error instanceof RangeError
        ? 'Markdown nests block quotes, lists or emphasis too deeply to be read; flatten the nesting'
        : `Markdown could not be read (\`${String(error).slice(0, 200)}\`); simplify its markup`
    report(file, 'error', 'markdown-unreadable', reason, undefined)
    return { type: 'root', children: [] }
  }
}

/**
 * Builds the edition AST of `file` from `tree`, its mdast as remark read it (with GFM footnotes
 * and YAML front matter, and whatever plugins ran before), stage after stage.
 */
export function fromMdast(tree: Md.Root, file: VFile, options: MarkdownBuildOptions): Root {
  const text = String(file.value)
  const position = positioner(text)
  const omitted: Omission[] = []
  const settings = settingsOf(tree, { file, text, position, omitted }, options.settings)
  reportOddities(
    file,
    text,
    { controls: options.controls ?? [], encoding: options.encoding, language: settings.language },
    position
  )
  const build: MdBuild = {
    file,
    text,
    position,
    omitted,
    source: options.source,
    keepLabels: settings.notes?.labels === 'keep',
    context: {
      text,
      position,
      // Link reference definitions; the first of a name wins, as in CommonMark.
      links: definitions(tree),
      references: [],
      language: settings.language,
      dropHtml: (start, end, value) => dropHtml({ file, omitted, position }, start, end, value),
      image: imageMaker(file, options.readImage ?? diskReader(file.path || 'manuscript.md'))
    },
    chapters: [],
    definitions: new Map(),
    definitionList: [],
    resolved: []
  }
  const items = blocks(tree.children, false)
  const excluded = excludedLeaves(build, items, settings)
  const { title, firstHeading } = titleOf(items, excluded)
  const titled = walkItems(build, items, excluded, firstHeading)
  placeAllNotes(build)
  const kept = withoutNotesHeadings(build)
  const root: Root = {
    type: 'root',
    meta: meta(settings, titled && !kept.includes(titled) ? undefined : title, [build.source]),
    children: kept.map((draft) => draft.node),
    position: position(0, text.length)
  }
  if (omitted.length > 0) {
    omitted.sort((a, b) => a.position.start.offset - b.position.start.offset)
    root.omitted = omitted
  }
  assignIds(root.children)
  reidentify(build.resolved)
  return root
}

/** What the stages of the Markdown builder share. */
interface MdBuild {
  file: VFile
  text: string
  position: Positioner
  omitted: Omission[]
  source: SourceFile
  /** `notes.labels: keep`: notes printed by their labels as written. */
  keepLabels: boolean
  context: PhrasingContext
  chapters: ChapterDraft[]
  /** Footnote definitions by GFM identifier, and all of them in the order met. */
  definitions: Map<string, DefinitionEntry[]>
  definitionList: DefinitionEntry[]
  /** Each reference with its note, for identifiers copied over once ids are assigned. */
  resolved: { reference: FoundReference; note: FootnoteDefinition }[]
}

/**
 * The settings in force: the front matter's, in place of any given beside it (with a warning),
 * the front matter kept out of the text.
 */
function settingsOf(
  tree: Md.Root,
  at: { file: VFile; text: string; position: Positioner; omitted: Omission[] },
  given: Settings | undefined
): Settings {
  const { file, text, position, omitted } = at
  const head = tree.children[0]
  if (head?.type !== 'yaml' || !head.position) {
    reportTextOnly(file, given ?? {}, undefined)
    return given ?? {}
  }
  const start = head.position.start.offset ?? 0
  const end = head.position.end.offset ?? start
  const place = position(start, end)
  omitted.push({ reason: 'excluded', rule: 'front-matter', position: place })
  const settings = frontMatter(file, text, start, end, position) ?? {}
  // `parse` hands the settings in force back to its caller, who checks with them.
  ;(file.data as { settings?: Settings }).settings = settings
  if (given) {
    report(
      file,
      'warning',
      'settings-ignored',
      'Front matter holds the settings of this manuscript, so the settings given beside it (its `.yaml` file) are ignored; move them into the front matter and remove the file',
      place
    )
  }
  if (settings.encoding) {
    report(
      file,
      'warning',
      'settings-unsupported',
      'Setting `encoding` in front matter has no effect: the file is decoded before its front matter is read; put it in a settings file beside the manuscript',
      place
    )
  }
  reportTextOnly(file, settings, nodePlace(head, position))
  return settings
}

/** The leaf blocks the settings exclude, matched as written (`## Share this`) or by their words. */
function excludedLeaves(build: MdBuild, items: readonly Item[], settings: Settings): Set<Md.Nodes> {
  const { file, text, position, omitted } = build
  const leaves = items.flatMap((item) => (item.kind === 'leaf' ? [item.node] : []))
  const byIndex = exclude(
    file,
    settings,
    {
      count: leaves.length,
      forms: (index) => {
        const leaf = leaves[index] as Md.Nodes
        const start = leaf.position?.start.offset ?? 0
        const end = leaf.position?.end.offset ?? start
        return [normalize(text.slice(start, end)).trim(), normalize(wordsOf(leaf)).trim()]
      },
      place: (index) => nodePlace(leaves[index] as Md.Nodes, position)
    },
    omitted
  )
  return new Set([...byIndex].map((index) => leaves[index] as Md.Nodes))
}

/** A lone `#` heading that comes first names the whole manuscript. */
function titleOf(
  items: readonly Item[],
  excluded: ReadonlySet<Md.Nodes>
): { title: string | undefined; firstHeading: Md.Heading | undefined } {
  const headings = items.flatMap((item) =>
    item.kind === 'leaf' && !item.nested && item.node.type === 'heading' && !excluded.has(item.node)
      ? [item.node]
      : []
  )
  const firstHeading = headings[0]
  const lone = firstHeading?.depth === 1 && headings.filter((h) => h.depth === 1).length === 1
  return { title: lone ? headingText(firstHeading) || undefined : undefined, firstHeading }
}

function newMdChapter(build: MdBuild): ChapterDraft {
  const draft: ChapterDraft = {
    node: { type: 'chapter', id: '', source: build.source, children: [], notes: [] },
    queue: [],
    resolved: 0,
    notes: new Map(),
    count: 0
  }
  build.chapters.push(draft)
  build.context.references = draft.queue
  return draft
}

function register(build: MdBuild, node: Md.FootnoteDefinition, standing: number): void {
  const entry: DefinitionEntry = { node, standing, built: undefined }
  build.definitionList.push(entry)
  build.definitions.set(node.identifier, [...(build.definitions.get(node.identifier) ?? []), entry])
}

/**
 * Reads the blocks of the text in order into chapters (a `#` heading opens one) and sections
 * (a deeper heading, or a thematic break after text); returns the chapter the first heading
 * opened, if it was the title's.
 */
function walkItems(
  build: MdBuild,
  items: readonly Item[],
  excluded: ReadonlySet<Md.Nodes>,
  firstHeading: Md.Heading | undefined
): ChapterDraft | undefined {
  const { position, omitted, text, file } = build
  const walk: {
    chapter: ChapterDraft | undefined
    section: Section | undefined
    titled: ChapterDraft | undefined
  } = { chapter: undefined, section: undefined, titled: undefined }
  const chapter = () => {
    walk.chapter ??= newMdChapter(build)
    return walk.chapter
  }
  const openSection = (draft: ChapterDraft): Section => {
    const node: Section = { type: 'section', id: '', children: [] }
    draft.node.children.push(node)
    walk.section = node
    return node
  }
  for (const item of items) {
    if (item.kind === 'note') {
      register(build, item.node, build.chapters.length - 1)
      continue
    }
    const { node, nested } = item
    if (excluded.has(node)) continue
    if (node.type === 'heading' && !nested) {
      const titlePosition = nodePlace(node, position)
      if (node.depth === 1) {
        const { chapter: last } = walk
        const reuse = last && last.node.children.length === 0 && !last.node.titlePosition
        walk.chapter = reuse && last ? last : newMdChapter(build)
        // Its references are read once the chapter they belong to is open.
        Object.assign(walk.chapter.node, titled(node, titlePosition, build))
        if (node === firstHeading) walk.titled = walk.chapter
        walk.section = undefined
      } else {
        const section = openSection(chapter())
        Object.assign(section, titled(node, titlePosition, build))
      }
      continue
    }
    if (node.type === 'thematicBreak') {
      omitted.push({ reason: 'break', position: nodePlace(node, position) })
      // One inside a list or quotation breaks no section: the lists go on around it.
      const empty = !walk.section || walk.section.children.length === 0
      if (item.path.length === 0 && !empty) walk.section = undefined
      continue
    }
    if (isTemplateTags(node, text)) dropTemplate({ file, omitted, position }, node)
    else {
      const draft = chapter()
      for (const block of blocksOf(node, build)) {
        const section = walk.section ?? openSection(draft)
        placeBlock(section, block, item.path, build.position)
      }
    }
  }
  return walk.titled
}

/**
 * Notes: each definition goes to the chapter of its first reference, a chapter preferring a
 * definition standing in it, so notes numbered afresh in each chapter find their own bodies;
 * definitions nobody cites stay in the chapter they stand in.
 */
function placeAllNotes(build: MdBuild): void {
  const { chapters, definitionList } = build
  if (chapters.length === 0 && definitionList.length > 0) newMdChapter(build)
  chapters.forEach((_, index) => {
    resolve(build, index)
  })
  for (let i = 0; i < definitionList.length; i++) {
    const entry = definitionList[i] as DefinitionEntry
    if (entry.built) continue
    const index = clamp(build, entry.standing)
    place(build, entry, index)
    resolve(build, index)
  }
  for (const draft of chapters) draft.node.notes.sort((a, b) => a.number - b.number)
}

/** The index of the chapter a definition standing at `standing` (-1: before the first) is in. */
function clamp(build: MdBuild, standing: number): number {
  return Math.min(Math.max(standing, 0), build.chapters.length - 1)
}

/** Builds the note of a definition in chapter `index`, its body read like the text. */
function place(build: MdBuild, entry: DefinitionEntry, index: number): FootnoteDefinition {
  const { position, omitted, file, context } = build
  const draft = build.chapters[index] as ChapterDraft
  const written = entry.node.label ?? entry.node.identifier
  const twin = draft.notes.get(entry.node.identifier)
  const note: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier: '',
    ...(twin ? markOf(twin) : noteMark(draft, written, build.keepLabels)),
    status: 'present',
    children: [],
    position: nodePlace(entry.node, position)
  }
  entry.built = note
  if (!twin) draft.notes.set(entry.node.identifier, note)
  draft.node.notes.push(note)
  context.references = draft.queue
  for (const body of blocks(entry.node.children, true)) {
    if (body.kind === 'note') register(build, body.node, index)
    else if (body.node.type === 'thematicBreak') {
      omitted.push({ reason: 'break', position: nodePlace(body.node, position) })
    } else if (body.node.type === 'html') {
      const details = htmlDetails(body.node.value)
      if (!details) dropHtmlNode({ file, omitted, position }, body.node)
      for (const paragraph of details ? detailsOf(body.node, details, build) : []) {
        placeBlock(note, paragraph, body.path, position)
      }
    } else {
      const block = noteBlockOf(body.node, build)
      if (block) placeBlock(note, block, body.path, position)
    }
  }
  return note
}

/**
 * A block of a note's body, read like the text's: a paragraph, code or a table (in the lists and
 * quotations its path names); an image alone stays a paragraph, for a note has no figures.
 */
function noteBlockOf(node: Md.Nodes, build: MdBuild): NoteBlock | undefined {
  if (node.type === 'code') return codeOf(node, build.position)
  if (node.type === 'table') return tableOf(node, build)
  return paragraphOf(node, build.context)
}

/** Gives each reference of chapter `index` not yet resolved its note, building it if need be. */
function resolve(build: MdBuild, index: number): void {
  const draft = build.chapters[index] as ChapterDraft
  while (draft.resolved < draft.queue.length) {
    const reference = draft.queue[draft.resolved++] as FoundReference
    let note = draft.notes.get(reference.identifier)
    if (!note) {
      const candidates = build.definitions.get(reference.identifier) ?? []
      const free =
        candidates.find((entry) => !entry.built && clamp(build, entry.standing) === index) ??
        candidates.find((entry) => !entry.built)
      // Cited again from another chapter: the reference points to that chapter's note.
      const elsewhere = candidates.find((entry) => entry.built)?.built
      note = free ? place(build, free, index) : (elsewhere ?? missingNote(build, draft, reference))
    }
    Object.assign(reference.node, markOf(note))
    build.resolved.push({ reference, note })
  }
}

/** The note of a reference no definition answers, marked missing. */
function missingNote(
  build: MdBuild,
  draft: ChapterDraft,
  reference: FoundReference
): FootnoteDefinition {
  const note: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier: '',
    ...noteMark(draft, reference.node.label, build.keepLabels),
    status: 'missing',
    children: []
  }
  draft.notes.set(reference.identifier, note)
  draft.node.notes.push(note)
  return note
}

/**
 * The chapters kept: a heading over nothing but footnote definitions (`# Notes`) heads the
 * notes, not a chapter, and is left out with its sections' headings.
 */
function withoutNotesHeadings(build: MdBuild): ChapterDraft[] {
  const standing = new Set(build.definitionList.map((entry) => clamp(build, entry.standing)))
  return build.chapters.filter((draft, index) => {
    const { node } = draft
    const empty = node.notes.length === 0 && node.children.every((s) => s.children.length === 0)
    if (!(empty && standing.has(index) && node.titlePosition)) return true
    build.omitted.push({ reason: 'notes-heading', position: node.titlePosition })
    for (const section of node.children) {
      if (section.titlePosition) {
        build.omitted.push({ reason: 'notes-heading', position: section.titlePosition })
      }
    }
    return false
  })
}

/**
 * Copies each note's identifier onto its references once ids are assigned, so that a reference
 * names its note even across chapters or when two labels give one number (`01`, `1`).
 */
function reidentify(
  resolved: readonly { reference: FoundReference; note: FootnoteDefinition }[]
): void {
  const changed = new Set<Paragraph>()
  for (const { reference, note } of resolved) {
    if (reference.node.identifier === note.identifier) continue
    reference.node.identifier = note.identifier
    changed.add(reference.paragraph)
  }
  for (const paragraph of changed) cite(paragraph)
}

/** How a note is printed: its label and number, and the label written when it is not printed. */
interface NoteMark {
  label: string
  number: number
  written?: string
}

/**
 * The mark of a new note in a chapter, `written` its label in the source: its number in the
 * order the notes are first met, printed in place of the label (`[^relational]`, or `[^7]` met
 * first, is note 1), as pandoc does; with `notes.labels: keep`, the label as written, a numeral
 * (of up to 15 digits, so it stays exact) keeping its number.
 */
function noteMark(draft: ChapterDraft, written: string, keep: boolean): NoteMark {
  draft.count++
  if (keep) {
    const number = /^[0-9]{1,15}$/.test(written) ? Number.parseInt(written, 10) : draft.count
    return { label: written, number }
  }
  const label = String(draft.count)
  return label === written
    ? { label, number: draft.count }
    : { label, number: draft.count, written }
}

/** The mark of a note made before, to copy onto another of its name or a reference to it. */
function markOf(note: FootnoteDefinition): NoteMark {
  return note.written === undefined
    ? { label: note.label, number: note.number }
    : { label: note.label, number: note.number, written: note.written }
}

/**
 * The blocks a leaf gives: code, a table, a figure or a paragraph; none for one with nothing in
 * it, or for HTML other than a figure's or a disclosure's (left out); a disclosure's paragraphs.
 */
function blocksOf(node: Md.Nodes, build: MdBuild): Block[] {
  if (node.type === 'html') {
    const figure = htmlFigureOf(node, build.context)
    if (figure) return [figure]
    const details = htmlDetails(node.value)
    if (details) return detailsOf(node, details, build)
    dropHtmlNode(build, node)
    return []
  }
  const block = blockOf(node, build)
  return block ? [block] : []
}

/** The block a leaf other than HTML gives: code, a table, a figure or a paragraph. */
function blockOf(node: Md.Nodes, build: MdBuild): Block | undefined {
  if (node.type === 'code') return codeOf(node, build.position)
  if (node.type === 'table') return tableOf(node, build)
  if (node.type === 'paragraph') {
    const figure = figureOf(node, build.context)
    if (figure) return figure
  }
  return paragraphOf(node, build.context)
}

/**
 * The paragraphs a disclosure gives (see `html-details.ts`): its summary in bold, then its own
 * words; its tags are left out of the edition without a word, as markup is.
 */
function detailsOf(node: Md.Html, details: HtmlDetails, build: MdBuild): Paragraph[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  const { summary, body } = details
  // The block's value drops the `>` and indentation of the quotations and notes it stands in.
  const at = sourceOffsets(node.value, build.context.text.slice(start, end), start)
  if ((summary.length === 0 && body.length === 0) || at === undefined) {
    dropHtmlNode(build, node)
    return []
  }
  const phrasing = (pieces: DetailsPiece[]): Md.PhrasingContent[] =>
    pieces.map((piece) => {
      const position = build.position(at(piece.span[0]), at(piece.span[1]))
      if (piece.kind === 'text') return { type: 'text', value: piece.value, position }
      return { type: 'html', value: node.value.slice(...piece.span), position }
    })
  const paragraphs: Paragraph[] = []
  const kept: [number, number][] = []
  const read = (pieces: DetailsPiece[], bold: boolean) => {
    const [from, to] = [at(pieces[0]?.span[0] ?? 0), at(pieces.at(-1)?.span[1] ?? 0)]
    const children = phrasing(pieces)
    const strong: Md.Strong = { type: 'strong', children, position: build.position(from, to) }
    const paragraph = buildPhrasing(bold ? [strong] : children, from, to, build.context)
    if (!paragraph) return
    paragraphs.push(paragraph)
    for (const piece of pieces) {
      // A `<br>` is a break in the tree, and its tag left out as the others are.
      if (piece.kind === 'text') kept.push([at(piece.span[0]), at(piece.span[1])])
    }
  }
  if (summary.length > 0) read(summary, true)
  for (const pieces of body) read(pieces, false)
  omitBetween(build, start, end, kept)
  return paragraphs
}

/**
 * Where each offset of an HTML block's `value` stands in the manuscript, its `source` starting
 * at `start`: the value is the source less the `>` and indentation that open its lines in a
 * quotation or a note; undefined where its lines are not the source's line for line.
 */
function sourceOffsets(
  value: string,
  source: string,
  start: number
): ((offset: number) => number) | undefined {
  if (value === source) return (offset) => start + offset
  const values = value.split('\n')
  const sources = source.split('\n')
  if (values.length !== sources.length) return undefined
  const lines: { value: number; source: number }[] = []
  let [v, s] = [0, start]
  for (const [k, line] of values.entries()) {
    const written = sources[k] as string
    if (!written.endsWith(line)) return undefined
    lines.push({ value: v, source: s + written.length - line.length })
    v += line.length + 1
    s += written.length + 1
  }
  return (offset) => {
    const line = lines.findLast((entry) => entry.value <= offset) ?? { value: 0, source: start }
    return line.source + offset - line.value
  }
}

/**
 * Leaves out, as HTML, what of `start`–`end` is not `kept` (in order) and not white space or
 * the `>` of a quotation.
 */
function omitBetween(build: MdBuild, start: number, end: number, kept: [number, number][]): void {
  let at = start
  for (const [from, to] of [...kept, [end, end] as [number, number]]) {
    if (from > at && build.context.text.slice(at, from).replace(/[>\s]/g, '') !== '') {
      build.omitted.push({ reason: 'html', position: build.position(at, from) })
    }
    at = Math.max(at, to)
  }
}

/**
 * A table, row by row and cell by cell, each cell's words with their inline markup and note
 * references read like a paragraph's (its references resolved with the chapter's).
 */
function tableOf(node: Md.Table, build: MdBuild): Table {
  const table: Table = { type: 'table', id: '', children: [] }
  if (node.align?.some((align) => align !== null)) {
    table.align = node.align.map((align) => align ?? 'none')
  }
  for (const row of node.children) {
    const cells = row.children.map((cell): TableCell => {
      const start = cell.position?.start.offset ?? 0
      const end = cell.position?.end.offset ?? start
      const words = buildPhrasing(cell.children, start, end, build.context)
      const children = words?.children.flatMap((claim) => claim.children) ?? []
      return { type: 'tableCell', children, position: nodePlace(cell, build.position) }
    })
    table.children.push({
      type: 'tableRow',
      children: cells,
      position: nodePlace(row, build.position)
    })
  }
  table.position = nodePlace(node, build.position)
  return table
}

/** A block of code as written, with the language its fence names; none for an empty one. */
function codeOf(node: Md.Code, position: Positioner): Code | undefined {
  if (!node.position || node.value.trim() === '') return undefined
  // Its lines as written, whatever line endings the file has.
  const code: Code = { type: 'code', id: '', value: node.value.replace(/\r\n?/g, '\n') }
  if (node.lang) code.lang = node.lang
  code.position = nodePlace(node, position)
  return code
}

/** The paragraph a leaf block gives, if any. */
function paragraphOf(node: Md.Nodes, context: PhrasingContext): Paragraph | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  // Words with their inline markup; code, tables and HTML as written, never as markup.
  if (node.type === 'paragraph' || node.type === 'heading') {
    return buildPhrasing(node.children, start, end, context)
  }
  if (end <= start || context.text.slice(start, end).trim() === '') return undefined
  return literalParagraph(start, end, context)
}

/**
 * The blocks of `children` in reading order: block quotes and lists are opened (each leaf knows
 * the path of them it stands in), footnote definitions are set aside.
 */
function blocks(children: readonly Md.Nodes[], nested: boolean): Item[] {
  const items: Item[] = []
  const stack: {
    children: readonly Md.Nodes[]
    index: number
    nested: boolean
    path: readonly Container[]
  }[] = [{ children, index: 0, nested, path: [] }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number]
    const node = frame.children[frame.index++]
    if (node === undefined) {
      stack.pop()
      continue
    }
    switch (node.type) {
      case 'yaml':
      case 'definition':
        break
      case 'footnoteDefinition':
        items.push({ kind: 'note', node })
        break
      case 'paragraph':
      case 'heading':
      case 'thematicBreak':
      case 'code':
      case 'html':
      case 'table':
        items.push({ kind: 'leaf', node, nested: frame.nested, path: frame.path })
        break
      default:
        if ('children' in node) {
          const path = pathOf(node, frame.path)
          stack.push({ children: node.children, index: 0, nested: true, path })
        } else if (node.position) {
          items.push({ kind: 'leaf', node, nested: frame.nested, path: frame.path })
        }
    }
  }
  return items
}

function headingText(node: Md.Heading): string {
  return normalize(wordsOf(node, { includeHtml: false })).trim()
}

/** A heading's title, its place, and its words with their references where it cites a note. */
function titled(
  node: Md.Heading,
  titlePosition: ReturnType<Positioner>,
  build: MdBuild
): { title: string; titlePosition: ReturnType<Positioner>; titleContent?: TitleContent } {
  const content = headingContent(node, build)
  return { title: headingText(node), titlePosition, ...(content ? { titleContent: content } : {}) }
}

/**
 * A heading that cites a note (`# Preface[^1]`): its words and its references in their places,
 * the references read like a paragraph's (numbered and resolved with the chapter's notes).
 */
function headingContent(node: Md.Heading, build: MdBuild): TitleContent | undefined {
  if (!citesNote(node)) return undefined
  const first = node.children[0]?.position?.start.offset
  const last = node.children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) return undefined
  const words = buildPhrasing(node.children, first, last, build.context)
  const content: TitleContent[number][] = []
  // References as they are, words and code as text (one node where they follow each other).
  const add = (node: Claim | Inline) => {
    if (node.type === 'footnoteReference') content.push(node)
    else if (node.type === 'text' || node.type === 'inlineCode') {
      const before = content.at(-1)
      if (before?.type === 'text') before.value += node.value
      else
        content.push({
          type: 'text',
          value: node.value,
          ...(node.position ? { position: node.position } : {})
        })
    }
  }
  for (const claim of words?.children ?? []) visit(claim, add)
  return content.length > 0 ? (content as TitleContent) : undefined
}

/** Whether a node's phrasing content has a footnote reference. */
function citesNote(node: Md.Nodes): boolean {
  let found = false
  visit(node, 'footnoteReference', () => {
    found = true
    return EXIT
  })
  return found
}

/** Where raw HTML taken out of the text is accounted for and reported. */
interface HtmlSink {
  file: VFile
  omitted: Omission[]
  position: Positioner
}

/** A paragraph of template tags alone: `{% include figure.html filename="a.png" %}`. */
const templateTags = /^(?:\{%[\s\S]*?%\}\s*)+$/

function isTemplateTags(node: Md.Nodes, text: string): boolean {
  if (node.type !== 'paragraph' || !node.position) return false
  const { start, end } = node.position
  return templateTags.test(text.slice(start.offset, end.offset))
}

/** Template tags (Jekyll's Liquid) are not shown in the edition: a warning at their place. */
function dropTemplate(sink: HtmlSink, node: Md.Nodes): void {
  const start = node.position?.start.offset ?? 0
  const place = sink.position(start, node.position?.end.offset ?? start)
  sink.omitted.push({ reason: 'template', position: place })
  const tag = /\{%-?\s*([^\s%]+(?:\s+[^\s%="]+)?)/.exec(
    sink.file.value.toString().slice(start)
  )?.[1]
  const reason = `Template tag \`{% ${tag ?? '…'} %}\` is not shown in the edition (a site generator fills it in); write what it stands for in Markdown, or remove it`
  report(sink.file, 'warning', 'markdown-template', reason, place)
}

/** Nothing but HTML comments. */
const onlyComments = /^\s*(?:<!--[\s\S]*?-->\s*)+$/

function dropHtmlNode(sink: HtmlSink, node: Md.Html): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start !== undefined && end !== undefined) dropHtml(sink, start, end, node.value)
}

/**
 * Raw HTML is not shown in the edition (nor passed through): a comment goes without a word, a
 * closing tag alone with the opening one, anything else with a warning at its place (a block
 * that opens with a closing tag runs on to the next blank line, words and all).
 */
function dropHtml(sink: HtmlSink, start: number, end: number, value: string): void {
  const place = sink.position(start, end)
  sink.omitted.push({ reason: 'html', position: place })
  if (onlyComments.test(value) || /^<\/[A-Za-z][^<>]*>$/.test(value.trim())) return
  const tag = /<\/?[A-Za-z][^\s>/]*/.exec(value)?.[0] ?? value.trim().slice(0, 20)
  const reason = `Raw HTML \`${tag}>\` is not shown in the edition; write what it holds in Markdown, or remove it`
  report(sink.file, 'warning', 'markdown-html', reason, place)
}

/**
 * Reads the YAML between the front matter's fences as settings; its messages are moved to
 * the manuscript, at their places in it.
 */
function frontMatter(
  file: VFile,
  text: string,
  start: number,
  end: number,
  position: Positioner
): Settings | undefined {
  const opening = /\r\n|\r|\n/g
  opening.lastIndex = start
  const first = opening.exec(text)
  const from = first && first.index < end ? first.index + first[0].length : end
  // The closing fence is the last line.
  let to = end
  while (to > from && text[to - 1] !== '\n' && text[to - 1] !== '\r') to--
  // YAML knows no line ending of a lone CR; an LF in its place keeps every offset.
  const value = text.slice(from, to).replace(/\r(?!\n)/g, '\n')
  const yaml = new VFile({ value, ...(file.path ? { path: file.path } : {}) })
  const settings = readSettings(yaml, { foreign: 'ignore' })
  const lines = position(from, from).start.line - 1
  const shift = (point: { line: number; column: number; offset?: number | undefined }) => ({
    line: point.line + lines,
    column: point.column,
    ...(point.offset === undefined ? {} : { offset: point.offset + from })
  })
  for (const found of yaml.messages) {
    const place = found.place
    const moved =
      place === undefined
        ? undefined
        : 'start' in place
          ? { start: shift(place.start), end: shift(place.end) }
          : shift(place)
    const ruleId = found.ruleId ?? ''
    // The settings' messages come from the same registry: an id not in it is a bug.
    if (!isRuleId(ruleId)) throw new Error(`Unexpected rule id \`${ruleId}\` of a settings message`)
    const message = diagnostic(ruleId, found.reason, {
      place: moved,
      file: file.path,
      severity: severityOf(found),
      actual: found.actual,
      expected: found.expected
    })
    file.messages.push(message)
  }
  return settings
}
