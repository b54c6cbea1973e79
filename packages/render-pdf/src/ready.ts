// Each paginated part made ready to stitch while the browser lays out the parts after it (see
// `finish/part.ts`): the work the finishing did on the whole book once the browser had closed.

import { setImmediate as nextTurn } from 'node:timers/promises'
import type { PDFDocument } from 'pdf-lib'
import {
  type ContentEdit,
  clearSoftHyphens,
  grayColours,
  markArtifacts,
  preparePart,
  rgbWatch
} from './finish/index.js'
import type { Settings } from './options.js'
import type { PaginatedPart } from './paginate.js'

/** A part's PDF being made ready to stitch, and the pages (from the part's first) its content paints in RGB on. */
export interface Ready {
  doc: Promise<PDFDocument>
  rgb: ReadonlySet<number>
}

/**
 * Makes each part ready to stitch as soon as it is printed (see `preparePart`), one part after
 * another, each in a turn of the event loop of its own: the browser goes on laying out the
 * next parts meanwhile. A print edition notes, in the same pass over the content, the pages
 * with RGB colour on them.
 */
export function readier(settings: Settings): (part: PaginatedPart) => Ready {
  let queue: Promise<unknown> = Promise.resolve()
  return (part) => {
    const rgb = rgbWatch()
    const edits: ContentEdit[] = [clearSoftHyphens, grayColours]
    if (settings.tagged) edits.push(markArtifacts)
    if (settings.print) edits.push(rgb.edit)
    const doc = queue.then(() => nextTurn()).then(() => preparePart(part.pdf, edits))
    queue = doc.catch(() => {})
    // A failure is the stitch's error; until then, nobody waits for it.
    doc.catch(() => {})
    return { doc, rgb: rgb.pages }
  }
}

/** The book's pages (0-based) with RGB in their content, from each part's own. */
export function rgbPages(
  front: Ready,
  plans: readonly { ready: Ready; firstIndex: number }[]
): Set<number> {
  const pages = new Set(front.rgb)
  for (const plan of plans) for (const page of plan.ready.rgb) pages.add(plan.firstIndex + page)
  return pages
}
