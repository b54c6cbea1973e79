// A paragraph split across pages, joined into one P: a part's structure tree as Chromium writes
// it (each fragment a P, marked by its language), made by hand, and read back.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  type PDFRef,
  PDFString
} from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { joinSplitParagraphs } from '../src/finish/split-paragraphs.js'
import { kidsOf } from '../src/finish/struct-kids.js'

/**
 * Document (en) > page box > P (en-x-colsplit-1, MCID 0 on page 1), and
 * Document > page box > P (en-x-colsplit-1, MCID 0 on page 2) and, on `beside`, another P.
 */
async function part(beside: boolean) {
  const doc = await PDFDocument.create()
  const [one, two] = [doc.addPage([100, 100]), doc.addPage([100, 100])]
  const { context } = doc
  const rootRef = context.nextRef()
  const documentRef = context.nextRef()
  const element = (
    parent: PDFRef,
    fields: Record<string, string | PDFObject | (number | PDFRef)[]>
  ): PDFRef => {
    const ref = context.nextRef()
    context.assign(ref, context.obj({ Type: 'StructElem', P: parent, ...fields }))
    return ref
  }
  const boxes = [context.nextRef(), context.nextRef()] as const
  const lang = PDFString.of('en-x-colsplit-1')
  const first = element(boxes[0], { S: 'P', Lang: lang, Pg: one.ref, K: [0] })
  const rest = element(boxes[1], { S: 'P', Lang: lang, Pg: two.ref, K: [0] })
  const other = beside ? [element(boxes[1], { S: 'P', Pg: two.ref, K: [1] })] : []
  context.assign(boxes[0], context.obj({ S: 'NonStruct', P: documentRef, K: [first] }))
  context.assign(boxes[1], context.obj({ S: 'NonStruct', P: documentRef, K: [rest, ...other] }))
  context.assign(
    documentRef,
    context.obj({ S: 'Document', P: rootRef, Lang: PDFString.of('en'), K: [...boxes] })
  )
  const nums = [0, context.obj([first]), 1, context.obj([rest, ...other])]
  context.assign(
    rootRef,
    context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.obj({ Nums: nums }) })
  )
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
  return { doc, first, rest, documentRef, pages: [one.ref, two.ref] }
}

describe('joinSplitParagraphs', () => {
  it('makes the fragments one P, its content on both pages, the language as it was', async () => {
    const { doc, first, documentRef, pages } = await part(false)
    joinSplitParagraphs(doc)
    const paragraph = doc.context.lookup(first, PDFDict)
    expect(paragraph.has(PDFName.of('Lang'))).toBe(false)
    const [own, moved] = kidsOf(doc, paragraph)
    expect(own).toEqual(PDFNumber.of(0))
    const reference = doc.context.lookup(moved, PDFDict)
    expect(reference.get(PDFName.of('Type'))).toBe(PDFName.of('MCR'))
    expect(reference.get(PDFName.of('Pg'))).toBe(pages[1])
    // The second page's box held only the rest: it is gone; its MCID's owner is the one P.
    expect(kidsOf(doc, doc.context.lookup(documentRef, PDFDict))).toHaveLength(1)
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray)
    expect(nums.lookup(3, PDFArray).get(0)).toBe(first)
  })

  it('keeps what else the second page holds, and does nothing without the mark', async () => {
    const { doc, rest, documentRef } = await part(true)
    joinSplitParagraphs(doc)
    const boxes = kidsOf(doc, doc.context.lookup(documentRef, PDFDict))
    expect(boxes).toHaveLength(2)
    const second = kidsOf(doc, doc.context.lookup(boxes[1], PDFDict))
    expect(second).toHaveLength(1)
    expect(second).not.toContain(rest)

    const plain = await PDFDocument.create()
    joinSplitParagraphs(plain)
    expect(plain.catalog.has(PDFName.of('StructTreeRoot'))).toBe(false)
  })
})
