// Lays the running heads and folios, printed by Chromium as a separate PDF, over the pages.
import {
  concatTransformationMatrix,
  drawObject,
  type PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState
} from 'pdf-lib'
import { drawOver, freshResourceName } from './content.js'

// Page sizes are equal when printed from the same @page rule; this allows for rounding.
const SIZE_TOLERANCE = 0.5

/** Draws page `source` of `furniture` over page `target` of `doc`, for each pair. */
export async function overlay(
  doc: PDFDocument,
  furniture: Uint8Array,
  pages: readonly { target: number; source: number }[]
): Promise<void> {
  const pageCount = doc.getPageCount()
  for (const { target } of pages) {
    if (!Number.isInteger(target) || target < 0 || target >= pageCount) {
      throw new RangeError(`Unexpected target page \`${target}\`; expected 0 to ${pageCount - 1}`)
    }
  }
  // embedPdf throws for a source page the furniture does not have.
  const sources = [...new Set(pages.map(({ source }) => source))]
  const embedded = new Map(
    (await doc.embedPdf(furniture, sources)).map((page, index) => [sources[index], page])
  )
  for (const { target, source } of pages) {
    const page = doc.getPage(target)
    const furniturePage = embedded.get(source)
    if (!furniturePage) continue
    // After addBleed the trim, not the media, is where Chromium's page belongs.
    const trim = page.node.has(PDFName.of('TrimBox')) ? page.getTrimBox() : page.getMediaBox()
    if (
      Math.abs(trim.width - furniturePage.width) > SIZE_TOLERANCE ||
      Math.abs(trim.height - furniturePage.height) > SIZE_TOLERANCE
    ) {
      throw new RangeError(
        `Unexpected furniture page \`${source}\` of ${furniturePage.width}x${furniturePage.height} pt over page \`${target}\` of ${trim.width}x${trim.height} pt; expected the same size`
      )
    }
    const name = freshResourceName(page, 'XObject', `Furniture${source}`)
    page.node.setXObject(name, furniturePage.ref)
    drawOver(doc, page, [
      pushGraphicsState(),
      concatTransformationMatrix(1, 0, 0, 1, trim.x, trim.y),
      drawObject(name),
      popGraphicsState()
    ])
  }
}
