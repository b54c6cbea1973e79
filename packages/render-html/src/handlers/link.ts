// link: `<a href>` for web, mail and relative addresses; any other scheme (`javascript:`,
// `data:`) keeps its text and loses the link.
import type { Link } from '@colophon/schema'
import { h } from 'hastscript'
import { all, patch } from '../hast.js'
import type { Handler } from '../types.js'
import { safeUrl } from '../url.js'

export const link: Handler<Link> = (state, node) => {
  const children = all(state, node)
  const href = safeUrl(node.url)
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
