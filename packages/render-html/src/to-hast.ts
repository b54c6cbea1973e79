// The edition AST to a hast tree of the whole document, through `mdast-util-to-hast` with the
// registry of handlers. Every node type the registry lacks throws, including mdast types the
// library would otherwise render by default (`image` as `<img>`, `html` kept raw).
import type { Root } from '@colophon/schema'
import type { Element, Root as HastRoot } from 'hast'
import {
  defaultHandlers,
  type Handler as MdastHandler,
  type Handlers as MdastHandlers,
  toHast as mdastToHast,
  type Options
} from 'mdast-util-to-hast'
import { bindContext, createContext } from './context.js'
import { needsOfTree } from './fonts.js'
import { handlers } from './handlers/index.js'
import { text } from './hast.js'
import { type RenderOptions, settingsOf } from './options.js'
import { stylesheet } from './style.js'

const unknownNode: MdastHandler = (_, node: { type?: unknown }) => {
  throw new TypeError(
    `Unexpected node type ${JSON.stringify(node?.type) ?? String(node?.type)}, expected a node of the edition AST`
  )
}

const language = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

const refused = Object.fromEntries(Object.keys(defaultHandlers).map((type) => [type, unknownNode]))

/** The hast tree of the HTML document for `tree`: a doctype and `<html>`. */
export function toHast(tree: Root, options?: RenderOptions): HastRoot {
  return build(tree, options, undefined)
}

/**
 * `toHast`, with `styleText` (when given) in the `<style>` element instead of the stylesheet;
 * the policy still names the stylesheet's hash.
 */
export function build(
  tree: Root,
  options: RenderOptions | undefined,
  styleText: string | undefined
): HastRoot {
  const chosen = settingsOf(options)
  if (
    tree?.type !== 'root' ||
    !Array.isArray(tree.children) ||
    typeof tree.meta !== 'object' ||
    tree.meta === null
  ) {
    throw new TypeError('Expected an edition tree, a `root` with `meta` and chapters')
  }
  // Checked before anything is rendered: it chooses the words, and it goes into `lang`.
  if (typeof tree.meta.language !== 'string' || !language.test(tree.meta.language)) {
    throw new TypeError(
      `Unexpected language ${JSON.stringify(tree.meta.language)}, expected a BCP 47 tag such as \`en\``
    )
  }
  const css = stylesheet(chosen.profile, needsOfTree(tree))
  const context = createContext(tree, { text: styleText ?? css, hashOf: css }, chosen)
  const settings: Options = {
    // Our handlers take edition nodes and parents where the library's type says mdast: the
    // one place the two meet.
    handlers: { ...refused, ...handlers } as unknown as MdastHandlers,
    unknownHandler: unknownNode
  }
  bindContext(settings, context)
  const html = mdastToHast(tree as unknown as Parameters<typeof mdastToHast>[0], settings)
  return { type: 'root', children: [{ type: 'doctype' }, text('\n'), html as Element, text('\n')] }
}
