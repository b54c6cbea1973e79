// The book's one structure tree, joined from the parts' own. Chromium tags each part it prints
// (a /Document element over the part's elements, a /ParentTree from each page's /StructParents
// and each link's /StructParent to the elements that own its marked content); `stitch` copies
// the pages, and this copies each part's elements beneath one /Document, in reading order, with
// their /Pg and link (/OBJR) references moved to the copied pages and annotations, and the
// parent-tree keys shifted past those of the parts before. The MCIDs stay as they are: they
// are counted per page, and the pages' content is not renumbered.
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  PDFObjectCopier,
  type PDFPage,
  PDFRef
} from 'pdf-lib'

const Type = PDFName.of('Type')
const MCR = PDFName.of('MCR')
const OBJR = PDFName.of('OBJR')

/** The structure gathered from the parts so far, written once all are in. */
export interface BookStructure {
  /** The book's /Document element, made up front so the parts' elements can name it. */
  document: PDFRef
  /** Its children: the parts' top elements, in reading order. */
  kids: PDFObject[]
  /** The parent tree's entries, keys ascending. */
  nums: [number, PDFObject][]
  /** The next free parent-tree key. */
  nextKey: number
  /** The /Lang of the first part's /Document. */
  lang?: PDFObject
}

export function bookStructure(doc: PDFDocument): BookStructure {
  return { document: doc.context.nextRef(), kids: [], nums: [], nextKey: 0 }
}

/** What a part's copy needs: where its pages and annotations went, and new element refs. */
interface PartCopy {
  source: PDFDocument
  doc: PDFDocument
  copier: ReturnType<typeof PDFObjectCopier.for>
  pages: Map<PDFRef, PDFRef>
  annotations: Map<PDFRef, PDFRef>
  elements: Map<PDFRef, PDFRef>
}

/**
 * Adds the structure of `source`, whose pages were copied as `copied` (in order), to `book`,
 * and renumbers the copied pages' /StructParents and their annotations' /StructParent.
 */
export function joinStructure(
  book: BookStructure,
  doc: PDFDocument,
  source: PDFDocument,
  copied: readonly PDFPage[]
): void {
  const root = source.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) return
  const part: PartCopy = {
    source,
    doc,
    copier: PDFObjectCopier.for(source.context, doc.context),
    pages: new Map(),
    annotations: new Map(),
    elements: new Map()
  }
  const offset = book.nextKey
  for (const [index, sourcePage] of source.getPages().entries()) {
    const page = copied[index]
    if (!page) continue
    part.pages.set(sourcePage.ref, page.ref)
    mapAnnotations(part, sourcePage, page, offset)
    shiftKey(page.node, 'StructParents', offset)
  }
  for (const top of topElements(source, root)) {
    const element = copyElement(part, top, book.document)
    if (element) book.kids.push(element)
  }
  const document = source.context.lookup(root.get(PDFName.of('K')))
  const lang = document instanceof PDFDict ? document.get(PDFName.of('Lang')) : undefined
  if (book.lang === undefined && lang !== undefined) book.lang = part.copier.copy(lang)
  let last = -1
  for (const [key, value] of readNumberTree(source, root.get(PDFName.of('ParentTree')))) {
    book.nums.push([key + offset, remap(part, value)])
    last = Math.max(last, key)
  }
  const next = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0
  book.nextKey = offset + Math.max(next, last + 1)
}

/** Writes the joined tree as the catalog's /StructTreeRoot, and marks the document tagged. */
export function writeStructure(doc: PDFDocument, book: BookStructure): void {
  const { context } = doc
  const rootRef = context.nextRef()
  const document = context.obj({ Type: 'StructElem', S: 'Document', P: rootRef })
  if (book.lang !== undefined) document.set(PDFName.of('Lang'), book.lang)
  document.set(PDFName.of('K'), context.obj(book.kids))
  context.assign(book.document, document)
  const nums: PDFObject[] = []
  for (const [key, value] of book.nums) nums.push(PDFNumber.of(key), value)
  const root = context.obj({
    Type: 'StructTreeRoot',
    K: book.document,
    ParentTree: context.register(context.obj({ Nums: nums })),
    ParentTreeNextKey: book.nextKey
  })
  context.assign(rootRef, root)
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
}

/** The source annotations' copies, by position, with their /StructParent shifted. */
function mapAnnotations(part: PartCopy, from: PDFPage, to: PDFPage, offset: number): void {
  const sources = from.node.Annots()
  const copies = to.node.Annots()
  if (!sources || !copies) return
  for (let index = 0; index < sources.size() && index < copies.size(); index++) {
    const source = sources.get(index)
    const copy = copies.get(index)
    if (source instanceof PDFRef && copy instanceof PDFRef) part.annotations.set(source, copy)
    const annotation = copies.lookup(index)
    if (annotation instanceof PDFDict) shiftKey(annotation, 'StructParent', offset)
  }
}

function shiftKey(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookupMaybe(PDFName.of(key), PDFNumber)
  if (value) dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + offset))
}

/** The elements under the part's /Document (Chromium's single top element), else the root's kids. */
function topElements(source: PDFDocument, root: PDFDict): PDFObject[] {
  const kids = (holder: PDFDict) => {
    const k = holder.get(PDFName.of('K'))
    const value = k instanceof PDFRef ? source.context.lookup(k) : k
    return value instanceof PDFArray ? value.asArray() : k === undefined ? [] : [k]
  }
  const top = kids(root)
  const only = top.length === 1 ? source.context.lookup(top[0]) : undefined
  if (only instanceof PDFDict && only.get(PDFName.of('S')) === PDFName.of('Document')) {
    return kids(only)
  }
  return top
}

/** A copy of the element at `ref` and of its kids, under `parent`; undefined if not one. */
function copyElement(part: PartCopy, ref: PDFObject, parent: PDFRef): PDFRef | undefined {
  if (!(ref instanceof PDFRef)) return undefined
  const element = part.source.context.lookup(ref)
  if (!(element instanceof PDFDict)) return undefined
  const { context } = part.doc
  const copyRef = context.nextRef()
  part.elements.set(ref, copyRef)
  const copy = context.obj({})
  for (const [key, value] of element.entries()) {
    const name = key.asString()
    if (name === '/P') copy.set(key, parent)
    else if (name === '/Pg') copy.set(key, mapRef(part.pages, value))
    else if (name === '/K') copy.set(key, copyKids(part, value, copyRef))
    else copy.set(key, part.copier.copy(value))
  }
  context.assign(copyRef, copy)
  return copyRef
}

/** An element's /K: MCIDs as they are, marked-content and object references moved, kids copied. */
function copyKids(part: PartCopy, value: PDFObject, self: PDFRef): PDFObject {
  const resolved = value instanceof PDFRef ? part.source.context.lookup(value) : value
  if (resolved instanceof PDFArray) {
    return part.doc.context.obj(resolved.asArray().map((kid) => copyKid(part, kid, self)))
  }
  return copyKid(part, value, self)
}

function copyKid(part: PartCopy, kid: PDFObject, self: PDFRef): PDFObject {
  if (kid instanceof PDFNumber) return kid
  const resolved = kid instanceof PDFRef ? part.source.context.lookup(kid) : kid
  if (!(resolved instanceof PDFDict)) return PDFNull
  const type = resolved.get(Type)
  if (type !== MCR && type !== OBJR) {
    return copyElement(part, kid, self) ?? PDFNull
  }
  const copy = part.doc.context.obj({})
  for (const [key, value] of resolved.entries()) {
    const name = key.asString()
    if (name === '/Pg') copy.set(key, mapRef(part.pages, value))
    else if (name === '/Obj') copy.set(key, mapRef(part.annotations, value))
    else copy.set(key, part.copier.copy(value))
  }
  return copy
}

function mapRef(map: ReadonlyMap<PDFRef, PDFRef>, value: PDFObject): PDFObject {
  return (value instanceof PDFRef ? map.get(value) : undefined) ?? PDFNull
}

/** A parent-tree value (an element, or a page's array of them) with the copies' refs. */
function remap(part: PartCopy, value: PDFObject): PDFObject {
  const resolved = value instanceof PDFRef ? part.source.context.lookup(value) : undefined
  if (value instanceof PDFRef && !(resolved instanceof PDFArray)) {
    return part.elements.get(value) ?? PDFNull
  }
  const array = resolved instanceof PDFArray ? resolved : value
  if (!(array instanceof PDFArray)) return PDFNull
  return part.doc.context.obj(array.asArray().map((item) => remap(part, item)))
}

/** The entries of a number tree (its /Nums, and its /Kids' in order). */
export function readNumberTree(
  doc: PDFDocument,
  node: PDFObject | undefined
): [number, PDFObject][] {
  const entries: [number, PDFObject][] = []
  const dict = node === undefined ? undefined : doc.context.lookup(node)
  if (!(dict instanceof PDFDict)) return entries
  const nums = dict.lookupMaybe(PDFName.of('Nums'), PDFArray)
  for (let index = 0; nums && index + 1 < nums.size(); index += 2) {
    const key = nums.lookup(index)
    if (key instanceof PDFNumber) entries.push([key.asNumber(), nums.get(index + 1)])
  }
  const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (const kid of kids?.asArray() ?? []) entries.push(...readNumberTree(doc, kid))
  return entries
}
