// What each link says it does, for a reader that announces links (PDF/UA-1 7.18.5: a link
// annotation's /Contents is its alternate description): the label or text of the HTML link,
// found by the destination it leads to; a link whose destination has none says where it goes.
import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { decodeKey } from './dests.js'
import { textString } from './text.js'

/** Sets /Contents on every link annotation without one, from `names` by destination. */
export function describeLinks(doc: PDFDocument, names: ReadonlyMap<string, string>): void {
  for (const page of doc.getPages()) {
    const annotations = page.node.Annots()
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      const annotation = annotations?.lookup(index)
      if (!(annotation instanceof PDFDict)) continue
      if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue
      if (annotation.has(PDFName.of('Contents'))) continue
      const target = destinationOf(annotation)
      const name = target === undefined ? undefined : (names.get(target) ?? target)
      if (name !== undefined) annotation.set(PDFName.of('Contents'), textString(name))
    }
  }
}

/** The named destination (or URI) a link leads to. */
function destinationOf(annotation: PDFDict): string | undefined {
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict)
  const dest = action
    ? (action.lookup(PDFName.of('D')) ?? action.lookup(PDFName.of('URI')))
    : annotation.lookup(PDFName.of('Dest'))
  if (dest instanceof PDFString || dest instanceof PDFHexString) return decodeKey(dest)
  if (dest instanceof PDFName) return dest.decodeText()
  return undefined
}
