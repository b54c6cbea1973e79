// Shared by the renderer's tests: the seed chapter's tree, the same text with note bodies
// made of its own sentences (real prose of varied length, some notes long enough to break
// across pages), reading a PDF back with pdf.js, and the browser to use.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { findBrowser } from '@colophon/browser'
import { parse } from '@colophon/parser'
import { type Claim, type Inline, paragraphsOf, type Root } from '@colophon/schema'
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { type Browser, chromium } from 'playwright-core'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const seedPath = 'source/snyder-bloodlands-ch2-class-terror.txt'
export const seedText = readFileSync(`${repository}${seedPath}`)

/** The browser the renderer would find, launched for a test of what runs in the page. */
export async function launchBrowser(): Promise<Browser> {
  const found = await findBrowser()
  return chromium.launch({ executablePath: found.executablePath, args: ['--no-sandbox'] })
}
const sidecar = {
  title: 'Class Terror',
  author: 'Timothy Snyder',
  work: 'Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2',
  language: 'en',
  exclude: [
    { text: 'Military history' },
    { pattern: '^If you find an error or have any questions' }
  ]
}

/**
 * The parser's Markdown fixture of figures (a PNG, SVGs, an image in a sentence, images not
 * read), its plan replaced by a 300×3000 SVG, taller than any page, and its road by a
 * 2000×400 one, wider than the measure, with a label in it (text in a system font).
 */
export function figuresTree(): Root {
  const path = `${repository}packages/parser/test/fixtures-md/images/output.json`
  const tree = (JSON.parse(readFileSync(path, 'utf8')) as { tree: Root }).tree
  const svg = (width: number, height: number, fill: string, label = '') =>
    `data:image/svg+xml;base64,${Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${fill}"/>${label}</svg>`
    ).toString('base64')}`
  const label =
    '<text x="40" y="220" font-family="sans-serif" font-size="120" fill="#fff">The pass</text>'
  const blocks = tree.children[0]?.children[0]?.children ?? []
  for (const block of blocks) {
    if (block.type !== 'figure') continue
    if (block.id === 'figure6') block.children[0].src = svg(300, 3000, '#693')
    if (block.id === 'figure2') block.children[0].src = svg(2000, 400, '#369', label)
  }
  return tree
}

/** The seed as the project builds it: no note bodies. */
export function seedTree(): Root {
  const { tree } = parse(seedText, {
    path: seedPath,
    settings: { ...sidecar, notes: { bodies: 'absent' } }
  })
  if (!tree) throw new Error('Expected the seed to parse')
  return tree
}

/**
 * The seed with a notes file: note N is `Source N:` and sentences of the chapter itself, from
 * one sentence to ten (every ninth note), so footnotes vary from a line to a third of a page.
 */
export function notedSeedTree(): Root {
  const claims = seedTree().children.flatMap((chapter) =>
    chapter.children.flatMap((section) =>
      paragraphsOf(section).flatMap((paragraph) => paragraph.children)
    )
  )
  const lines: string[] = []
  for (let n = 1; n <= 65; n++) {
    const from = (n * 7) % (claims.length - 12)
    const count = n % 9 === 0 ? 10 : (n % 4) + 1
    const body = claims
      .slice(from, from + count)
      .map((claim) => plain(claim))
      .join(' ')
    // The label makes each body findable on the page: its sentences are also in the text.
    lines.push(`${n}. Source ${n}: ${body}`)
  }
  const { tree } = parse(seedText, {
    path: seedPath,
    settings: { ...sidecar, notes: { file: 'notes.txt' } },
    notes: { path: 'source/notes.txt', value: `${lines.join('\n\n')}\n` }
  })
  if (!tree) throw new Error('Expected the seed with notes to parse')
  return tree
}

/** A claim's text without its note numbers. */
export function plain(claim: Claim): string {
  const text = (children: readonly Inline[]): string =>
    children
      .map((child) =>
        child.type === 'text' ? child.value : 'children' in child ? text(child.children) : ''
      )
      .join('')
  return text(claim.children).replace(/\s+/g, ' ').trim()
}

export async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given.
  return getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise
}

/**
 * The text of every page, in page order: a space where a line ends. pdf.js also cuts a line at
 * each marked-content sequence of the tagged PDF, so its items are joined as they stand.
 */
export async function pageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
    )
  }
  return texts
}

/**
 * The height above the paper's foot of each page's lowest line of text (pdf.js measures from
 * the bottom up); 0 for a page with none.
 */
export async function pageFeet(pdf: PDFDocumentProxy): Promise<number[]> {
  const feet: number[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const items = (await (await pdf.getPage(number)).getTextContent()).items.filter(
      (item): item is TextItem => 'str' in item && item.str.trim() !== ''
    )
    feet.push(
      items.length === 0 ? 0 : Math.min(...items.map((item) => item.transform[5] as number))
    )
  }
  return feet
}

/**
 * The spreads of a book's one chapter, from its third page (folio 1, a right-hand page) to its
 * last but one, whose lowest lines (`pageFeet`) stand more than 3 pt apart.
 */
export function spreadsApart(feet: readonly number[]): string[] {
  const apart: string[] = []
  for (let left = 3; left + 1 < feet.length - 1; left += 2) {
    const [a, b] = [feet[left] as number, feet[left + 1] as number]
    if (Math.abs(a - b) > 3)
      apart.push(`PDF pages ${left + 1}–${left + 2}: ${Math.round(a - b)} pt`)
  }
  return apart
}

/**
 * Text compared across layouts and read back by pdf.js: no spaces, soft hyphens or hyphens
 * (line ends add some); U+02BC read back as the typeface's apostrophe; and no `f`, `i` or `l`,
 * because pdf.js reads the typeface's f-ligatures back as U+0000 (poppler reads them right).
 */
export function squash(text: string): string {
  return text
    .replace(/[\s\u00ad\-‐‑]+/g, '')
    .replace(/\u02bc/g, '’')
    .replaceAll(String.fromCharCode(0), '')
    .replace(/[fil]/g, '')
}

/** The page index a named destination leads to. */
export async function destinationPage(
  pdf: PDFDocumentProxy,
  name: string
): Promise<number | undefined> {
  const array = await pdf.getDestination(name)
  if (!array) return undefined
  return pdf.getPageIndex(array[0] as { num: number; gen: number })
}

/**
 * A Markdown book of `blocks` (paragraphs, tables, code, note definitions), one after another,
 * parsed as `path`: an English book titled `title`, by `author`.
 */
export function markdownBook(
  blocks: readonly string[],
  path: string,
  book: { title: string; author: string }
): Root {
  const { tree } = parse(Buffer.from(`${blocks.join('\n\n')}\n`), {
    path,
    settings: { ...book, language: 'en' }
  })
  if (!tree) throw new Error('Expected the book to parse')
  return tree
}

/**
 * A book of `count` chapters, each the seed's text under a heading `CHAPTER I.`, `CHAPTER
 * II.`…, parsed as one manuscript.
 */
export function bookTree(count: number): Root {
  const lines = seedText.toString('utf8').split('\n')
  // The text without the web page's label (first line) and trailer (last line).
  const body = lines.slice(1, -2).join('\n')
  const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
  const text = Array.from({ length: count }, (_, k) => `CHAPTER ${numerals[k]}.\n\n${body}`)
  const { tree } = parse(text.join('\n\n\n'), {
    path: 'book.txt',
    settings: {
      title: 'Class Terror, Three Times',
      author: 'Timothy Snyder',
      notes: { bodies: 'absent' }
    }
  })
  if (!tree || tree.children.length !== count)
    throw new Error(`Expected a book of ${count} chapters`)
  return tree
}

/**
 * A Markdown book of the seed's own sentences: 4 sections of 6 paragraphs of 7 sentences, a
 * note after the fourth sentence of each paragraph (24 notes of one or two sentences), as an
 * ordinary footnoted book is written. Wherever a page breaks after a line ending in a note's
 * number, the space before the next sentence must survive.
 */
export function footnotedBookTree(): Root {
  const sentences = seedTree().children.flatMap((chapter) =>
    chapter.children.flatMap((section) =>
      section.children.flatMap((block) =>
        block.type === 'paragraph'
          ? block.children.map((claim) => plain(claim).trim()).filter((text) => /[.!?]$/.test(text))
          : []
      )
    )
  )
  const take = (k: number) => sentences[k % sentences.length] as string
  let next = 0
  let text = '# Class Terror\n\n'
  const notes: string[] = []
  for (let section = 1; section <= 4; section++) {
    text += `## Part ${section}\n\n`
    for (let paragraph = 0; paragraph < 6; paragraph++) {
      const claims = Array.from({ length: 7 }, () => take(next++))
      claims[3] += `[^${notes.length + 1}]`
      notes.push(
        `[^${notes.length + 1}]: ${take(next * 7)} ${notes.length % 2 ? take(next * 11) : ''}`
      )
      text += `${claims.join(' ')}\n\n`
    }
  }
  const { tree } = parse(`${text}${notes.join('\n')}\n`, {
    path: 'book.md',
    settings: { title: 'Class Terror', author: 'Timothy Snyder' }
  })
  if (!tree) throw new Error('Expected the footnoted book to parse')
  return tree
}

/** The text (Latin-1) of every content stream of every page of `pdf`, in page order. */
export async function contentTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf)
  const texts: string[] = []
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
    for (const ref of refs) {
      const stream = doc.context.lookup(ref)
      if (stream instanceof PDFRawStream) {
        texts.push(new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
      }
    }
  }
  return texts
}

/** A page's box `[x0, y0, x1, y1]` in points, from pdf.js's `view`, checked to have four numbers. */
export function boxOf(view: readonly number[]): [number, number, number, number] {
  const [x0, y0, x1, y1] = view
  if (x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined) {
    throw new Error(`Expected a page box of four numbers, got [${view.join(', ')}]`)
  }
  return [x0, y0, x1, y1]
}
