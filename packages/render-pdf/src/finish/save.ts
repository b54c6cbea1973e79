// Serialising with the same bytes for the same input.
import { type PDFDocument, PDFHexString } from 'pdf-lib'

// 16 bytes, the usual length of a file identifier.
const ID_HEX_DIGITS = 32

export interface SaveOptions {
  /** Hex seed for the trailer /ID, e.g. a hash of the sources. */
  id: string
}

/**
 * The document's bytes, reproducible: the trailer /ID comes from `id` rather than the clock,
 * and nothing else varies (pdf-lib numbers objects in the order they were made and writes
 * them in that order). Dates are whatever setMetadata pinned.
 */
export async function save(doc: PDFDocument, options: SaveOptions): Promise<Uint8Array> {
  if (!/^(?:[0-9a-f]{2})+$/i.test(options.id)) {
    throw new TypeError(`Unexpected id \`${options.id}\`; expected an even number of hex digits`)
  }
  const id = PDFHexString.of(options.id.toLowerCase().slice(0, ID_HEX_DIGITS))
  // Both halves alike: this is the file's first version.
  doc.context.trailerInfo.ID = doc.context.obj([id, id])
  return doc.save({
    useObjectStreams: true,
    // An empty document is a caller's bug, not something to pad with a page.
    addDefaultPage: false,
    // Written in one go: by default pdf-lib waits for a timer (a millisecond at least) every 50
    // objects, and a tagged book has tens of thousands (its structure elements).
    objectsPerTick: Number.POSITIVE_INFINITY
  })
}
