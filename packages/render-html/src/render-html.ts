// The edition AST to one self-contained HTML document: the edition's unified plugin, then
// `rehype-stringify`.
import type { Root } from '@colophon/schema'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { checkTree } from './check-tree.js'
import { needsOfTree } from './fonts.js'
import type { RenderOptions } from './options.js'
import { profileOf } from './options.js'
import { colophonRehypeStyled } from './plugin.js'
import { stylesheet } from './style.js'

// The stylesheet (about 160 kB of it embedded fonts) is serialised as a placeholder and
// spliced in afterwards: carried through the serialiser, it is copied at every level of the
// tree it is joined into, which made rendering the seed chapter about twice as slow. The
// placeholder holds `&`, which the serialiser escapes everywhere except in `<style>`, so the
// manuscript cannot produce it, and there is exactly one `<style>`.
const placeholder = '/*&colophon-stylesheet&*/'

/** One HTML document, styles and fonts inside: the same tree gives the same string. */
export function renderHtml(tree: Root, options?: RenderOptions): string {
  // Frozen first: the options are checked before the tree (see `toHast`).
  const processor = unified()
    .use(colophonRehypeStyled, options, placeholder)
    .use(rehypeStringify, { upperDoctype: true })
    .freeze()
  checkTree(tree)
  const html = processor.stringify(processor.runSync(tree))
  const at = html.indexOf(placeholder)
  if (at === -1 || html.indexOf(placeholder, at + 1) !== -1) {
    throw new Error('Expected exactly one stylesheet placeholder in the serialised document')
  }
  const css = stylesheet(profileOf(options), needsOfTree(tree))
  return html.slice(0, at) + css + html.slice(at + placeholder.length)
}
