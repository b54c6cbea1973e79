// listItem: `<li>` of its paragraphs; a task item shows whether it is done, `[x]` or `[ ]`, in
// characters every typeface has.
import type { ListItem } from '@colophon/schema'
import { element, lines, one, text } from '../hast.js'
import type { Handler } from '../types.js'

export const listItem: Handler<ListItem> = (state, node) => {
  const paragraphs = node.children.flatMap((paragraph) => one(state, paragraph, node))
  const task =
    node.checked === undefined
      ? []
      : [element('span', { className: ['task'] }, [text(node.checked ? '[x] ' : '[ ] ')])]
  const first = paragraphs.find((child) => child.type === 'element')
  if (first?.type === 'element' && task.length > 0) first.children.splice(2, 0, ...task)
  return element(
    'li',
    node.checked === undefined ? {} : { className: ['task-item'] },
    lines(paragraphs)
  )
}
