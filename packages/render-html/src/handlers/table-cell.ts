// tableCell: `<td>` of its inline nodes, note references among them.
import type { TableCell } from '@colophon/schema'
import { element, one } from '../hast.js'
import type { Handler } from '../types.js'

export const tableCell: Handler<TableCell> = (state, node) =>
  element(
    'td',
    {},
    node.children.flatMap((child) => one(state, child, node))
  )
