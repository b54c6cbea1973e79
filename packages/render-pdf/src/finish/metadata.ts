// Document metadata, written twice over (Info dictionary and XMP) so every reader sees the same.
import { type PDFDocument, PDFName, PDFRef } from 'pdf-lib'
import { shownText } from './text.js'
import { keywordsText, type Metadata, xmpPacket } from './xmp.js'

export type { Metadata } from './xmp.js'

/**
 * Sets the Info dictionary, the catalog's /Lang and an XMP metadata stream. `date` is the
 * only date written, and only when given: pass a pinned one (a source date) or none, to keep
 * the bytes reproducible.
 */
export function setMetadata(doc: PDFDocument, given: Metadata): void {
  if (given.date !== undefined && Number.isNaN(given.date.getTime())) {
    throw new RangeError('Unexpected invalid `date`; expected a valid Date')
  }
  const metadata = shownMetadata(given)
  doc.setTitle(metadata.title, { showInWindowTitleBar: true })
  if (metadata.author !== undefined) doc.setAuthor(metadata.author)
  if (metadata.subject !== undefined) doc.setSubject(metadata.subject)
  // pdf-lib joins keywords with spaces, which loses keywords that contain one.
  if (metadata.keywords !== undefined) doc.setKeywords([keywordsText(metadata.keywords)])
  doc.setCreator(metadata.creator)
  doc.setProducer(metadata.producer)
  if (metadata.date !== undefined) {
    doc.setCreationDate(metadata.date)
    doc.setModificationDate(metadata.date)
  }
  doc.setLanguage(metadata.language)

  // Uncompressed, as PDF/A asks, so tools that scan for the packet find it.
  const { context } = doc
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(metadata)), {
    Type: 'Metadata',
    Subtype: 'XML'
  })
  const current = doc.catalog.get(PDFName.of('Metadata'))
  if (current instanceof PDFRef) {
    context.assign(current, xmp)
  } else {
    doc.catalog.set(PDFName.of('Metadata'), context.register(xmp))
  }
}

/** The words of `metadata` as a viewer shows them, the same in the Info dictionary and XMP. */
function shownMetadata(metadata: Metadata): Metadata {
  const shown: Metadata = { ...metadata, title: shownText(metadata.title) }
  if (metadata.author !== undefined) shown.author = shownText(metadata.author)
  if (metadata.subject !== undefined) shown.subject = shownText(metadata.subject)
  if (metadata.keywords !== undefined) shown.keywords = metadata.keywords.map(shownText)
  return shown
}
