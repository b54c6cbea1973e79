// The HTML edition's document cut into the EPUB's content documents: the title page (the
// cover), one document per chapter (`chapter1.xhtml`, its notes at its end) and the colophon
// (a reader's sources, the notice and the sources' SHA-256). The ids are the HTML edition's.
// Each document holds its content in `<main>` and has an `<h1>`.
import type { Chapter, Root } from '@colophon/schema'
import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast'
import { h } from 'hastscript'
import { raiseHeadings } from './headings.js'
import type { BookWords } from './words.js'
import { isElement, text } from './xhtml.js'

/** A content document: its file, its title, what `<body>` holds and its attributes. */
export interface Part {
  file: string
  title: string
  body: Properties
  children: ElementContent[]
}

export interface Book {
  cover: Part
  chapters: (Part & { chapter: Chapter; index: number })[]
  /** The notes of every chapter, after the last (when the notes go to the end of the book). */
  notes?: Part
  /** The colophon, last in reading order. */
  back: Part
}

/** The book's documents in reading order: title page, chapters, the book's notes, colophon. */
export function partsOf(book: Book): Part[] {
  return [book.cover, ...book.chapters, ...(book.notes ? [book.notes] : []), book.back]
}

/** The parts of the document `hast` (`toHast` of @colophon/render-html) of `tree`. */
export function splitBook(hast: HastRoot, tree: Root, words: BookWords): Book {
  const body = childElements(childElements(hast).find((node) => isElement(node, 'html')))
    .filter((node) => isElement(node, 'body'))
    .flatMap(childElements)
  const header = body.find((node) => isElement(node, 'header', 'edition'))
  const main = childElements(body.find((node) => isElement(node, 'main')))
  const footer = body.find((node) => isElement(node, 'footer', 'edition'))
  if (!header || !footer) throw new Error('Expected the title block and the colophon in the HTML')
  const articles = new Map(
    main
      .filter((node) => isElement(node, 'article', 'chapter'))
      .map((node) => [String(node.properties.id), node])
  )
  const chapters = tree.children.map((chapter, index) => {
    const article = articles.get(chapter.id)
    if (!article) throw new Error(`Expected the article of chapter \`${chapter.id}\` in the HTML`)
    const title = chapterTitle(tree, index, words)
    if (headerOf(article)?.children.some(isHeading)) raiseHeadings([article])
    else {
      raiseHeadings(article.children, 2)
      giveHeading(article, title)
    }
    return {
      file: `chapter${index + 1}.xhtml`,
      title,
      body: { 'epub:type': 'bodymatter' },
      children: [h('main', [text('\n'), article, text('\n')])],
      chapter,
      index
    }
  })
  const sources = main.filter((node) => isElement(node, 'section', 'sources'))
  const notes = main.find((node) => isElement(node, 'section', 'book-notes'))
  return {
    cover: coverOf(header, tree),
    chapters,
    ...(notes ? { notes: notesOf(notes, words) } : {}),
    back: colophonOf(sources, footer, words)
  }
}

/** The notes of every chapter, gathered after the last, as a document of their own. */
function notesOf(section: Element, words: BookWords): Part {
  raiseHeadings([section])
  return {
    file: 'notes.xhtml',
    title: words.notes,
    body: { 'epub:type': 'backmatter' },
    children: [h('main', [text('\n'), section, text('\n')])]
  }
}

/** The title page: the HTML edition's title block. */
function coverOf(header: Element, tree: Root): Part {
  return {
    file: 'cover.xhtml',
    title: tree.meta.title,
    body: { 'epub:type': 'frontmatter' },
    children: [
      h('main', [
        h('section', { className: ['cover'], 'epub:type': 'cover titlepage' }, [
          text('\n'),
          header,
          text('\n')
        ])
      ])
    ]
  }
}

/** The colophon: a reader's sources and the HTML edition's notice, under a heading of its own. */
function colophonOf(sources: readonly Element[], footer: Element, words: BookWords): Part {
  return {
    file: 'colophon.xhtml',
    title: words.colophon,
    body: { 'epub:type': 'backmatter' },
    children: [
      h('main', [
        h(
          'section',
          { className: ['colophon'], 'epub:type': 'colophon', ariaLabelledBy: ['colophon-title'] },
          [
            text('\n'),
            h('h1', { id: 'colophon-title' }, words.colophon),
            text('\n'),
            ...sources.flatMap((node) => [node, text('\n')]),
            footer,
            text('\n')
          ]
        )
      ])
    ]
  }
}

/** The title of chapter `index` in the contents: its own, the book's when it is the only one. */
export function chapterTitle(
  tree: Root,
  index: number,
  words: { chapter(n: number): string }
): string {
  const chapter = tree.children[index]
  const title = chapter?.title?.replace(/\s*\n\s*/g, ' ')
  if (title !== undefined) return title
  return tree.children.length === 1 ? tree.meta.title : words.chapter(index + 1)
}

/**
 * An untitled chapter is labelled by the book's title on the title page in the HTML edition when
 * it is the only one, by its number (`aria-label`) when it is not; in a document of its own it
 * needs a heading of its own: its title in the contents.
 */
function giveHeading(article: Element, title: string): void {
  const id = `${String(article.properties.id)}-title`
  article.properties.ariaLabelledBy = [id]
  delete article.properties.ariaLabel
  const heading = h('h1', { id }, title)
  const header = headerOf(article)
  if (header) header.children.push(heading)
  else article.children.unshift(text('\n'), h('header', [heading]))
}

/** The `<header>` of a chapter's article: its part, its title. */
function headerOf(article: Element): Element | undefined {
  return childElements(article).find((node) => isElement(node, 'header'))
}

function isHeading(node: ElementContent): boolean {
  return node.type === 'element' && /^h[1-6]$/.test(node.tagName)
}

function childElements(node: Element | HastRoot | undefined): Element[] {
  return (node?.children ?? []).filter((child): child is Element => child.type === 'element')
}
