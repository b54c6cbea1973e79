// An element Paged.js splits across a page break as one element (ISO 32000-1, 14.7.4: an
// element's marked content may lie on several pages, each MCR naming its own): a paragraph (P), a
// block quotation (BlockQuote), a list (L) and its items (LI), a note (Note, an Aside until the
// finishing). Chromium tags each fragment as an element of its own and writes nothing that tells
// them apart, but for an element's language when it differs from its parent's: the page script
// gives each fragment of a split element its language with a private-use tag (`en-x-colsplit-3`,
// the 3rd element split in the part), read here, taken off again, and the later fragments'
// content moved into the first's element, whichever its role. Fragments nest (a list split
// in one of its items, split in its paragraph): the outer ones are joined first, in reading
// order, so that the inner ones' fragments meet in the one element before they are joined.
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRef,
  PDFString
} from 'pdf-lib'
import { kidsOf } from './struct-kids.js'

/** The private-use subtag that marks a fragment's language (a subtag has at most 8 letters). */
export const splitSubtag = 'colsplit'

const marked = new RegExp(`^(.+)-x-${splitSubtag}-(\\d+)$`)

const Type = PDFName.of('Type')
const MCR = PDFName.of('MCR')
const OBJR = PDFName.of('OBJR')
const Lang = PDFName.of('Lang')

interface Fragment {
  ref: PDFRef
  element: PDFDict
}

/** Joins the fragments of each split element in the part's structure tree; none without one. */
export function joinSplitElements(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) return
  const groups = markedFragments(doc, root)
  const joined = new Map<PDFRef, PDFRef>()
  for (const [first, ...rest] of groups.values()) {
    if (!first) continue
    for (const fragment of rest) {
      if (moveContent(doc, fragment, first)) {
        detach(doc, fragment.ref, fragment.element)
        joined.set(fragment.ref, first.ref)
      }
    }
  }
  if (joined.size > 0) renameOwners(doc, root.get(PDFName.of('ParentTree')), joined)
}

/**
 * The marked fragments by element, the outer before the inner, in reading order; each fragment's language set back to
 * what it was marked on (none where that is its parent's).
 */
function markedFragments(doc: PDFDocument, root: PDFDict): Map<string, Fragment[]> {
  const groups = new Map<string, Fragment[]>()
  const visit = (ref: PDFObject, inherited: string | undefined) => {
    const element = doc.context.lookup(ref)
    if (!(element instanceof PDFDict) || !(ref instanceof PDFRef)) return
    const type = element.get(Type)
    if (type === MCR || type === OBJR) return
    let lang = textOf(element.lookup(Lang)) ?? inherited
    const match = lang === undefined ? null : marked.exec(lang)
    if (match?.[1] && match[2]) {
      lang = match[1]
      if (lang === inherited) element.delete(Lang)
      else element.set(Lang, PDFString.of(lang))
      const group = groups.get(match[2]) ?? []
      group.push({ ref, element })
      groups.set(match[2], group)
    }
    for (const kid of kidsOf(doc, element)) visit(kid, lang)
  }
  for (const kid of kidsOf(doc, root)) visit(kid, undefined)
  return groups
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : undefined
}

/**
 * Appends the content of `from` to `to`'s: its elements re-parented, its marked content as MCRs
 * naming their page. False (nothing moved) if a bare MCID has no page to name.
 */
function moveContent(doc: PDFDocument, from: Fragment, to: Fragment): boolean {
  const page = from.element.get(PDFName.of('Pg'))
  const kids = kidsOf(doc, from.element)
  if (page === undefined && kids.some((kid) => kid instanceof PDFNumber)) return false
  const moved = kids.map((kid) => {
    if (kid instanceof PDFNumber) {
      return page === undefined ? kid : doc.context.obj({ Type: 'MCR', Pg: page, MCID: kid })
    }
    const dict = doc.context.lookup(kid)
    if (!(dict instanceof PDFDict)) return kid
    const type = dict.get(PDFName.of('Type'))
    if (type === PDFName.of('MCR') || type === PDFName.of('OBJR')) {
      if (page !== undefined && !dict.has(PDFName.of('Pg'))) dict.set(PDFName.of('Pg'), page)
    } else {
      dict.set(PDFName.of('P'), to.ref)
    }
    return kid
  })
  to.element.set(PDFName.of('K'), doc.context.obj([...kidsOf(doc, to.element), ...moved]))
  from.element.delete(PDFName.of('K'))
  return true
}

/** Takes the element out of its parent, and each ancestor left empty out of its own. */
function detach(doc: PDFDocument, ref: PDFRef, element: PDFDict): void {
  const parentRef = element.get(PDFName.of('P'))
  const parent = parentRef === undefined ? undefined : doc.context.lookup(parentRef)
  if (!(parent instanceof PDFDict) || !(parentRef instanceof PDFRef)) return
  const kids = kidsOf(doc, parent).filter((kid) => kid !== ref)
  if (kids.length > 0) {
    parent.set(PDFName.of('K'), doc.context.obj(kids))
    return
  }
  parent.delete(PDFName.of('K'))
  // The tree's root and Chromium's one Document stay, however empty.
  const role = parent.get(PDFName.of('S'))
  if (parent.get(PDFName.of('Type')) === PDFName.of('StructTreeRoot')) return
  if (role === PDFName.of('Document')) return
  detach(doc, parentRef, parent)
}

/** The parent tree's entries (a page's array by MCID, or an annotation's element) renamed. */
function renameOwners(
  doc: PDFDocument,
  node: PDFObject | undefined,
  renamed: ReadonlyMap<PDFRef, PDFRef>
): void {
  const dict = node === undefined ? undefined : doc.context.lookup(node)
  if (!(dict instanceof PDFDict)) return
  const nums = dict.lookupMaybe(PDFName.of('Nums'), PDFArray)
  for (let index = 1; nums && index < nums.size(); index += 2) {
    const value = nums.get(index)
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value
    const to = value instanceof PDFRef ? renamed.get(value) : undefined
    if (resolved instanceof PDFArray) renameIn(resolved, renamed)
    else if (to) nums.set(index, to)
  }
  for (const kid of dict.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
    renameOwners(doc, kid, renamed)
  }
}

function renameIn(array: PDFArray, renamed: ReadonlyMap<PDFRef, PDFRef>): void {
  for (let index = 0; index < array.size(); index++) {
    const owner = array.get(index)
    const to = owner instanceof PDFRef ? renamed.get(owner) : undefined
    if (to) array.set(index, to)
  }
}
