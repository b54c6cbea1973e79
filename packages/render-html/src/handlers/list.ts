// list: `<ol start>` or `<ul>` of its items, `id="l1"`; the items' paragraphs keep their numbers.
import type { List } from '@colophon/schema'
import { contextOf, useId } from '../context.js'
import { element, lines, one, patch } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const list: Handler<List> = (state, node) => {
  const id = useId(contextOf(state), checkId('list', node.id))
  const items = node.children.flatMap((item) => one(state, item, node))
  const start =
    node.ordered && node.start !== undefined && node.start !== 1 ? node.start : undefined
  const properties = { id, className: ['list'], ...(start === undefined ? {} : { start }) }
  return patch(state, node, element(node.ordered ? 'ol' : 'ul', properties, lines(items)))
}
