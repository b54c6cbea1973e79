// tableRow: `<tr>` of its cells (the table makes the first row's cells headers).
import type { TableRow } from '@colophon/schema'
import { element, one } from '../hast.js'
import type { Handler } from '../types.js'

export const tableRow: Handler<TableRow> = (state, node) =>
  element(
    'tr',
    {},
    node.children.flatMap((cell) => one(state, cell, node))
  )
