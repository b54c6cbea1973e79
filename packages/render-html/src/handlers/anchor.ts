// anchor: \`<span id="a-name">\`, the place the manuscript's \`#name\` links lead to; a second
// anchor of the same name (or one whose id the page already has) is left out.
import type { Anchor } from '@colophon/schema'
import { h } from 'hastscript'
import { anchorId, contextOf, useId } from '../context.js'
import { patch } from '../hast.js'
import type { Handler } from '../types.js'

export const anchor: Handler<Anchor> = (state, node) => {
  const context = contextOf(state)
  const id = anchorId(node.name)
  if (context.ids.has(id)) return []
  return patch(state, node, h('span', { id: useId(context, id), className: ['anchor'] }))
}
