// link: `<a href>` for web, mail and relative addresses, and for `#name` the manuscript's own
// anchor or the chapter or section whose title's slug it is; any other scheme (`javascript:`, `data:`) keeps its text and loses the link.
import type { Link } from '@colophon/schema'
import { h } from 'hastscript'
import { anchorId, contextOf } from '../context.js'
import { all, patch } from '../hast.js'
import type { Handler } from '../types.js'
import { safeUrl } from '../url.js'

export const link: Handler<Link> = (state, node) => {
  const children = all(state, node)
  const context = contextOf(state)
  // `#name`, a place the manuscript names: its anchor's id on the page.
  const name = node.url.startsWith('#') ? decodeFragment(node.url.slice(1)) : undefined
  const target =
    name === undefined
      ? undefined
      : context.anchors.has(name)
        ? anchorId(name)
        : context.slugs.get(name.toLowerCase())
  const href = target !== undefined ? `#${target}` : safeUrl(node.url)
  if (href === undefined) return patch(state, node, h('span', { className: ['link'] }, children))
  return patch(
    state,
    node,
    h(
      'a',
      { href, title: node.title, rel: /^https?:/i.test(href) ? 'noreferrer' : undefined },
      children
    )
  )
}

/** A fragment as written, percent-escapes read (`%20`), or as it is when they are broken. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}
