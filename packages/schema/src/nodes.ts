// Small guards over the edition AST's unions, so that each consumer asks the same question.
import type { Block, Code, Paragraph, Quote, Section, Table } from './generated/edition.js'

/** Whether a block of a section is a paragraph of prose (not code, not a table). */
export function isParagraph(block: Block): block is Paragraph {
  return block.type === 'paragraph'
}

/** Whether a block of a section is a block of code. */
export function isCode(block: Block): block is Code {
  return block.type === 'code'
}

/** The paragraphs of a section, in order, those of its quotations among them, without its code and tables. */
export function paragraphsOf(section: Section): Paragraph[] {
  return section.children.flatMap((block) =>
    block.type === 'paragraph' ? [block] : block.type === 'quote' ? block.children : []
  )
}

/** Whether a block of a section is a block quotation. */
export function isQuote(block: Block): block is Quote {
  return block.type === 'quote'
}

/** Whether a block of a section is a table. */
export function isTable(block: Block): block is Table {
  return block.type === 'table'
}
