// How long a note is, in characters of its text: what decides whether a paginator can set it
// at the foot of a page (see `longNotes`). Markers count by their labels.
import {
  type FootnoteDefinition,
  type Inline,
  type NoteBlock,
  paragraphsIn
} from '@colophon/schema'
import { visit } from 'unist-util-visit'

const lengths = new WeakMap<FootnoteDefinition, number>()

/** The characters of a note's text, its blocks' one after another; once a note. */
export function noteLength(note: FootnoteDefinition): number {
  let length = lengths.get(note)
  if (length === undefined) {
    length = 0
    for (const block of note.children) length += blockLength(block)
    lengths.set(note, length)
  }
  return length
}

/** Whether `note` has a body longer than `limit` characters (see `longNotes`). */
export function isLongNote(note: FootnoteDefinition, limit: number): boolean {
  return note.status === 'present' && noteLength(note) > limit
}

/**
 * The characters of a block of a note: its paragraphs' claims, a table's cells, and a block of
 * code's lines, each counted as at least a line's worth (`codeLine`), for each takes a line of
 * the page however short.
 */
function blockLength(block: NoteBlock): number {
  if (block.type === 'code') {
    return block.value.split('\n').reduce((sum, line) => sum + Math.max(line.length, codeLine), 0)
  }
  if (block.type === 'table') {
    let length = 0
    for (const row of block.children) {
      let cells = 0
      for (const cell of row.children) cells += inlineLength(cell.children)
      length += Math.max(cells, codeLine)
    }
    return length
  }
  let length = 0
  for (const paragraph of paragraphsIn(block)) {
    for (const claim of paragraph.children) length += inlineLength(claim.children)
  }
  return length
}

/** The characters a line of code or a table's row counts for at least: about a line of a footnote. */
const codeLine = 60

function inlineLength(children: readonly Inline[]): number {
  let length = 0
  const count = (node: Inline) => {
    if (node.type === 'text' || node.type === 'inlineCode') length += node.value.length
    else if (node.type === 'footnoteReference') length += node.label.length
    else if (node.type === 'image') length += node.alt.length
  }
  for (const node of children) visit(node, count)
  return length
}
