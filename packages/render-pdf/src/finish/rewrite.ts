// Edits to the text of every page's content streams, as Chromium wrote them: each stream read
// once (Node's zlib, some ten times faster than pdf-lib's own inflate and deflate), every edit
// applied, and written back only if one changed it.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFArray, type PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib'

/** An edit of a content stream's text (its bytes as Latin-1), on the page of that index. */
export type ContentEdit = (text: string, page: number) => string

/**
 * Applies `edits` in order to every content stream of every page of `doc`, a page a turn of the
 * event loop (see `preparePart`).
 */
export async function rewriteContents(
  doc: PDFDocument,
  edits: readonly ContentEdit[]
): Promise<void> {
  for (const [index, page] of doc.getPages().entries()) {
    await nextTurn()
    const contents = page.node.get(PDFName.of('Contents'))
    const refs: PDFRef[] =
      contents instanceof PDFArray
        ? (contents.asArray() as PDFRef[])
        : contents
          ? [contents as PDFRef]
          : []
    for (const ref of refs) rewriteStream(doc, ref, index, edits)
  }
}

function rewriteStream(
  doc: PDFDocument,
  ref: PDFRef,
  page: number,
  edits: readonly ContentEdit[]
): void {
  const stream = doc.context.lookup(ref)
  if (!(stream instanceof PDFRawStream)) return
  const flate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')
  const raw = stream.getContents()
  const text = Buffer.from(flate ? inflateSync(raw) : raw).toString('latin1')
  const changed = edits.reduce((value, edit) => edit(value, page), text)
  if (changed === text) return
  const bytes = Buffer.from(changed, 'latin1')
  doc.context.assign(
    ref,
    doc.context.stream(flate ? deflateSync(bytes) : bytes, flate ? { Filter: 'FlateDecode' } : {})
  )
}
