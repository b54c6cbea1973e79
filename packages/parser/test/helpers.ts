// Shared test helpers: the real manuscript, walking a tree, checks of positions, coverage and ids,
// and arbitraries that write manuscript-like text.
import { readFileSync } from 'node:fs'
import {
  type Block,
  type Chapter,
  type Claim,
  type FootnoteDefinition,
  type FootnoteReference,
  type Inline,
  type Paragraph,
  type Point,
  type Position,
  paragraphsIn,
  type Root,
  type Settings
} from '@colophon/schema'
import fc from 'fast-check'
import { parse as parseYaml } from 'yaml'

// ---------------------------------------------------------------------------------------------
// The real manuscript

const sourceDir = new URL('../../../source/', import.meta.url)

/** A manuscript from `source/`, with its sidecar settings. */
export function readManuscript(name: string): { text: string; settings: Settings } {
  const text = readFileSync(new URL(`${name}.txt`, sourceDir), 'utf8')
  const settings = parseYaml(readFileSync(new URL(`${name}.yaml`, sourceDir), 'utf8')) as Settings
  return { text, settings }
}

// ---------------------------------------------------------------------------------------------
// Text

/** Line endings as `\n` and form feeds as spaces, as text node values have them. */
export function normalize(value: string): string {
  return value.replace(/\r\n?/g, '\n').replaceAll('\f', ' ')
}

/** Whitespace as the coverage property counts it: `\s` plus the byte-order mark. */
export function isWhitespace(char: string): boolean {
  return /\s/.test(char) || char === '\ufeff'
}

/** Rewrites every line ending of `text` as `ending`. */
export function withEndings(text: string, ending: '\n' | '\r\n' | '\r'): string {
  return text.replace(/\r\n|\r|\n/g, ending)
}

/** Line and column (1-based, UTF-16 units) of every offset of `source`, lines ending at CRLF, CR or LF. */
export function pointsOf(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  const ending = /\r\n|\r|\n/g
  for (let m = ending.exec(source); m; m = ending.exec(source)) starts.push(m.index + m[0].length)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 }
  }
}

/** `line:column` of `offset` with the text around it, for failure messages. */
export function describeAt(source: string, offset: number): string {
  const { line, column } = pointsOf(source)(offset)
  const around = JSON.stringify(source.slice(Math.max(0, offset - 30), offset + 30))
  return `${line}:${column} (offset ${offset}, ${JSON.stringify(source[offset])}) in ${around}`
}

// ---------------------------------------------------------------------------------------------
// Walking a tree

/** A node with a position, and a name saying where it is in the tree. */
export interface Located {
  path: string
  type: string
  position: Position
}

export interface Walked {
  chapters: { node: Chapter; path: string }[]
  /** Paragraphs of the running text, in tree order. */
  paragraphs: { node: Paragraph; path: string; chapter: Chapter }[]
  /** Paragraphs of note bodies. */
  noteParagraphs: { node: Paragraph; path: string; chapter: Chapter }[]
  claims: { node: Claim; path: string; paragraph: Paragraph }[]
  inlines: { node: Inline; path: string; claim: Claim }[]
  references: { node: FootnoteReference; path: string; chapter: Chapter; paragraph: Paragraph }[]
  definitions: { node: FootnoteDefinition; path: string; chapter: Chapter }[]
  /** Every position in the tree: nodes, titles, parts, omissions. */
  located: Located[]
}

/** Collects the nodes of `tree` by kind. */
export function walk(tree: Root): Walked {
  const walked: Walked = {
    chapters: [],
    paragraphs: [],
    noteParagraphs: [],
    claims: [],
    inlines: [],
    references: [],
    definitions: [],
    located: []
  }
  const locate = (path: string, type: string, position: Position | undefined) => {
    if (position) walked.located.push({ path, type, position })
  }
  locate('root', 'root', tree.position)
  tree.omitted?.forEach((omission, i) => {
    locate(`omitted[${i}]`, `omitted:${omission.reason}`, omission.position)
  })
  const inlines = (children: readonly Inline[], path: string, claim: Claim, owner: Owner) => {
    children.forEach((child, i) => {
      const here = `${path}/${child.type}[${i}]`
      walked.inlines.push({ node: child, path: here, claim })
      locate(here, child.type, child.position)
      if (child.type === 'footnoteReference') {
        walked.references.push({ node: child, path: here, ...owner })
      } else if (child.type === 'emphasis' || child.type === 'strong' || child.type === 'link') {
        inlines(child.children, here, claim, owner)
      }
    })
  }
  type Owner = { chapter: Chapter; paragraph: Paragraph }
  const paragraph = (node: Paragraph, path: string, chapter: Chapter) => {
    locate(path, 'paragraph', node.position)
    node.children.forEach((claim, i) => {
      const here = `${path}/claim[${i}]`
      walked.claims.push({ node: claim, path: here, paragraph: node })
      locate(here, 'claim', claim.position)
      inlines(claim.children, here, claim, { chapter, paragraph: node })
    })
  }
  // A block's paragraphs (its own, a quotation's, a list's items') walked; other blocks located.
  const blocks = (
    list: readonly Block[],
    path: string,
    chapter: Chapter,
    into: Walked['paragraphs']
  ) => {
    list.forEach((node, p) => {
      const blockPath = `${path}/${node.type}[${p}]`
      const container = node.type !== 'paragraph'
      if (container) locate(blockPath, node.type, node.position)
      paragraphsIn(node).forEach((one, q) => {
        const here = container ? `${blockPath}/paragraph[${q}]` : blockPath
        into.push({ node: one, path: here, chapter })
        paragraph(one, here, chapter)
      })
    })
  }
  tree.children.forEach((chapter, c) => {
    const path = `chapter[${c}]`
    walked.chapters.push({ node: chapter, path })
    locate(path, 'chapter', chapter.position)
    locate(`${path}.titlePosition`, 'chapter title', chapter.titlePosition)
    locate(`${path}.partPosition`, 'chapter part', chapter.partPosition)
    chapter.children.forEach((section, s) => {
      const sectionPath = `${path}/section[${s}]`
      locate(sectionPath, 'section', section.position)
      locate(`${sectionPath}.titlePosition`, 'section title', section.titlePosition)
      blocks(section.children, sectionPath, chapter, walked.paragraphs)
    })
    chapter.notes.forEach((note, n) => {
      const here = `${path}/notes[${n}]`
      walked.definitions.push({ node: note, path: here, chapter })
      locate(here, 'footnoteDefinition', note.position)
      blocks(note.children, here, chapter, walked.noteParagraphs)
    })
  })
  return walked
}

// ---------------------------------------------------------------------------------------------
// Checks: each returns the problems it finds, empty when the property holds

const show = (position: Position) =>
  `${position.start.offset}-${position.end.offset} (${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column})`

/** The marker as it may be written for a reference of this style and label. */
export function markerForms(reference: FootnoteReference): string[] {
  const { label } = reference
  switch (reference.marker) {
    case 'glued':
    case 'spaced':
      return [label]
    case 'symbol':
      return [label, `[${label}]`, `${label})`]
    case 'bracket':
      // `[49` whose `]` the source lost, read as a guess.
      return [`[${label}]`, `[${label}`]
    case 'angle':
      return [`<${label}>`]
    case 'paren':
      // `(12)`, or `12)` closing a parenthesis never opened (`sagt er 1),`).
      return [`(${label})`, `${label})`]
    case 'caret':
      return [`^${label}`, `[^${label}]`]
    case 'superscript': {
      const raised = [...label].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('')
      return [raised, `${raised})`]
    }
    default:
      return []
  }
}

/** Positions slice back to the source, agree with it on line and column, and nest in order. */
export function positionProblems(source: string, tree: Root): string[] {
  const problems: string[] = []
  const pointAt = pointsOf(source)
  const walked = walk(tree)
  const slice = (position: Position) => source.slice(position.start.offset, position.end.offset)

  const checkPoint = (path: string, which: string, point: Point) => {
    if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > source.length) {
      problems.push(`${path}: ${which} offset ${point.offset} outside 0-${source.length}`)
      return
    }
    const expected = pointAt(point.offset)
    if (expected.line !== point.line || expected.column !== point.column) {
      problems.push(
        `${path}: ${which} is ${point.line}:${point.column} but offset ${point.offset} is at ${expected.line}:${expected.column}`
      )
    }
  }
  for (const { path, position } of walked.located) {
    checkPoint(path, 'start', position.start)
    checkPoint(path, 'end', position.end)
    if (position.start.offset > position.end.offset) {
      problems.push(`${path}: starts after it ends, ${show(position)}`)
    }
  }
  if (tree.position) {
    if (tree.position.start.offset !== 0 || tree.position.end.offset !== source.length) {
      problems.push(
        `root: position ${show(tree.position)} is not the whole text 0-${source.length}`
      )
    }
  }

  for (const { node, path } of walked.inlines) {
    if (!node.position) {
      problems.push(`${path}: no position`)
      continue
    }
    if (node.type === 'text') {
      const written = normalize(slice(node.position))
      if (written !== node.value) {
        problems.push(
          `${path}: value ${JSON.stringify(node.value)} but source ${show(node.position)} is ${JSON.stringify(written)}`
        )
      }
    } else if (node.type === 'footnoteReference') {
      const written = slice(node.position)
      // A superscript's label is its digits written plainly (`¹²` is `12`); markerForms raises them.
      const plain = node.marker === 'superscript' || written.includes(node.label)
      if (!markerForms(node).includes(written) || !plain) {
        problems.push(
          `${path}: ${node.marker} marker with label ${JSON.stringify(node.label)} but source ${show(node.position)} is ${JSON.stringify(written)}`
        )
      }
    } else if (node.type === 'break') {
      const written = slice(node.position)
      if (!/^(?:\r\n|\r|\n)$/.test(written)) {
        problems.push(`${path}: break over ${JSON.stringify(written)}, not a line ending`)
      }
    }
  }

  // Children lie in their parent; siblings come in order and do not overlap.
  const inside = (path: string, child: Position | undefined, parent: Position | undefined) => {
    if (!child || !parent) return
    if (child.start.offset < parent.start.offset || child.end.offset > parent.end.offset) {
      problems.push(`${path}: ${show(child)} is not inside its parent's ${show(parent)}`)
    }
  }
  const ordered = (what: string, items: { path: string; position: Position | undefined }[]) => {
    let before: { path: string; position: Position } | undefined
    for (const item of items) {
      if (!item.position) continue
      if (before && item.position.start.offset < before.position.end.offset) {
        problems.push(
          `${what}: ${item.path} ${show(item.position)} starts before ${before.path} ${show(before.position)} ends`
        )
      }
      before = { path: item.path, position: item.position }
    }
  }
  const inlinesOf = (children: readonly Inline[], path: string, parent: Position | undefined) => {
    children.forEach((child, i) => {
      inside(`${path}/${child.type}[${i}]`, child.position, parent)
    })
    ordered(
      path,
      children.map((child, i) => ({
        path: `${path}/${child.type}[${i}]`,
        position: child.position
      }))
    )
  }
  const paragraphs = (
    items: { node: Paragraph; path: string }[],
    parent: Position | undefined,
    what: string
  ) => {
    for (const { node, path } of items) {
      inside(path, node.position, parent)
      node.children.forEach((claim, i) => {
        const claimPath = `${path}/claim[${i}]`
        inside(claimPath, claim.position, node.position)
        inlinesOf(claim.children, claimPath, claim.position)
      })
      ordered(
        path,
        node.children.map((claim, i) => ({ path: `${path}/claim[${i}]`, position: claim.position }))
      )
    }
    ordered(
      what,
      items.map(({ node, path }) => ({ path, position: node.position }))
    )
  }
  paragraphs(walked.paragraphs, tree.position, 'running text')
  for (const { node, path, chapter } of walked.definitions) {
    inside(path, node.position, tree.position)
    paragraphs(
      walked.noteParagraphs.filter((p) => p.chapter === chapter && p.path.startsWith(`${path}/`)),
      node.position,
      path
    )
  }
  ordered(
    'omitted',
    (tree.omitted ?? []).map((omission, i) => ({
      path: `omitted[${i}]`,
      position: omission.position
    }))
  )
  return problems
}

/**
 * The first non-whitespace character of `source` that no part of the tree accounts for,
 * described, or `undefined` when every character is accounted for.
 */
export function firstUncovered(source: string, tree: Root): string | undefined {
  const covered = new Uint8Array(source.length)
  const cover = (position: Position | undefined) => {
    if (!position) return
    covered.fill(
      1,
      Math.max(0, position.start.offset),
      Math.min(source.length, position.end.offset)
    )
  }
  const walked = walk(tree)
  for (const { node } of walked.inlines) {
    if (node.type === 'text' || node.type === 'footnoteReference') cover(node.position)
  }
  for (const { node } of walked.definitions) cover(node.position)
  for (const omission of tree.omitted ?? []) cover(omission.position)
  for (const chapter of tree.children) {
    cover(chapter.titlePosition)
    cover(chapter.partPosition)
    for (const section of chapter.children) cover(section.titlePosition)
  }
  for (let i = 0; i < source.length; i++) {
    if (!covered[i] && !isWhitespace(source[i] as string)) return describeAt(source, i)
  }
  return undefined
}

/**
 * The first non-whitespace character that two parts of the tree both account for, described:
 * two text or reference nodes, or one of them and an omission or a title, or two omissions.
 */
export function firstDoubled(source: string, tree: Root): string | undefined {
  const owner = new Array<string | undefined>(source.length)
  const claim = (path: string, position: Position | undefined): string | undefined => {
    if (!position) return undefined
    for (let i = position.start.offset; i < position.end.offset; i++) {
      if (isWhitespace(source[i] as string)) continue
      const before = owner[i]
      if (before !== undefined) return `${describeAt(source, i)}: in ${before} and in ${path}`
      owner[i] = path
    }
    return undefined
  }
  const walked = walk(tree)
  for (const { node, path } of walked.inlines) {
    if (node.type !== 'text' && node.type !== 'footnoteReference') continue
    const doubled = claim(path, node.position)
    if (doubled) return doubled
  }
  for (const { path, type, position } of walked.located) {
    if (!type.startsWith('omitted:') && !type.endsWith(' title') && type !== 'chapter part')
      continue
    const doubled = claim(`${path} (${type})`, position)
    if (doubled) return doubled
  }
  return undefined
}

/** Ids unique, claim ids under their paragraph's, references resolved, `citedBy` well aimed. */
export function idProblems(tree: Root): string[] {
  const problems: string[] = []
  const walked = walk(tree)
  const unique = (what: string, items: { id: string; path: string }[]) => {
    const seen = new Map<string, string>()
    for (const { id, path } of items) {
      const before = seen.get(id)
      if (before !== undefined)
        problems.push(`${what} id ${JSON.stringify(id)} at ${before} and ${path}`)
      else seen.set(id, path)
    }
  }
  unique(
    'chapter',
    walked.chapters.map(({ node, path }) => ({ id: node.id, path }))
  )
  unique(
    'section',
    tree.children.flatMap((chapter, c) =>
      chapter.children.map((section, s) => ({
        id: section.id,
        path: `chapter[${c}]/section[${s}]`
      }))
    )
  )
  unique(
    'paragraph',
    [...walked.paragraphs, ...walked.noteParagraphs].map(({ node, path }) => ({
      id: node.id,
      path
    }))
  )
  unique(
    'claim',
    walked.claims.map(({ node, path }) => ({ id: node.id, path }))
  )
  unique(
    'note',
    walked.definitions.map(({ node, path }) => ({ id: node.identifier, path }))
  )
  for (const { node, path, paragraph } of walked.claims) {
    if (!node.id.startsWith(`${paragraph.id}.`)) {
      problems.push(`${path}: claim id ${node.id} does not start with ${paragraph.id}.`)
    }
  }
  // A reference names a note of its chapter, or a numbered note present in another chapter
  // (one whose only body stands there: a contents page copying a marker, a note cited again).
  const elsewhere = new Map(walked.definitions.map(({ node }) => [node.identifier, node]))
  for (const { node, path, chapter } of walked.references) {
    if (chapter.notes.some((note) => note.identifier === node.identifier)) continue
    const other = elsewhere.get(node.identifier)
    if (other?.status === 'present' && /^[0-9]+[a-z]?$/.test(other.label)) continue
    problems.push(
      `${path}: reference ${JSON.stringify(node.identifier)} (label ${JSON.stringify(node.label)}) has no definition in its chapter, whose notes are ${JSON.stringify(chapter.notes.map((n) => n.identifier))}, nor a body elsewhere`
    )
  }
  for (const { node: paragraph, path } of [...walked.paragraphs, ...walked.noteParagraphs]) {
    paragraph.children.forEach((claim, i) => {
      if (claim.citedBy === undefined) return
      const later = paragraph.children
        .slice(i)
        .flatMap((c) => c.children)
        .some((child) => child.type === 'footnoteReference' && child.identifier === claim.citedBy)
      if (!later) {
        problems.push(
          `${path}/claim[${i}]: citedBy ${JSON.stringify(claim.citedBy)} names no reference in this or a later claim of its paragraph`
        )
      }
    })
  }
  return problems
}

/** A copy of `tree` without anything that depends on where in the bytes things are. */
export function withoutPositions(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, (key, value) =>
      key === 'position' ||
      key === 'titlePosition' ||
      key === 'partPosition' ||
      key === 'captionPosition' ||
      key === 'sha256'
        ? undefined
        : value
    )
  )
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: manuscript-like text

const vocabulary = [
  'the',
  'of',
  'and',
  'Soviet',
  'peasants',
  'famine',
  'Stalin',
  'Hitler',
  'Ukraine',
  'collectivization',
  'was',
  'were',
  'had',
  'killed',
  'in',
  'by',
  'Moscow',
  'NKVD',
  'kulaks',
  'Order',
  'percent',
  'people',
  'Mr.',
  'Dr.',
  'U.S.',
  'e.g.',
  'p.',
  'No.',
  'cubits',
  'B52',
  'vote'
]

const number = fc.oneof(
  fc.constantFrom('43.9', '37,000', '1,301', '00447', '1933', '1937', '1938', '681,692', '3.3'),
  fc.integer({ min: 1, max: 2100 }).map(String),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }))
    .map(([a, b]) => `${a},${String(b).padStart(3, '0')}`)
)

/** Text a fuzzer would type: any graphemes, or any code units, without line endings. */
const junk = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
    fc.constantFrom('—', '–', '…', '§', '\u00a0', '\ufeff', '\u2028', '*', '[', ']', '^', '#')
  )
  .map((value) => value.replace(/[\r\n]/g, ' '))

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: junk },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...vocabulary).map((w) => `“${w}”`)
  },
  { weight: 1, arbitrary: fc.constantFrom(...vocabulary).map((w) => `‘${w}’`) },
  { weight: 1, arbitrary: fc.constantFrom(...vocabulary).map((w) => `${w}—`) }
)

/** How a note marker is written; the number is filled in when the manuscript is rendered. */
type MarkerSpec =
  | { style: 'glued' | 'bracket' | 'caret' | 'caretBracket'; skip: number }
  | { style: 'none' }

const marker: fc.Arbitrary<MarkerSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<MarkerSpec>({ style: 'none' }) },
  {
    weight: 3,
    arbitrary: fc.record({
      style: fc.constantFrom('glued', 'bracket', 'caret', 'caretBracket'),
      // Mostly the next number; sometimes a jump or a restart.
      skip: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.integer({ min: -3, max: 30 }))
    }) as fc.Arbitrary<MarkerSpec>
  }
)

interface SentenceSpec {
  words: string[]
  end: string
  quote: boolean
  marker: MarkerSpec
}

const sentence: fc.Arbitrary<SentenceSpec> = fc.record({
  words: fc.array(word, { minLength: 1, maxLength: 10 }),
  end: fc.constantFrom('.', '.', '.', '?', '!', '…', ';', ''),
  quote: fc.boolean(),
  marker
})

type BlockSpec =
  | { kind: 'paragraph'; sentences: SentenceSpec[]; wrap: number; indent: boolean }
  | { kind: 'heading'; text: string }
  | { kind: 'break'; text: string }
  | {
      kind: 'notes'
      heading: string
      entries: { text: string[]; lines: number }
      /** How entries are numbered: `1. `, `1) `, `[1] `, `[^1]: `, `^1 `, `1 `. */
      style: string
      /** Where numbering starts. */
      first: number
      /** A subheading (`Chapter 2`) after the entries, then the entries again from 1. */
      subheading: string
      together: boolean
    }
  | { kind: 'footnote'; label: string; text: string[]; close: boolean }
  | { kind: 'junk'; text: string }

const headingText = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('CHAPTER', 'Chapter', 'BOOK', 'Part', 'LETTER', 'Canto'),
      fc.constantFrom('I', 'II', 'IV', 'XII', '1', '3', 'One', 'the First'),
      fc.constantFrom('', '.', ' — Famine', ': The Terror', '. CLASS TERROR')
    )
    .map(([a, b, c]) => `${a} ${b}${c}`),
  fc.constantFrom(
    'PREFACE',
    'Introduction',
    'NOTES',
    'Notes',
    'THE GREAT TERROR',
    'CLASS TERROR',
    'II.',
    'IV',
    '§ 3',
    '12.',
    'Appendix A',
    'Chapter 2',
    'Bloodlands'
  )
)

const block: fc.Arbitrary<BlockSpec> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('paragraph' as const),
      sentences: fc.array(sentence, { minLength: 1, maxLength: 5 }),
      // 0: one long line; otherwise wrap at this width (short widths read as verse).
      wrap: fc.oneof(fc.constant(0), fc.integer({ min: 8, max: 80 })),
      indent: fc.boolean()
    })
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('heading' as const), text: headingText }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('break' as const),
      text: fc.constantFrom('* * *', '***', '⁂', '~', '#', '—', '- - -')
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('notes' as const),
      heading: fc.constantFrom('NOTES', 'Notes', 'FOOTNOTES', 'Endnotes:'),
      entries: fc.record({
        text: fc.array(
          fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
          {
            minLength: 1,
            maxLength: 6
          }
        ),
        lines: fc.integer({ min: 1, max: 2 })
      }),
      style: fc.constantFrom('n. ', 'n. ', 'n) ', '[n] ', '[^n]: ', '^n ', 'n '),
      first: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 9 })),
      subheading: fc.constantFrom('', '', '', 'Chapter 2', 'CLASS TERROR', 'Notes to Part One'),
      together: fc.boolean()
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('footnote' as const),
      // Mostly the numbers the text's markers use; sometimes padded (`07`) or a symbol.
      label: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }).map(String) },
        { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => `0${n}`) },
        { weight: 1, arbitrary: fc.integer({ min: 13, max: 40 }).map(String) },
        { weight: 1, arbitrary: fc.constantFrom('*', '†', 'A', 'b') }
      ),
      text: fc.array(
        fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
        {
          minLength: 1,
          maxLength: 2
        }
      ),
      close: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, fc.constant(false))
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('junk' as const),
      text: fc.array(junk, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''))
    })
  }
)

/** A manuscript as blocks, each with the blank lines before it and how lines end. */
export interface ManuscriptSpec {
  blocks: { block: BlockSpec; blanks: number; blankSpace: string }[]
  ending: '\n' | '\r\n' | '\r' | 'mixed'
  endings: ('\n' | '\r\n' | '\r')[]
  trailing: string
  bom: boolean
}

export const manuscriptSpec: fc.Arbitrary<ManuscriptSpec> = fc.record({
  blocks: fc.array(
    fc.record({
      block,
      blanks: fc.integer({ min: 1, max: 3 }),
      blankSpace: fc.constantFrom('', '', '', ' ', '\t', '  ')
    }),
    { minLength: 1, maxLength: 10 }
  ),
  ending: fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
  endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }),
  trailing: fc.constantFrom('', '\n', '\n\n', ' '),
  bom: fc.boolean()
}) as fc.Arbitrary<ManuscriptSpec>

function wrap(text: string, width: number, indent: boolean): string[] {
  if (width === 0) return [indent ? `  ${text}` : text]
  const lines: string[] = []
  let line = ''
  for (const part of text.split(' ')) {
    if (line && line.length + 1 + part.length > width) {
      lines.push(line)
      line = part
    } else line = line ? `${line} ${part}` : part
  }
  if (line) lines.push(line)
  return lines.map((l, i) => (indent && i === 0 ? `    ${l}` : l))
}

/** Writes a manuscript with LF line endings (the spec's endings are applied by `render`). */
export function renderLf(spec: ManuscriptSpec): string {
  let last = 0
  const parts: string[] = []
  for (const { block, blanks, blankSpace } of spec.blocks) {
    const lines: string[] = []
    switch (block.kind) {
      case 'paragraph': {
        const text = block.sentences
          .map((s) => {
            const first = s.words[0] as string
            const words = [first.charAt(0).toUpperCase() + first.slice(1), ...s.words.slice(1)]
            let value = words.join(' ')
            if (s.quote) value = `“${value}${s.end}”`
            else value += s.end
            if (s.marker.style === 'none') return value
            const n = Math.max(1, last + 1 + s.marker.skip)
            last = n
            if (s.marker.style === 'glued') return `${value}${n}`
            if (s.marker.style === 'bracket') return `${value} [${n}]`
            if (s.marker.style === 'caret') return `${value}^${n}`
            return `${value}[^${n}]`
          })
          .join(' ')
        lines.push(...wrap(text, block.wrap, block.indent))
        break
      }
      case 'heading':
      case 'break':
      case 'junk':
        lines.push(block.text)
        break
      case 'notes': {
        lines.push(block.heading)
        const entry = (text: string, n: number) => {
          const body = block.entries.lines === 2 ? text.replace(' ', '\n   ') : text
          return `${block.style.replace('n', String(n))}${body}`
        }
        const entries = block.entries.text.map((text, i) => entry(text, block.first + i))
        if (block.subheading) {
          entries.push(block.subheading, ...block.entries.text.map((text, i) => entry(text, i + 1)))
        }
        const together = block.together && !block.subheading
        lines.push('', ...(together ? entries : entries.flatMap((e) => [e, ''])))
        if (!together) lines.pop()
        break
      }
      case 'footnote':
        lines.push(`[Footnote ${block.label}: ${block.text.join('\n\n')}${block.close ? ']' : ''}`)
        break
    }
    const blank = Array.from({ length: blanks }, () => blankSpace)
    parts.push(...(parts.length === 0 ? [] : blank), ...lines.join('\n').split('\n'))
  }
  return `${spec.bom ? '\ufeff' : ''}${parts.join('\n')}${spec.trailing}`
}

/** Writes the manuscript with the spec's line endings. */
export function render(spec: ManuscriptSpec): string {
  const lf = renderLf(spec)
  if (spec.ending !== 'mixed') return withEndings(lf, spec.ending)
  let i = 0
  return lf.replace(/\n/g, () => spec.endings[i++ % spec.endings.length] as string)
}

/** Settings a manuscript might come with: a title, exclusions, declared absent notes. */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record(
    {
      title: fc.constantFrom('Class Terror', 'Bloodlands'),
      exclude: fc.array(
        fc.oneof(
          fc.record({ text: fc.constantFrom('* * *', 'PREFACE', 'NOTES', 'Bloodlands', 'II.') }),
          fc.record({ block: fc.constantFrom(1, 2, -1, -2, 40) }),
          fc.record({
            pattern: fc.constantFrom('^\\[Footnote', '^CHAPTER', 'Soviet', '^[0-9]'),
            flags: fc.constantFrom('i', 'u')
          })
        ),
        { maxLength: 3 }
      ),
      notes: fc.record({ bodies: fc.constantFrom<'present' | 'absent'>('present', 'absent') })
    },
    { requiredKeys: [] }
  )
  .map((settings) => settings as Settings)

/** Manuscript-like text, with line endings of any kind. */
export const manuscriptText: fc.Arbitrary<string> = manuscriptSpec.map(render)

/** Manuscript-like text with LF line endings, to rewrite with other endings. */
export const manuscriptLf: fc.Arbitrary<string> = manuscriptSpec.map(renderLf)

/** Any text at all: code units (lone surrogates too), graphemes, or line-heavy noise. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('\n', '\r', '\r\n', ' ', '.', '1', '[', ']', '^', '”', '*', 'NOTES', 'A'),
        fc.string({ unit: 'grapheme', maxLength: 3 })
      ),
      { maxLength: 80 }
    )
    .map((parts) => parts.join(''))
)

/** How many inputs a property ran on, and how many of them gave it nothing to check. */
export interface Tally {
  runs: number
  skipped: number
}

/**
 * Fails when a property skipped `limit` of its inputs or more (by default half): a generator
 * that makes mostly inputs a property cannot check would otherwise pass while testing little.
 */
export function expectSkippedUnder(tally: Tally, limit = 0.5): void {
  if (tally.runs === 0) throw new Error('The property ran on no input')
  const share = tally.skipped / tally.runs
  if (share >= limit) {
    throw new Error(
      `${tally.skipped} of ${tally.runs} inputs skipped (${(share * 100).toFixed(1)} %), expected under ${limit * 100} %`
    )
  }
}

/** `text` as a file would hold it: UTF-8, or UTF-16 in either byte order after its mark. */
function encoded(text: string, form: 'utf-8' | 'utf-16le' | 'utf-16be'): Uint8Array {
  if (form === 'utf-8') return new TextEncoder().encode(text)
  const little = Buffer.from(`\ufeff${text}`, 'utf16le')
  return form === 'utf-16le' ? little : little.swap16()
}

/**
 * Bytes to read: random ones, which mostly no encoding reads (so they give no tree to check),
 * and, three times as often, raw strings written in the encodings a file is found in.
 */
export const fileBytes = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 400 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(rawText, fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const))
      .map(([text, form]) => encoded(text, form)),
    weight: 3
  }
)

/** A run of whole lines of `text`, from line `from` on, `count` of them. */
export function excerptOf(text: string): fc.Arbitrary<string> {
  const lines = text.split(/(?<=\n)/)
  return fc
    .tuple(fc.nat({ max: lines.length - 1 }), fc.integer({ min: 1, max: 12 }))
    .map(([from, count]) => lines.slice(from, from + count).join(''))
}
