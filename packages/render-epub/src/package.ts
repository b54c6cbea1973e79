// The package document, `package.opf`: the book's metadata (title, author, language, a stable
// identifier, the date, and EPUB Accessibility 1.1's: access modes, features, hazards, a summary
// and the conformance claim), the manifest of every file and the spine in reading order.
import { createHash } from 'node:crypto'
import type { Root } from '@colophon/schema'
import type { ElementContent as XastContent, Element as XastElement } from 'xast'
import type { BookWords } from './words.js'
import { xmlDocument } from './xhtml.js'

/** A file of the manifest. */
export interface Item {
  id: string
  href: string
  mediaType: string
  properties?: string
}

export interface PackageInput {
  tree: Root
  words: BookWords
  date: Date
  /** Every file but the package itself and `mimetype`, `META-INF/`. */
  items: readonly Item[]
  /** Ids of the items in reading order. */
  spine: readonly string[]
  /** Whether the book has images (figures, images in the text). */
  images: boolean
  /** What names the print edition whose pages the book marks, when it does. */
  pageSource: string | undefined
}

const opf = 'http://www.idpf.org/2007/opf'
const dc = 'http://purl.org/dc/elements/1.1/'

/** `package.opf` as XML text. */
export function packageDocument(input: PackageInput): string {
  const manifest = input.items.map((item) =>
    x('item', {
      id: item.id,
      href: item.href,
      'media-type': item.mediaType,
      ...(item.properties === undefined ? {} : { properties: item.properties })
    })
  )
  const spine = input.spine.map((idref) => x('itemref', { idref }))
  const root = x(
    'package',
    {
      xmlns: opf,
      version: '3.0',
      'unique-identifier': 'uid',
      'xml:lang': input.tree.meta.language
    },
    lines([
      x('metadata', { 'xmlns:dc': dc }, lines(metadata(input))),
      x('manifest', {}, lines(manifest)),
      x('spine', {}, lines(spine))
    ])
  )
  return xmlDocument(root)
}

/** The Dublin Core, date and accessibility metadata. */
function metadata(input: PackageInput): XastElement[] {
  const { meta } = input.tree
  const elements = [
    x('dc:identifier', { id: 'uid' }, [t(identifier(input.tree))]),
    x('dc:title', {}, [t(meta.title)]),
    ...(meta.author === undefined ? [] : [x('dc:creator', {}, [t(meta.author)])]),
    ...(meta.editor === undefined ? [] : [x('dc:contributor', {}, [t(meta.editor)])]),
    x('dc:language', {}, [t(meta.language)]),
    ...(meta.work === undefined ? [] : [x('dc:description', {}, [t(meta.work)])]),
    ...(meta.notice === undefined ? [] : [x('dc:rights', {}, [t(meta.notice)])]),
    property('dcterms:modified', `${input.date.toISOString().slice(0, 19)}Z`),
    ...accessibility(input)
  ]
  if (input.pageSource !== undefined) {
    elements.push(
      x('dc:source', { id: 'print-edition' }, [t(input.pageSource)]),
      x('meta', { refines: '#print-edition', property: 'source-of' }, [t('pagination')])
    )
  }
  return elements
}

/** EPUB Accessibility 1.1: what the book is made of, offers and claims. */
function accessibility(input: PackageInput): XastElement[] {
  const pages = input.pageSource !== undefined
  const features = ['tableOfContents', 'readingOrder', 'structuralNavigation']
  if (pages) features.push('printPageNumbers', 'pageBreakMarkers', 'pageNavigation')
  if (input.images) features.push('alternativeText')
  const { words } = input
  const summary = [input.images ? words.figures : words.textOnly, words.summary]
  if (pages) summary.push(words.summaryPages)
  return [
    property('schema:accessMode', 'textual'),
    ...(input.images ? [property('schema:accessMode', 'visual')] : []),
    property('schema:accessModeSufficient', 'textual'),
    ...features.map((feature) => property('schema:accessibilityFeature', feature)),
    property('schema:accessibilityHazard', 'none'),
    property('schema:accessibilitySummary', summary.join(' ')),
    property('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA'),
    property('a11y:certifiedBy', 'Colophon')
  ]
}

/**
 * A URN that names the edition and stays the same for the same sources: a UUID (version 5's
 * layout) from the SHA-256 of the title and each source's hash.
 */
export function identifier(tree: Root): string {
  const hash = createHash('sha256')
  hash.update(tree.meta.title)
  for (const source of tree.meta.sources) hash.update(`\n${source.sha256}`)
  const bytes = hash.digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Buffer.from(bytes).toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** `META-INF/container.xml`, which names the package document. */
export function containerDocument(packagePath: string): string {
  const container = x(
    'container',
    { xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container', version: '1.0' },
    lines([
      x(
        'rootfiles',
        {},
        lines([
          x('rootfile', { 'full-path': packagePath, 'media-type': 'application/oebps-package+xml' })
        ])
      )
    ])
  )
  return xmlDocument(container)
}

function property(name: string, value: string): XastElement {
  return x('meta', { property: name }, [t(value)])
}

function x(
  name: string,
  attributes: Record<string, string>,
  children: XastContent[] = []
): XastElement {
  return { type: 'element', name, attributes, children }
}

function t(value: string): XastContent {
  return { type: 'text', value }
}

function lines(nodes: readonly XastContent[]): XastContent[] {
  const result: XastContent[] = [t('\n')]
  for (const node of nodes) result.push(node, t('\n'))
  return result
}
