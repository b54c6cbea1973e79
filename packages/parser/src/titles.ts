// Reads a heading's words and the notes it cites: real books hang a note on a poem's or a
// story's title as often as on a sentence.
//
//   THE GREAT STONE FACE[*] (1850)   -> title `THE GREAT STONE FACE (1850)`, note `*` after FACE
//   TO THOMAS MANNING [1].           -> title `TO THOMAS MANNING.`, note 1 before the stop
import type { FootnoteReference, Text, TitleContent } from '@colophon/schema'
import { type Ambiguity, type Marker, type Sequence, scanMarkers } from './markers.js'
import type { PendingReference } from './paragraph.js'
import type { Positioner } from './positions.js'

/** A heading's title, and its content when it cites notes. */
export interface Title {
  title: string
  content?: TitleContent
  /** Readings of the heading's markers a person should look at. */
  doubts: Ambiguity[]
  markers: Marker[]
}

/** `[12]`, `[*]`, `[2:1]` standing at the end of a heading's line or before a year. */
const markerInHeading = /[ \t]?\[(?:[0-9]{1,6}(?::[0-9]{1,4}|[a-z])?|\*{1,4}|[†‡§])\]/g

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
  let cursor = range.start
  markers.forEach((marker, index) => {
    const next = markers[index + 1]?.start ?? range.end
    const after = text.slice(marker.end, next)
    let words = text.slice(cursor, marker.start)
    if (/^[ \t]*(?:[.,;:!?)\]]|$)/.test(after)) words = words.replace(/[ \t]+$/, '')
    if (index === 0) words = words.replace(/^\s+/, '')
    title += words
    if (words !== '') content.push(textNode(words, cursor, marker.start, position))
    const node = reference(marker, position)
    pending.push({ node, number: marker.number })
    content.push(node)
    cursor = marker.end
  })
  const rest = text.slice(cursor, range.end).replace(/\s+$/, '')
  title += rest
  if (rest !== '') content.push(textNode(rest, cursor, cursor + rest.length, position))
  return {
    title: lines(title),
    content: content as TitleContent,
    doubts: ambiguities,
    markers
  }
}

/** A text node of a title: its line breaks kept as `\n`, the space around them dropped. */
function textNode(value: string, start: number, end: number, position: Positioner): Text {
  return {
    type: 'text',
    value: value.replace(/[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+/g, '\n'),
    position: position(start, end)
  }
}

function reference(marker: Marker, position: Positioner): FootnoteReference {
  const node: FootnoteReference = {
    type: 'footnoteReference',
    identifier: '',
    label: marker.label,
    number: marker.number,
    marker: marker.style,
    position: position(marker.start, marker.end)
  }
  if (marker.afterWord) node.afterWord = true
  if (marker.guess) node.guess = marker.guess
  return node
}

/** Each line trimmed, blank ones left out, joined by `\n`, as a heading's text is read. */
function lines(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}
