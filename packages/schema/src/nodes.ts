// Small guards over the edition AST's unions, so that each consumer asks the same question.
import type { Block, Code, Paragraph, Section, Table } from './generated/edition.js'

/** Whether a block of a section is a paragraph of prose (not code, not a table). */
export function isParagraph(block: Block): block is Paragraph {
  return block.type === 'paragraph'
}

/** Whether a block of a section is a block of code. */
export function isCode(block: Block): block is Code {
  return block.type === 'code'
}

/** The paragraphs of a section, in order, without its code and tables. */
export function paragraphsOf(section: Section): Paragraph[] {
  return section.children.filter(isParagraph)
}

/** Whether a block of a section is a table. */
export function isTable(block: Block): block is Table {
  return block.type === 'table'
}
