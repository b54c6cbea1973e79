// The tagged PDF read back against the PDF/UA-1 conditions a machine can check (see
// `pdf-ua.ts` for which): the first manuscript, a reader of two excerpts, and files with a known
// defect, which the checker must catch. Generated books are checked in `generated-books.test.ts`.
import { compose } from '@colophon/reader'
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString
} from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { kidsOf } from '../src/finish/struct-kids.js'
import { renderPdf } from '../src/index.js'
import { notedSeedTree, seedTree } from './helpers.js'
import { checkPdfUa, roleCounts } from './pdf-ua.js'
import { editionParagraphs, editionQuotations } from './pdf-ua-text.js'

const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const slow = 240_000

/** The names of the destinations in the PDF's name tree (`/Names /Dests`). */
async function destinationNames(pdf: Uint8Array): Promise<Set<string>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const found = new Set<string>()
  const visit = (node: PDFDict) => {
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? []
    for (let i = 0; i < names.length; i += 2) {
      const name = names[i]
      if (name instanceof PDFString || name instanceof PDFHexString) found.add(name.decodeText())
    }
    for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
      visit(doc.context.lookup(kid, PDFDict))
    }
  }
  const tree = doc.catalog
    .lookupMaybe(PDFName.of('Names'), PDFDict)
    ?.lookupMaybe(PDFName.of('Dests'), PDFDict)
  if (tree) visit(tree)
  return found
}

/** The named destination each link annotation of the PDF leads to, in page order. */
async function linkTargets(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const names: string[] = []
  for (const page of doc.getPages()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annotation = doc.context.lookup(ref, PDFDict)
      const dest = annotation.get(PDFName.of('Dest'))
      if (dest instanceof PDFString || dest instanceof PDFHexString) names.push(dest.decodeText())
    }
  }
  return names
}

/** The page an element's first marked content is on (its own /Pg, an MCR's, or a kid's). */
function firstPage(doc: PDFDocument, element: PDFDict): PDFObject | undefined {
  const own = element.get(PDFName.of('Pg'))
  if (own !== undefined) return own
  for (const kid of kidsOf(doc, element)) {
    const dict = doc.context.lookup(kid)
    const page = dict instanceof PDFDict ? firstPage(doc, dict) : undefined
    if (page !== undefined) return page
  }
  return undefined
}

/**
 * The PDF with its first P on two pages made two P elements, one a page, side by side: as
 * Chromium tags a paragraph Paged.js splits.
 */
async function splitParagraph(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const visit = (ref: PDFObject): boolean => {
    const element = doc.context.lookup(ref)
    if (!(element instanceof PDFDict) || !(ref instanceof PDFRef)) return false
    const kids = kidsOf(doc, element)
    const pages = kids.map((kid) => {
      const dict = doc.context.lookup(kid)
      return dict instanceof PDFDict ? firstPage(doc, dict) : element.get(PDFName.of('Pg'))
    })
    const at = pages.findIndex((page) => page !== pages[0])
    if (element.get(PDFName.of('S')) !== PDFName.of('P') || at <= 0) {
      return kids.some((kid) => visit(kid))
    }
    const parentRef = element.get(PDFName.of('P'))
    if (!(parentRef instanceof PDFRef)) return false
    const rest = doc.context.register(
      doc.context.obj({ Type: 'StructElem', S: 'P', P: parentRef, K: kids.slice(at) })
    )
    element.set(PDFName.of('K'), doc.context.obj(kids.slice(0, at)))
    const parent = doc.context.lookup(parentRef, PDFDict)
    const siblings = kidsOf(doc, parent)
    siblings.splice(siblings.indexOf(ref) + 1, 0, rest)
    parent.set(PDFName.of('K'), doc.context.obj(siblings))
    return true
  }
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
  const top = root.get(PDFName.of('K'))
  if (top === undefined || !visit(top)) throw new Error('Expected a P on two pages')
  return doc.save()
}

describe('PDF/UA-1 conditions', () => {
  it(
    'hold for the first manuscript: headings, paragraphs, links, its list of sources',
    async () => {
      const tree = seedTree()
      const { pdf } = await renderPdf(tree, { env })
      const paragraphs = editionParagraphs(tree)
      const quotations = editionQuotations(tree)
      expect(await checkPdfUa(pdf, { paragraphs, quotations })).toEqual([])
      const roles = await roleCounts(pdf)
      // The one Note says that the notes are not in the source, its label `*`.
      expect(roles).toMatchObject({ Document: 1, H1: 2, L: 1, LI: 1, LBody: 1, Note: 1, Lbl: 1 })
      // A P for each of the 75 paragraphs, however many pages it is on (31 are on two), and for
      // the author and the work on the title page, the line over the list of sources and the
      // author under the chapter's title: 110 P when a paragraph was one P a page.
      expect(paragraphs).toHaveLength(75)
      expect(roles.P).toBe(75 + 4)
      // As it was: the paragraph on pages 3 and 4 one P a page.
      const split = await splitParagraph(pdf)
      expect(await checkPdfUa(split, { paragraphs })).toEqual([
        { checkpoint: '01-006', message: 'The paragraph `p2` is 2 P elements, expected one' }
      ])
      expect(roles.Link).toBeGreaterThan(60)
    },
    slow
  )

  it(
    'hold for a reader of two excerpts, with its contents and notes at the foot',
    async () => {
      const source = notedSeedTree()
      const { tree } = compose(
        [
          { title: 'The famine', select: { paragraphs: ['p10-p16'] } },
          { title: 'The kulak operation', select: { paragraphs: ['p60-p64'] } }
        ],
        [source, source],
        { title: 'A reader', instructor: 'Course staff', manifest: 'test.reader.yaml' }
      )
      const { pdf } = await renderPdf(tree, { env, print: true })
      expect(await checkPdfUa(pdf, { paragraphs: editionParagraphs(tree) })).toEqual([])
      // The contents, a TOC of its three entries (two excerpts and the sources), not a list.
      expect(await roleCounts(pdf)).toMatchObject({ Document: 1, H1: 1, Note: 10, TOC: 1, TOCI: 3 })
    },
    slow
  )

  it(
    'hold for the first manuscript with its notes after each chapter: each a Note, its number a Link',
    async () => {
      const tree = notedSeedTree()
      const { pdf } = await renderPdf(tree, { env, notes: 'end' })
      expect(await checkPdfUa(pdf, { paragraphs: editionParagraphs(tree) })).toEqual([])
      const roles = await roleCounts(pdf)
      expect(roles).toMatchObject({ Note: 65, Lbl: 65 })
      expect(roles.Link).toBeGreaterThanOrEqual(75 + 65)
    },
    slow
  )

  it(
    'hold for the first manuscript with its notes at the foot: each reference a link to its note, each note’s number a link back',
    async () => {
      const tree = notedSeedTree()
      const { pdf } = await renderPdf(tree, { env })
      expect(await checkPdfUa(pdf, { paragraphs: editionParagraphs(tree) })).toEqual([])
      expect(await roleCounts(pdf)).toMatchObject({ Note: 65, Lbl: 65 })
      const targets = await linkTargets(pdf)
      const notes = targets.filter((name) => /^fn-n\d+$/.test(name))
      const back = targets.filter((name) => /^fnref-n\d+$/.test(name))
      // 65 notes, their 65 numbers linked back to the first reference; 75 references.
      expect(new Set(notes).size).toBe(65)
      expect(notes.length).toBeGreaterThanOrEqual(65)
      expect(new Set(back).size).toBe(65)
      expect(back).toHaveLength(65)
      // And every one of them leads somewhere: a destination of that name is in the file.
      const destinations = await destinationNames(pdf)
      expect(targets.filter((name) => !destinations.has(name))).toEqual([])
    },
    slow
  )

  it(
    'fail for an untagged PDF, and for one without its language and title preference',
    async () => {
      const { pdf } = await renderPdf(seedTree(), { env, tagged: false })
      const untagged = (await checkPdfUa(pdf)).map((failure) => failure.checkpoint)
      expect(untagged).toEqual(expect.arrayContaining(['01-005', '01-007', '06-002']))

      const tagged = (await renderPdf(seedTree(), { env })).pdf
      const doc = await PDFDocument.load(tagged, { updateMetadata: false })
      doc.catalog.delete(PDFName.of('Lang'))
      doc.catalog.delete(PDFName.of('ViewerPreferences'))
      const stripped = await checkPdfUa(await doc.save())
      expect(stripped.map((failure) => failure.checkpoint).sort()).toEqual(['07-001', '11-001'])
    },
    slow
  )

  it('fail for a Note without an /ID, for two Notes with the same, for a Note without its Lbl, and for a TOC of paragraphs', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([200, 200])
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }))
    const note = (id?: string, label = true) =>
      doc.context.register(
        doc.context.obj({
          Type: 'StructElem',
          S: 'Note',
          ...(id ? { ID: PDFString.of(id) } : {}),
          // The number, as the page's notes have it: a Lbl in a NonStruct.
          K: label ? [doc.context.obj({ S: 'NonStruct', K: [doc.context.obj({ S: 'Lbl' })] })] : []
        })
      )
    const root = doc.context.obj({
      Type: 'StructTreeRoot',
      K: doc.context.obj([
        note('note-1'),
        note('note-1'),
        note(),
        note('note-2', false),
        doc.context.register(doc.context.obj({ S: 'TOC', K: [doc.context.obj({ S: 'P' })] }))
      ])
    })
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(root))
    const failures = (await checkPdfUa(await doc.save())).filter((failure) =>
      /^(19|09)-/.test(failure.checkpoint)
    )
    expect(failures).toEqual([
      { checkpoint: '19-004', message: 'The Note /ID `note-1` is not unique' },
      { checkpoint: '19-003', message: 'A Note has no /ID' },
      { checkpoint: '19-lbl', message: 'The Note `note-2` has no Lbl (its number)' },
      { checkpoint: '09-006', message: 'A TOC holds `P`; expected TOCI' }
    ])
  })

  it('fail for content neither tagged nor an artifact, and for unbalanced marked content', async () => {
    const doc = await PDFDocument.create()
    const page = doc.addPage([200, 200])
    page.drawText('Bare', { x: 20, y: 100 })
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }))
    const root = doc.context.obj({ Type: 'StructTreeRoot', K: doc.context.obj([]) })
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(root))
    const failures = await checkPdfUa(await doc.save())
    expect(failures).toContainEqual({
      checkpoint: '01-005',
      message: '1 painting operations neither tagged nor artifacts on page 1'
    })
  })
})
