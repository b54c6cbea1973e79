// Notes as PDF/UA-1 reads them (7.9): a `Note` element with a unique /ID, its number a `Lbl`. The
// page script gives each note, at the foot of a page or after a chapter, `role="complementary"`,
// which Chromium tags as an `Aside` (it has no tag for `doc-footnote`); nothing else in the
// print HTML is one. Each becomes a Note, numbered in reading order (`note-1`, `note-2`…, the
// page's own ids not being in the tree), and the first element it holds that holds only
// content, the note's number (the print HTML puts it first), becomes its Lbl.
import { type PDFDict, type PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { elementsOf } from './struct-kids.js'

/** Makes `element`, an Aside, the `count`th Note. */
export function asNote(doc: PDFDocument, element: PDFDict, count: number): void {
  element.set(PDFName.of('S'), PDFName.of('Note'))
  element.set(PDFName.of('ID'), PDFString.of(`note-${count}`))
  const label = firstLeaf(doc, element)
  if (label && label.get(PDFName.of('S')) !== PDFName.of('Lbl')) {
    label.set(PDFName.of('S'), PDFName.of('Lbl'))
  }
}

/** The first element under `element` whose kids are all content, depth first; or a Lbl. */
function firstLeaf(doc: PDFDocument, element: PDFDict): PDFDict | undefined {
  const kids = elementsOf(doc, element)
  for (const kid of kids) {
    if (kid.get(PDFName.of('S')) === PDFName.of('Lbl')) return kid
    if (elementsOf(doc, kid).length === 0) return kid
    const leaf = firstLeaf(doc, kid)
    if (leaf) return leaf
  }
  return undefined
}
