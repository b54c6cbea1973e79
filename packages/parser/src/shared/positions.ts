// Offsets to unist points. Nodes are made in reading order, so the line of the
// last lookup is the first guess; a binary search handles jumps back and ahead.
import type { Point, Position } from '@colophon/schema'
import { lineEndings } from './blocks.js'

/**
 * The line starts of one text, turning offsets into points; CRLF, CR and LF each end a line, as
 * vfile-location has it. The paragraph builder asks for points one at a time (see `Points` in
 * paragraph.ts), so that nodes meeting at an offset can share one.
 */
export class Lines {
  private readonly starts: number[] = [0]
  private line = 0
  /**
   * Whether the text holds a form feed, which text nodes carry as a space (see `normalize` in
   * paragraph.ts): known once here, so that no paragraph searches for one.
   */
  readonly formFeeds: boolean

  /** `endings` are those of `text`, when already found. */
  constructor(text: string, endings: readonly number[] = lineEndings(text)) {
    this.formFeeds = text.includes('\f')
    for (let k = 1; k < endings.length; k += 2) this.starts.push(endings[k] as number)
  }

  point(offset: number): Point {
    const starts = this.starts
    let line = this.line
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
      this.line = line
    }
    return { line: line + 1, column: offset - (starts[line] as number) + 1, offset }
  }
}

/** Turns offsets into unist positions; `lines` turns one offset into a point. */
export interface Positioner {
  (start: number, end: number): Position
  readonly lines: Lines
}

/** A positioner over `text`; `endings` are those of `text`, when already found. */
export function positioner(text: string, endings?: readonly number[]): Positioner {
  const lines = new Lines(text, endings)
  const position = (start: number, end: number): Position => ({
    start: lines.point(start),
    end: lines.point(end)
  })
  return Object.assign(position, { lines })
}

/** The place of a node read by remark (its offsets, made points again); at the start when it has none. */
export function nodePlace(
  node: {
    position?:
      | { start: { offset?: number | undefined }; end: { offset?: number | undefined } }
      | undefined
  },
  position: Positioner
): Position {
  const start = node.position?.start.offset ?? 0
  return position(start, node.position?.end.offset ?? start)
}
