// How long a note is, in characters of its text: what decides whether a paginator can set it
// at the foot of a page (see `longNotes`). Markers count by their labels.
import type { FootnoteDefinition, Inline } from '@colophon/schema'

const lengths = new WeakMap<FootnoteDefinition, number>()

/** The characters of a note's text, its paragraphs' claims one after another; once a note. */
export function noteLength(note: FootnoteDefinition): number {
  let length = lengths.get(note)
  if (length === undefined) {
    length = 0
    for (const paragraph of note.children) {
      for (const claim of paragraph.children) length += inlineLength(claim.children)
    }
    lengths.set(note, length)
  }
  return length
}

/** Whether `note` has a body longer than `limit` characters (see `longNotes`). */
export function isLongNote(note: FootnoteDefinition, limit: number): boolean {
  return note.status === 'present' && noteLength(note) > limit
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
