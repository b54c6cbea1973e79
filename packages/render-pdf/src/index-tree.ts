// What the renderer needs to know of the tree besides its HTML: where each paragraph, block of
// code, figure, claim and note reference is in the manuscript (for messages), the text each claim
// and each figure's caption must still have after pagination, and the headings that become
// bookmarks.
import { referenceId } from '@colophon/render-html'
import {
  type Block,
  blocksIn,
  type Chapter,
  type Claim,
  type FootnoteReference,
  type Inline,
  type Position,
  paragraphsIn,
  type Root
} from '@colophon/schema'
import { visit } from 'unist-util-visit'
import { printed } from './print-text.js'

export interface Indexed {
  /** Manuscript path and position of each id: `p12`, `p12.3`, `fnref-n7`, `c1`. */
  places: Map<string, { file: string; position: Position | undefined }>
  /** Each claim's text with its note numbers, as the page must show it; a figure's caption's too (`figure1-caption`). */
  claims: Map<string, string>
}

export function indexTree(tree: Root, withNotes: boolean): Indexed {
  const places: Indexed['places'] = new Map()
  const claims: Indexed['claims'] = new Map()
  for (const chapter of tree.children) indexChapter(chapter, withNotes, places, claims)
  return { places, claims }
}

/** The text of every note body, for notes printed apart from their chapters. */
export function indexNotes(tree: Root): Indexed {
  const places: Indexed['places'] = new Map()
  const claims: Indexed['claims'] = new Map()
  for (const chapter of tree.children) {
    if (allNotesMissing(chapter)) continue
    const file = chapter.source.path
    for (const note of chapter.notes) {
      for (const paragraph of note.children.flatMap(paragraphsIn)) {
        for (const claim of paragraph.children) {
          places.set(claim.id, { file, position: claim.position })
          claims.set(claim.id, textOf(claim.children))
        }
      }
    }
  }
  return { places, claims }
}

function indexChapter(
  chapter: Chapter,
  withNotes: boolean,
  places: Indexed['places'],
  claims: Indexed['claims']
): void {
  const file = chapter.source.path
  const seen = new Map<string, number>()
  places.set(chapter.id, { file, position: chapter.position })
  const place = (reference: FootnoteReference) => {
    const k = (seen.get(reference.identifier) ?? 0) + 1
    seen.set(reference.identifier, k)
    places.set(referenceId(reference.identifier, k), { file, position: reference.position })
  }
  const inlines = (children: readonly Inline[]) => {
    for (const node of children) visit(node, 'footnoteReference', place)
  }
  const claim = (node: Claim) => {
    places.set(node.id, { file, position: node.position })
    claims.set(node.id, textOf(node.children))
    inlines(node.children)
  }
  if (chapter.titleContent) inlines(chapter.titleContent)
  for (const section of chapter.children) {
    places.set(section.id, { file, position: section.position })
    if (section.titleContent) inlines(section.titleContent)
    for (const block of section.children)
      indexBlock(block, { file, places, claims, claim, inlines })
  }
  if (!withNotes) return
  for (const note of chapter.notes) {
    for (const block of note.children) indexBlock(block, { file, places, claims, claim, inlines })
  }
}

/** Where a block of a section or a note is, and its paragraphs', claims' and references'. */
function indexBlock(
  block: Block,
  at: {
    file: string
    places: Indexed['places']
    claims: Indexed['claims']
    claim: (node: Claim) => void
    inlines: (children: readonly Inline[]) => void
  }
): void {
  const { file, places, claims, claim, inlines } = at
  // A quotation's or a list's blocks, to any depth, are indexed as the section's are.
  for (const inner of blocksIn(block)) {
    places.set(inner.id, { file, position: inner.position })
    if (inner.type === 'paragraph') for (const node of inner.children) claim(node)
    else if (inner.type === 'table') {
      for (const row of inner.children) for (const cell of row.children) inlines(cell.children)
    } else if (inner.type === 'figure' && inner.caption) {
      places.set(`${inner.id}-caption`, { file, position: inner.captionPosition })
      claims.set(`${inner.id}-caption`, textOf(inner.caption))
      inlines(inner.caption)
    }
  }
}

/**
 * The visible text of inline nodes: their text and code, the labels of note references, and the alt
 * text an image not embedded shows in its place.
 */
export function textOf(children: readonly Inline[]): string {
  let text = ''
  const read = (node: Inline) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'footnoteReference') text += node.label
    else if (node.type === 'image') text += node.src === undefined ? node.alt : ''
  }
  for (const node of children) visit(node, read)
  return text
}

/**
 * Text compared without spaces, line breaks and soft hyphens, which layout may change, and
 * composed, as print sets it (see `print-text.ts`).
 */
export function normalise(text: string): string {
  return printed(text).replace(/[\s\u00ad]+/g, '')
}

/** The chapter has notes and not one of them has a body: its source lacks them. */
export function allNotesMissing(chapter: Chapter): boolean {
  return chapter.notes.length > 0 && chapter.notes.every((note) => note.status === 'missing')
}
