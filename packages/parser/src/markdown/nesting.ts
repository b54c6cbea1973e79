// Where a block of a Markdown list or block quotation goes in the edition AST. The Markdown
// front end reads the blocks of the text in order, each with the path of lists and quotations
// it stands in, outermost first:
//
//   1. First item.            path [list 1, item 1]
//      - Nested item.         path [list 1, item 1, list 2, item 2]
//        > Quoted.            path [list 1, item 1, list 2, item 2, quote]
//
// and puts it at the end of the section, in the lists, items and quotations open there (or new
// ones). Every block may stand in any of them: a table in a list item, a list in a quotation.
import { type Block, type ListItem, paragraphsIn, type Quote } from '@colophon/schema'
import type * as Md from 'mdast'
import { nodePlace, type Positioner } from '../shared/positions.js'

/** A block quotation or list a block stands in (and the list's item). */
export type Container =
  | { kind: 'quote'; node: Md.Blockquote }
  | { kind: 'list'; node: Md.List; item: Md.ListItem | undefined }

/**
 * The path the children of `node` stand in, given the path of `node` itself: a list or block
 * quotation adds itself, an item names itself in its list.
 */
export function pathOf(node: Md.Nodes, path: readonly Container[]): readonly Container[] {
  const last = path.at(-1)
  if (last?.kind === 'list' && last.item === undefined && node.type === 'listItem') {
    return [...path.slice(0, -1), { ...last, item: node }]
  }
  if (node.type === 'blockquote') return [...path, { kind: 'quote', node }]
  if (node.type === 'list') return [...path, { kind: 'list', node, item: undefined }]
  return path
}

/**
 * Puts `block` at the end of `section`, in the lists, items and quotations its path names (those
 * open at the end of each level, or new ones); the claims of a block inside a quotation are
 * quotations. A note's body is placed the same way (it is given no figure).
 */
export function placeBlock(
  section: { children: Block[] },
  block: Block,
  path: readonly Container[],
  position: Positioner
): void {
  let siblings: Block[] = section.children
  let quoted = false
  for (const container of path) {
    if (container.kind === 'quote') {
      siblings = quoteOf(siblings, container.node, position).children
      quoted = true
    } else siblings = itemOf(siblings, container, position).children
  }
  if (quoted) {
    for (const paragraph of paragraphsIn(block)) {
      for (const claim of paragraph.children) {
        if (!claim.kinds.includes('quotation')) claim.kinds = ['quotation', ...claim.kinds]
      }
    }
  }
  siblings.push(block)
}

/** The quotation open at the end of `siblings` that `quote` makes, or a new one. */
function quoteOf(siblings: Block[], quote: Md.Blockquote, position: Positioner): Quote {
  const last = siblings.at(-1)
  const place = nodePlace(quote, position)
  if (last?.type === 'quote' && last.position?.start.offset === place.start.offset) return last
  const made: Quote = { type: 'quote', id: '', children: [], position: place }
  siblings.push(made)
  return made
}

/** The item `container` names, in the list open at the end of `siblings`, or new ones. */
function itemOf(
  siblings: Block[],
  container: { node: Md.List; item: Md.ListItem | undefined },
  position: Positioner
): ListItem {
  const at = nodePlace(container.node, position)
  const itemAt = nodePlace(container.item ?? container.node, position)
  const last = siblings.at(-1)
  let list =
    last?.type === 'list' && last.position?.start.offset === at.start.offset ? last : undefined
  if (!list) {
    const { ordered, start, spread } = container.node
    list = { type: 'list', id: '', ordered: ordered === true, children: [], position: at }
    if (ordered && typeof start === 'number' && start !== 1) list.start = start
    if (spread) list.spread = true
    siblings.push(list)
  }
  let item = list.children.at(-1)
  if (item?.position?.start.offset !== itemAt.start.offset) {
    item = { type: 'listItem', children: [], position: itemAt }
    const checked = container.item?.checked
    if (typeof checked === 'boolean') item.checked = checked
    list.children.push(item)
  }
  return item
}
