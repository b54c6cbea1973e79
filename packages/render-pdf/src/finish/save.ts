// Serialising with the same bytes for the same input, the objects that may be packed into
// compressed object streams.
import { deflateSync } from 'node:zlib'
import {
  type PDFContext,
  PDFCrossRefStream,
  type PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  type PDFObject,
  PDFObjectStream,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter
} from 'pdf-lib'

// 16 bytes, the usual length of a file identifier.
const ID_HEX_DIGITS = 32

// Objects in each compressed object stream. pdf-lib's `save` puts 50 in each, and a tagged
// book's tens of thousands of structure elements made hundreds of streams, each compressed
// apart (the 10-chapter book: 360 streams, 0.29 s); with 200, 0.15 s and a file 50 KB smaller.
const OBJECTS_PER_STREAM = 200

export interface SaveOptions {
  /** Hex seed for the trailer /ID, e.g. a hash of the sources. */
  id: string
}

/**
 * The document's bytes, reproducible: the trailer /ID comes from `id` rather than the clock,
 * and nothing else varies (pdf-lib numbers objects in the order they were made and writes
 * them in that order). Dates are whatever setMetadata pinned. An empty document is a caller's
 * bug, not something to pad with a page.
 */
export async function save(doc: PDFDocument, options: SaveOptions): Promise<Uint8Array> {
  if (!/^(?:[0-9a-f]{2})+$/i.test(options.id)) {
    throw new TypeError(`Unexpected id \`${options.id}\`; expected an even number of hex digits`)
  }
  const id = PDFHexString.of(options.id.toLowerCase().slice(0, ID_HEX_DIGITS))
  // Both halves alike: this is the file's first version.
  doc.context.trailerInfo.ID = doc.context.obj([id, id])
  // What the document still has to embed (pdf-lib's fonts, images, pages) is written into it.
  await doc.flush()
  return ObjectStreamWriter.of(doc.context).serializeToBuffer()
}

type Entry = [PDFRef, PDFObject]

/**
 * pdf-lib's writer with the layout of its `save`: every object that may be is packed into an
 * object stream (`OBJECTS_PER_STREAM` to a stream), the rest written as they are, and a
 * cross-reference stream says where each is. The object streams are compressed by Node's zlib,
 * where pdf-lib's own writer compresses them in JavaScript (pako): for the tagged 10-chapter
 * book, tens of thousands of structure elements, and the last step of the render. Written in
 * one go (pdf-lib's default waits for a timer every 50 objects).
 */
class ObjectStreamWriter extends PDFWriter {
  static of(context: PDFContext): ObjectStreamWriter {
    return new ObjectStreamWriter(context, Number.POSITIVE_INFINITY)
  }

  protected override async computeBufferSize() {
    const header = PDFHeader.forVersion(1, 7)
    // The header and the blank line after it.
    let size = header.sizeInBytes() + 2
    let next = this.context.largestObjectNumber + 1
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), true)
    const written: Entry[] = []
    const place = (entry: Entry) => {
      xref.addUncompressedEntry(entry[0], size)
      size += this.computeIndirectObjectSize(entry)
      written.push(entry)
    }
    const packs: { ref: PDFRef; entries: Entry[] }[] = []
    for (const entry of this.context.enumerateIndirectObjects()) {
      if (!this.packable(entry)) {
        place(entry)
        continue
      }
      let pack = packs[packs.length - 1]
      if (!pack || pack.entries.length === OBJECTS_PER_STREAM) {
        pack = { ref: PDFRef.of(next++), entries: [] }
        packs.push(pack)
      }
      xref.addCompressedEntry(entry[0], pack.ref, pack.entries.length)
      pack.entries.push(entry)
    }
    for (const pack of packs) place([pack.ref, this.objectStream(pack.entries)])
    const xrefRef = PDFRef.of(next++)
    xref.dict.set(PDFName.of('Size'), this.context.obj(next))
    const xrefOffset = size
    place([xrefRef, xref])
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset)
    size += trailer.sizeInBytes()
    return { size, header, indirectObjects: written, trailer }
  }

  /**
   * Whether an object may stand in an object stream: not a stream, nor the encryption
   * dictionary, nor of a later generation.
   */
  private packable([ref, object]: Entry): boolean {
    return (
      ref !== this.context.trailerInfo.Encrypt &&
      !(object instanceof PDFStream) &&
      !(object instanceof PDFInvalidObject) &&
      ref.generationNumber === 0
    )
  }

  /** An object stream of `entries`, Flate-compressed. */
  private objectStream(entries: Entry[]): PDFRawStream {
    const plain = PDFObjectStream.withContextAndObjects(this.context, entries, false)
    const dict = plain.dict.clone(this.context)
    dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'))
    return PDFRawStream.of(dict, deflateSync(plain.getUnencodedContents()))
  }
}
