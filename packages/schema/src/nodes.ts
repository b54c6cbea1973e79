// Small guards over the edition AST's unions, so that each consumer asks the same question.
import type { Block, Code, Paragraph, Section } from './generated/edition.js'

/** Whether a block of a section is a paragraph of prose (not code). */
export function isParagraph(block: Block): block is Paragraph {
  return block.type === 'paragraph'
}

/** Whether a block of a section is a block of code. */
export function isCode(block: Block): block is Code {
  return block.type === 'code'
}

/** The paragraphs of a section, in order, without its blocks of code. */
export function paragraphsOf(section: Section): Paragraph[] {
  return section.children.filter(isParagraph)
}
