// A part's PDF made ready to be stitched, as soon as Chromium has printed it, while the browser
// lays out the parts after it: parsed, its content streams edited, its glyphs' text corrected.
// Each of these reads that part's pages alone: Chromium prints a part with fonts of its own,
// and the stitched book copies every object of a part as it stands, so the book is the same
// as when they ran on the whole book after the last part (about 1 s of the tagged 10-chapter
// book's finishing, which ran after the browser had closed).
import { ParseSpeeds, PDFDocument } from 'pdf-lib'
import { correctGlyphText } from './glyph-text.js'
import { type ContentEdit, rewriteContents } from './rewrite.js'

/**
 * `bytes` parsed, `edits` applied to its content streams (page indexes from the part's first),
 * its glyph text corrected; the edits and the reading a page a turn of the event loop, so that
 * the browser's next part is not kept waiting for its messages.
 */
export async function preparePart(
  bytes: Uint8Array,
  edits: readonly ContentEdit[]
): Promise<PDFDocument> {
  // Parsed in one go: by default pdf-lib waits for a timer (a millisecond at least) every 100
  // objects, and a tagged part has thousands (its structure elements).
  const doc = await PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest
  })
  await rewriteContents(doc, edits)
  await correctGlyphText(doc)
  return doc
}
