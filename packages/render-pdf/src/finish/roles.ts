// The roles Chromium writes, made what PDF/UA-1 (on ISO 32000-1) reads. Chromium puts a list
// item's content straight in its LI, where ISO 32000-1 (Table 336) wants Lbl and LBody: all but
// the Lbl go into an LBody; and a block it puts straight in a list (seen in generated books with
// notes at the end) becomes an item of its own. It writes PDF 2.0's Em and Strong, unknown to ISO 32000-1: the role
// map sends them to Span. It tags a link by its accessibility role, so a link with another role
// (`role="doc-noteref"`, a note's number) is a NonStruct holding the link annotation: an element
// that holds one is made a Link (PDF/UA-1 7.18.5). Its Asides are the book's notes (`notes.ts`), its
// Div the printed contents (`contents.ts`).
import { PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRef } from 'pdf-lib'
import { asContents, asToc } from './contents.js'
import { asNote } from './notes.js'
import { kidsOf } from './struct-kids.js'

/** PDF 2.0 types Chromium may write, and the ISO 32000-1 type each stands for. */
const newerTypes: Record<string, string> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Aside: 'Div',
  FENote: 'Note',
  DocumentFragment: 'Div',
  Title: 'P'
}

/** What the roles need to know of the book: how many of its first pages are front matter. */
export interface RoleOptions {
  /** A list on these pages is the contents, however the browser tagged what holds it. */
  frontPages?: number
}

const S = PDFName.of('S')
const Aside = PDFName.of('Aside')
const Div = PDFName.of('Div')
const L = PDFName.of('L')
const LI = PDFName.of('LI')
const Link = PDFName.of('Link')
const Type = PDFName.of('Type')
const OBJR = PDFName.of('OBJR')
const Obj = PDFName.of('Obj')
const Subtype = PDFName.of('Subtype')
/** The newer types by their names, compared as objects (pdf-lib makes each name once). */
const newerNames = new Map(Object.keys(newerTypes).map((role) => [PDFName.of(role), role]))
const headings = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'].map((role) => PDFName.of(role)))

/** Fixes the roles of the document's structure tree as above; nothing without one. */
export function fixRoles(doc: PDFDocument, options: RoleOptions = {}): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) return
  const mapped = new Set<string>()
  const front = new Set(
    doc
      .getPages()
      .slice(0, options.frontPages ?? 0)
      .map((page) => page.ref)
  )
  let notes = 0
  const visit = (ref: PDFObject) => {
    const element = doc.context.lookup(ref)
    if (!(element instanceof PDFDict) || !(ref instanceof PDFRef)) return
    if (element.get(S) === Aside) asNote(doc, element, ++notes)
    if (element.get(S) === Div) asContents(doc, element)
    // Each kid looked up once, for the passes below.
    const kids = kidsOf(doc, element).map((kid) => doc.context.lookup(kid))
    // Chromium 143 tags the contents' `role="group"` a NonStruct, as it does a page's box: the
    // contents are then the list right after a heading in the front matter.
    for (const list of listsAfterHeadings(kids)) {
      if (onPages(doc, list, front)) asToc(doc, list)
    }
    const role = element.lookupMaybe(S, PDFName)
    const newer = role === undefined ? undefined : newerNames.get(role)
    if (newer !== undefined) mapped.add(newer)
    if (role !== Link && holdsLink(doc, kids)) element.set(S, Link)
    if (role === L) wrapListItems(doc, element, ref)
    if (role === LI) wrapListBody(doc, element, ref)
    for (const kid of kidsOf(doc, element)) visit(kid)
  }
  for (const kid of kidsOf(doc, root)) visit(kid)
  if (mapped.size === 0) return
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({})
  for (const role of [...mapped].sort()) {
    roleMap.set(PDFName.of(role), PDFName.of(newerTypes[role] as string))
  }
  root.set(PDFName.of('RoleMap'), roleMap)
}

/** Whether one of the kids (looked up) is an object reference to a link annotation. */
function holdsLink(doc: PDFDocument, kids: readonly (PDFObject | undefined)[]): boolean {
  return kids.some((reference) => {
    if (!(reference instanceof PDFDict)) return false
    if (reference.get(Type) !== OBJR) return false
    const annotation = doc.context.lookup(reference.get(Obj))
    return annotation instanceof PDFDict && annotation.get(Subtype) === Link
  })
}

/** Each element straight in the L that is not an item (a NonStruct) put in an LI's LBody. */
function wrapListItems(doc: PDFDocument, list: PDFDict, listRef: PDFRef): void {
  const kids = kidsOf(doc, list)
  let changed = false
  const items = kids.map((kid) => {
    const element = doc.context.lookup(kid)
    if (!(element instanceof PDFDict)) return kid
    const role = element.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText()
    if (role === undefined || ['LI', 'L', 'Caption'].includes(role)) return kid
    changed = true
    const itemRef = doc.context.nextRef()
    const bodyRef = doc.context.register(
      doc.context.obj({ Type: 'StructElem', S: 'LBody', P: itemRef, K: [kid] })
    )
    element.set(PDFName.of('P'), bodyRef)
    doc.context.assign(
      itemRef,
      doc.context.obj({ Type: 'StructElem', S: 'LI', P: listRef, K: [bodyRef] })
    )
    return itemRef
  })
  if (changed) list.set(PDFName.of('K'), doc.context.obj(items))
}

/** The LI's kids but its Lbl, moved into one LBody (marked content and elements alike). */
function wrapListBody(doc: PDFDocument, item: PDFDict, itemRef: PDFRef): void {
  const kids = kidsOf(doc, item)
  const isLabel = (kid: PDFObject) => {
    const element = doc.context.lookup(kid)
    return element instanceof PDFDict && element.get(PDFName.of('S')) === PDFName.of('Lbl')
  }
  const rest = kids.filter((kid) => !isLabel(kid))
  const roles = rest.map((kid) => {
    const element = doc.context.lookup(kid)
    return element instanceof PDFDict ? element.lookupMaybe(PDFName.of('S'), PDFName) : undefined
  })
  // Marked content straight in the LI would need its parent-tree entries moved: left as it is.
  if (rest.length === 0 || roles.includes(undefined)) return
  if (roles.length === 1 && roles[0] === PDFName.of('LBody')) return
  const bodyRef = doc.context.nextRef()
  const body = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: itemRef, K: rest })
  const page = item.get(PDFName.of('Pg'))
  if (page !== undefined) body.set(PDFName.of('Pg'), page)
  doc.context.assign(bodyRef, body)
  for (const kid of rest) doc.context.lookup(kid, PDFDict).set(PDFName.of('P'), bodyRef)
  item.set(PDFName.of('K'), doc.context.obj([...kids.filter(isLabel), bodyRef]))
}

/** Whether the element's first marked content, or a kid's, is on one of `pages`. */
function onPages(doc: PDFDocument, element: PDFDict, pages: ReadonlySet<PDFRef>): boolean {
  if (pages.size === 0) return false
  const page = element.get(PDFName.of('Pg'))
  if (page instanceof PDFRef) return pages.has(page)
  return kidsOf(doc, element).some((kid) => {
    const dict = doc.context.lookup(kid)
    return dict instanceof PDFDict && onPages(doc, dict, pages)
  })
}

/** The kids (looked up) that are lists (L) right after a heading kid (H1 to H6). */
function listsAfterHeadings(kids: readonly (PDFObject | undefined)[]): PDFDict[] {
  return kids.flatMap((kid, index) => {
    const before = kids[index - 1]
    if (!(kid instanceof PDFDict) || !(before instanceof PDFDict)) return []
    const heading = headings.has(before.lookupMaybe(S, PDFName) as PDFName)
    return heading && kid.get(S) === L ? [kid] : []
  })
}
