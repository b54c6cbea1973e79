// What the paginator lays out: one part per chapter (paginated apart, in parallel), the back
// matter (the notes, when they are placed at the end of the book, and a reader's closing list
// of its sources), and the front matter (title page, its verso with the notice and, but for a
// reader, the sources, and the contents with page numbers once they are known). Each is the body of the print profile of the HTML edition,
// with soft hyphens, and its stylesheet with the page rules. The page they are laid out in,
// the shell, holds the fonts and the Paged.js polyfill, loaded once for every part it lays
// out; the polyfill is the only script its policy allows.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type NotePlacement, toHast, wordsFor } from '@colophon/render-html'
import type { Chapter, Root } from '@colophon/schema'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { EXIT, visit } from 'unist-util-visit'
import { hyphenateTree } from './hyphenate.js'
import {
  folioCss,
  type Heads,
  type Layout,
  longNoteLimit,
  pageCss,
  quietPropertiesCss
} from './layout.js'
import { breakLongRuns } from './long-words.js'
import { keepNumbersWithWords } from './number-with-word.js'
import { printText } from './print-text.js'

const require = createRequire(import.meta.url)

let polyfill: string | undefined

/**
 * The Paged.js polyfill, from the installed `pagedjs` package: its minified build, the same
 * code in half the bytes, which the browser parses again in every page it opens.
 */
function pagedPolyfill(): string {
  if (polyfill === undefined) {
    const entry = require.resolve('pagedjs')
    polyfill = readFileSync(new URL('../dist/paged.polyfill.min.js', `file://${entry}`), 'utf8')
  }
  return polyfill
}

/**
 * Stops the polyfill from starting on its own (the renderer starts it, with its handlers),
 * and has it mark a word broken across pages with a hyphen the typeface has (its default,
 * U+2011, is not in Source Serif 4).
 */
const config = "window.PagedConfig = { auto: false, settings: { hyphenGlyph: '-' } };"

export interface DocumentOptions {
  layout: Layout
  notes: NotePlacement
  hyphenate: ((text: string) => string) | undefined
}

/** A part to paginate: the body's HTML and everything the page needs to know of it. */
export interface PrintDocument {
  html: string
  css: string
  lang: string
  /** The text block's width, in points. */
  measure: number
}

/** The print document of chapter `index` alone. */
export function chapterDocument(
  tree: Root,
  index: number,
  options: DocumentOptions & { notice: boolean; heads: Heads }
): PrintDocument {
  const chapter = tree.children[index] as Chapter
  const hast = toHast(
    { ...tree, children: [chapter] },
    {
      profile: 'print',
      notes: options.notes,
      notesAbsentNotice: options.notice,
      longNotes: longNoteLimit(options.layout)
    }
  )
  const { head, body } = parts(hast)
  const main = find(body, (node) => node.tagName === 'main')
  if (!main) throw new Error('Expected a `<main>` in the rendered chapter')
  // The chapter alone: what follows the last chapter (notes gathered there, a reader's
  // sources) is a part of its own.
  main.children = main.children.filter(
    (node) => node.type !== 'element' || node.tagName === 'article'
  )
  printText(main)
  if (options.hyphenate) hyphenateTree(main, options.hyphenate)
  breakLongRuns(main)
  keepNumbersWithWords(main)
  // An edition of one untitled chapter opens with the edition's title, as its HTML does.
  const title =
    tree.children.length === 1 && chapter.title === undefined
      ? find(body, (node) => node.tagName === 'header')
      : undefined
  if (title) title.properties.className = ['edition', 'opening']
  else moveNotice(body, main)
  const content = title ? [title, main] : [main]
  return serialise(head, content, pageCss(options.layout, options.heads), {
    lang: tree.meta.language,
    layout: options.layout
  })
}

/**
 * The notice that the source lacks its notes goes with the title that opens the text: rendered
 * alone, an untitled chapter keys it to the edition's title, which a book of several chapters
 * leaves out here (its title page has it); the notice then opens the chapter's first paragraph.
 */
function moveNotice(body: Element, main: Element): void {
  const heading = find(body, (node) => node.tagName === 'header')
  const title = heading && find(heading, (node) => node.tagName === 'h1')
  if (!title) return
  const notice = title.children.filter(
    (child) => child.type === 'element' && String(child.properties.className).includes('notice')
  )
  if (notice.length === 0) return
  const paragraph = find(main, (node) => node.tagName === 'p')
  if (!paragraph) return
  const number = paragraph.children.findIndex(
    (child) => child.type === 'element' && child.tagName === 'a'
  )
  paragraph.children.splice(number + 2, 0, ...notice)
}

/** An entry of the contents: a chapter's title and the folio of its first page. */
export interface ContentsEntry {
  id: string
  title: string
  part?: string | undefined
  folio: string
}

/**
 * The front matter: the title page; its verso, with the sources and their hashes; and, for
 * an edition of several chapters, the contents on the next right-hand page.
 */
export function frontDocument(
  tree: Root,
  options: DocumentOptions & { contents: ContentsEntry[] | undefined }
): PrintDocument {
  // The chapters without their text: the footer leaves a reader's sources to the closing list.
  const hast = toHast({ ...tree, children: tree.children.map(outline) }, { profile: 'print' })
  const { head, body } = parts(hast)
  const title = find(body, (node) => node.tagName === 'header')
  const sources = find(body, (node) => node.tagName === 'footer')
  if (!title || !sources)
    throw new Error('Expected the title block and the sources in the document')
  const children: Element[] = [
    h('section', { className: ['title-page'] }, [title]),
    h('section', { className: ['title-verso'] }, [sources])
  ]
  if (options.contents) {
    const { contents } = wordsFor(tree.meta.language)
    const items = options.contents.map((entry) =>
      h('li', [
        entry.part === undefined ? undefined : h('span', { className: ['toc-part'] }, entry.part),
        h('span', { className: ['toc-title'] }, entry.title),
        h('span', { className: ['toc-folio'] }, entry.folio)
      ])
    )
    children.push(
      h('nav', { className: ['contents', 'print-contents'], ariaLabel: contents }, [
        h('h2', contents),
        h('ol', items)
      ])
    )
  }
  return serialise(head, children, pageCss(options.layout) + frontCss, {
    lang: tree.meta.language,
    layout: options.layout
  })
}

/** What follows the last chapter: every chapter's notes, or a reader's sources. */
export type BackMatter = 'notes' | 'sources'

/**
 * The notes of every chapter under each chapter's title (with the notes placed at the end of
 * the book), or the list of a reader's sources; undefined when the edition has none.
 */
export function backDocument(
  tree: Root,
  kind: BackMatter,
  options: DocumentOptions & { heads: Heads }
): PrintDocument | undefined {
  const chapters = tree.children.map((chapter) =>
    kind === 'notes' ? { ...chapter, children: [] } : outline(chapter)
  )
  const hast = toHast({ ...tree, children: chapters }, { profile: 'print', notes: 'book' })
  const { head, body } = parts(hast)
  const className = kind === 'notes' ? 'book-notes' : 'sources'
  const section = find(
    body,
    (node) =>
      node.tagName === 'section' &&
      Array.isArray(node.properties.className) &&
      node.properties.className.includes(className)
  )
  if (!section) return undefined
  printText(section)
  if (options.hyphenate) hyphenateTree(section, options.hyphenate)
  breakLongRuns(section)
  return serialise(head, [section], pageCss(options.layout, options.heads), {
    lang: tree.meta.language,
    layout: options.layout
  })
}

/** A chapter with its title, where it comes from and its notes, but not its text. */
function outline(chapter: Chapter): Chapter {
  return { ...chapter, children: [], notes: [] }
}

/** The `<head>` and `<body>` of a rendered document. */
function parts(hast: HastRoot): { head: Element; body: Element } {
  const html = hast.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'html'
  )
  const head = html?.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'head'
  )
  const body = html?.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'body'
  )
  if (!html || !head || !body) throw new Error('Expected a document with a head and a body')
  return { head, body }
}

/** The first element inside `node` (not `node` itself) that passes `test`, in document order. */
function find(node: Element, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined
  visit(node, 'element', (element: Element) => {
    if (element === node || !test(element)) return undefined
    found = element
    return EXIT
  })
  return found
}

const frontCss = `
section.title-page { break-after: page; padding-top: 25%; text-align: center; }
section.title-page header.edition { margin: 0; }
section.title-page h1 { font-size: 2.2em; margin: 0 0 1em; }
section.title-verso { break-after: page; display: flex; flex-direction: column; justify-content: flex-end; height: 100%; }
section.title-verso footer.edition { font-size: 0.75em; border: 0; margin: 0; }
section.title-verso footer.edition code { font-family: inherit; overflow-wrap: anywhere; }
nav.print-contents { break-before: right; }
nav.print-contents h2 { font-size: 1.2em; margin: 0 0 1.5em; letter-spacing: 0.06em; text-transform: uppercase; }
nav.print-contents ol { list-style: none; margin: 0; padding: 0; }
nav.print-contents li { display: flex; align-items: baseline; gap: 0.5em; margin: 0 0 0.5em; }
nav.print-contents .toc-part { display: block; flex-basis: 100%; margin-top: 0.8em; }
nav.print-contents li:has(.toc-part) { flex-wrap: wrap; }
nav.print-contents .toc-title { flex: 1; }
nav.print-contents .toc-folio { font-variant-numeric: lining-nums tabular-nums; }
`

/** The scripts of the shell: the configuration, then the polyfill. */
export function pagedScripts(): [string, string] {
  return [config, pagedPolyfill()]
}

/**
 * The page parts are laid out in: the fonts (parsed once, kept out of Paged.js's reach) and
 * the polyfill, with a policy that allows no script but these two, by hash.
 */
const shells = new Map<string, string>()

export function shellDocument(fonts: string): string {
  const cached = shells.get(fonts)
  if (cached !== undefined) return cached
  const scripts = pagedScripts()
  const hashes = scripts.map((script) => `'sha256-${sha256(script)}'`).join(' ')
  // Paged.js writes its styles into the page (inline styles), hence `unsafe-inline` for them.
  const policy = `default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src ${hashes}; base-uri 'none'; form-action 'none'; connect-src 'none'`
  const document: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
          h('style', { dataPagedjsIgnore: '' }, `${fonts}\n${folioCss}\n${quietPropertiesCss}`),
          h('script', scripts[0]),
          h('script', scripts[1])
        ]),
        h('body')
      ])
    ]
  }
  const html = toHtml(document, { upperDoctype: true })
  shells.set(fonts, html)
  return html
}

/**
 * The part as the shell takes it: the content's HTML, the stylesheet without its fonts, and the
 * text block's width (the trim less the inner and outer margins).
 */
function serialise(
  head: Element,
  content: ElementContent[],
  pageRules: string,
  page: { lang: string; layout: Layout }
): PrintDocument {
  const style = head.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'style'
  )
  const text = style?.children[0]?.type === 'text' ? style.children[0].value : ''
  const css = text.replace(/@font-face\{[^}]*\}\n?/g, '')
  return {
    html: toHtml({ type: 'root', children: content }),
    css: css + pageRules,
    lang: page.lang,
    measure: page.layout.size.width - page.layout.margins.inner - page.layout.margins.outer
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64')
}
