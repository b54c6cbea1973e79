// Small guards over the edition AST's unions, so that each consumer asks the same question.
import type {
  Block,
  Code,
  Figure,
  List,
  Paragraph,
  Quote,
  Section,
  Table
} from './generated/edition.js'

/** Whether a block of a section is a paragraph of prose (not code, not a table). */
export function isParagraph(block: Block): block is Paragraph {
  return block.type === 'paragraph'
}

/** Whether a block of a section is a block of code. */
export function isCode(block: Block): block is Code {
  return block.type === 'code'
}

/** The paragraphs of a section, in order, those of its quotations and lists among them, without its code, tables and figures. */
export function paragraphsOf(section: Section): Paragraph[] {
  return section.children.flatMap(paragraphsIn)
}

/**
 * The paragraphs a block holds, in reading order: itself, or those of the lists and quotations
 * inside it, to any depth.
 */
export function paragraphsIn(block: Block): Paragraph[] {
  return blocksIn(block).filter(isParagraph)
}

/**
 * A block and every block inside it, in reading order: a quotation's blocks and a list's items'
 * blocks (paragraphs, lists, quotations, code, tables and figures), to any depth.
 */
export function blocksIn(block: Block): Block[] {
  const found: Block[] = []
  const visit = (node: Block) => {
    found.push(node)
    if (node.type === 'quote') for (const child of node.children) visit(child)
    else if (node.type === 'list') {
      for (const item of node.children) for (const child of item.children) visit(child)
    }
  }
  visit(block)
  return found
}

/** Whether a block of a section is a list. */
export function isList(block: Block): block is List {
  return block.type === 'list'
}

/** Whether a block of a section is a block quotation. */
export function isQuote(block: Block): block is Quote {
  return block.type === 'quote'
}

/** Whether a block of a section is a table. */
export function isTable(block: Block): block is Table {
  return block.type === 'table'
}

/** Whether a block of a section is a figure (an image standing alone, with its caption). */
export function isFigure(block: Block): block is Figure {
  return block.type === 'figure'
}
