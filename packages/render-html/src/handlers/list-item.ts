// listItem: `<li>` of its blocks (its paragraphs, and the lists, code and quotations in it); a
// task item shows whether it is done, `[x]` or `[ ]`, in characters every typeface has.
import type { ListItem } from '@colophon/schema'
import { contextOf } from '../context.js'
import { element, lines, one, text } from '../hast.js'
import type { Handler } from '../types.js'

export const listItem: Handler<ListItem> = (state, node) => {
  const blocks = node.children.flatMap((block) => one(state, block, node))
  if (node.checked === undefined) return element('li', {}, lines(blocks))
  const task = element('span', { className: ['task'] }, [text(node.checked ? '[x] ' : '[ ] ')])
  const first = blocks.find((child) => child.type === 'element')
  // After a first paragraph's number (a note's have none); an item that opens with a list or
  // code opens with it.
  if (node.children[0]?.type === 'paragraph' && first?.type === 'element') {
    first.children.splice(contextOf(state).inNote ? 0 : 2, 0, task)
  } else blocks.unshift(task)
  return element('li', { className: ['task-item'] }, lines(blocks))
}
