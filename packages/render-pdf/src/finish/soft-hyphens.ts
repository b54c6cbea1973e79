// Soft hyphens in the text layer. The print HTML marks every place a word may break with a soft
// hyphen (U+00AD; see `hyphenate.ts`), and Chromium writes each one into the PDF as a
// zero-width glyph whose ActualText is U+00AD, so an extractor reads `revo­lu­tion` and a search
// for `revolution` fails. A soft hyphen where the line did not break (the glyph with no advance:
// `0 0 Td` follows it) is given an empty ActualText; one that ends a line, drawn as a hyphen,
// keeps U+00AD, which marks it as a break for extractors to join.
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFArray, type PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib'

const unbroken = /\/Span<<\/ActualText <FEFF00AD> >> BDC\n([^\n]*? Tj)\nEMC\n(?=0 0 Td )/g

/** Empties the ActualText of every soft hyphen not at a line's end; returns how many. */
export function clearSoftHyphens(doc: PDFDocument): number {
  let cleared = 0
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs: PDFRef[] =
      contents instanceof PDFArray
        ? (contents.asArray() as PDFRef[])
        : contents
          ? [contents as PDFRef]
          : []
    for (const ref of refs) cleared += clearIn(doc, ref)
  }
  return cleared
}

/** The soft hyphens of one content stream, cleared; how many. */
function clearIn(doc: PDFDocument, ref: PDFRef): number {
  const stream = doc.context.lookup(ref)
  if (!(stream instanceof PDFRawStream)) return 0
  // Node's zlib rather than pdf-lib's own: the same bytes, read and written some ten times faster.
  const flate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')
  const raw = stream.getContents()
  const text = Buffer.from(flate ? inflateSync(raw) : raw).toString('latin1')
  if (!text.includes('<FEFF00AD>')) return 0
  let count = 0
  const changed = text.replace(unbroken, (_, glyph: string) => {
    count++
    return `/Span<</ActualText () >> BDC\n${glyph}\nEMC\n`
  })
  if (count === 0) return 0
  const bytes = Buffer.from(changed, 'latin1')
  doc.context.assign(
    ref,
    doc.context.stream(flate ? deflateSync(bytes) : bytes, flate ? { Filter: 'FlateDecode' } : {})
  )
  return count
}
