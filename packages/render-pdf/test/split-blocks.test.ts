// A book whose list, block quotation and notes cross a page break, laid out and read back: each
// is one element of the structure tree (one L of its LI elements, one BlockQuote, one Note),
// whatever pages its parts are on, and the PDF/UA-1 conditions hold. The sentences are the
// first manuscript's.
import { parse } from '@colophon/parser'
import { PDFDict, PDFDocument, PDFName, PDFNumber, type PDFObject, PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { kidsOf } from '../src/finish/struct-kids.js'
import { renderPdf } from '../src/index.js'
import { plain, seedTree } from './helpers.js'
import { checkPdfUa, roleCounts } from './pdf-ua.js'
import { editionParagraphs, editionQuotations } from './pdf-ua-text.js'

const sentences = seedTree().children.flatMap((chapter) =>
  chapter.children.flatMap((section) =>
    section.children.flatMap((block) =>
      block.type === 'paragraph' ? block.children.map((claim) => plain(claim).trim()) : []
    )
  )
)
const run = (from: number, count: number) => sentences.slice(from, from + count).join(' ')

/**
 * Paragraphs (the first of six sentences, which carries two notes across a page), a list of 24
 * items of two sentences, a quotation of four paragraphs, notes of 8 to 12 sentences at the foot
 * and one of 30, too long for the foot, after the chapter.
 */
function markdown(): string {
  const items = Array.from({ length: 24 }, (_, k) => `- ${run(10 + 2 * k, 2)}`)
  const quote = Array.from({ length: 4 }, (_, k) => `> ${run(60 + 5 * k, 5)}`).join('\n>\n')
  const noted = Array.from({ length: 4 }, (_, k) => `${run(120 + 4 * k, 4)}[^${k + 2}]`)
  const notes = [run(90, 30), ...[8, 10, 12, 9].map((length, k) => run(140 + 12 * k, length))]
  return [
    run(0, 6),
    items.join('\n'),
    `${run(5, 5)}[^1]`,
    quote,
    ...noted,
    ...notes.map((note, k) => `[^${k + 1}]: ${note}`)
  ].join('\n\n')
}

/** The structure elements of `role`, each with the numbers of the pages its content is on. */
async function pagesByElement(pdf: Uint8Array, role: string): Promise<number[][]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const numbers = new Map(doc.getPages().map((page, index) => [page.ref, index + 1]))
  const found: number[][] = []
  const pagesOf = (element: PDFDict, page: PDFObject | undefined, into: Set<number>) => {
    const own = element.get(PDFName.of('Pg')) ?? page
    for (const kid of kidsOf(doc, element)) {
      const dict = doc.context.lookup(kid)
      if (kid instanceof PDFNumber) into.add((own instanceof PDFRef && numbers.get(own)) || 0)
      else if (dict instanceof PDFDict) pagesOf(dict, own, into)
    }
    return into
  }
  const visit = (element: PDFDict) => {
    if (element.get(PDFName.of('S')) === PDFName.of(role)) {
      found.push([...pagesOf(element, undefined, new Set())].sort((a, b) => a - b))
    }
    for (const kid of kidsOf(doc, element)) {
      const dict = doc.context.lookup(kid)
      if (dict instanceof PDFDict && dict.has(PDFName.of('S'))) visit(dict)
    }
  }
  visit(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict))
  return found
}

const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }

describe('blocks split across pages', () => {
  it('are each one element: the list, its items, the quotation, the notes', async () => {
    const { tree } = parse(markdown(), { path: 'book.md', settings: { title: 'A Split Book' } })
    if (!tree) throw new Error('Expected the book to parse')
    const { pdf } = await renderPdf(tree, { env, size: 'A5' })
    const edition = { paragraphs: editionParagraphs(tree), quotations: editionQuotations(tree) }
    expect(edition.quotations).toBe(1)
    expect(await checkPdfUa(pdf, edition)).toEqual([])
    // One L each: the list of sources, the book's list, the notes after the chapter; their items
    // 1 + 24 + 2. Each fragment a page an element of its own: 8 L, 3 BlockQuote.
    expect(await roleCounts(pdf)).toMatchObject({ L: 3, LI: 27, BlockQuote: 1, Note: 5 })
    const lists = await pagesByElement(pdf, 'L')
    expect(lists[1]?.length).toBeGreaterThan(2)
    const [quote] = await pagesByElement(pdf, 'BlockQuote')
    expect(quote?.length).toBeGreaterThan(1)
    // Two notes after the chapter cross a page: each one Note, its rest no note of its own.
    const notes = await pagesByElement(pdf, 'Note')
    expect(notes.filter((pages) => pages.length > 1)).toHaveLength(2)
  }, 240_000)
})
