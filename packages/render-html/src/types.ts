// The node types of the edition AST and the shape of the handler registry: one handler per
// node type, so a node type added to the schema without a handler does not compile.
import type {
  Chapter,
  Claim,
  Code,
  Figure,
  FootnoteDefinition,
  Inline,
  IntroBlock,
  Introduction,
  IntroListItem,
  List,
  ListItem,
  Paragraph,
  Quote,
  Root,
  Section,
  Table,
  TableCell,
  TableRow
} from '@colophon/schema'
import type { ElementContent } from 'hast'
import type { State } from 'mdast-util-to-hast'

/** Every node of the edition AST. (An introduction's inline nodes are `Inline`'s types.) */
export type Node =
  | Root
  | Chapter
  | Section
  | Paragraph
  | Code
  | Quote
  | List
  | ListItem
  | Table
  | TableRow
  | TableCell
  | Figure
  | Claim
  | Inline
  | FootnoteDefinition
  | Introduction
  | IntroBlock
  | IntroListItem

/** Nodes with children. */
export type Parent = Extract<Node, { children: unknown }>

/** Turns one node into hast. `parent` is the node it sits in (`undefined` for the root). */
export type Handler<N extends Node> = (
  state: State,
  node: N,
  parent: Parent | undefined
) => ElementContent | ElementContent[] | undefined

/** One handler for each node type, and nothing else. */
export type Handlers = { [K in Node['type']]: Handler<Extract<Node, { type: K }>> }
