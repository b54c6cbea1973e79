// Walks over the parts of the edition AST the rules look at: references, claims, note bodies.
import {
  blocksIn,
  type Chapter,
  type Claim,
  type FootnoteDefinition,
  type FootnoteReference,
  type Inline,
  paragraphsOf,
  type Root
} from '@colophon/schema'

/** A note reference and the claim it stands in (none for a reference in a title). */
export interface Reference {
  node: FootnoteReference
  claim: Claim | undefined
  /** The inline node of the claim or title just before the reference, if any. */
  previous: Inline | undefined
}

/** The claims of a chapter's text, in reading order (not those of its note bodies). */
export function* claimsOf(chapter: Chapter): Generator<Claim> {
  for (const section of chapter.children) {
    for (const paragraph of paragraphsOf(section)) yield* paragraph.children
  }
}

/** Each chapter's references, found once however many rules ask. */
const references = new WeakMap<Chapter, Reference[]>()

/** The note references of a chapter, in reading order, those in its titles included. */
export function referencesOf(chapter: Chapter): Reference[] {
  let found = references.get(chapter)
  if (!found) {
    found = findReferences(chapter)
    references.set(chapter, found)
  }
  return found
}

function findReferences(chapter: Chapter): Reference[] {
  const found: Reference[] = []
  const visit = (children: readonly Inline[], claim: Claim | undefined) => {
    let previous: Inline | undefined
    const walk = (nodes: readonly Inline[]) => {
      for (const child of nodes) {
        if (child.type === 'footnoteReference') found.push({ node: child, claim, previous })
        if ('children' in child) walk(child.children)
        else previous = child
      }
    }
    walk(children)
  }
  if (chapter.titleContent) visit(chapter.titleContent, undefined)
  for (const section of chapter.children) {
    if (section.titleContent) visit(section.titleContent, undefined)
    for (const block of section.children.flatMap(blocksIn)) {
      if (block.type === 'figure') {
        // Nor does one in a figure's caption.
        if (block.caption) visit(block.caption, undefined)
      } else if (block.type === 'paragraph') {
        for (const claim of block.children) visit(claim.children, claim)
      } else if (block.type === 'table') {
        // A reference in a table's cell stands in no claim.
        for (const row of block.children)
          for (const cell of row.children) visit(cell.children, undefined)
      }
    }
  }
  return found
}

/** A note's label as the author wrote it (a Markdown footnote is printed by its number). */
export function labelOf(note: { label: string; written?: string }): string {
  return note.written ?? note.label
}

/** Every note reference of the tree. */
export function allReferences(tree: Root): Reference[] {
  return tree.children.flatMap(referencesOf)
}

/** Every note body (or missing note) of the tree. */
export function allDefinitions(tree: Root): FootnoteDefinition[] {
  return tree.children.flatMap((chapter) => chapter.notes)
}

/** What identifies a note in its chapter: its number when written as digits, a symbol with its count, else its label. */
export function noteKey(note: { number: number; label: string }): string {
  if (/^[0-9]+$/.test(note.label)) return String(note.number)
  // A symbol cites a new note on every page; the parser counts them (`*` 1, `*` 2, …).
  return isSymbol(note.label) && note.number > 0 ? `${note.label} ${note.number}` : note.label
}

/** Whether a label is a page note's symbol: `*`, `**`, `†`, `‡`, `§`, or `+ # $ ||` for them. */
function isSymbol(label: string): boolean {
  return /^(?:\*{1,7}|[†‡§+#$]|\|\|)$/.test(label)
}

/** Whether a note is numbered (`7`), as against a symbol or word (`*`, `a`, `intro`). */
export function isNumbered(note: { label: string }): boolean {
  return /^[0-9]+$/.test(note.label)
}

/**
 * Whether the whole apparatus is missing: the text cites notes and no note has a body. Then one
 * message says so (`notes-absent`) instead of one for each reference (`note-defined`).
 */
export function apparatusAbsent(tree: Root): boolean {
  return (
    allReferences(tree).length > 0 &&
    allDefinitions(tree).every((definition) => definition.status !== 'present')
  )
}
