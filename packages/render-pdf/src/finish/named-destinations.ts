// Named destinations, so `edition.pdf#p12` opens at paragraph 12.
import type { PDFDocument } from 'pdf-lib'
import { readDests, writeDests } from './dests.js'
import { destination } from './outline.js'

export interface NamedDestination {
  name: string
  /** Page index, from 0. */
  page: number
  /** PDF x in points; the current left edge when absent. */
  x?: number
  /** PDF y in points. */
  top: number
}

/**
 * Adds `dests` to the /Names /Dests tree, merged with those already there (the ones
 * `stitch` kept); a name given here replaces an existing one.
 */
export function addNamedDestinations(doc: PDFDocument, dests: readonly NamedDestination[]): void {
  const merged = readDests(doc)
  for (const dest of dests) {
    if (dest.name === '') throw new TypeError('Unexpected empty destination name')
    merged.set(
      dest.name,
      destination(doc, dest.page, dest.top, `destination \`${dest.name}\``, dest.x)
    )
  }
  writeDests(doc, merged)
}
