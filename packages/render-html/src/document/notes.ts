// The notes of a chapter: `<section role="doc-endnotes">` with an `<ol>` of notes. When the
// edition lacks every note body, one short paragraph says so and the list is compact.
import type { Chapter, FootnoteDefinition } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { State } from 'mdast-util-to-hast'
import { contextOf, useId } from '../context.js'
import { lines, one } from '../hast.js'
import { headingLevel } from '../levels.js'

export function notesSection(
  state: State,
  chapter: Chapter,
  notes: readonly FootnoteDefinition[]
): Element {
  const context = contextOf(state)
  const id = useId(context, `${chapter.id}-notes`)
  const titleId = useId(context, `${id}-title`)
  const items = notes.flatMap((note) => one(state, note, chapter))
  const children: ElementContent[] = [
    h(
      `h${headingLevel(chapter) + 1}`,
      { id: titleId },
      context.settings.notes === 'foot' ? 'Notes without a reference in the text' : 'Notes'
    )
  ]
  if (context.allMissing) {
    children.push(
      h(
        'p',
        { className: ['notes-absent'] },
        'The source of this edition does not include the text of its notes. Each number below links back to the place in the text that refers to it.'
      )
    )
  }
  children.push(h('ol', { className: context.allMissing ? ['compact'] : undefined }, lines(items)))
  return h(
    'section',
    { id, className: ['notes'], role: 'doc-endnotes', ariaLabelledBy: titleId },
    lines(children)
  )
}
