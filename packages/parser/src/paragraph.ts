// Builds a paragraph node: its claims (sentences), their text, markers and line breaks.
import type { Claim, FootnoteReference, Inline, Paragraph } from '@colophon/schema'
import type { Line } from './blocks.js'
import { claimKinds } from './kinds.js'
import type { Marker } from './markers.js'
import type { Positioner } from './positions.js'
import { sentenceBounds } from './sentences.js'

/** What a paragraph is built from. */
export interface ParagraphInput {
  start: number
  end: number
  lines: readonly Line[]
  markers: readonly Marker[]
  verse: boolean
}

/** A reference before its identifier is known (it depends on how many chapters there are). */
export interface PendingReference {
  node: FootnoteReference
  number: number
}

const lineEnding = /\r\n|\r|\n/g

/**
 * Builds the paragraph; ids are placeholders until the tree is finished, and
 * references get their identifiers then too (see `pending`).
 */
export function buildParagraph(
  text: string,
  input: ParagraphInput,
  position: Positioner,
  pending: PendingReference[]
): Paragraph {
  // Sentences are found in place: cutting the paragraph out and shifting the markers' offsets
  // cost allocations and made every read go through a sliced string.
  const bounds: number[] = []
  sentenceBounds(text, input.start, input.end, input.markers, bounds)
  // As long as there are sentences, where `push` onto `[]` would reserve room for 16 claims.
  const claims: Claim[] = new Array(bounds.length / 2)
  let markerIndex = 0
  for (let k = 0; k < bounds.length; k += 2) {
    const claimStart = bounds[k] as number
    const claimEnd = bounds[k + 1] as number
    let children: Inline[]
    let words: string
    const marker = input.markers[markerIndex]
    if (
      !input.verse &&
      claimEnd > claimStart &&
      (marker === undefined || marker.start >= claimEnd)
    ) {
      // Most claims are one text node; its value is the claim's words. An array made with its
      // one element has room for one, where `push` onto `[]` reserves room for 16.
      words = normalize(text.slice(claimStart, claimEnd))
      children = [{ type: 'text', value: words, position: position(claimStart, claimEnd) }]
    } else {
      children = []
      let cursor = claimStart
      while (markerIndex < input.markers.length) {
        const marker = input.markers[markerIndex] as Marker
        if (marker.start >= claimEnd) break
        markerIndex++
        addText(text, cursor, marker.start, input, children, position)
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
        pending.push({ node, number: marker.number })
        children.push(node)
        cursor = marker.end
      }
      addText(text, cursor, claimEnd, input, children, position)
      words = plain(children)
    }
    claims[k / 2] = {
      type: 'claim',
      id: '',
      kinds: claimKinds(words),
      children,
      position: position(claimStart, claimEnd)
    }
  }
  const paragraph: Paragraph = {
    type: 'paragraph',
    id: '',
    n: 1,
    children: claims,
    position: position(input.start, input.end)
  }
  if (input.verse) paragraph.verse = true
  return paragraph
}

/** Adds text[start, end) as text nodes, with break nodes at line endings in verse. */
function addText(
  text: string,
  start: number,
  end: number,
  input: ParagraphInput,
  children: Inline[],
  position: Positioner
): void {
  if (end <= start) return
  if (!input.verse) {
    children.push({
      type: 'text',
      value: normalize(text.slice(start, end)),
      position: position(start, end)
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
    while (textEnd > from && /[ \t]/.test(text[textEnd - 1] as string)) textEnd--
    if (textEnd > from) {
      children.push({
        type: 'text',
        value: text.slice(from, textEnd),
        position: position(from, textEnd)
      })
    }
    const breakEnd = match.index + match[0].length
    children.push({ type: 'break', position: position(match.index, breakEnd) })
    from = breakEnd
    while (from < end && /[ \t]/.test(text[from] as string)) from++
  }
  if (end > from)
    children.push({ type: 'text', value: text.slice(from, end), position: position(from, end) })
}

/** Line endings as `\n`, so CRLF and CR sources give the same tree as LF. */
export function normalize(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
}

/** The words of inline content, markers left out. */
export function plain(children: readonly Inline[]): string {
  let value = ''
  for (const child of children) {
    if (child.type === 'text') value += child.value
    else if (child.type === 'break') value += '\n'
    else if (child.type !== 'footnoteReference') value += plain(child.children)
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
  const indent = (value: string) => value.length - value.trimStart().length
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
