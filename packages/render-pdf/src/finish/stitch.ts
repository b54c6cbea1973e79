// Joins the chapters Chromium printed one by one into a single document, keeping their links
// and their structure (tags).
import {
  ParseSpeeds,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFObject,
  type PDFPage,
  PDFRef
} from 'pdf-lib'
import { destArray, readDests, writeDests } from './dests.js'
import { joinSplitElements } from './split-elements.js'
import { bookStructure, joinStructure, writeStructure } from './struct-tree.js'
import { byteString } from './text.js'

/** A part's PDF: its bytes, or the document `preparePart` made of them; or a blank page. */
export type StitchPart = Uint8Array | PDFDocument | { blank: { width: number; height: number } }

// Skia writes the PDF 1.1 form: a /Dests dictionary in the catalog keyed by names, and
// links whose /Dest is a name, e.g. `/Dest /p12` with `/Dests << /p12 [3 0 R /XYZ 6 792 0] >>`.
// A name tree too, in case a later Skia switches to it.
function partDests(part: PDFDocument): Map<string, PDFObject> {
  const dests = readDests(part)
  const dictionary = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [key, value] of dictionary?.entries() ?? []) dests.set(key.decodeText(), value)
  return dests
}

/** The destination written with a name becomes a string: the key of the merged name tree. */
function toNameTreeKey(dest: PDFObject | undefined): PDFObject | undefined {
  return dest instanceof PDFName ? byteString(dest.decodeText()) : undefined
}

function relinkAnnotations(doc: PDFDocument, page: PDFPage): void {
  const annotations = page.node.Annots()
  if (!annotations) return
  for (let index = 0; index < annotations.size(); index++) {
    const annotation = annotations.lookup(index)
    if (!(annotation instanceof PDFDict)) continue
    if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue
    const dest = toNameTreeKey(annotation.lookup(PDFName.of('Dest')))
    if (dest) annotation.set(PDFName.of('Dest'), dest)
    const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict)
    if (action?.get(PDFName.of('S')) === PDFName.of('GoTo')) {
      const target = toNameTreeKey(doc.context.lookup(action.get(PDFName.of('D'))))
      if (target) action.set(PDFName.of('D'), target)
    }
  }
}

/**
 * A new document with every page of each part in order, and a blank page wherever one is
 * asked for (to start a chapter on a right-hand page). The parts' named destinations are
 * gathered into one /Names /Dests tree and their links point at it, so `href="#id"` links
 * still work; names must be unique across parts. The parts' structure trees become one, under
 * a single /Document element (see `struct-tree.ts`), each block split across pages one element
 * (`split-elements.ts`).
 */
export async function stitch(parts: readonly StitchPart[]): Promise<PDFDocument> {
  // Without `updateMetadata: false` pdf-lib stamps the current time and its own name.
  const doc = await PDFDocument.create({ updateMetadata: false })
  const dests = new Map<string, PDFObject>()
  const structure = bookStructure(doc)
  for (const [partIndex, part] of parts.entries()) {
    if ('blank' in part) {
      const { width, height } = part.blank
      if (!(width > 0 && height > 0)) {
        throw new RangeError(
          `Unexpected blank page size \`${width}x${height}\`; expected points > 0`
        )
      }
      doc.addPage([width, height])
      continue
    }
    // Parsed in one go: by default pdf-lib waits for a timer (a millisecond at least) every 100
    // objects, and a tagged part has thousands (its structure elements).
    const source =
      part instanceof PDFDocument
        ? part
        : await PDFDocument.load(part, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
    const copied = await doc.copyPages(source, source.getPageIndices())
    const pageOf = new Map<PDFRef, PDFPage>()
    for (const [index, page] of copied.entries()) {
      doc.addPage(page)
      relinkAnnotations(doc, page)
      const sourcePage = source.getPage(index)
      pageOf.set(sourcePage.ref, page)
    }
    joinSplitElements(source)
    joinStructure(structure, doc, source, copied)
    for (const [name, value] of partDests(source)) {
      const array = destArray(source, value)
      const pageRef = array?.get(0)
      const page = pageRef instanceof PDFRef ? pageOf.get(pageRef) : undefined
      if (!array || !page) continue
      if (dests.has(name)) {
        throw new Error(
          `Unexpected destination \`${name}\` again in part \`${partIndex}\`; expected ids unique across parts`
        )
      }
      const rest = array.asArray().slice(1)
      dests.set(name, doc.context.obj([page.ref, ...rest]))
    }
  }
  if (dests.size > 0) writeDests(doc, dests)
  if (structure.kids.length > 0) writeStructure(doc, structure)
  return doc
}
