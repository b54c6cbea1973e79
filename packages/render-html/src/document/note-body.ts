// A note's body: its blocks (paragraphs, code, tables, lists, quotations) as the text renders
// them, but with no paragraph numbers in the margin, however deep in a list or quotation.
import type { FootnoteDefinition } from '@colophon/schema'
import type { ElementContent } from 'hast'
import type { State } from 'mdast-util-to-hast'
import { contextOf } from '../context.js'
import { one } from '../hast.js'

/** The hast of the blocks of `note`, in order. */
export function noteBody(state: State, note: FootnoteDefinition): ElementContent[] {
  const context = contextOf(state)
  const outer = context.inNote
  context.inNote = true
  try {
    return note.children.flatMap((block) => one(state, block, note))
  } finally {
    context.inNote = outer
  }
}
