// Print mode: bleed around the trim, and crop marks in a slug outside it.
import {
  beginMarkedContent,
  endMarkedContent,
  LineCapStyle,
  lineTo,
  moveTo,
  type PDFDocument,
  PDFName,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  setLineCap,
  setLineWidth,
  setStrokingCmykColor,
  stroke
} from 'pdf-lib'
import { drawOver } from './content.js'

export interface BleedOptions {
  bleedMm: number
  marks: boolean
}

const POINTS_PER_MM = 72 / 25.4
// Crop marks start this far beyond the bleed, so none touches it, and run this long.
export const MARK_GAP_MM = 1
export const MARK_LENGTH_MM = 6
// Room left between the marks' outer ends and the sheet's edge.
const SLUG_MARGIN_MM = 3
export const MARK_WIDTH_PT = 0.25

interface Box {
  x: number
  y: number
  width: number
  height: number
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by }
}

/** Two strokes per corner, on the lines of the trim's edges, outside the bleed. */
function cropMarks(trim: Box, bleed: number): PDFOperator[] {
  const near = bleed + MARK_GAP_MM * POINTS_PER_MM
  const far = near + MARK_LENGTH_MM * POINTS_PER_MM
  // Printer's marks, not the book's content: an artifact in the tagged PDF.
  const operators: PDFOperator[] = [
    beginMarkedContent('Artifact'),
    pushGraphicsState(),
    setLineWidth(MARK_WIDTH_PT),
    setLineCap(LineCapStyle.Butt),
    // Registration black: the marks print on every separation.
    setStrokingCmykColor(1, 1, 1, 1)
  ]
  for (const [x, outX] of [
    [trim.x, -1],
    [trim.x + trim.width, 1]
  ] as const) {
    for (const [y, outY] of [
      [trim.y, -1],
      [trim.y + trim.height, 1]
    ] as const) {
      operators.push(moveTo(x + outX * near, y), lineTo(x + outX * far, y))
      operators.push(moveTo(x, y + outY * near), lineTo(x, y + outY * far))
    }
  }
  operators.push(stroke(), popGraphicsState(), endMarkedContent())
  return operators
}

/**
 * Takes each page's MediaBox as its trim and grows the sheet around it: BleedBox is the trim
 * plus `bleedMm`, and with `marks` the MediaBox adds a slug carrying crop marks. The sheet
 * grows to negative coordinates rather than moving the content, so the trim keeps its place
 * in page space and links, destinations and bookmarks stay where they were.
 */
export function addBleed(doc: PDFDocument, options: BleedOptions): void {
  if (!(options.bleedMm >= 0)) {
    throw new RangeError(`Unexpected bleed \`${options.bleedMm}\` mm; expected 0 or more`)
  }
  const bleed = options.bleedMm * POINTS_PER_MM
  const slug = options.marks ? (MARK_GAP_MM + MARK_LENGTH_MM + SLUG_MARGIN_MM) * POINTS_PER_MM : 0
  for (const [index, page] of doc.getPages().entries()) {
    if (page.node.has(PDFName.of('TrimBox'))) {
      throw new Error(
        `Unexpected TrimBox on page \`${index}\`; expected addBleed once, on trim-size pages`
      )
    }
    const trim = page.getMediaBox()
    const bleedBox = grow(trim, bleed)
    const media = grow(bleedBox, slug)
    page.setMediaBox(media.x, media.y, media.width, media.height)
    if (page.node.has(PDFName.of('CropBox'))) {
      page.setCropBox(media.x, media.y, media.width, media.height)
    }
    page.setBleedBox(bleedBox.x, bleedBox.y, bleedBox.width, bleedBox.height)
    page.setTrimBox(trim.x, trim.y, trim.width, trim.height)
    if (options.marks) drawOver(doc, page, cropMarks(trim, bleed))
  }
}
