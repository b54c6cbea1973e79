// Page labels, so a viewer shows the printed folio (roman front matter, arabic body).
import { type PDFDocument, PDFName, PDFNumber } from 'pdf-lib'
import { textString } from './text.js'

export interface PageLabelRange {
  /** Index of the range's first page, from 0. */
  start: number
  /** Decimal, lower or upper roman, lower or upper letters; no numbers when absent. */
  style?: 'D' | 'r' | 'R' | 'a' | 'A'
  /** The number of the range's first page; 1 when absent. */
  first?: number
  prefix?: string
}

/** Sets /PageLabels; the ranges must start at page 0 and may come in any order. */
export function setPageLabels(doc: PDFDocument, ranges: readonly PageLabelRange[]): void {
  const count = doc.getPageCount()
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  if (sorted[0]?.start !== 0) {
    throw new RangeError(
      `Unexpected first page label range at \`${sorted[0]?.start}\`; expected one at page 0`
    )
  }
  const nums = doc.context.obj([])
  for (const [index, range] of sorted.entries()) {
    if (!Number.isInteger(range.start) || range.start >= count) {
      throw new RangeError(`Unexpected range start \`${range.start}\`; expected 0 to ${count - 1}`)
    }
    if (sorted[index - 1]?.start === range.start) {
      throw new RangeError(`Unexpected second range at \`${range.start}\`; expected one per start`)
    }
    if (range.first !== undefined && !(Number.isInteger(range.first) && range.first >= 1)) {
      throw new RangeError(`Unexpected first number \`${range.first}\`; expected an integer >= 1`)
    }
    const label = doc.context.obj({})
    if (range.style !== undefined) label.set(PDFName.of('S'), PDFName.of(range.style))
    if (range.prefix !== undefined) label.set(PDFName.of('P'), textString(range.prefix))
    if (range.first !== undefined && range.first !== 1) {
      label.set(PDFName.of('St'), doc.context.obj(range.first))
    }
    nums.push(PDFNumber.of(range.start))
    nums.push(label)
  }
  const tree = doc.context.obj({ Nums: nums })
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.register(tree))
}
