// The edition AST to the hast tree of its HTML document, as a unified plugin: `remark-rehype`
// with the edition's handlers (one per node type; every other type, mdast's own among them,
// throws). Any rehype plugin can follow it, then `rehype-stringify`.
import type { Root } from '@colophon/schema'
import type { Nodes as HastNodes, Root as HastRoot } from 'hast'
import { defaultHandlers, type Handler, type Handlers } from 'mdast-util-to-hast'
import remarkRehype from 'remark-rehype'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { checkTree } from './check-tree.js'
import { bindContext, createContext, releaseContext } from './context.js'
import { needsOfTree } from './fonts.js'
import { handlers } from './handlers/index.js'
import { text } from './hast.js'
import { type RenderOptions, settingsOf } from './options.js'
import { stylesheet } from './style.js'

const unknownNode: Handler = (_, node: { type?: unknown }) => {
  throw new TypeError(
    `Unexpected node type ${JSON.stringify(node?.type) ?? String(node?.type)}, expected a node of the edition AST`
  )
}

// mdast's types the library would otherwise render by default (`image` as `<img>`, `html`
// kept raw) are refused, save those the edition has and handles itself.
const refused: Handlers = Object.fromEntries(
  Object.keys(defaultHandlers).map((type) => [type, unknownNode])
)

const registry: Handlers = { ...refused, ...handlers }

/**
 * Turns the edition AST into the hast tree of its HTML document: a doctype and `<html>`.
 *
 *   unified().use(colophonRehype, { profile: 'print' }).use(rehypeMinifyWhitespace)
 *     .use(rehypeStringify, { upperDoctype: true })
 */
export const colophonRehype: Plugin<[(RenderOptions | undefined)?], Root, HastRoot> = (options) =>
  transformer(options, undefined)

/**
 * `colophonRehype`, with `styleText` (when given) in the `<style>` element instead of the
 * stylesheet; the policy still names the stylesheet's hash.
 */
export const colophonRehypeStyled: Plugin<
  [RenderOptions | undefined, string | undefined],
  Root,
  HastRoot
> = (options, styleText) => transformer(options, styleText)

/** Checks the options at once, then renders each tree it is given with them. */
function transformer(
  options: RenderOptions | undefined,
  styleText: string | undefined
): (tree: Root, file: VFile) => HastRoot {
  const settings = settingsOf(options)
  const bridge = remarkRehype({ handlers: registry, unknownHandler: unknownNode })
  return (tree, file) => {
    checkTree(tree)
    const css = stylesheet(settings.profile, needsOfTree(tree))
    bindContext(file, createContext(tree, { text: styleText ?? css, hashOf: css }, settings))
    try {
      return documentOf(bridge(tree, file))
    } finally {
      releaseContext(file)
    }
  }
}

/**
 * The document around the `<html>` the root handler makes. (`remark-rehype` types its result
 * a root, as an mdast root would give; `mdast-util-to-hast`, any hast node.)
 */
function documentOf(html: HastNodes): HastRoot {
  if (html.type !== 'element' || html.tagName !== 'html') {
    throw new Error('Expected `<html>` from the handler of the edition root')
  }
  return { type: 'root', children: [{ type: 'doctype' }, text('\n'), html, text('\n')] }
}
