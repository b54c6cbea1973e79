// Finds footnote markers in running text, knowing which number comes next.
//
//   He felt the “pure primitive worship.”1   -> note 1, glued after `”`
//   with 43.9 percent of the vote            -> a decimal: `9` is not the next note
//   between July 1932 and March 1933.7       -> the year `1933` and note 7 (a guess, said so)
//   the Reichstag fire [12] and ^13          -> bracketed and caret markers
import type { MarkerStyle } from '@colophon/schema'
import {
  isLetteredSymbol,
  isSymbolStart,
  isTranscribedSymbol,
  symbolMarkerAt
} from './symbol-notes.js'

/** A marker found in the text: `start`/`end` cover all of it, brackets and caret included. */
export interface Marker {
  start: number
  end: number
  label: string
  number: number
  style: MarkerStyle
  /** Glued to a word rather than after punctuation (`cubits13 long`). */
  afterWord?: true
  /** Why the reading is a guess. */
  guess?: string
}

/** A reading not taken that a person should look at: numerals that could be a note. */
export interface Ambiguity {
  start: number
  end: number
  reason: string
}

/** Where the numbering stands in one scope (a chapter): mutated as markers are found. */
export interface Sequence {
  /** The highest note number seen so far in the scope, 0 before the first. */
  last: number
  /** No marker seen yet in this scope, so numbering may restart at 1 or continue. */
  fresh: boolean
  /**
   * The numbers of the note bodies in the order they stand, shared by every scope of the
   * text; absent when the text has no numbered bodies. Numerals set off by spaces are read
   * as notes only against it.
   */
  bodies?: BodyOrder
  /**
   * Notes cited by symbols in this scope so far, by symbol; absent when the text has no
   * symbol notes. A symbol marker's number is its count: the third `*` is `*` number 3.
   */
  symbols?: Map<string, number>
  /** Closing quotation marks of the manuscript's language a glued note may follow (`„…“2`). */
  closers?: string
  /**
   * The symbols of the text's symbol notes' bodies; bare symbols (`word.*`) cite notes only in
   * a text with such bodies, and a transcriber's `+ # $ ||` only where a body has it.
   */
  symbolNotes?: ReadonlySet<string>
  /**
   * The marker styles the settings name (`notes.markers`): only these are read as notes.
   * Absent: every style is tried, numerals set off by spaces or in parentheses only where
   * `bodies.spaced` says the text writes them so.
   */
  styles?: ReadonlySet<MarkerStyle>
}

/** Note numbers in the order their bodies stand, and how far the markers have come in it. */
export interface BodyOrder {
  numbers: readonly number[]
  /** Index of the first body no marker has cited yet, in order. */
  next: number
  /** Whether numerals set off by spaces are read as notes (see `spaced-numerals.ts`). */
  spaced: boolean
  /** Whether numerals in parentheses are; `spaced` when absent. */
  paren?: boolean
  /** Markers found, and bodies passed over uncited on the way to them, so far. */
  cited: number
  skipped: number
  /** Places in `numbers` of the bodies numbered in parentheses, `[Footnote: (1) …]`. */
  parenthesized?: ReadonlySet<number>
}

/** How many bodies a numeral set off by spaces may skip (bodies nobody cites) and be a note. */
const spacedReach = 3

/** How far from the expected number a plain glued numeral may be and still be a note. */
const window = 25

/** Whether `label` is a letter in brackets (`[a]`, `[A]`), as editors mark their notes beside an author's. */
export function isLetterLabel(label: string): boolean {
  return label.length === 1 && ((label >= 'a' && label <= 'z') || (label >= 'A' && label <= 'Z'))
}

/**
 * A label in brackets: `12`, `12a` (an editor's sub-note), `2:1` (note 1 of the second block of
 * notes), `*`, `†`. As a pattern's source, for the markers and the bodies alike.
 */
export const bracketLabel = '[0-9]{1,6}(?::[0-9]{1,4}|[a-z])?|\\*{1,4}|[†‡§]'

/** Superscript digits, `¹²` for 12. */
export const superscriptDigits = '[⁰¹²³⁴-⁹]'

/**
 * Candidates: `[12]`, `[12a]`, `[2:1]`, `[^12]`, `^12`, `<12>`, `[*]`, `(12)`, `¹²` (or
 * `¹²)`) or a run of digits; tried at one place (sticky).
 */
const candidate = new RegExp(
  `\\[\\^?([0-9]{1,6}(?::[0-9]{1,4}|[a-z])?)\\]|\\^([0-9]{1,4})(?![0-9])|<([0-9]{1,4})>|\\[(\\*{1,4}|[†‡§]|[A-Za-z])\\]|\\(([0-9]{1,4})\\)|(${superscriptDigits}{1,4})\\)?|[0-9]+`,
  'y'
)

/**
 * Where a candidate may begin, or a line ending. Searching from one to the next finds the same
 * candidates as searching for the candidates themselves, but the search for the next one after
 * a block's last stops at the end of its line: it used to run on through the rest of the text,
 * so that a manuscript with few digits took time growing with the square of its length (2.8 MB
 * without digits: 1.8 s; now 0.09 s).
 */
const candidateStart = /[0-9[^<*†‡§+#$|(\n\r⁰¹²³⁴-⁹]/g

/** Punctuation a glued marker may follow. */
const afterPunctuation = new Set([...'.,;:!?”’"\')]…—–»'])

/** Signs of a measure that a decimal part may follow (`29°,3`, `12′,5`). */
const units = '°′″'

/** Abbreviations after which a numeral is a page or number, not a note (`p.5`, `No.3`). */
const numberAbbreviation = /(?:^|[^\p{L}])(?:p|pp|no|nos|vol|vols|ch|fig|eq|art|sec|op|nr)\.$/iu

const letter = /\p{L}/u
const lowerWord = /(?:^|[^\p{L}])(\p{Ll}{3,})$/u
const sentenceStart = /[\p{Lu}\p{Lt}“‘"'([«]/u

/** The numbers a scope expects next. */
export function expected(sequence: Sequence): number {
  return sequence.last + 1
}

function isExpected(sequence: Sequence, n: number): boolean {
  return n === sequence.last + 1 || (sequence.fresh && n === 1)
}

function isPlausible(sequence: Sequence, n: number): boolean {
  return n === 1 || Math.abs(n - (sequence.last + 1)) <= window
}

/** What a scan found. */
interface Found {
  markers: Marker[]
  ambiguities: Ambiguity[]
}

/** One scan of text[start, end): where it reads, and where what it finds goes. */
interface Scan {
  text: string
  start: number
  end: number
  sequence: Sequence
  found: Found
  accept: (marker: Marker) => void
  /** The block scanned follows a note's body: a label opening it belongs to another body. */
  afterNotes: boolean
}

/**
 * Scans text[start, end) for markers, in order; advances `sequence`. `afterNotes`: the block
 * follows a note's body.
 */
export function scanMarkers(
  text: string,
  start: number,
  end: number,
  sequence: Sequence,
  afterNotes = false
): Found {
  const found: Found = { markers: [], ambiguities: [] }
  const accept = (marker: Marker) => {
    found.markers.push(marker)
    if (marker.number === 1 && sequence.last > 1) sequence.last = 1
    else sequence.last = Math.max(sequence.last, marker.number)
    sequence.fresh = false
    if (sequence.bodies) advanceBodies(sequence.bodies, marker.number)
  }
  const scan: Scan = { text, start, end, sequence, found, accept, afterNotes }

  let from = start
  while (from < end) {
    candidateStart.lastIndex = from
    if (!candidateStart.test(text)) break
    const at = candidateStart.lastIndex - 1
    if (at >= end) break
    const code = text.charCodeAt(at)
    from = at + 1
    if (code === 0x0a || code === 0x0d) continue
    if (isSymbolStart(code)) {
      from = readSymbol(scan, at, from)
      continue
    }
    // Most numerals follow a space or start a line (`in 1933`): neither after punctuation nor
    // glued to a word, they are a note only as the next body's number in a text whose notes
    // are set off by spaces. Stepping over their digits here spares a match (an array) for
    // each (7 MB: 4.7 MB less garbage, 9 → 6 ms).
    if (isDigitCode(code) && at > start && isSpaceBefore(text.charCodeAt(at - 1))) {
      while (from < text.length && isDigitCode(text.charCodeAt(from))) from++
      from = readSpaced(scan, at, from)
      continue
    }
    candidate.lastIndex = at
    const match = candidate.exec(text)
    if (match === null) {
      const unclosed = code === 0x5b ? unclosedMarker(scan, at) : undefined
      if (unclosed) accept(unclosed)
      if (unclosed) from = unclosed.end
      continue
    }
    if (at + match[0].length > end) break
    from = readCandidate(scan, at, match)
  }
  return found
}

/**
 * A numeral set off by spaces, its digits ending at `digitsEnd`: `sagt er 1),` closed by a
 * parenthesis, or `the Greeks 2 worthy`; returns where to go on.
 */
function readSpaced(scan: Scan, at: number, digitsEnd: number): number {
  const { text, end, sequence, accept } = scan
  const closed = closedMarker(scan, at, digitsEnd)
  if (closed) {
    accept(closed)
    return closed.end
  }
  const bodies = sequence.bodies?.spaced && reads(sequence, 'spaced') && sequence.bodies
  const spaced = bodies && spacedMarker(text, at, digitsEnd, end, bodies)
  if (spaced) accept(spaced)
  return digitsEnd
}

/** What the candidate `match` at `at` is: a marker, a doubt or text; returns where to go on. */
function readCandidate(scan: Scan, at: number, match: RegExpExecArray): number {
  const { text, start, sequence, found, accept } = scan
  const matchEnd = at + match[0].length
  const delimited = delimitedMarker(text, at, matchEnd, start, match, sequence)
  if (delimited && !reads(sequence, delimited.style)) return matchEnd
  if (delimited && opensBlock(text, start, at) && delimited.style !== 'symbol') {
    movedMarker(scan, delimited, match[0])
  } else if (delimited?.style === 'bracket' && !delimited.guess && isLinkNumber(text, matchEnd)) {
    found.ambiguities.push({
      start: at,
      end: matchEnd,
      reason: `Read \`${match[0]}\` before \`${text[matchEnd]}\` as the number of a link left by a conversion from HTML, not as a note: a note's marker is not glued to what follows`
    })
  } else if (delimited && isYearInBrackets(delimited, sequence)) {
    found.ambiguities.push({
      start: at,
      end: matchEnd,
      reason: `Read \`${match[0]}\` as a number in brackets (a year?), not as a note: note \`${expected(sequence)}\` was expected next and no note body is numbered ${delimited.number}`
    })
  } else if (delimited === null && unansweredLetter(text, at, start, match[4], sequence)) {
    found.ambiguities.push({
      start: at,
      end: matchEnd,
      reason: `Read \`${match[0]}\` as text, not as a note: no note's body is labelled \`${match[4]}\`; if it is a note, label its body \`[${match[4]}] …\` under the paragraph`
    })
  } else if (delimited === null && match[5] !== undefined) {
    nearParen(scan, at + 1, at + 1 + match[5].length, Number(match[5]))
  } else if (delimited?.style === 'symbol') {
    found.markers.push({ ...delimited, number: countSymbol(sequence, delimited.label) })
  } else if (delimited) accept(delimited)
  else if (delimited === undefined) {
    const closed = closedMarker(scan, at, matchEnd)
    if (closed) {
      accept(closed)
      return closed.end
    }
    if (reads(sequence, 'glued')) readNumeral(scan, at, matchEnd)
  }
  return matchEnd
}

/**
 * Whether `letter`, bracketed at `at`, is glued to what comes before it (`bodies.[A]`) in a text
 * with notes cited by symbols or letters, though no body has its label: a note whose body lost
 * its label, or was never written.
 */
function unansweredLetter(
  text: string,
  at: number,
  start: number,
  letter: string | undefined,
  sequence: Sequence
): boolean {
  if (letter === undefined || !isLetterLabel(letter) || at <= start) return false
  const labels = sequence.symbolNotes
  return labels !== undefined && labels.size > 0 && !/\s/.test(text[at - 1] as string)
}

/**
 * `marker` read as a guess, `why`: the guess says too how a text whose notes are never
 * written so settles it in the settings.
 */
function guessed(marker: Marker, why: string): Marker {
  const style = styleNames[marker.style]
  const settle = ` (a text whose notes are never ${style} says so in its settings, \`notes: { markers: [bracket] }\`)`
  return { ...marker, guess: why + settle }
}

const styleNames: Record<MarkerStyle, string> = {
  glued: 'bare numerals',
  spaced: 'numerals set off by spaces',
  bracket: 'numerals in brackets',
  angle: 'numerals in pointed brackets',
  paren: 'numerals in parentheses',
  caret: 'numerals after a caret',
  superscript: 'superscript numerals',
  symbol: 'symbols',
  markdown: 'footnote references'
}

/** A symbol marker at `at` (`rust balls.*`), where the text has symbol notes; returns where to go on. */
function readSymbol(scan: Scan, at: number, from: number): number {
  const { text, start, end, sequence, found } = scan
  const symbol =
    reads(sequence, 'symbol') && sequence.symbolNotes && symbolMarkerAt(text, at, start)
  if (!symbol || symbol.end > end || !citesSymbol(sequence.symbolNotes, symbol.label)) return from
  if (symbol.stray !== undefined && !sequence.symbolNotes?.has(symbol.label)) return from
  const number = countSymbol(sequence, symbol.label)
  // `Worte*) und`: a parenthesis never opened closes the marker, as German books print it.
  const closes = text.charCodeAt(symbol.end) === 0x29 && !opensParenthesis(text, start, at)
  const markerEnd = closes && symbol.end < end ? symbol.end + 1 : symbol.end
  found.markers.push({ start: at, end: markerEnd, label: symbol.label, number, style: 'symbol' })
  if (symbol.stray !== undefined) {
    found.ambiguities.push({
      start: at,
      end: symbol.end + 1,
      reason: `Read \`${symbol.label}${symbol.stray}\` as the marker \`${symbol.label}\` and a stray \`${symbol.stray}\`, for a note's body opens with \`${symbol.label}\``
    })
  }
  return markerEnd + (symbol.stray === undefined ? 0 : 1)
}

/**
 * `sagt er 1),`, `hoben6).`: a numeral closed by a parenthesis never opened, after a space or
 * glued to a word, cites a note in a text whose bodies have its number next (or whose settings
 * name the style); `(v. 14)` closes a parenthesis and is a reference.
 */
function closedMarker(scan: Scan, at: number, digitsEnd: number): Marker | undefined {
  const { text, start, end, sequence } = scan
  if (text.charCodeAt(digitsEnd) !== 0x29 || digitsEnd + 1 > end || !reads(sequence, 'paren'))
    return undefined
  if (digitsEnd - at > 3 || text.charCodeAt(at) === 0x30) return undefined
  if (!/^(?:$|[\s,;:.!?"”’'—–-])/u.test(text.slice(digitsEnd + 1, digitsEnd + 2))) return undefined
  if (opensParenthesis(text, start, at)) return undefined
  const n = Number(text.slice(at, digitsEnd))
  const marker = parenMarker(at, digitsEnd + 1, n, sequence)
  return marker ?? undefined
}

/**
 * `Celts in 532.(49)` in a text whose notes are cited `(N)`, glued to the word or stop before,
 * a number near the one expected but no body's next: a marker miswritten or a body missing, so
 * read as text and said so.
 */
function nearParen(scan: Scan, at: number, digitsEnd: number, n: number): void {
  const { text, start, sequence, found } = scan
  if (!sequence.bodies?.paren || at - 2 < start || !isPlausible(sequence, n)) return
  if (text.charCodeAt(at - 1) !== 0x28 || /[\s([]/u.test(text[at - 2] as string)) return
  found.ambiguities.push({
    start: at - 1,
    end: digitsEnd + 1,
    reason: `Read \`(${n})\` as text, not as a note: note \`${expected(sequence)}\` was expected next and none of the next bodies is numbered ${n}; if it is a note, correct its number`
  })
}

/** Whether a parenthesis opened on the line before `at` is still open there. */
function opensParenthesis(text: string, start: number, at: number): boolean {
  let depth = 0
  for (let i = at - 1; i >= start; i--) {
    const code = text.charCodeAt(i)
    if (code === 0x0a || code === 0x0d) break
    if (code === 0x29) depth--
    else if (code === 0x28 && ++depth > 0) return true
  }
  return false
}

/** `[49` with no `]`, before a space or a stop. */
const unclosedBracket = /\[([0-9]{1,4})(?=[\s,.;:!?]|$)/y

/**
 * `the old walls [49 and towers`: a bracket never closed around the very note expected, whose
 * body the text has, is that note's marker with its `]` lost (a guess, said so).
 */
function unclosedMarker(scan: Scan, at: number): Marker | undefined {
  const { text, end, sequence } = scan
  unclosedBracket.lastIndex = at
  const match = unclosedBracket.exec(text)
  if (!match || at + match[0].length > end || !reads(sequence, 'bracket')) return undefined
  const n = Number(match[1])
  if (!isExpected(sequence, n) || !sequence.bodies?.numbers.includes(n)) return undefined
  const marker: Marker = {
    start: at,
    end: at + match[0].length,
    label: String(n),
    number: n,
    style: 'bracket'
  }
  return guessed(
    marker,
    `Read \`${match[0]}\` as note \`${n}\`, the next note expected, its closing \`]\` missing; add it`
  )
}

/** Whether markers of `style` are read: every style unless the settings name some. */
function reads(sequence: Sequence, style: MarkerStyle): boolean {
  return sequence.styles === undefined || sequence.styles.has(style)
}

/**
 * A marker in brackets, after a caret, in pointed brackets or parentheses, or in superscript
 * (`[12]`, `^12`, `<12>`, `(12)`, `¹²`); `null` for what only looks like one (a subscript in a
 * formula, `x[1]`; a numbered list's `(2)`; a power, `m²`); `undefined` for a plain numeral.
 */
function delimitedMarker(
  text: string,
  at: number,
  end: number,
  start: number,
  match: RegExpExecArray,
  sequence: Sequence
): Marker | null | undefined {
  const [written, bracketed, caret, angle, symbol, parenthesized, superscript] = match
  if (symbol !== undefined) {
    // `Palestrine[a].`: a letter cites a note only where a body with that letter stands.
    if (isLetterLabel(symbol) && !sequence.symbolNotes?.has(symbol)) return null
    return { start: at, end, label: symbol, number: 0, style: 'symbol' }
  }
  if (parenthesized !== undefined) return parenMarker(at, end, Number(parenthesized), sequence)
  if (superscript !== undefined) {
    const number = Number(fromSuperscript(superscript))
    if (isPower(text, at, at + superscript.length, start, number)) return null
    return { start: at, end, label: String(number), number, style: 'superscript' }
  }
  if (bracketed !== undefined) {
    // `x[1]`, `K[0]`, `g[11]`: a subscript of a one-letter symbol in a formula, not a note.
    const number = Number.parseInt(bracketed, 10)
    const style: MarkerStyle = written[1] === '^' ? 'caret' : 'bracket'
    const marker: Marker = { start: at, end, label: bracketed, number, style }
    if (gluedToNext(text, at, end, start, sequence)) {
      return guessed(
        marker,
        `Read \`${written}\` glued to the word after it as note \`${bracketed}\`, the next note expected (a space is missing?)`
      )
    }
    if (isSubscript(text, at, end, start, number)) return null
    return marker
  }
  if (caret !== undefined) {
    const number = Number(caret)
    if (isExponent(text, at, end, start, number)) return null
    return { start: at, end, label: caret, number, style: 'caret' }
  }
  if (angle !== undefined) {
    return { start: at, end, label: angle, number: Number(angle), style: 'angle' }
  }
  return undefined
}

/**
 * `(12)` is a note only in a text that cites its bodies so, in their order (see
 * `spaced-numerals.ts`), where the next body is numbered `(12)` too, or whose settings say so:
 * elsewhere it numbers a list, or gives a year or a page. Settings naming the style without
 * bodies to go by: the next note expected.
 */
function parenMarker(at: number, end: number, n: number, sequence: Sequence): Marker | null {
  const { bodies, styles } = sequence
  const next = bodies
    ? ((styles?.has('paren') || (bodies.paren ?? bodies.spaced)) && isNextBody(bodies, n)) ||
      (!styles && isNextParenthesized(bodies, n))
    : styles?.has('paren') && isExpected(sequence, n)
  return next ? { start: at, end, label: String(n), number: n, style: 'paren' } : null
}

const superscriptValues = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** `¹²` as `12`. */
export function fromSuperscript(digits: string): string {
  let plain = ''
  for (const digit of digits) plain += String(superscriptValues.indexOf(digit))
  return plain
}

/**
 * Whether superscript digits at `at` (ending at `end`) raise to a power rather than cite a
 * note: `⁰`; after a digit (`10²`); glued to what follows (`x²y`); after a letter standing
 * alone or a unit of one or two letters (`x²`, `m²`, `km²`).
 */
function isPower(text: string, at: number, end: number, start: number, n: number): boolean {
  if (n === 0 || /[\p{L}0-9(]/u.test(text[end] ?? '')) return true
  if (at > start && isDigitCode(text.charCodeAt(at - 1))) return true
  let i = at
  while (i > start && i > at - 3 && letter.test(text[i - 1] as string)) i--
  return i < at && (i === start || /[\s0-9("=+\-*/<>]/.test(text[i - 1] as string))
}

/**
 * `[23] But could Pericles`: a marker opening a paragraph, where nothing before it can be
 * cited. It is the note moved there from the verse or heading before only when it is the very
 * note expected, a body has its number and no body stands just before (a guess, said so);
 * else it labels the paragraph (a line number, a body nothing cites) and is text, said so too.
 */
function movedMarker(scan: Scan, marker: Marker, written: string): void {
  const { sequence, found, accept, afterNotes } = scan
  const body = sequence.bodies?.numbers.includes(marker.number)
  if (!afterNotes && isExpected(sequence, marker.number) && body) {
    accept({
      ...marker,
      guess: `Read \`${written}\` at the start of a paragraph as note \`${marker.label}\`, the next note expected, moved there from the line before`
    })
    return
  }
  found.ambiguities.push({
    start: marker.start,
    end: marker.end,
    reason: `Read \`${written}\` at the start of a paragraph as its label (a line number? a note's body nothing cites?), not as a note: no text before it cites it`
  })
}

/**
 * `,[13]is`, `.[13]Though`, `[1033]buckets` at the head of a line: a bracketed numeral glued to
 * the word after it, after no letter or digit, that is the next note expected and the number of
 * a body: a note whose space after it was lost (a formula's subscript follows a
 * letter, a link's number was not expected).
 */
function gluedToNext(
  text: string,
  at: number,
  end: number,
  start: number,
  sequence: Sequence
): boolean {
  if (!/\p{L}/u.test(text[end] ?? '')) return false
  if (at > start && /[\p{L}0-9]/u.test(text[at - 1] as string)) return false
  const n = Number.parseInt(text.slice(at + 1, end - 1), 10)
  return isExpected(sequence, n) && sequence.bodies?.numbers.includes(n) === true
}

/**
 * Whether `[n]` ending at `end` is glued to a symbol marker or a capital: `[2]*`, `[5][A]`,
 * `[7]Fig` (`[12][13]` cites two notes).
 */
function isLinkNumber(text: string, end: number): boolean {
  return /^(?:[*†‡§\p{Lu}]|\[[A-Za-z*†‡§])/u.test(text.slice(end, end + 2))
}

/** Whether only white space stands between the start of the block and `at`. */
function opensBlock(text: string, start: number, at: number): boolean {
  for (let i = start; i < at; i++) if (!isSpaceBefore(text.charCodeAt(i))) return false
  return true
}

/**
 * `[1498]` in `January 11th [1498][68]`: four digits in brackets, far from the note expected
 * and the number of no body, is an editor's year, not a note.
 */
function isYearInBrackets(marker: Marker, sequence: Sequence): boolean {
  if (marker.number < 1000 || marker.style === 'angle' || isPlausible(sequence, marker.number))
    return false
  return !sequence.bodies?.numbers.includes(marker.number)
}

/** A plain numeral after punctuation or glued to a word: a note, a number, or a doubt. */
function readNumeral(scan: Scan, at: number, matchEnd: number): void {
  const { text, start, end, sequence, found, accept } = scan
  const digits = text.slice(at, matchEnd)
  const n = Number(digits)
  const prev = at > start ? (text[at - 1] as string) : ''
  const next = matchEnd < end ? (text[matchEnd] as string) : ''
  if (!endsMarker(next) || digits.length > 4 || digits[0] === '0' || n === 0) return
  if (afterPunctuation.has(prev) || (prev !== '' && sequence.closers?.includes(prev))) {
    const beforePunctuation = at - 2 >= start ? (text[at - 2] as string) : ''
    // `1933.7`, `37,000`, and a decimal of degrees or minutes, `29°,3`.
    if (isDigit(beforePunctuation) || units.includes(beforePunctuation)) {
      readAfterNumber(scan, at, matchEnd)
      return
    }
    if (prev === '.' && numberAbbreviation.test(text.slice(Math.max(start, at - 8), at))) return
    // `x'2`, `x[1]'2`: a square after a primed symbol in a formula.
    if (prev === "'" && (text[at - 2] === ']' || afterSymbol(text, at - 1, start))) return
    if (isPlausible(sequence, n)) {
      accept({ start: at, end: matchEnd, label: digits, number: n, style: 'glued' })
    } else {
      found.ambiguities.push({
        start: at,
        end: matchEnd,
        reason: `Read \`${digits}\` after \`${prev}\` as text, not as a note: note \`${expected(sequence)}\` was expected next`
      })
    }
    return
  }
  if (!letter.test(prev)) return
  // `cubits13 long`: a note only if it is the very number expected and glued
  // to an ordinary lowercase word (not `B52`, `H2O`, `COVID19`).
  const word = lowerWord.exec(text.slice(Math.max(start, at - 40), at))
  if (word && isExpected(sequence, n)) {
    const marker: Marker = { start: at, end: matchEnd, label: digits, number: n, style: 'glued' }
    accept(
      guessed(
        { ...marker, afterWord: true },
        `Read \`${word[1]}${digits}\` as \`${word[1]}\` followed by note \`${digits}\`, the next note expected, though no punctuation comes before it`
      )
    )
  }
}

/**
 * `1933.7`, `43.9`, `37,000`, `1:3`: a numeral after a number and punctuation. Only a full
 * stop can hide a note here, and only where a sentence could end.
 */
function readAfterNumber(scan: Scan, at: number, matchEnd: number): void {
  const { text, start, end, sequence, found, accept } = scan
  const digits = text.slice(at, matchEnd)
  const n = Number(digits)
  if (text[at - 1] !== '.' || !sentenceEndsAt(text, matchEnd, end)) return
  const written = `${numberBefore(text, at - 1, start)}.${digits}`
  if (isExpected(sequence, n)) {
    const marker: Marker = { start: at, end: matchEnd, label: digits, number: n, style: 'glued' }
    accept(
      guessed(
        marker,
        `Read \`${written}\` as \`${written.slice(0, -digits.length)}\` followed by note \`${digits}\`, the next note expected`
      )
    )
  } else if (isPlausible(sequence, n)) {
    found.ambiguities.push({
      start: at,
      end: matchEnd,
      reason: `Read \`${written}\` as a number, not as note \`${digits}\` (note \`${expected(sequence)}\` was expected next)`
    })
  }
}

/** Whether a symbol cites a note where the text's symbol notes are `labels`. */
function citesSymbol(labels: ReadonlySet<string> | undefined, label: string): boolean {
  const answered = isTranscribedSymbol(label) || isLetteredSymbol(label)
  return labels !== undefined && (!answered || labels.has(label))
}

/** The count of a symbol marker in its scope: the third `*` is `*` number 3. */
function countSymbol(sequence: Sequence, label: string): number {
  sequence.symbols ??= new Map()
  const count = (sequence.symbols.get(label) ?? 0) + 1
  sequence.symbols.set(label, count)
  return count
}

/** A space, a tab or a line ending: what a numeral set off by spaces follows. */
function isSpaceBefore(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

/** What may follow a numeral set off by spaces for it to be a note: the end, a space, `,;:` or `--`. */
const afterSpaced = /^(?:$|[\s,;:]|--|—)/u

/** Words after which a numeral is a reference, not a note (`ch. 149`, `cp. i. 178`, `p. 5`). */
const referenceWord =
  /(?:^|[^\p{L}])(?:p|pp|no|nos|vol|vols|ch|chap|cp|cf|fig|art|sec|op|nr|book|chapter|page|[ivxlc]+)\.?[ \t]*$/iu

/**
 * `the Greeks 2 worthy`, `the temple. 28 Now`: a numeral set off by spaces is a note only when
 * it is the number of one of the next few bodies not yet cited, in a text with numbered bodies.
 */
function spacedMarker(
  text: string,
  at: number,
  digitsEnd: number,
  end: number,
  bodies: BodyOrder
): Marker | undefined {
  if (digitsEnd > end || digitsEnd - at > 5 || text.charCodeAt(at) === 0x30) return undefined
  if (!afterSpaced.test(text.slice(digitsEnd, Math.min(end, digitsEnd + 2)))) return undefined
  const n = Number(text.slice(at, digitsEnd))
  if (!isNextBody(bodies, n)) return undefined
  if (referenceWord.test(text.slice(Math.max(0, at - 12), at))) return undefined
  return { start: at, end: digitsEnd, label: String(n), number: n, style: 'spaced' }
}

/** Whether `n` numbers one of the next few bodies not yet cited. */
function isNextBody(bodies: BodyOrder, n: number): boolean {
  const reach = Math.min(bodies.numbers.length, bodies.next + spacedReach)
  for (let k = bodies.next; k < reach; k++) if (bodies.numbers[k] === n) return true
  return false
}

/** Whether one of the next few bodies uncited is numbered `(n)`, as the marker is written. */
function isNextParenthesized(bodies: BodyOrder, n: number): boolean {
  if (!bodies.parenthesized || bodies.parenthesized.size === 0) return false
  const reach = Math.min(bodies.numbers.length, bodies.next + spacedReach)
  for (let k = bodies.next; k < reach; k++)
    if (bodies.numbers[k] === n && bodies.parenthesized.has(k)) return true
  return false
}

/** Moves past the first body numbered `n` among those not yet cited, if it is near. */
function advanceBodies(bodies: BodyOrder, n: number): void {
  const reach = Math.min(bodies.numbers.length, bodies.next + 2 * window)
  for (let k = bodies.next; k < reach; k++) {
    if (bodies.numbers[k] === n) {
      bodies.cited++
      bodies.skipped += k - bodies.next
      bodies.next = k + 1
      return
    }
  }
}

/** What may follow a glued marker: the end, whitespace, or closing punctuation. */
function endsMarker(next: string): boolean {
  return next === '' || /[\s,;:)\]”’"'—–]/u.test(next)
}

/** Whether a sentence can end before `at`: the end of the range, or space then a sentence start. */
function sentenceEndsAt(text: string, at: number, end: number): boolean {
  let i = at
  if (i >= end) return true
  if (!/\s/.test(text[i] as string)) return false
  while (i < end && /\s/.test(text[i] as string)) i++
  return i >= end || sentenceStart.test(text[i] as string)
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isDigit(value: string): boolean {
  return value >= '0' && value <= '9' && value.length === 1
}

/** The digits (with separators) that end just before `end`, e.g. `1933` or `00447`. */
function numberBefore(text: string, end: number, start: number): string {
  let i = end
  while (i > start && /[0-9,]/.test(text[i - 1] as string)) i--
  return text.slice(i, end)
}

/**
 * Whether `[n]` at `at` (ending at `end`) is a subscript in a formula: `[0]`; glued to what
 * follows (`g[11]du2`, `dx[1]^2`), as a note never is; or after a letter standing alone as a
 * symbol (`x[1]`, `x'[1]`, `2g[12]`).
 */
function isSubscript(text: string, at: number, end: number, start: number, n: number): boolean {
  if (n === 0 || /[\p{Ll}0-9^']/u.test(text[end] ?? '')) return true
  if (afterSymbol(text, at, start)) return true
  // `dx[1]dx[2]`: two letters glued to the subscript before them.
  return at - 3 >= start && /^\]\p{Ll}{2}$/u.test(text.slice(at - 3, at))
}

/**
 * Whether `^n` is an exponent: `^0`; after a number or a closing bracket (`10^27`, `x[1]^2`);
 * glued to what follows (`c^2t2`); after a letter standing alone (`A^1`, `mc^2`).
 */
function isExponent(text: string, at: number, end: number, start: number, n: number): boolean {
  if (n === 0 || /[\p{L}0-9(]/u.test(text[end] ?? '')) return true
  const before = at > start ? (text[at - 1] as string) : ''
  if (/[0-9)\]]/.test(before)) return true
  return afterSymbol(text, at, start) || afterSymbol(text, at - 1, start)
}

/**
 * Whether the letter before `at` stands alone as a symbol, a prime after it allowed: after a
 * space, a digit, a bracket, a quotation mark or an operator, not after an apostrophe
 * (`Hela's[2]`) or another letter.
 */
function afterSymbol(text: string, at: number, start: number): boolean {
  let i = at - 1
  if (text[i] === "'" && i - 1 >= start && letter.test(text[i - 1] as string)) i--
  if (i < start || !letter.test(text[i] as string)) return false
  return i - 1 < start || /[\s0-9("=+\-*/<>]/.test(text[i - 1] as string)
}
