// Reads a heading's words and the notes it cites: real books hang a note on a poem's or a
// story's title as often as on a sentence.
//
//   THE GREAT STONE FACE[*] (1850)   -> title `THE GREAT STONE FACE (1850)`, note `*` after FACE
//   TO THOMAS MANNING [1].           -> title `TO THOMAS MANNING.`, note 1 before the stop
import type { FootnoteReference, Position, Text, TitleContent } from '@colophon/schema'
import { type PendingReference, referenceNode } from '../shared/paragraph.js'
import type { Positioner } from '../shared/positions.js'
import { type Ambiguity, bracketLabel, type Marker, type Sequence, scanMarkers } from './markers.js'

/** A heading's title, and its content when it cites notes. */
export interface Title {
  title: string
  content?: TitleContent
  /** Readings of the heading's markers a person should look at. */
  doubts: Ambiguity[]
  markers: Marker[]
}

/** `[12]`, `[*]`, `[2:1]` standing at the end of a heading's line or before a year. */
const markerInHeading = new RegExp(`[ \\t]?\\[(?:${bracketLabel})\\]`, 'g')

/** A heading line without the markers it carries, for telling what kind of heading it is. */
export function withoutMarkers(line: string): string {
  return line.includes('[') ? line.replace(markerInHeading, '') : line
}

/**
 * The title of the heading text[start, end): its lines trimmed and joined by `\n`, the markers
 * found in it (reading `sequence` on) cut out with the space before them when punctuation or
 * the end follows. Each marker becomes a reference in `pending`, in order.
 */
export function readTitle(
  text: string,
  range: { start: number; end: number },
  sequence: Sequence,
  position: Positioner,
  pending: PendingReference[]
): Title {
  const { markers, ambiguities } = scanMarkers(text, range.start, range.end, sequence)
  if (markers.length === 0) {
    return { title: lines(text.slice(range.start, range.end)), doubts: ambiguities, markers }
  }
  const content: (Text | FootnoteReference)[] = []
  let title = ''
  const addWords = (from: number, to: number, trimStart: boolean, trimEnd: boolean) => {
    let first = from
    let last = to
    while (trimStart && first < last && /\s/.test(text[first] as string)) first++
    while (trimEnd && last > first && /\s/.test(text[last - 1] as string)) last--
    if (first === last) return
    const words = text.slice(first, last)
    title += words
    content.push(textNode(words, position(first, last)))
  }
  let cursor = range.start
  markers.forEach((marker, index) => {
    const next = markers[index + 1]?.start ?? range.end
    const beforeStop = /^[ \t]*(?:[.,;:!?)\]]|$)/.test(text.slice(marker.end, next))
    addWords(cursor, marker.start, index === 0, beforeStop)
    const node = referenceNode(marker, position(marker.start, marker.end))
    pending.push({ node, number: marker.number })
    content.push(node)
    cursor = marker.end
  })
  addWords(cursor, range.end, false, true)
  return {
    title: lines(title),
    content: content as TitleContent,
    doubts: ambiguities,
    markers
  }
}

/** A text node of a title: its line breaks kept as `\n`, the space around them dropped. */
function textNode(value: string, place: Position): Text {
  return {
    type: 'text',
    value: value.replace(/[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+/g, '\n'),
    position: place
  }
}

/** Each line trimmed, blank ones left out, joined by `\n`, as a heading's text is read. */
function lines(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}
