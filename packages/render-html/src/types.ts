// The node types of the edition AST, made known to mdast, and the shape of the handler
// registry: one handler per node type, so a node type added to the schema without a handler
// does not compile.
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
import type { Parents } from 'mdast'
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

/** The nodes below the root (named out here: inside `declare module 'mdast'`, `Node` is mdast's). */
type EditionContent = Exclude<Node, Root>

// The edition AST extends mdast: its nodes join mdast's content map, as a remark extension's
// node types do, so that `mdast-util-to-hast` and `remark-rehype` take its trees and nodes as
// they are (mdast's `Nodes` and `Parents` include them; the edition's root, whose children
// are chapters, is then an mdast `Root`). Several share a name with an mdast type and differ
// in shape (an edition `paragraph` holds claims): they are registered beside mdast's, under
// one key, so a node type added to `Node` is known to mdast with it.
declare module 'mdast' {
  interface RootContentMap {
    colophon: EditionContent
  }
}

/**
 * Turns one node into hast. `parent` is the node it sits in (`undefined` for the root): any
 * mdast parent, as `mdast-util-to-hast` may pass, the edition's among them.
 */
export type Handler<N extends Node> = (
  state: State,
  node: N,
  parent: Parents | undefined
) => ElementContent | ElementContent[] | undefined

/** One handler for each node type, and nothing else. */
export type Handlers = { [K in Node['type']]: Handler<Extract<Node, { type: K }>> }
