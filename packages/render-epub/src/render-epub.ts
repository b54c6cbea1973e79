// The edition AST to an EPUB 3.3 book: the HTML edition's hast (same ids, same words) cut into
// a title page, one XHTML document per chapter with its notes at its end, and a colophon; the
// notes marked so that a reading system can pop them up; the print edition's pages marked when
// it is given; the fonts as files; the navigation, the package document and the zip.
import { toHast, wordsFor } from '@colophon/render-html'
import type { Root } from '@colophon/schema'
import { type Book, type Part, partsOf, splitBook } from './chapters.js'
import { fontsOf, type Resource } from './fonts.js'
import { uniqueRegions } from './headings.js'
import { extractImages } from './images.js'
import { idsByFile, linkAcross } from './links.js'
import { navDocument, navFile } from './nav.js'
import { markNotes } from './notes.js'
import { type EpubOptions, settingsOf } from './options.js'
import { containerDocument, type Item, packageDocument } from './package.js'
import { markPages } from './pages.js'
import { stylesheet } from './style.js'
import { type BookWords, epubWordsFor } from './words.js'
import { xhtml } from './xhtml.js'
import { type Entry, zipBook } from './zip.js'

const folder = 'OEBPS'

/** The EPUB of `tree`: the same tree and options give the same bytes. */
export function renderEpub(tree: Root, options?: EpubOptions): Uint8Array {
  const settings = settingsOf(options)
  // The HTML edition checks the tree (its ids, its language) and throws on what it cannot render.
  const hast = toHast(tree, { notes: settings.notes === 'book' ? 'book' : 'end' })
  const words: BookWords = { ...wordsFor(tree.meta.language), ...epubWordsFor(tree.meta.language) }
  const book = splitBook(hast, tree, words)
  const parts: Part[] = partsOf(book)
  for (const part of parts) markNotes(part.children)
  const marks = settings.pages ? markPages(parts, settings.pages.concordance) : []
  const images = extractImages(parts)
  linkAcross(parts, idsByFile(parts), options?.onLinkOutside)
  for (const part of parts) uniqueRegions(part.children)
  const fonts = fontsOf(tree)
  const entries: Entry[] = parts.map((part) => ({
    path: `${folder}/${part.file}`,
    data: xhtml({
      title: part.title,
      language: tree.meta.language,
      body: part.body,
      children: part.children
    })
  }))
  entries.splice(1, 0, {
    path: `${folder}/${navFile}`,
    data: navDocument(book, marks, words, tree.meta.language)
  })
  entries.push({ path: `${folder}/style.css`, data: stylesheet(fonts.rules) })
  const resources = [...fonts.files, ...images]
  for (const resource of resources) {
    entries.push({ path: `${folder}/${resource.href}`, data: resource.data })
  }
  const opf = packageDocument({
    tree,
    words,
    date: settings.date,
    ...manifestOf(book, resources),
    images: images.length > 0,
    pageSource: marks.length > 0 ? settings.pages?.source : undefined
  })
  return zipBook(
    [
      { path: 'META-INF/container.xml', data: containerDocument(`${folder}/package.opf`) },
      { path: `${folder}/package.opf`, data: opf },
      ...entries
    ],
    settings.date
  )
}

/** The manifest's items and the spine: title page, contents, chapters, the book's notes, colophon. */
function manifestOf(
  book: Book,
  resources: readonly Resource[]
): { items: Item[]; spine: string[] } {
  const xhtmlType = 'application/xhtml+xml'
  const documents = partsOf(book).map((part) => ({
    id: part.file.replace(/\.xhtml$/, ''),
    href: part.file,
    mediaType: xhtmlType
  }))
  const nav: Item = { id: 'nav', href: navFile, mediaType: xhtmlType, properties: 'nav' }
  const items: Item[] = [
    ...documents.slice(0, 1),
    nav,
    ...documents.slice(1),
    { id: 'style', href: 'style.css', mediaType: 'text/css' },
    ...resources.map((resource, index) => ({
      id: `${resource.href.startsWith('fonts/') ? 'font' : 'image'}${index + 1}`,
      href: resource.href,
      mediaType: resource.mediaType
    }))
  ]
  return {
    items,
    spine: items.filter((item) => item.mediaType === xhtmlType).map((item) => item.id)
  }
}
