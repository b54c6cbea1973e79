// Whether a text sets its note numerals off by spaces (`the Greeks 2 worthy`, `the temple.
// 28 Now`) or in parentheses (`--Asiagenus--.(1)`, `a "God of silver";(2)`). Numerals stand in running text for many reasons, so this is decided once for the
// whole text, before it is read: the text is read trying them, and they count as notes only
// when they cite a good share of the numbered bodies, in the order the bodies stand.
import type { Block } from './blocks.js'
import { type BodyOrder, type Sequence, scanMarkers } from './markers.js'

/** Fewest numerals set off by spaces that make a text's convention. */
const fewest = 3

/**
 * Whether numerals set off by spaces or in parentheses are notes in the blocks of `text` for which `isText`
 * holds: they cite at least a quarter of the bodies numbered `numbers`, and the markers found
 * pass over few bodies (at most one for ten markers; numbers in tables and indexes that happen
 * to rise pass over many).
 */
export function readsSpacedNumerals(
  text: string,
  blocks: readonly Block[],
  isText: (index: number) => boolean,
  numbers: readonly number[]
): boolean {
  const bodies: BodyOrder = { numbers, next: 0, spaced: true, cited: 0, skipped: 0 }
  const sequence: Sequence = { last: 0, fresh: true, bodies }
  let spaced = 0
  blocks.forEach((block, index) => {
    if (!isText(index)) return
    for (const marker of scanMarkers(text, block.start, block.end, sequence).markers) {
      if (marker.style === 'spaced' || marker.style === 'paren') spaced++
    }
  })
  return spaced >= fewest && spaced * 4 >= numbers.length && bodies.skipped * 10 <= bodies.cited
}
