// The navigation document, `nav.xhtml`: the contents (every chapter, its titled sections under
// it, chapters grouped under the part they open), the landmarks (title page, contents, the
// first chapter) and, when the book marks the print edition's pages, the page list.
import type { Chapter } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Book } from './chapters.js'
import type { PageMark } from './pages.js'
import type { BookWords } from './words.js'
import { text, xhtml } from './xhtml.js'

export const navFile = 'nav.xhtml'

/** `nav.xhtml` of `book`, in `language`. */
export function navDocument(
  book: Book,
  marks: readonly PageMark[],
  words: BookWords,
  language: string
): string {
  const navs = [contents(book, words), landmarks(book, words)]
  if (marks.length > 0) navs.push(pageList(marks, words))
  return xhtml({
    title: words.contents,
    language,
    body: { 'epub:type': 'frontmatter' },
    children: [h('main', lines(navs))]
  })
}

function contents(book: Book, words: BookWords): Element {
  // Each entry is a chapter's, or a part's with the chapters it opens.
  const entries: { part?: string; items: Element[] }[] = []
  for (const { chapter, file, title } of book.chapters) {
    const item = h('li', [h('a', { href: file }, title), ...sections(chapter, file)])
    const part = chapter.part?.replace(/\s*\n\s*/g, ' ')
    const last = entries.at(-1)
    if (part !== undefined) entries.push({ part, items: [item] })
    else if (last?.part !== undefined) last.items.push(item)
    else entries.push({ items: [item] })
  }
  const top: ElementContent[] = entries.flatMap((entry) =>
    entry.part === undefined
      ? entry.items
      : [h('li', [h('span', entry.part), h('ol', entry.items)])]
  )
  if (book.notes) top.push(h('li', [h('a', { href: book.notes.file }, words.notes)]))
  top.push(h('li', [h('a', { href: book.back.file }, words.colophon)]))
  return h(
    'nav',
    { 'epub:type': 'toc', id: 'toc', role: 'doc-toc', ariaLabelledBy: 'toc-title' },
    lines([h('h1', { id: 'toc-title' }, words.contents), h('ol', lines(top))])
  )
}

/** The chapter's titled sections, as a list under its entry; nothing when none has a title. */
function sections(chapter: Chapter, file: string): Element[] {
  const titled = chapter.children.filter((section) => section.title !== undefined)
  if (titled.length === 0) return []
  const items = titled.map((section) =>
    h('li', [
      h('a', { href: `${file}#${section.id}` }, (section.title ?? '').replace(/\s*\n\s*/g, ' '))
    ])
  )
  return [h('ol', items)]
}

function landmarks(book: Book, words: BookWords): Element {
  const first = book.chapters[0]
  const items = [
    h('li', [h('a', { 'epub:type': 'cover', href: book.cover.file }, words.cover)]),
    h('li', [h('a', { 'epub:type': 'toc', href: `${navFile}#toc` }, words.contents)]),
    ...(first
      ? [h('li', [h('a', { 'epub:type': 'bodymatter', href: first.file }, words.begin)])]
      : [])
  ]
  return h(
    'nav',
    { 'epub:type': 'landmarks', id: 'landmarks', ariaLabelledBy: 'landmarks-title', hidden: true },
    lines([h('h2', { id: 'landmarks-title' }, words.landmarks), h('ol', lines(items))])
  )
}

function pageList(marks: readonly PageMark[], words: BookWords): Element {
  const items = marks.map((mark) =>
    h('li', [h('a', { href: `${mark.file}#${mark.id}` }, mark.label)])
  )
  return h(
    'nav',
    { 'epub:type': 'page-list', id: 'page-list', ariaLabelledBy: 'page-list-title', hidden: true },
    lines([h('h2', { id: 'page-list-title' }, words.pages), h('ol', lines(items))])
  )
}

/** `nodes` with a line ending between each, to keep the XML readable. */
export function lines(nodes: readonly ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [text('\n')]
  for (const node of nodes) result.push(node, text('\n'))
  return result
}
