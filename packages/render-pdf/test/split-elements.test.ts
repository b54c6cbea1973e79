// An element split across pages, joined into one: a part's structure tree as Chromium writes it
// (each fragment an element of its own, marked by its language), made by hand, and read back: a
// paragraph, and a list split in an item, itself split in its paragraph.
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
import { joinSplitElements } from '../src/finish/split-elements.js'
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

/**
 * Document > page box > L (colsplit-1) > LI > P (MCID 0) and LI (colsplit-2) > P (colsplit-3,
 * MCID 1) on page 1; Document > page box > L (colsplit-1) > LI (colsplit-2) > P (colsplit-3,
 * MCID 0) and LI > P (MCID 1) on page 2.
 */
async function splitList() {
  const doc = await PDFDocument.create()
  const pages = [doc.addPage([100, 100]).ref, doc.addPage([100, 100]).ref] as const
  const { context } = doc
  const [rootRef, documentRef] = [context.nextRef(), context.nextRef()]
  const mark = (n: number) => ({ Lang: PDFString.of(`en-x-colsplit-${n}`) })
  const element = (role: string, fields: Record<string, PDFObject | number[]>): PDFRef => {
    const ref = context.register(context.obj({ Type: 'StructElem', S: role, ...fields }))
    for (const kid of kidsOf(doc, context.lookup(ref, PDFDict))) {
      const dict = context.lookup(kid)
      if (dict instanceof PDFDict) dict.set(PDFName.of('P'), ref)
    }
    return ref
  }
  const item = (page: 0 | 1, mcid: number, split: boolean) => {
    const p = element('P', { Pg: pages[page], K: [mcid], ...(split ? mark(3) : {}) })
    return { p, li: element('LI', { K: context.obj([p]), ...(split ? mark(2) : {}) }) }
  }
  const [a, b, rest, c] = [item(0, 0, false), item(0, 1, true), item(1, 0, true), item(1, 1, false)]
  const lists = [
    element('L', { K: context.obj([a.li, b.li]), ...mark(1) }),
    element('L', { K: context.obj([rest.li, c.li]), ...mark(1) })
  ]
  const boxes = lists.map((list) => element('NonStruct', { K: context.obj([list]) }))
  context.assign(
    documentRef,
    context.obj({
      Type: 'StructElem',
      S: 'Document',
      P: rootRef,
      Lang: PDFString.of('en'),
      K: boxes
    })
  )
  for (const box of boxes) context.lookup(box, PDFDict).set(PDFName.of('P'), documentRef)
  const nums = [0, context.obj([a.p, b.p]), 1, context.obj([rest.p, c.p])]
  context.assign(
    rootRef,
    context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.obj({ Nums: nums }) })
  )
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
  return { doc, documentRef, lists, items: [a, b, c], pages }
}

describe('joinSplitElements', () => {
  it('makes the fragments one P, its content on both pages, the language as it was', async () => {
    const { doc, first, documentRef, pages } = await part(false)
    joinSplitElements(doc)
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
    joinSplitElements(doc)
    const boxes = kidsOf(doc, doc.context.lookup(documentRef, PDFDict))
    expect(boxes).toHaveLength(2)
    const second = kidsOf(doc, doc.context.lookup(boxes[1], PDFDict))
    expect(second).toHaveLength(1)
    expect(second).not.toContain(rest)

    const plain = await PDFDocument.create()
    joinSplitElements(plain)
    expect(plain.catalog.has(PDFName.of('StructTreeRoot'))).toBe(false)
  })

  it('makes a split list one L, its split item one LI, its paragraph one P', async () => {
    const { doc, documentRef, lists, items, pages } = await splitList()
    joinSplitElements(doc)
    const boxes = kidsOf(doc, doc.context.lookup(documentRef, PDFDict))
    expect(boxes).toHaveLength(1)
    const list = doc.context.lookup(lists[0], PDFDict)
    expect(list.has(PDFName.of('Lang'))).toBe(false)
    expect(kidsOf(doc, list)).toEqual(items.map(({ li }) => li))
    const [b, c] = [items[1], items[2]]
    if (!b || !c) throw new Error('Expected three items')
    expect(kidsOf(doc, doc.context.lookup(b.li, PDFDict))).toEqual([b.p])
    expect(doc.context.lookup(c.li, PDFDict).get(PDFName.of('P'))).toBe(lists[0])
    const [own, moved] = kidsOf(doc, doc.context.lookup(b.p, PDFDict))
    expect(own).toEqual(PDFNumber.of(1))
    expect(doc.context.lookup(moved, PDFDict).get(PDFName.of('Pg'))).toBe(pages[1])
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray)
    expect(nums.lookup(3, PDFArray).asArray()).toEqual([b.p, c.p])
  })
})
