// The kids of a structure element (ISO 32000-1, 14.7.2), as the passes over the tree read them.
import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFObject } from 'pdf-lib'

const K = PDFName.of('K')
const Type = PDFName.of('Type')
const MCR = PDFName.of('MCR')
const OBJR = PDFName.of('OBJR')

/** Every kid of the element: structure elements, marked content (MCIDs, MCRs), object references. */
export function kidsOf(doc: PDFDocument, element: PDFDict): PDFObject[] {
  const k = element.get(K)
  const value = k === undefined ? undefined : doc.context.lookup(k)
  return value instanceof PDFArray ? value.asArray() : k === undefined ? [] : [k]
}

/** The element's kids that are structure elements (not marked content or object references). */
export function elementsOf(doc: PDFDocument, element: PDFDict): PDFDict[] {
  return kidsOf(doc, element).flatMap((kid) => {
    const dict = doc.context.lookup(kid)
    if (!(dict instanceof PDFDict)) return []
    const type = dict.get(Type)
    return type === MCR || type === OBJR ? [] : [dict]
  })
}
