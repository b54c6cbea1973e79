// root: the whole document, `<html lang>` with its head and body: the title block, the
// contents when there are several chapters, one `<article>` per chapter in `<main>`, and
// the sources in the footer. With the notes placed at the end of the book, they follow the
// last chapter in `<main>`; a reader's list of sources closes it.
import type { Root } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { absentNoticeWanted, contextOf, printsNotes } from '../context.js'
import { head } from '../document/head.js'
import { colophon, contents, titleBlock } from '../document/header.js'
import { bookNotes } from '../document/notes.js'
import { sourcesSection } from '../document/sources.js'
import { lines, one } from '../hast.js'
import type { Handler } from '../types.js'

export const root: Handler<Root> = (state, node) => {
  const context = contextOf(state)
  const { meta } = node
  const { words } = context
  // An edition of one untitled chapter opens with its own title: the notice that the source
  // lacks its notes goes with it, as it goes with a chapter's title.
  const only = node.children.length === 1 && node.children[0]?.title === undefined
  const notice = only && absentNoticeWanted(context)
  const body: ElementContent[] = [titleBlock(context, meta, notice)]
  if (node.children.length > 1) body.push(contents(node.children, words))
  const chapters = node.children.flatMap((chapter) => one(state, chapter, node))
  // In print, an edition without note bodies has its one footnote instead of a list.
  if (context.settings.notes === 'book' && !(context.allMissing && printsNotes(context))) {
    const notes = bookNotes(state, node.children)
    if (notes) chapters.push(notes)
  }
  // A reader closes with its sources: what each excerpt was taken from.
  const sources = sourcesSection(node, words)
  if (sources) chapters.push(sources)
  body.push(h('main', lines(chapters)), colophon(meta, words, sources === undefined))
  return h(
    'html',
    { lang: meta.language },
    lines([head(meta, context.css, words, context.images), h('body', lines(body))])
  )
}
