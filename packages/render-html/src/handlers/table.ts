// table: `<div class="table"><table id="table1">`, its first row the header (`<th scope="col">`,
// but a cell of that row left empty stays a `<td>`: a header with no words heads nothing, and
// a screen reader would announce it), each column aligned as the delimiter row says; the
// wrapper scrolls a wide table on a phone.
import type { Table } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { contextOf, useId } from '../context.js'
import { element, one, patch } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const table: Handler<Table> = (state, node) => {
  const id = useId(contextOf(state), checkId('table', node.id))
  const rows = node.children.map((row) => {
    const made = one(state, row, node).find((child): child is Element => child.type === 'element')
    return made ?? element('tr', {}, [])
  })
  rows.forEach((row, r) => {
    let column = 0
    for (const cell of row.children) {
      if (cell.type !== 'element') continue
      if (r === 0 && !isEmpty(cell)) {
        cell.tagName = 'th'
        cell.properties.scope = 'col'
      }
      const align = node.align?.[column]
      if (align && align !== 'none') cell.properties.className = [`align-${align}`]
      column++
    }
  })
  const [head, ...body] = rows
  const parts: ElementContent[] = head ? [element('thead', {}, [head])] : []
  if (body.length > 0) parts.push(element('tbody', {}, body))
  return patch(
    state,
    node,
    element('div', { className: ['table'] }, [element('table', { id }, parts)])
  )
}

/** Whether a cell holds neither text (other than spaces) nor an element such as an image. */
function isEmpty(cell: Element): boolean {
  return cell.children.every(
    (child) => child.type !== 'element' && (child.type !== 'text' || child.value.trim() === '')
  )
}
