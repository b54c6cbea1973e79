// The printed contents as PDF/UA-1 reads them: a `TOC` of `TOCI`s (ISO 32000-1, Table 333),
// where Chromium tags the list it is printed as `L` and `LI`. The page script gives the contents'
// `nav` `role="group"`, which Chromium 156 tags as a `Div` (nothing else in the print HTML is
// one; Chromium 143 tags it a NonStruct, and the list is then found on the front matter's pages):
// each list in it becomes a TOC, each item a TOCI, and what it holds (the title and the folio,
// each a NonStruct) stays as it is.
import { type PDFDict, type PDFDocument, PDFName } from 'pdf-lib'
import { elementsOf } from './struct-kids.js'

/** Makes each list straight in `element`, a Div, a TOC. */
export function asContents(doc: PDFDocument, element: PDFDict): void {
  for (const kid of elementsOf(doc, element)) {
    if (kid.get(PDFName.of('S')) === PDFName.of('L')) asToc(doc, kid)
  }
}

/** Makes `list` (an L) a TOC, its items TOCIs, lists inside them TOCs too. */
export function asToc(doc: PDFDocument, list: PDFDict): void {
  list.set(PDFName.of('S'), PDFName.of('TOC'))
  // Chromium's list attributes (`/O /List /ListNumbering`) are a list's, not a TOC's.
  list.delete(PDFName.of('A'))
  for (const item of elementsOf(doc, list)) {
    if (item.get(PDFName.of('S')) !== PDFName.of('LI')) continue
    item.set(PDFName.of('S'), PDFName.of('TOCI'))
    for (const kid of elementsOf(doc, item)) {
      const role = kid.get(PDFName.of('S'))
      if (role === PDFName.of('L')) asToc(doc, kid)
      else if (role === PDFName.of('LBody')) kid.set(PDFName.of('S'), PDFName.of('NonStruct'))
    }
  }
}
