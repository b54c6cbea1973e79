// The edition AST to one self-contained HTML document.
import type { Root } from '@colophon/schema'
import { toHtml } from 'hast-util-to-html'
import { needsOfTree } from './fonts.js'
import type { RenderOptions } from './options.js'
import { profileOf } from './options.js'
import { stylesheet } from './style.js'
import { build } from './to-hast.js'

// The stylesheet (about 160 kB of it embedded fonts) is serialised as a placeholder and
// spliced in afterwards: carried through the serialiser, it is copied at every level of the
// tree it is joined into, which made rendering the seed chapter about twice as slow. The
// placeholder holds `&`, which the serialiser escapes everywhere except in `<style>`, so the
// manuscript cannot produce it, and there is exactly one `<style>`.
const placeholder = '/*&colophon-stylesheet&*/'

/** One HTML document, styles and fonts inside: the same tree gives the same string. */
export function renderHtml(tree: Root, options?: RenderOptions): string {
  const html = toHtml(build(tree, options, placeholder), { upperDoctype: true })
  const at = html.indexOf(placeholder)
  if (at === -1 || html.indexOf(placeholder, at + 1) !== -1) {
    throw new Error('Expected exactly one stylesheet placeholder in the serialised document')
  }
  const css = stylesheet(profileOf(options), needsOfTree(tree))
  return html.slice(0, at) + css + html.slice(at + placeholder.length)
}
