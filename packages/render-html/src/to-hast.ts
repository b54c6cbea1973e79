// The edition AST to a hast tree of the whole document, through the edition's unified plugin.
import type { Root } from '@colophon/schema'
import type { Root as HastRoot } from 'hast'
import { unified } from 'unified'
import { checkTree } from './check-tree.js'
import type { RenderOptions } from './options.js'
import { colophonRehype } from './plugin.js'

/** The hast tree of the HTML document for `tree`: a doctype and `<html>`. */
export function toHast(tree: Root, options?: RenderOptions): HastRoot {
  // Frozen first: the options are checked before the tree, which is checked before unified's
  // own check of a node would word the mistake otherwise.
  const processor = unified().use(colophonRehype, options).freeze()
  checkTree(tree)
  return processor.runSync(tree)
}
