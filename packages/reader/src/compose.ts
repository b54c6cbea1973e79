// One edition from the excerpts a reader's manifest names: for each entry, the chapter or the
// sections, paragraphs and claims it selects from its source's tree, with exactly the notes
// that text refers to, the source's paragraph numbers, a mark where paragraphs were skipped
// inside a section, where it all came from, and the editor's introduction. Notes keep the
// source's numbers, or are renumbered per chapter or through the reader, each keeping its
// original label.
import { diagnostic, type RuleId } from '@colophon/diagnostics'
import {
  type Block,
  blocksIn,
  type Chapter,
  type Claim,
  type FootnoteDefinition,
  type FootnoteReference,
  type Inline,
  type List,
  type Paragraph,
  paragraphsIn,
  paragraphsOf,
  type Quote,
  type ReaderEntry,
  type Root,
  type Section
} from '@colophon/schema'
import { visit } from 'unist-util-visit'
import type { VFileMessage } from 'vfile-message'
import { toIntroduction } from './introduction.js'

/** What composition needs of an entry of the manifest. */
export type ComposeEntry = Pick<ReaderEntry, 'title' | 'select' | 'introduction'>

export interface ComposeOptions {
  /** The reader's own title, subtitle and notice, and the edition's language. */
  title: string
  subtitle?: string | undefined
  notice?: string | undefined
  language?: string | undefined
  /** The instructor, named under the title as the edition's editor (not its author). */
  instructor?: string | undefined
  course?: string | undefined
  numbering?: 'source' | 'chapter' | 'continuous' | undefined
  /** The manifest's path, for messages about a selection. */
  manifest: string
  /** Where each entry's `select` is in the manifest, for messages. */
  places?: ({ line: number; column: number } | undefined)[] | undefined
  /** Where each entry's `introduction` is in the manifest, for warnings about its Markdown. */
  introductions?: ({ line: number; column: number } | undefined)[] | undefined
}

export interface Composed {
  tree: Root
  messages: VFileMessage[]
  /** With continuous numbering: the reader's note numbers and the source's, per chapter. */
  numbering: { chapter: string; number: number; original: string; source: string }[]
}

/** Composes the reader: `entries[k]` taken from `trees[k]`. */
export function compose(
  entries: readonly ComposeEntry[],
  trees: readonly Root[],
  options: ComposeOptions
): Composed {
  if (entries.length !== trees.length) {
    throw new TypeError(
      `Expected a tree for each of the ${entries.length} entries, got ${trees.length}`
    )
  }
  const messages: VFileMessage[] = []
  const numbering: Composed['numbering'] = []
  const policy = options.numbering ?? 'source'
  const counter = { next: 1 }
  const chapters: Chapter[] = entries.map((entry, index) => {
    const tree = trees[index] as Root
    const k = index + 1
    const report = entryReporter(options, index, messages)
    const chapter = excerpt(tree, entry, k, report)
    if (entry.introduction !== undefined) {
      const { introduction, changes } = toIntroduction(entry.introduction, k)
      if (introduction.children.length > 0) chapter.introduction = introduction
      for (const reason of changes) report(reason, 'reader-introduction')
    }
    const renumber = noteNumbers(chapter, policy, k, counter)
    takeNotes(chapter, tree, { renumber, policy, k, report, numbering })
    renameReferences(chapter, renumber, policy !== 'source')
    return chapter
  })
  return { tree: readerTree(trees, chapters, options), messages, numbering }
}

type Report = (reason: string, ruleId: RuleId) => void
type Renumbering = Map<string, { identifier: string; number: number; label: string }>

/** Reports for entry `index`: an error at its `select`; a warning about its Markdown at its `introduction`. */
function entryReporter(options: ComposeOptions, index: number, messages: VFileMessage[]): Report {
  return (reason, ruleId) => {
    const warning = ruleId === 'reader-introduction'
    messages.push(
      diagnostic(ruleId, reason, {
        place: (warning ? options.introductions : options.places)?.[index],
        file: options.manifest
      })
    )
  }
}

/** The notes the selected text refers to, in order of first reference, with their new numbers. */
function noteNumbers(
  chapter: Chapter,
  policy: NonNullable<ComposeOptions['numbering']>,
  k: number,
  counter: { next: number }
): Renumbering {
  const renumber: Renumbering = new Map()
  for (const reference of referencesIn(chapter)) {
    const old = reference.identifier
    if (renumber.has(old)) continue
    const number =
      policy === 'source'
        ? reference.number
        : policy === 'chapter'
          ? renumber.size + 1
          : counter.next++
    const label = policy === 'source' ? reference.label : String(number)
    renumber.set(old, {
      identifier: `c${k}-n${policy === 'source' ? localNumber(old) : number}`,
      number,
      label
    })
  }
  return renumber
}

/** Gives the chapter exactly the notes its text refers to, renamed; a lost one is reported. */
function takeNotes(
  chapter: Chapter,
  tree: Root,
  take: {
    renumber: Renumbering
    policy: NonNullable<ComposeOptions['numbering']>
    k: number
    report: Report
    numbering: Composed['numbering']
  }
): void {
  const { renumber, policy, k, report, numbering } = take
  const notes = (tree.children as Chapter[]).flatMap((source) => source.notes)
  chapter.notes = []
  for (const [old, renamed] of renumber) {
    const note = notes.find((item) => item.identifier === old)
    if (!note) {
      report(
        `Note \`${localNumber(old)}\` of the selection in entry ${k} has no definition in its source; check the source with \`colophon check\``,
        'reader-note-lost'
      )
      continue
    }
    chapter.notes.push(renamedNote(note, renamed, policy !== 'source', k))
    if (policy === 'source') continue
    numbering.push({
      chapter: chapter.id,
      number: renamed.number,
      original: note.label,
      source: chapter.source.path
    })
  }
}

/** The reader's tree: its chapters, and the sources they come from, each once. */
function readerTree(trees: readonly Root[], chapters: Chapter[], options: ComposeOptions): Root {
  const sources = new Map<string, Root['meta']['sources'][number]>()
  for (const tree of trees)
    for (const source of tree.meta.sources) sources.set(`${source.path}\0${source.sha256}`, source)
  return {
    type: 'root',
    meta: {
      title: options.title,
      ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
      ...(options.instructor === undefined ? {} : { editor: options.instructor }),
      ...(options.course === undefined ? {} : { work: options.course }),
      ...(options.notice === undefined ? {} : { notice: options.notice }),
      language: options.language ?? trees[0]?.meta.language ?? 'en',
      sources: [...sources.values()]
    },
    children: chapters
  }
}

/** The chapter made of what `entry` selects from `tree`, ids prefixed `c<k>-`. */
function excerpt(tree: Root, entry: ComposeEntry, k: number, report: Report): Chapter {
  const first = tree.children[0]
  if (!first) throw new TypeError('Expected a source tree with at least one chapter')
  const sections = tree.children.flatMap((chapter) => chapter.children)
  const keep = selected(sections, entry, k, report)
  const children = chosenSections(sections, keep, `c${k}-`)
  const chapter: Chapter = {
    type: 'chapter',
    id: `c${k}`,
    source: first.source,
    children,
    notes: [],
    origin: {
      title: first.title ?? tree.meta.title,
      ...(tree.meta.author === undefined ? {} : { author: tree.meta.author }),
      ...(tree.meta.work === undefined ? {} : { work: tree.meta.work }),
      paragraphs: spans(children)
    }
  }
  chapter.title = entry.title ?? first.title ?? tree.meta.title
  return chapter
}

/** What an entry keeps of its source's blocks: whole, or claims of them, by id. */
type Kept = Map<string, Set<string> | 'all'>

/** What `entry` selects of `sections`: all, sections, paragraph ranges, claim ranges. */
function selected(
  sections: readonly Section[],
  entry: ComposeEntry,
  k: number,
  report: Report
): Kept {
  const paragraphs = sections.flatMap(paragraphsOf)
  const keep: Kept = new Map()
  const select = entry.select
  const whole = !select || (!select.sections && !select.paragraphs && !select.claims)
  if (whole) for (const section of sections) keepAll(section, keep)
  for (const number of select?.sections ?? []) {
    const section = sections[number - 1]
    if (section) keepAll(section, keep)
    else {
      report(
        `Section \`${number}\` is not in the source of entry ${k}, which has ${sections.length}; check the number`,
        'reader-selection'
      )
    }
  }
  const fault = (reason: string) => report(reason, 'reader-selection')
  const source: Ordered = {
    paragraphs,
    order: new Map(paragraphs.map((paragraph, at) => [paragraph.id, at]))
  }
  for (const range of select?.paragraphs ?? []) keepParagraphs(source, range, keep, fault, k)
  for (const range of select?.claims ?? []) keepClaims(source, range, keep, fault, k)
  if (keep.size === 0 && !whole)
    report(`Entry ${k} selects nothing from its source; check its \`select\``, 'reader-selection')
  return keep
}

/** A source's paragraphs in order, and the place of each by id. */
interface Ordered {
  paragraphs: readonly Paragraph[]
  order: ReadonlyMap<string, number>
}

/** Keeps the paragraphs `p3-p7` names, or says why it names none. */
function keepParagraphs(
  { paragraphs, order }: Ordered,
  range: string,
  keep: Kept,
  fault: (reason: string) => void,
  k: number
): void {
  const [from, to] = ends(range, paragraphRange)
  const start = order.get(from)
  const end = order.get(to)
  if (start === undefined || end === undefined || start > end) {
    fault(
      `Paragraph range \`${range}\` does not name paragraphs of the source of entry ${k} in order; use ids as the source's edition shows them, first to last`
    )
    return
  }
  for (let at = start; at <= end; at++) keep.set((paragraphs[at] as Paragraph).id, 'all')
}

/** Keeps the claims `p12.3-p14.2` names, or says why it names none. */
function keepClaims(
  { paragraphs, order }: Ordered,
  range: string,
  keep: Kept,
  fault: (reason: string) => void,
  k: number
): void {
  const [from, to] = ends(range, claimRange)
  const start = order.get(paragraphOf(from))
  const end = order.get(paragraphOf(to))
  const startClaim = claimIn(paragraphs[start ?? -1], from)
  const endClaim = claimIn(paragraphs[end ?? -1], to)
  if (
    start === undefined ||
    end === undefined ||
    start > end ||
    startClaim === undefined ||
    endClaim === undefined ||
    (start === end && startClaim > endClaim)
  ) {
    fault(
      `Claim range \`${range}\` does not name claims of the source of entry ${k} in order; use ids such as \`p12.3-p14.2\`, first to last`
    )
    return
  }
  for (let at = start; at <= end; at++) {
    const paragraph = paragraphs[at] as Paragraph
    const claims = paragraph.children.filter(
      (_, c) => (at > start || c >= startClaim) && (at < end || c <= endClaim)
    )
    const current = keep.get(paragraph.id)
    if (current === 'all') continue
    const set = current ?? new Set<string>()
    for (const claim of claims) set.add(claim.id)
    keep.set(paragraph.id, set.size === paragraph.children.length ? 'all' : set)
  }
}

/** The sections an excerpt keeps, each with the blocks it keeps, renumbered `s1`, `s2`. */
function chosenSections(sections: readonly Section[], keep: Kept, prefix: string): Section[] {
  const children: Section[] = []
  // Paragraphs left out between two kept ones count across the end of a section.
  const gap: Gap = { started: false, skipped: 0 }
  for (const section of sections) {
    const chosen = chosenBlocks(section, keep, prefix, gap)
    if (chosen.length === 0) continue
    const copy: Section = {
      type: 'section',
      id: `${prefix}s${children.length + 1}`,
      children: chosen
    }
    if (section.title !== undefined) copy.title = section.title
    if (section.titleContent) copy.titleContent = structuredClone(section.titleContent)
    if (section.position) copy.position = section.position
    children.push(copy)
  }
  return children
}

const paragraphRange = /^((?:c[0-9]+-)?p[0-9]+)(?:-((?:c[0-9]+-)?p[0-9]+))?$/
const claimRange = /^((?:c[0-9]+-)?p[0-9]+\.[0-9]+)(?:-((?:c[0-9]+-)?p[0-9]+\.[0-9]+))?$/

/** The first and last id of a range (`p5-p20`, `c2-p5-c2-p9`, or one id); empty if malformed. */
function ends(range: string, pattern: RegExp): [string, string] {
  const match = pattern.exec(range)
  if (!match) return ['', '']
  const from = match[1] ?? ''
  return [from, match[2] ?? from]
}

/** `p12` of `p12.3` (and `c2-p12` of `c2-p12.3`). */
function paragraphOf(claim: string): string {
  return claim.replace(/\.[0-9]+$/, '')
}

/** The index of claim `id` in `paragraph`, if it is there. */
function claimIn(paragraph: Paragraph | undefined, id: string): number | undefined {
  const at = paragraph?.children.findIndex((claim) => claim.id === id) ?? -1
  return at === -1 ? undefined : at
}

/** Where an excerpt stands: whether it has kept a paragraph, and how many it left out since. */
interface Gap {
  started: boolean
  skipped: number
}

/**
 * The blocks of `section` an excerpt keeps, copied: the paragraphs `keep` names (with how many
 * were left out before each, since the last kept in `gap`), and the code, tables and figures
 * between two kept paragraphs or that `keep` names.
 */
function chosenBlocks(section: Section, keep: Kept, prefix: string, gap: Gap): Block[] {
  const chosen: Block[] = []
  const pending: Block[] = []
  for (const block of section.children) {
    if (block.type === 'quote' || block.type === 'list') {
      const copy =
        block.type === 'quote' ? quoteKept(block, keep, prefix) : listKept(block, keep, prefix)
      if (!copy) {
        if (gap.started) gap.skipped += paragraphsIn(block).length
        pending.length = 0
        continue
      }
      const first = paragraphsIn(copy)[0]
      if (gap.skipped > 0 && first) first.elided = gap.skipped
      gap.skipped = 0
      gap.started = true
      chosen.push(...pending.splice(0), copy)
      continue
    }
    if (block.type !== 'paragraph') {
      const copy = { ...structuredClone(block), id: `${prefix}${stripChapter(block.id)}` }
      if (keep.has(block.id)) chosen.push(copy)
      else if (gap.started && gap.skipped === 0) pending.push(copy)
      continue
    }
    const kept = keep.get(block.id)
    if (!kept) {
      if (gap.started) gap.skipped++
      pending.length = 0
      continue
    }
    const copy = copyParagraph(block, prefix, kept === 'all' ? undefined : kept)
    if (gap.skipped > 0) copy.elided = gap.skipped
    gap.skipped = 0
    gap.started = true
    chosen.push(...pending.splice(0), copy)
  }
  return chosen
}

/** Keeps every block of `section`, and every paragraph of its quotations. */
function keepAll(section: Section, keep: Kept): void {
  for (const block of section.children) keep.set(block.id, 'all')
  for (const paragraph of paragraphsOf(section)) keep.set(paragraph.id, 'all')
}

/**
 * A quotation with the paragraphs of it that `keep` names (those of the lists and quotations in
 * it among them), copied; none when it names none.
 */
function quoteKept(quote: Quote, keep: Kept, prefix: string): Quote | undefined {
  const children = innerKept(quote.children, keep, prefix)
  if (children.length === 0) return undefined
  return { ...quote, id: `${prefix}${stripChapter(quote.id)}`, children }
}

/**
 * A list with the paragraphs of its items that `keep` names (those of the lists and quotations
 * in them among them), copied; none when it names none.
 */
function listKept(list: List, keep: Kept, prefix: string): List | undefined {
  const children = list.children.flatMap((item) => {
    const kept = innerKept(item.children, keep, prefix)
    return kept.length > 0 ? [{ ...item, children: kept }] : []
  })
  if (children.length === 0) return undefined
  return { ...list, id: `${prefix}${stripChapter(list.id)}`, children }
}

/**
 * The blocks of a list item or a quotation that `keep` names, copied: its paragraphs, its lists
 * and quotations with what they keep, and its code, tables and figures when `keep` names them or
 * keeps anything else of the item.
 */
function innerKept(blocks: readonly Block[], keep: Kept, prefix: string): Block[] {
  const copies = blocks.map((block): Block | undefined => {
    if (block.type === 'paragraph') return keptCopies([block], keep, prefix)[0]
    if (block.type === 'list') return listKept(block, keep, prefix)
    if (block.type === 'quote') return quoteKept(block, keep, prefix)
    return block
  })
  const prose = copies.some(
    (copy) => copy?.type === 'paragraph' || copy?.type === 'list' || copy?.type === 'quote'
  )
  return copies.flatMap((copy): Block[] => {
    if (copy === undefined) return []
    if (copy.type === 'paragraph' || copy.type === 'list' || copy.type === 'quote') return [copy]
    if (!prose && !keep.has(copy.id)) return []
    return [{ ...structuredClone(copy), id: `${prefix}${stripChapter(copy.id)}` }]
  })
}

/** Copies of the paragraphs `keep` names, with the claims it keeps of each. */
function keptCopies(paragraphs: readonly Paragraph[], keep: Kept, prefix: string): Paragraph[] {
  return paragraphs.flatMap((paragraph) => {
    const kept = keep.get(paragraph.id)
    return kept ? [copyParagraph(paragraph, prefix, kept === 'all' ? undefined : kept)] : []
  })
}

/** The source's paragraph numbers the chapter holds, as runs: `5–9, 12`. */
function spans(sections: readonly Section[]): string {
  const numbers = sections.flatMap((section) =>
    paragraphsOf(section).map((paragraph) => paragraph.n)
  )
  const runs: string[] = []
  for (let at = 0; at < numbers.length; ) {
    let end = at
    while (
      end + 1 < numbers.length &&
      (numbers[end + 1] as number) === (numbers[end] as number) + 1
    )
      end++
    runs.push(end === at ? `${numbers[at]}` : `${numbers[at]}–${numbers[end]}`)
    at = end + 1
  }
  return runs.join(', ')
}

/** A deep copy of `paragraph` with ids moved to the new chapter, keeping its number `n`. */
function copyParagraph(
  paragraph: Paragraph,
  prefix: string,
  claims: Set<string> | undefined
): Paragraph {
  const copy = structuredClone(paragraph)
  if (claims) leaveOutClaims(copy, claims)
  copy.id = prefix + stripChapter(copy.id)
  for (const claim of copy.children) claim.id = prefix + stripChapter(claim.id)
  return copy
}

/**
 * Keeps the claims of `paragraph` named in `claims`, each saying how many sentences were left
 * out just before it, and the paragraph how many at its end.
 */
function leaveOutClaims(paragraph: Paragraph, claims: Set<string>): void {
  const kept: Paragraph['children'] = []
  let skipped = 0
  for (const claim of paragraph.children) {
    if (!claims.has(claim.id)) {
      skipped++
      continue
    }
    if (skipped > 0) claim.elided = skipped
    skipped = 0
    kept.push(claim)
  }
  paragraph.children = kept
  if (skipped > 0 && kept.length > 0) paragraph.elidedAfter = skipped
}

function stripChapter(id: string): string {
  return id.replace(/^c[0-9]+-/, '')
}

/** The note's own number in its identifier: `7` of `c2-n7`. */
function localNumber(identifier: string): string {
  return stripChapter(identifier).replace(/^n/, '')
}

function* referencesIn(chapter: Chapter) {
  for (const section of chapter.children) {
    if (section.titleContent) yield* inlineReferences(section.titleContent)
    for (const paragraph of paragraphsOf(section)) {
      for (const claim of paragraph.children) yield* inlineReferences(claim.children)
    }
    for (const inlines of outsideClaims(section)) yield* inlineReferences(inlines)
  }
}

/**
 * The inline nodes of a section outside its claims: its tables' cells, its figures' captions
 * (those in its lists and quotations too).
 */
function outsideClaims(section: Section): (readonly Inline[])[] {
  return section.children.flatMap(blocksIn).flatMap((block) => {
    if (block.type === 'table')
      return block.children.flatMap((row) => row.children.map((cell) => cell.children))
    if (block.type === 'figure' && block.caption) return [block.caption]
    return []
  })
}

/** The note references among inline nodes, to any depth, in order. */
function inlineReferences(children: readonly Inline[]): FootnoteReference[] {
  const found: FootnoteReference[] = []
  const take = (reference: FootnoteReference) => {
    found.push(reference)
  }
  for (const node of children) visit(node, 'footnoteReference', take)
  return found
}

/** Gives references (and the claims they support) the notes' new identifiers and labels. */
function renameReferences(
  chapter: Chapter,
  renumber: ReadonlyMap<string, { identifier: string; number: number; label: string }>,
  relabel: boolean
): void {
  const renameClaim = (claim: Claim) => {
    if (claim.citedBy !== undefined) {
      const renamed = renumber.get(claim.citedBy)
      if (renamed) claim.citedBy = renamed.identifier
    }
    rename(inlineReferences(claim.children))
  }
  const rename = (references: Iterable<FootnoteReference>) => {
    for (const reference of references) {
      const renamed = renumber.get(reference.identifier)
      if (!renamed) continue
      reference.identifier = renamed.identifier
      if (relabel) {
        reference.original = reference.label
        reference.label = renamed.label
        reference.number = renamed.number
      }
    }
  }
  for (const section of chapter.children) {
    if (section.titleContent) rename(inlineReferences(section.titleContent))
    for (const paragraph of paragraphsOf(section))
      for (const claim of paragraph.children) renameClaim(claim)
    for (const inlines of outsideClaims(section)) rename(inlineReferences(inlines))
  }
}

/** A copy of `note` under its new identifier, its body's ids to match. */
function renamedNote(
  note: FootnoteDefinition,
  renamed: { identifier: string; number: number; label: string },
  relabel: boolean,
  k: number
): FootnoteDefinition {
  const copy = structuredClone(note)
  const from = stripChapter(note.identifier)
  const to = stripChapter(renamed.identifier)
  copy.identifier = renamed.identifier
  if (relabel) {
    copy.original = note.label
    copy.label = renamed.label
    copy.number = renamed.number
  }
  const rename = (id: string) => `c${k}-${stripChapter(id).replace(from, to)}`
  for (const block of copy.children) renameBlock(block, rename)
  return copy
}

/** Gives a block of a note's body, and the paragraphs, claims and blocks inside it, new ids. */
function renameBlock(block: Block, rename: (id: string) => string): void {
  block.id = rename(block.id)
  if (block.type === 'paragraph') {
    for (const claim of block.children) claim.id = rename(claim.id)
  } else if (block.type === 'quote') {
    for (const child of block.children) renameBlock(child, rename)
  } else if (block.type === 'list') {
    for (const item of block.children) for (const child of item.children) renameBlock(child, rename)
  }
}
