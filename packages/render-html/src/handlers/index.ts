// The registry: one handler per node type of the edition AST. Its type requires every node
// type and allows no other, so a node type added to the schema does not compile until it
// has a handler here.
import type { Handlers } from '../types.js'
import { anchor } from './anchor.js'
import { hardBreak } from './break.js'
import { chapter } from './chapter.js'
import { claim } from './claim.js'
import { code } from './code.js'
import { emphasis } from './emphasis.js'
import { figure } from './figure.js'
import { footnoteDefinition } from './footnote-definition.js'
import { footnoteReference } from './footnote-reference.js'
import { image } from './image.js'
import { inlineCode } from './inline-code.js'
import { introList } from './intro-list.js'
import { introListItem } from './intro-list-item.js'
import { introParagraph } from './intro-paragraph.js'
import { introQuote } from './intro-quote.js'
import { introduction } from './introduction.js'
import { link } from './link.js'
import { list } from './list.js'
import { listItem } from './list-item.js'
import { paragraph } from './paragraph.js'
import { quote } from './quote.js'
import { root } from './root.js'
import { section } from './section.js'
import { strong } from './strong.js'
import { table } from './table.js'
import { tableCell } from './table-cell.js'
import { tableRow } from './table-row.js'
import { text } from './text.js'

export const handlers: Handlers = {
  root,
  chapter,
  section,
  paragraph,
  code,
  quote,
  list,
  listItem,
  table,
  tableRow,
  tableCell,
  figure,
  image,
  inlineCode,
  anchor,
  claim,
  text,
  emphasis,
  strong,
  link,
  break: hardBreak,
  footnoteReference,
  footnoteDefinition,
  introduction,
  introParagraph,
  introList,
  introListItem,
  introQuote
}
