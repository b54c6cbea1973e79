// footnoteReference: `<sup><a href="#fn-n7" id="fnref-n7" role="doc-noteref">7</a></sup>`;
// a second reference to the same note gets `fnref-n7-2`. A reference to a note the edition
// does not hold stays a plain superscript.
import type { FootnoteReference } from '@colophon/schema'
import { h } from 'hastscript'
import { contextOf, noteId, referenceId, useId } from '../context.js'
import { element, patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const footnoteReference: Handler<FootnoteReference> = (state, node) => {
  const context = contextOf(state)
  const identifier = checkId('note', node.identifier)
  if (!context.notes.has(identifier)) {
    return patch(state, node, h('sup', { className: ['noteref', 'unresolved'] }, node.label))
  }
  const k = (context.seen.get(identifier) ?? 0) + 1
  context.seen.set(identifier, k)
  const link = element(
    'a',
    {
      href: `#${noteId(identifier)}`,
      id: useId(context, referenceId(identifier, k)),
      role: 'doc-noteref',
      ariaLabel: `Note ${node.label}`
    },
    [text(node.label)]
  )
  return patch(state, node, element('sup', { className: ['noteref'] }, [link]))
}
