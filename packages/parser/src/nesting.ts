// Where a block of a Markdown list or block quotation goes in the edition AST. The Markdown
// front end reads the blocks of the text in order, each with the path of lists and quotations
// it stands in, outermost first:
//
//   1. First item.            path [list 1, item 1]
//      - Nested item.         path [list 1, item 1, list 2, item 2]
//        > Quoted.            path [list 1, item 1, list 2, item 2, quote]
//
// and puts it at the end of the section, in the lists and items open there (or new ones).
import type { Block, ListItem, Paragraph } from '@colophon/schema'
import type * as Md from 'mdast'
import { nodePlace, type Positioner } from './positions.js'

/** A block quotation or list a block stands in (and the list's item). */
export type Container =
  | { kind: 'quote'; node: Md.Blockquote }
  | { kind: 'list'; node: Md.List; item: Md.ListItem | undefined }

/**
 * The path the children of `node` stand in, given the path of `node` itself: a list or block
 * quotation adds itself, an item names itself in its list. A quotation holds paragraphs only,
 * so what nests inside one gives it its paragraphs: its path ends there.
 */
export function pathOf(node: Md.Nodes, path: readonly Container[]): readonly Container[] {
  const last = path.at(-1)
  if (last?.kind === 'quote') return path
  if (last?.kind === 'list' && last.item === undefined && node.type === 'listItem') {
    return [...path.slice(0, -1), { ...last, item: node }]
  }
  if (node.type === 'blockquote') return [...path, { kind: 'quote', node }]
  if (node.type === 'list') return [...path, { kind: 'list', node, item: undefined }]
  return path
}

/**
 * Puts `block` at the end of `section`, in the lists, items and quotation its path names: a
 * paragraph of a quotation into it, its claims quotations; a paragraph, code or a list item's
 * own list into the item. A table or figure, which no item holds, breaks the lists around it
 * and goes in the section. A note's body is placed the same way (it is given no figure).
 */
export function placeBlock(
  section: { children: Block[] },
  block: Block,
  path: readonly Container[],
  position: Positioner
): void {
  if (block.type === 'table' || block.type === 'figure') {
    section.children.push(block)
    return
  }
  // An item's blocks are blocks of a section too; only those an item holds get past here.
  let siblings: Block[] = section.children
  for (const container of path) {
    if (container.kind === 'quote') {
      if (block.type !== 'paragraph') break
      placeInQuote(siblings, block, container.node, position)
      return
    }
    siblings = itemOf(siblings, container, position).children
  }
  siblings.push(block)
}

/** Puts a paragraph into the quotation open at the end of `siblings`, or a new one. */
function placeInQuote(
  siblings: Block[],
  paragraph: Paragraph,
  quote: Md.Blockquote,
  position: Positioner
): void {
  for (const claim of paragraph.children) {
    if (!claim.kinds.includes('quotation')) claim.kinds = ['quotation', ...claim.kinds]
  }
  const last = siblings.at(-1)
  const place = nodePlace(quote, position)
  if (last?.type === 'quote' && last.position?.start.offset === place.start.offset) {
    last.children.push(paragraph)
  } else siblings.push({ type: 'quote', id: '', children: [paragraph], position: place })
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
    // A list a table or figure broke goes on counting from its items before (and an item it
    // broke keeps its number).
    const before = [
      ...new Set(
        siblings.flatMap((block) =>
          block.type === 'list' && block.position?.start.offset === at.start.offset
            ? block.children.map((item) => item.position?.start.offset)
            : []
        )
      )
    ]
    const index = before.indexOf(itemAt.start.offset)
    const first = (typeof start === 'number' ? start : 1) + (index === -1 ? before.length : index)
    if (ordered && first !== 1) list.start = first
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
