// Whether a text sets its note numerals off by spaces (`the Greeks 2 worthy`, `the temple.
// 28 Now`) or in parentheses (`--Asiagenus--.(1)`, `a "God of silver";(2)`). Numerals stand in
// running text for many reasons, so this is decided once for the whole text, before it is
// read: the text is read trying them, and they count as notes only when they cite a good share
// of the numbered bodies, in the order the bodies stand. Both are tried together, then each
// alone: measures set off by spaces (`1 Meter 57 Centimeter`) would otherwise take the numbers
// of bodies that a text's `(1)` cites.
import type { MarkerStyle } from '@colophon/schema'
import type { Block } from '../shared/blocks.js'
import { type BodyOrder, type Sequence, scanMarkers } from './markers.js'

/** Fewest numerals set off by spaces that make a text's convention. */
const fewest = 3

/** Which of the two conventions a text uses. */
export interface SpacedReading {
  spaced: boolean
  paren: boolean
}

/** The styles read in a trial: all but the one left out. */
const allStyles: readonly MarkerStyle[] = [
  'glued',
  'spaced',
  'bracket',
  'angle',
  'paren',
  'caret',
  'superscript',
  'symbol'
]

/**
 * Whether numerals set off by spaces, and numerals in parentheses, are notes in the blocks of
 * `text` for which `isText` holds: they cite at least a quarter of the bodies numbered
 * `numbers`, and the markers found pass over few bodies (at most one for ten markers; numbers
 * in tables and indexes that happen to rise pass over many).
 */
export function readsSpacedNumerals(
  text: string,
  blocks: readonly Block[],
  isText: (index: number) => boolean,
  numbers: readonly number[]
): SpacedReading {
  const trial = (without?: MarkerStyle) => {
    const styles = new Set(allStyles.filter((style) => style !== without))
    return cites(text, blocks, isText, numbers, styles)
  }
  const both = trial()
  if (both !== undefined) return { spaced: both.has('spaced'), paren: both.has('paren') }
  if (trial('spaced')?.has('paren')) return { spaced: false, paren: true }
  if (trial('paren')?.has('spaced')) return { spaced: true, paren: false }
  return { spaced: false, paren: false }
}

/** The styles of the markers a trial reading found, when they cite the bodies well; else undefined. */
function cites(
  text: string,
  blocks: readonly Block[],
  isText: (index: number) => boolean,
  numbers: readonly number[],
  styles: ReadonlySet<MarkerStyle>
): Set<MarkerStyle> | undefined {
  const bodies: BodyOrder = { numbers, next: 0, spaced: true, cited: 0, skipped: 0 }
  const sequence: Sequence = { last: 0, fresh: true, bodies, styles }
  let count = 0
  const found = new Set<MarkerStyle>()
  blocks.forEach((block, index) => {
    if (!isText(index)) return
    for (const marker of scanMarkers(text, block.start, block.end, sequence).markers) {
      if (marker.style !== 'spaced' && marker.style !== 'paren') continue
      count++
      found.add(marker.style)
    }
  })
  const good = count >= fewest && count * 4 >= numbers.length && bodies.skipped * 10 <= bodies.cited
  return good ? found : undefined
}
