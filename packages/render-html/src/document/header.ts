// The edition's title block (`<header>`), its contents (`<nav>`, with several chapters) and
// its colophon (`<footer>`: the sources it was made from).
import type { Chapter, Meta } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { type Context, useId } from '../context.js'
import { lines, text } from '../hast.js'
import { checkId } from '../ids.js'
import type { Words } from '../words/index.js'
import { absentNotice } from './footnote.js'

/** The title block; with `notice`, the footnote that the source lacks its notes keyed to the title. */
export function titleBlock(context: Context, meta: Meta, notice = false): Element {
  const title: ElementContent[] = [text(meta.title), ...(notice ? absentNotice(context.words) : [])]
  const children: ElementContent[] = [h('h1', { id: useId(context, 'edition-title') }, title)]
  if (meta.subtitle !== undefined) children.push(h('p', { className: ['subtitle'] }, meta.subtitle))
  if (meta.author !== undefined) children.push(h('p', { className: ['author'] }, meta.author))
  if (meta.editor !== undefined) children.push(h('p', { className: ['editor'] }, meta.editor))
  if (meta.work !== undefined) children.push(h('p', { className: ['work'] }, meta.work))
  return h('header', { className: ['edition'] }, lines(children))
}

export function contents(chapters: readonly Chapter[], words: Words): Element {
  const items = chapters.map((chapter, index) => {
    const id = checkId('chapter', chapter.id)
    const title = chapter.title?.replace(/\s*\n\s*/g, ' ') ?? words.chapter(index + 1)
    const link = h('a', { href: `#${id}` }, title)
    if (chapter.part === undefined) return h('li', [link])
    return h('li', [h('span', { className: ['toc-part'] }, chapter.part), text(' '), link])
  })
  return h(
    'nav',
    { className: ['contents'], ariaLabel: words.contents },
    lines([h('h2', words.contents), h('ol', lines(items))])
  )
}

/** The footer: the notice, and the sources unless a closing list has them (`listed: false`). */
export function colophon(meta: Meta, words: Words, listed = true): Element {
  const sources = meta.sources.map((source) =>
    h('li', [
      h('code', source.path),
      text(', SHA-256 '),
      h('code', { className: ['hash'] }, source.sha256)
    ])
  )
  return h(
    'footer',
    { className: ['edition'] },
    lines([
      ...(meta.notice === undefined ? [] : [h('p', { className: ['notice'] }, meta.notice)]),
      ...(listed
        ? [h('p', words.madeFrom(sources.length)), h('ul', lines(sources))]
        : [h('p', words.madeFromListed)])
    ])
  )
}
