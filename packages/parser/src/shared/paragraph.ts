// Builds a paragraph node: its claims (sentences), their text, markers and line breaks.
import type { Claim, FootnoteReference, Inline, Paragraph, Point, Position } from '@colophon/schema'
import type { Marker } from '../text/markers.js'
import type { Line } from './blocks.js'
import { claimKinds } from './kinds.js'
import type { Lines } from './positions.js'
import { sentenceBounds } from './sentences.js'

/** What a paragraph is built from. */
export interface ParagraphInput {
  start: number
  end: number
  lines: readonly Line[]
  markers: readonly Marker[]
  verse: boolean
  /** The manuscript's language (BCP 47), for the abbreviations that end no sentence. */
  language?: string | undefined
}

/** A reference before its identifier is known (it depends on how many chapters there are). */
export interface PendingReference {
  node: FootnoteReference
  number: number
}

const lineEnding = /\r\n|\r|\n/g

/** The reference a marker makes, at `place`; its identifier comes when the tree is finished. */
export function referenceNode(marker: Marker, place: Position): FootnoteReference {
  const node: FootnoteReference = {
    type: 'footnoteReference',
    identifier: '',
    label: marker.label,
    number: marker.number,
    marker: marker.style,
    position: place
  }
  if (marker.afterWord) node.afterWord = true
  if (marker.guess) node.guess = marker.guess
  return node
}

/**
 * Builds the paragraph; ids are placeholders until the tree is finished, and
 * references get their identifiers then too (see `pending`).
 *
 * Nodes that meet share their point there: a claim and its first and last child, a text and
 * the marker after it, a paragraph and its first and last claim. A claim that is one text node
 * shares its whole position with it. Each point is three numbers in an object of its own, and
 * the tree is most of what a parse allocates; nothing in the parser or its consumers writes to
 * a position in place.
 */
export function buildParagraph(
  text: string,
  input: ParagraphInput,
  lines: Lines,
  pending: PendingReference[]
): Paragraph {
  // Sentences are found in place: cutting the paragraph out and shifting the markers' offsets
  // cost allocations and made every read go through a sliced string.
  const bounds: number[] = []
  sentenceBounds(text, input.start, input.end, input.markers, bounds, input.language)
  const points = new Points(lines)
  const source: ClaimSource = {
    text,
    markers: input.markers,
    verse: input.verse,
    normal: lines.formFeeds || hasCarriageReturn(text, input.lines) ? normalize : same,
    points,
    pending,
    marker: 0
  }
  const cited = lastCited(bounds, input.markers)
  // As long as there are sentences, where `push` onto `[]` would reserve room for 16 claims.
  const claims: Claim[] = new Array(bounds.length / 2)
  for (let k = 0; k < bounds.length; k += 2) {
    claims[k / 2] = buildClaim(source, bounds[k] as number, bounds[k + 1] as number, k <= cited)
  }
  const paragraph: Paragraph = {
    type: 'paragraph',
    id: '',
    n: 1,
    children: claims,
    position: {
      start: pointAt(claims[0]?.position?.start, input.start, points),
      end: pointAt(claims[claims.length - 1]?.position?.end, input.end, points)
    }
  }
  if (input.verse) paragraph.verse = true
  return paragraph
}

/** What the claims of one paragraph are made from, and how far its markers are placed. */
interface ClaimSource {
  readonly text: string
  readonly markers: readonly Marker[]
  readonly verse: boolean
  /** `normalize`, or nothing to do when the paragraph has no CR or form feed. */
  readonly normal: (value: string) => string
  readonly points: Points
  readonly pending: PendingReference[]
  /** The first marker not yet placed in a claim. */
  marker: number
}

/**
 * The offset in `bounds` of the last claim with a marker, -1 if none: claims up to it will be
 * cited (see `cite`), so they are made with their `citedBy`, and setting it does not add a
 * property to each of them later.
 */
function lastCited(bounds: readonly number[], markers: readonly Marker[]): number {
  let cited = -1
  for (let k = 0, m = 0; k < bounds.length && m < markers.length; k += 2) {
    const claimEnd = bounds[k + 1] as number
    if ((markers[m] as Marker).start < claimEnd) cited = k
    while (m < markers.length && (markers[m] as Marker).start < claimEnd) m++
  }
  return cited
}

/** The claim text[claimStart, claimEnd), with `citedBy` when it is to be cited. */
function buildClaim(
  source: ClaimSource,
  claimStart: number,
  claimEnd: number,
  cited: boolean
): Claim {
  const { text, points } = source
  let children: Inline[]
  let words: string
  let place: Position
  const marker = source.markers[source.marker]
  if (
    !source.verse &&
    claimEnd > claimStart &&
    (marker === undefined || marker.start >= claimEnd)
  ) {
    // Most claims are one text node; its value is the claim's words. An array made with its
    // one element has room for one, where `push` onto `[]` reserves room for 16.
    words = source.normal(text.slice(claimStart, claimEnd))
    place = { start: points.at(claimStart), end: points.at(claimEnd) }
    children = [{ type: 'text', value: words, position: place }]
  } else {
    children = markedChildren(source, claimStart, claimEnd)
    words = plain(children)
    place = {
      start: pointAt(children[0]?.position?.start, claimStart, points),
      end: pointAt(children[children.length - 1]?.position?.end, claimEnd, points)
    }
  }
  return cited
    ? {
        type: 'claim',
        id: '',
        kinds: claimKinds(words),
        children,
        position: place,
        citedBy: ''
      }
    : { type: 'claim', id: '', kinds: claimKinds(words), children, position: place }
}

/**
 * The children of a claim with markers or line breaks: text nodes, a reference for each marker
 * (put on `pending` too), and breaks in verse.
 */
function markedChildren(source: ClaimSource, claimStart: number, claimEnd: number): Inline[] {
  const { text, markers, verse, normal, points } = source
  const children: Inline[] = []
  let cursor = claimStart
  while (source.marker < markers.length) {
    const marker = markers[source.marker] as Marker
    if (marker.start >= claimEnd) break
    source.marker++
    addText(text, cursor, marker.start, verse, normal, children, points)
    const node = referenceNode(marker, {
      start: points.at(marker.start),
      end: points.at(marker.end)
    })
    source.pending.push({ node, number: marker.number })
    children.push(node)
    cursor = marker.end
  }
  addText(text, cursor, claimEnd, verse, normal, children, points)
  return children
}

/** Points of one paragraph, made in reading order: the point made last is handed out again. */
class Points {
  private offset = -1
  private last: Point | undefined
  constructor(private readonly lines: Lines) {}

  at(offset: number): Point {
    if (offset !== this.offset || this.last === undefined) {
      this.offset = offset
      this.last = this.lines.point(offset)
    }
    return this.last
  }
}

/** `made` if it is the point at `offset`, else a point of its own. */
function pointAt(made: Point | undefined, offset: number, points: Points): Point {
  return made !== undefined && made.offset === offset ? made : points.at(offset)
}

/** Adds text[start, end) as text nodes, with break nodes at line endings in verse. */
function addText(
  text: string,
  start: number,
  end: number,
  verse: boolean,
  normal: (value: string) => string,
  children: Inline[],
  points: Points
): void {
  if (end <= start) return
  if (!verse) {
    children.push({
      type: 'text',
      value: normal(text.slice(start, end)),
      position: { start: points.at(start), end: points.at(end) }
    })
    return
  }
  let from = start
  lineEnding.lastIndex = start
  for (
    let match = lineEnding.exec(text);
    match && match.index < end;
    match = lineEnding.exec(text)
  ) {
    // Indentation of the next line belongs to the verse layout, not to the words.
    let textEnd = match.index
    while (textEnd > from && /[ \t\f]/.test(text[textEnd - 1] as string)) textEnd--
    if (textEnd > from) {
      children.push({
        type: 'text',
        value: normal(text.slice(from, textEnd)),
        position: { start: points.at(from), end: points.at(textEnd) }
      })
    }
    const breakEnd = match.index + match[0].length
    children.push({
      type: 'break',
      position: { start: points.at(match.index), end: points.at(breakEnd) }
    })
    from = breakEnd
    while (from < end && /[ \t\f]/.test(text[from] as string)) from++
  }
  if (end > from) {
    children.push({
      type: 'text',
      value: normal(text.slice(from, end)),
      position: { start: points.at(from), end: points.at(end) }
    })
  }
}

/**
 * Whether a carriage return stands between the lines of a block: every CR ends a line, so a
 * block of one line has none, and its words need no `normalize` (which reads them all again).
 */
function hasCarriageReturn(text: string, lines: readonly Line[]): boolean {
  for (let i = 0; i < lines.length - 1; i++) {
    if (text.charCodeAt((lines[i] as Line).end) === 0x0d) return true
  }
  return false
}

function same(value: string): string {
  return value
}

/**
 * Line endings as `\n`, so CRLF and CR sources give the same tree as LF; a form feed (a page
 * break, which a paragraph may run across) as a space, so that no text carries it raw.
 */
export function normalize(value: string): string {
  const lines = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
  return lines.includes('\f') ? lines.replaceAll('\f', ' ') : lines
}

/** The words of inline content, markers left out; inline code too unless `code` is false. */
export function plain(children: readonly Inline[], code = true): string {
  let value = ''
  for (const child of children) {
    if (child.type === 'text') value += child.value
    else if (child.type === 'break') value += '\n'
    else if (child.type === 'inlineCode') value += code ? child.value : ''
    else if (
      child.type !== 'footnoteReference' &&
      child.type !== 'image' &&
      child.type !== 'anchor'
    ) {
      value += plain(child.children, code)
    }
  }
  return value
}

/**
 * Whether line breaks in a block carry meaning: verse and other short lines, as
 * against prose wrapped at a fixed width.
 */
export function isVerse(text: string, lines: readonly Line[]): boolean {
  if (lines.length < 2) return false
  let longest = 0
  let capitals = true
  let indented = false
  // A form feed opening a line is a page break, not indentation.
  const indent = (value: string) => {
    const blank = value.length - value.trimStart().length
    return blank === 0 ? 0 : blank - count(value.slice(0, blank), '\f')
  }
  const firstIndent = indent(text.slice(lines[0]?.start, lines[0]?.end))
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    const value = text.slice(line.start, line.end)
    const words = value.trim()
    if (i < lines.length - 1) longest = Math.max(longest, words.length)
    // Prose wrapped short still continues a sentence on a lowercase line; verse
    // lines start with a capital or are indented to show their shape.
    if (i > 0 && !/^[\p{Lu}\p{Lt}“‘"'([]/u.test(words)) capitals = false
    if (i > 0 && indent(value) > firstIndent) indented = true
  }
  return longest <= 55 && (capitals || indented)
}

function count(value: string, character: string): number {
  let n = 0
  for (let at = value.indexOf(character); at !== -1; at = value.indexOf(character, at + 1)) n++
  return n
}
