// A print edition says what it is made for: an output intent with the gray profile (the
// condition a press converts from), and, when nothing on its pages is in colour, the PDF/X-4
// identification preflight tools look for (the Info dictionary's /GTS_PDFXVersion and
// /Trapped; the XMP's `pdfxid:GTS_PDFXVersion`, written with the metadata). A page with an RGB
// image or RGB colour left after the greys were made DeviceGray cannot be PDF/X with a gray
// intent: such a PDF gets the intent but not the identification, and the pages are named.
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFObject,
  type PDFPage,
  PDFRawStream,
  PDFRef,
  PDFString
} from 'pdf-lib'
import { grayProfile, grayProfileName } from './gray-profile.js'
import type { ContentEdit } from './rewrite.js'

/** Adds the output intent: `/OutputIntents [<< /S /GTS_PDFX … /DestOutputProfile … >>]`. */
export function addOutputIntent(doc: PDFDocument): void {
  const { context } = doc
  const profile = context.register(
    context.flateStream(grayProfile(), { N: 1, Alternate: PDFName.of('DeviceGray') })
  )
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of('Custom'),
    OutputCondition: PDFString.of('Printing in one ink (black) on paper'),
    Info: PDFString.of(grayProfileName),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile
  })
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]))
}

/** Identifies the document as PDF/X-4 in its Info dictionary (the XMP says it too). */
export function identifyPdfx(doc: PDFDocument): void {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of('PDF/X-4'))
  info.set(PDFName.of('Trapped'), PDFName.of('False'))
}

/**
 * A content edit that changes nothing and notes the pages whose content sets an RGB colour
 * (`r g b rg`): run after the greys are made DeviceGray, in the one pass over the content.
 */
export function rgbWatch(): { edit: ContentEdit; pages: Set<number> } {
  const pages = new Set<number>()
  const edit: ContentEdit = (text, page) => {
    if (/\s(?:rg|RG)\s/.test(` ${text} `)) pages.add(page)
    return text
  }
  return { edit, pages }
}

/**
 * The 1-based numbers of the pages with colour on them: an RGB image, or RGB in the content
 * (`rgbText`, the 0-based indexes `rgbWatch` noted).
 */
export function colourPages(doc: PDFDocument, rgbText: ReadonlySet<number>): number[] {
  return doc
    .getPages()
    .flatMap((page, index) => (rgbImages(page).length > 0 || rgbText.has(index) ? [index + 1] : []))
}

/** The page's images (its own and its forms') whose colour space is RGB. */
function rgbImages(page: PDFPage): PDFRawStream[] {
  const found: PDFRawStream[] = []
  const seen = new Set<PDFObject>()
  const visit = (resources: PDFDict | undefined) => {
    const objects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
    for (const [, value] of objects?.entries() ?? []) {
      const stream = page.doc.context.lookup(value)
      if (!(stream instanceof PDFRawStream) || seen.has(stream)) continue
      seen.add(stream)
      const subtype = stream.dict.get(PDFName.of('Subtype'))
      if (
        subtype === PDFName.of('Image') &&
        isRgb(page, stream.dict.get(PDFName.of('ColorSpace')))
      ) {
        found.push(stream)
      }
      if (subtype === PDFName.of('Form'))
        visit(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict))
    }
  }
  visit(page.node.Resources())
  return found
}

/** Whether a colour space is RGB: DeviceRGB, CalRGB, an ICC profile of three channels, or indexed on one. */
function isRgb(page: PDFPage, value: PDFObject | undefined): boolean {
  const space = value instanceof PDFRef ? page.doc.context.lookup(value) : value
  if (space === PDFName.of('DeviceRGB')) return true
  if (!(space instanceof PDFArray)) return false
  const family = space.get(0)
  if (family === PDFName.of('CalRGB')) return true
  if (family === PDFName.of('Indexed')) return isRgb(page, space.get(1))
  if (family !== PDFName.of('ICCBased')) return false
  const profile = page.doc.context.lookup(space.get(1))
  return profile instanceof PDFRawStream && String(profile.dict.get(PDFName.of('N'))) === '3'
}
