// root: the whole document, `<html lang>` with its head and body: the title block, the
// contents when there are several chapters, one `<article>` per chapter in `<main>`, and
// the sources in the footer.
import type { Root } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { contextOf } from '../context.js'
import { head } from '../document/head.js'
import { colophon, contents, titleBlock } from '../document/header.js'
import { lines, one } from '../hast.js'
import type { Handler } from '../types.js'

const language = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

export const root: Handler<Root> = (state, node) => {
  const context = contextOf(state)
  const { meta } = node
  if (!language.test(meta.language)) {
    throw new TypeError(
      `Unexpected language ${JSON.stringify(meta.language)}, expected a BCP 47 tag such as \`en\``
    )
  }
  const body: ElementContent[] = [titleBlock(context, meta)]
  if (node.children.length > 1) body.push(contents(node.children))
  const chapters = node.children.flatMap((chapter) => one(state, chapter, node))
  body.push(h('main', lines(chapters)), colophon(meta))
  return h(
    'html',
    { lang: meta.language },
    lines([head(meta, context.css), h('body', lines(body))])
  )
}
