// What every front end does last: ids from order, note identifiers, which note
// cites each claim, and the tree's metadata.
import {
  type Block,
  type Chapter,
  type Claim,
  type FootnoteDefinition,
  type FootnoteReference,
  type Inline,
  type Paragraph,
  paragraphsOf,
  type Root,
  type Settings,
  type SourceFile
} from '@colophon/schema'
import { visit } from 'unist-util-visit'
import { isSymbolLabel } from '../text/symbol-notes.js'

/**
 * Gives every node its id, now that the number of chapters is known: `p12`,
 * `p12.3`, `n7`; with several chapters each is prefixed, `c2-p12`.
 */
export function assignIds(chapters: readonly Chapter[]): void {
  const several = chapters.length > 1
  chapters.forEach((chapter, chapterIndex) => {
    chapter.id = `c${chapterIndex + 1}`
    const prefix = several ? `${chapter.id}-` : ''
    identifyNotes(chapter, prefix)
    // The claims of a paragraph are cited as soon as it is numbered, while they are at hand,
    // unless a reference has yet to answer the nearest of two bodies (see `answerNearest`).
    const twice = bodiesTwice(chapter)
    if (chapter.titleContent) identify(chapter.titleContent, prefix)
    const counts = newCounts(prefix, twice === undefined)
    chapter.children.forEach((section, sectionIndex) => {
      section.id = `${prefix}s${sectionIndex + 1}`
      if (section.titleContent) identify(section.titleContent, prefix)
      for (const block of section.children) identifyBlock(block, prefix, counts)
    })
    if (twice === undefined) return
    answerNearest(chapter, twice)
    citations(chapter)
  })
}

/** The identifiers of a chapter's notes, and the ids of their paragraphs and claims. */
function identifyNotes(chapter: Chapter, prefix: string): void {
  const seen = new Map<string, number>()
  for (const note of chapter.notes) {
    const key = noteKey(note.number, note.label)
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    // A second body for the same number keeps a distinct identifier so both stay addressable.
    note.identifier = `${prefix}${key}${count > 1 ? `-${count}` : ''}`
    // Its blocks are numbered like a chapter's, under the note's identifier (`c1-n7.p2`,
    // `c1-n7.code1`); its claims are not cited.
    const counts = newCounts(`${note.identifier}.`, false)
    for (const block of note.children) identifyBlock(block, prefix, counts)
  }
}

/** How many blocks of each kind a chapter (or a note) has numbered so far. */
interface BlockCounts {
  /** What the ids of its blocks begin with: `c2-` in a chapter, `c2-n7.` in a note. */
  stem: string
  p: number
  code: number
  table: number
  q: number
  l: number
  figure: number
  /** Whether each paragraph's claims are cited as it is numbered. */
  cite: boolean
}

function newCounts(stem: string, cite: boolean): BlockCounts {
  return { stem, p: 0, code: 0, table: 0, q: 0, l: 0, figure: 0, cite }
}

/**
 * Gives a block its id: paragraphs, those of quotations and lists (to any depth) among them, are
 * numbered in order (`p12`); code, tables, quotations, lists and figures have ids of their own (`code1`,
 * `table1`, `q1`, `l1`, `figure1`).
 */
function identifyBlock(block: Block, prefix: string, counts: BlockCounts): void {
  // `prefix` names the chapter in the identifiers of references, `counts.stem` begins the ids.
  if (block.type === 'code') {
    counts.code++
    block.id = `${counts.stem}code${counts.code}`
  } else if (block.type === 'table') {
    counts.table++
    block.id = `${counts.stem}table${counts.table}`
    for (const row of block.children)
      for (const cell of row.children) identify(cell.children, prefix)
  } else if (block.type === 'quote') {
    counts.q++
    block.id = `${counts.stem}q${counts.q}`
    for (const paragraph of block.children) identifyBlock(paragraph, prefix, counts)
  } else if (block.type === 'list') {
    counts.l++
    block.id = `${counts.stem}l${counts.l}`
    // An item's blocks in reading order: its paragraphs, and the lists, code and quotations in it.
    for (const item of block.children)
      for (const child of item.children) identifyBlock(child, prefix, counts)
  } else if (block.type === 'figure') {
    counts.figure++
    block.id = `${counts.stem}figure${counts.figure}`
    if (block.caption) identify(block.caption, prefix)
  } else {
    counts.p++
    block.n = counts.p
    block.id = `${counts.stem}p${counts.p}`
    numberClaims(block, prefix)
    if (counts.cite) cite(block)
  }
}

/**
 * The identifier of a note within its chapter: `n7` for note 7 however it is written
 * (`7`, `07`); any other label (`*`, `A`, `intro`) by its code points, `n-x2a`, so
 * ids stay plain.
 */
export function noteKey(number: number, label: string): string {
  if (/^[0-9]+$/.test(label)) return `n${number}`
  const written = `n-${[...label].map((char) => `x${(char.codePointAt(0) as number).toString(16)}`).join('-')}`
  // A symbol cites a new note on every page: its count tells the notes apart.
  return isSymbolLabel(label) && number > 0 ? `${written}-${number}` : written
}

/** Claim ids, and the identifiers of the references inside them. */
function numberClaims(paragraph: Paragraph, prefix: string): void {
  // One `p12.` for the paragraph rather than one per claim on the way to `p12.3`.
  const stem = `${paragraph.id}.`
  const claims = paragraph.children
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index] as Claim
    claim.id = stem + (index + 1)
    identify(claim.children, prefix)
  }
}

// A hand loop: it runs once a claim, and `visit` here and in `firstReference` slowed parsing 1.4×.
function identify(children: readonly Inline[], prefix: string): void {
  for (const child of children) {
    if (child.type === 'footnoteReference')
      child.identifier = `${prefix}${noteKey(child.number, child.label)}`
    else if (child.type !== 'text' && 'children' in child) identify(child.children, prefix)
  }
}

/**
 * The bodies of a chapter's notes by identifier, when a chapter holds two bodies for one note
 * (two letters under one heading, each numbering its notes from 1 with its bodies after it);
 * undefined when none has two. Bodies in a notes file, whose places are in another text, are
 * left be.
 */
function bodiesTwice(chapter: Chapter): Map<string, FootnoteDefinition[]> | undefined {
  const bodies = new Map<string, FootnoteDefinition[]>()
  for (const note of chapter.notes) {
    if (note.status !== 'present' || note.file !== undefined || !note.position) continue
    const base = note.identifier.replace(/-[0-9]+$/, '')
    const same = bodies.get(base)
    if (same) same.push(note)
    else bodies.set(base, [note])
  }
  return [...bodies.values()].some((same) => same.length > 1) ? bodies : undefined
}

/** Where a note has two bodies, a reference answers the first standing after it, or the last. */
function answerNearest(chapter: Chapter, bodies: ReadonlyMap<string, FootnoteDefinition[]>): void {
  for (const reference of referencesIn(chapter)) {
    const same = bodies.get(reference.identifier)
    const at = reference.position?.start.offset
    if (!same || same.length < 2 || at === undefined) continue
    const after = same.find((note) => (note.position?.start.offset ?? 0) > at)
    reference.identifier = (after ?? (same.at(-1) as FootnoteDefinition)).identifier
  }
}

/** The references of a chapter's text, its titles' included. */
export function referencesIn(chapter: Chapter): FootnoteReference[] {
  const found: FootnoteReference[] = []
  const take = (reference: FootnoteReference) => {
    found.push(reference)
  }
  for (const node of chapter.titleContent ?? []) visit(node, 'footnoteReference', take)
  for (const section of chapter.children) {
    for (const node of section.titleContent ?? []) visit(node, 'footnoteReference', take)
    for (const paragraph of paragraphsOf(section))
      for (const claim of paragraph.children) visit(claim, 'footnoteReference', take)
  }
  return found
}

/** A claim is cited by the nearest note that follows it in its paragraph. */
export function citations(chapter: Chapter): void {
  for (const section of chapter.children) {
    for (const paragraph of paragraphsOf(section)) cite(paragraph)
  }
}

/** Sets `citedBy` on the claims of one paragraph: the nearest note that follows each. */
export function cite(paragraph: Paragraph): void {
  let next: string | undefined
  for (let i = paragraph.children.length - 1; i >= 0; i--) {
    const claim = paragraph.children[i]
    if (!claim) continue
    const own = firstReference(claim.children)
    if (own) next = own
    if (next) claim.citedBy = next
    else if ('citedBy' in claim) delete claim.citedBy
  }
}

// A hand loop: it runs once a claim, and `visit` here and in `identify` slowed parsing 1.4×.
function firstReference(children: readonly Inline[]): string | undefined {
  for (const child of children) {
    if (child.type === 'footnoteReference') return child.identifier
    // Most children are text: its type says so sooner than looking for a property it lacks.
    if (child.type !== 'text' && 'children' in child) {
      const found = firstReference(child.children)
      if (found) return found
    }
  }
  return undefined
}

/** The tree's metadata: the settings first, then what the text itself says. */
export function meta(
  settings: Settings,
  title: string | undefined,
  sources: SourceFile[]
): Root['meta'] {
  const first = sources[0]
  const value: Root['meta'] = {
    title: settings.title ?? title ?? (first ? baseName(first.path) : 'Untitled'),
    language: settings.language ?? 'en',
    sources
  }
  if (settings.author) value.author = settings.author
  if (settings.work) value.work = settings.work
  return value
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path
  return name.replace(/\.[^.]+$/, '')
}
