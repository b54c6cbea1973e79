// How long a note is, in characters of its text: what decides whether a paginator can set it
// at the foot of a page (see `longNotes`). Markers count by their labels.
import type { FootnoteDefinition, Inline } from '@colophon/schema'

/** The characters of a note's text, its paragraphs' claims one after another. */
export function noteLength(note: FootnoteDefinition): number {
  let length = 0
  for (const paragraph of note.children) {
    for (const claim of paragraph.children) length += inlineLength(claim.children)
  }
  return length
}

function inlineLength(children: readonly Inline[]): number {
  let length = 0
  for (const child of children) {
    if (child.type === 'text' || child.type === 'inlineCode') length += child.value.length
    else if (child.type === 'footnoteReference') length += child.label.length
    else if (child.type === 'image') length += child.alt.length
    else if ('children' in child) length += inlineLength(child.children)
  }
  return length
}
