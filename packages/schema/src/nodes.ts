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
 * The paragraphs a block holds, in reading order: itself, a quotation's, a list's items' (those
 * of the lists and quotations inside an item among them, to any depth).
 */
export function paragraphsIn(block: Block): Paragraph[] {
  if (block.type === 'paragraph') return [block]
  if (block.type === 'quote') return block.children
  if (block.type === 'list') {
    return block.children.flatMap((item) => item.children.flatMap(paragraphsIn))
  }
  return []
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
