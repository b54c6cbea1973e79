// Offsets to unist points. Nodes are made in reading order, so the line of the
// last lookup is the first guess; a binary search handles jumps back and ahead.
import type { Point, Position } from '@colophon/schema'
import { lineEndings } from './blocks.js'

/** Turns offsets into unist positions. */
export type Positioner = (start: number, end: number) => Position

/** A positioner over `text`; CRLF, CR and LF each end a line, as vfile-location has it. */
export function positioner(text: string): Positioner {
  const starts = [0]
  const endings = lineEndings(text)
  for (let k = 1; k < endings.length; k += 2) starts.push(endings[k] as number)
  let line = 0
  const point = (offset: number): Point => {
    // Most lookups land on the line of the previous one or the next.
    if (
      !(
        offset >= (starts[line] as number) &&
        (line + 1 >= starts.length || offset < (starts[line + 1] as number))
      )
    ) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((starts[middle] as number) <= offset) low = middle
        else high = middle - 1
      }
      line = low
    }
    return { line: line + 1, column: offset - (starts[line] as number) + 1, offset }
  }
  return (start, end) => ({ start: point(start), end: point(end) })
}
