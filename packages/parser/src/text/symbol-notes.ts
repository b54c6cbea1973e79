// Notes cited by a symbol rather than a number, as printed books set their page notes:
//
//   balls of a friable substance, called rust balls.*     <- `*` cites the note
//   (* There may probably be also in the chalk …)         <- its body, under the paragraph
//
//   the measurement gives a whole number,* and …
//     Notes                                               <- or gathered under a heading
//   * Here we have assumed …
//
// The same symbol cites a new note on every page (`*`, then `**` for a second note on the
// page), so a body answers the nearest marker before it with its symbol that has no body yet.
// Some transcriptions write the dagger, double dagger, section and parallels as `+`, `#`, `$`
// and `||`; those are notes only glued to a word and answered by a body with the same symbol.
// Some editors tell their own notes from the author's by a letter after the stars (`**A`,
// `**B`): such a label cites a note only where a body opens with the same label, and may
// start a line inside a paragraph, where the line before breaks a sentence.
import type { Block } from '../shared/blocks.js'

/**
 * The symbols a page note is cited by: runs of asterisks, a dagger, a double dagger, a section,
 * and the transcribers' `+ # $ ||`.
 */
const symbolRun = /\*{1,3}\p{Lu}(?![\p{L}\p{N}])|\*{1,7}|[†‡§+#$]|\|\|/uy

/** A label of stars and a capital, `**A`: an editor's note set among the author's. */
const lettered = /^\*{1,3}\p{Lu}$/u

/** A line opening the body of a lettered label: `**A Einstein used…`. Group 1 is the label. */
const letteredBodyLine = /^[ \t]*(\*{1,3}\p{Lu})[ \t]+(?=\S)/u

/** `* † ‡ § + # $ |`: where a symbol marker may begin. */
function isSymbol(c: number): boolean {
  return (
    c === 0x2a ||
    c === 0x2020 ||
    c === 0x2021 ||
    c === 0xa7 ||
    c === 0x2b ||
    c === 0x23 ||
    c === 0x24 ||
    c === 0x7c
  )
}

/** The transcribers' stand-ins for the printed symbols. */
const transcribed = /^(?:[+#$]|\|\|)$/

/** What may follow a symbol marker: the end, whitespace or closing punctuation. */
const afterSymbol = /[\s,.;:!?)\]'"”’]/u

/**
 * A line that opens a symbol note's body: `(* text`, `(*text`, `*) text`, `* text`, `† text`.
 * Group 1 is the symbol of a body in parentheses, group 2 of one without. A line of stars
 * (`*    *    *`) breaks a section.
 */
const bodyLine = /^[ \t]*(?:\((\*{1,7}|[†‡§])[ \t]*|(\*{1,7}|[†‡§])\)?[ \t]+)(?=[^\s*])/

/**
 * `bodyLine`, or a body with a transcriber's symbol: `+ text`, `|| text`; or a star glued to a
 * capital, `*A. U. C. - Ab Urbe Condita`, on a line with no other star (group 3); or stars
 * glued to a bracketed word, `***[Note] The equation…` (group 4).
 */
const anyBodyLine =
  /^[ \t]*(?:\((\*{1,7}|[†‡§])[ \t]*|(\*{1,7}|[†‡§]|[+#$]|\|\|)\)?[ \t]+|(\*{1,3})(?=\p{Lu}[^*]*$)|(\*{1,3})(?=\[\p{L}+\][ \t]))(?=[^\s*])/u

/**
 * A second body on a line, after wide space that follows the first body's words: `* In
 * Cheshire.  + In Norfolk.` (the indentation before the first body is no such space).
 */
const laterBody = /(?<=\S)[ \t]{2,}(\*{1,7}|[†‡§]|[+#$]|\|\|)[ \t]+(?=\S)/g

/**
 * Whether `label` is a page note's symbol: `*`, `**`, `†`, `‡`, `§`, `+`, `#`, `$`, `||`, or stars
 * with a capital, `**A`.
 */
export function isSymbolLabel(label: string): boolean {
  return /^(?:\*{1,7}|[†‡§+#$]|\|\|)$/.test(label) || lettered.test(label)
}

/** Whether `label` is stars with a capital, `**A`, which cites only a body with that label. */
export function isLetteredSymbol(label: string): boolean {
  return lettered.test(label)
}

/** Whether `label` is a transcriber's stand-in for a printed symbol: `+`, `#`, `$`, `||`. */
export function isTranscribedSymbol(label: string): boolean {
  return transcribed.test(label)
}

/** Whether `line` opens a symbol note's body (`* text`, `(* text`), whatever was cited. */
export function opensSymbolBody(line: string): boolean {
  return bodyLine.test(line)
}

/**
 * The length of `label` opening `line`, a symbol note's body, parenthesis and the space after
 * it included.
 */
export function symbolLabelLength(line: string, label: string): number {
  if (lettered.test(label)) return letteredBodyLine.exec(line)?.[0].length ?? 0
  return anyBodyLine.exec(line)?.[0].length ?? 0
}

/** Characters a symbol marker may begin with, for a quick test before the pattern. */
export function isSymbolStart(code: number): boolean {
  return (
    code === 0x2a ||
    code === 0x2020 ||
    code === 0x2021 ||
    code === 0xa7 ||
    code === 0x2b ||
    code === 0x23 ||
    code === 0x24 ||
    code === 0x7c
  )
}

/**
 * The symbol marker at `at` (its label and end), or undefined: a whole run of one symbol,
 * after a word, punctuation or a space inside a line (`rust balls.*`, `the may-fly * haunts`),
 * and before a space or closing punctuation; not at the start of a line (a body, a list), not
 * inside a word (`B*****S`), not in a line of stars that breaks a section (`*    *    *`).
 */
export function symbolMarkerAt(text: string, at: number, start: number): SymbolMarker | undefined {
  if (at > 0 && text[at - 1] === '*') return undefined
  symbolRun.lastIndex = at
  const run = symbolRun.exec(text)
  if (!run) return undefined
  // `Lucan;+`, `urns+ in`, `</i>#`: a stand-in only glued to a word, punctuation or a tag
  // (not `2 + 2`, `C++`).
  if (transcribed.test(run[0]) && !/[\p{L};:,.!?)>”’"']/u.test(text[at - 1] ?? '')) return undefined
  const end = at + run[0].length
  const stray = end < text.length && strayLetter(text, at, end)
  if (end < text.length && !stray && !afterSymbol.test(text[end] as string)) return undefined
  // `*  *  *` inside a line: stars for words left out; `§ 3`: a section, not a note.
  let after = end
  while (text[after] === ' ' || text[after] === '\t') after++
  if ((after > end && text[after] === '*') || /[0-9]/.test(text[after] ?? '')) return undefined
  let before = at - 1
  while (before >= start && (text[before] === ' ' || text[before] === '\t')) before--
  if (before < start) return undefined
  const previous = text[before] as string
  if (isSymbolStart(previous.charCodeAt(0))) return undefined
  if (previous === '\n' || previous === '\r') {
    if (!lettered.test(run[0]) || !followsWords(text, before, start)) return undefined
  }
  if (run[0] === '*' && closesEmphasis(text, at, start)) return undefined
  return stray ? { label: run[0], end, stray: text[end] as string } : { label: run[0], end }
}

/** A symbol marker: its label, where it ends, and the stray letter glued to it, if any. */
export interface SymbolMarker {
  label: string
  end: number
  /** `sun,*x and`: a letter struck with the symbol, read as a slip. */
  stray?: string
}

/**
 * Whether stars at text[at, end) after punctuation are glued to a lone small letter, `sun,*x
 * and`: a slip of the keyboard, not a word (`a*x` in a formula follows no punctuation).
 */
function strayLetter(text: string, at: number, end: number): boolean {
  return (
    text.charCodeAt(at) === 0x2a &&
    /[,.;:!?]/.test(text[at - 1] ?? '') &&
    /\p{Ll}/u.test(text[end] as string) &&
    afterSymbol.test(text[end + 1] ?? ' ')
  )
}

/** Whether the line ending at `newline` (its `\n` or `\r`) holds words, inside the block from `start`. */
function followsWords(text: string, newline: number, start: number): boolean {
  let k = newline - 1
  if (text[newline] === '\n' && text[k] === '\r') k--
  while (k >= start && (text[k] === ' ' || text[k] === '\t')) k--
  return k >= start && text[k] !== '\n' && text[k] !== '\r'
}

/** Whether the star at `at` closes `*emphasis*` opened on its line, after a space or its start. */
function closesEmphasis(text: string, at: number, start: number): boolean {
  for (let k = at - 1; k >= start; k--) {
    const code = text.charCodeAt(k)
    if (code === 0x0a || code === 0x0d) return false
    if (code !== 0x2a) continue
    const before = k > start ? text.charCodeAt(k - 1) : 0x0a
    const after = text.charCodeAt(k + 1)
    return (
      (before === 0x20 || before === 0x0a || before === 0x09) && after !== 0x20 && after !== 0x2a
    )
  }
  return false
}

/** One symbol note's body found in a block: the lines it spans, and its symbol. */
export interface SymbolBody {
  label: string
  /** Whether it is wrapped in parentheses: `(* …)`. */
  enclosed: boolean
  /** The first and last line of the block it spans. */
  first: number
  last: number
  /** Where it starts, when another body comes before it on its first line. */
  start?: number
  /** Where it ends, when another body follows it on its last line. */
  end?: number
}

/**
 * The symbol notes' bodies in `block`, each from a line that opens one (its symbol cited
 * before and still without a body, as `cited` says) to the line before the next; the lines
 * before the first are the text's. An enclosed body ends at the line that closes it, or before
 * a line opening another in parentheses. A line
 * may hold several bodies after wide spaces (`* In Cheshire.  + In Norfolk.`).
 */
export function symbolBodies(text: string, block: Block, cited: SymbolCitations): SymbolBody[] {
  const bodies: SymbolBody[] = []
  let open: SymbolBody | undefined
  block.lines.forEach((line, k) => {
    const value = text.slice(line.start, line.end)
    cited.advanceTo(line.start)
    const letter = letteredBodyLine.exec(value)?.[1]
    const match = letter !== undefined && cited.pendingFor(letter) ? null : anyBodyLine.exec(value)
    const label = match ? ((match[1] ?? match[2] ?? match[3] ?? match[4]) as string) : letter
    let opened = false
    // A body in parentheses ends where it closes, or where the next one opens (`(***** …`
    // whose `)` the source lost, then `(****** …`).
    const free = !open?.enclosed || match?.[1] !== undefined || closes(open, text, block, k - 1)
    if (label !== undefined && free) {
      if (cited.take(label)) {
        open = { label, enclosed: match?.[1] !== undefined, first: k, last: k }
        bodies.push(open)
        opened = true
      }
    }
    if (open && !opened) open.last = k
    if (open && !open.enclosed) open = laterBodies(value, line.start, k, open, cited, bodies)
  })
  return bodies
}

/** The bodies after the first on line `k` (`value`, at `start`); returns the last one open. */
function laterBodies(
  value: string,
  start: number,
  k: number,
  open: SymbolBody,
  cited: SymbolCitations,
  bodies: SymbolBody[]
): SymbolBody {
  let last = open
  laterBody.lastIndex = 0
  for (let match = laterBody.exec(value); match; match = laterBody.exec(value)) {
    const label = match[1] as string
    if (!cited.take(label)) continue
    last.end = start + match.index
    const at = start + match.index + (match[0].length - match[0].trimStart().length)
    last = { label, enclosed: false, first: k, last: k, start: at }
    bodies.push(last)
  }
  return last
}

/** Whether line `k` of `block` closes the parenthesis `body` opened. */
function closes(body: SymbolBody, text: string, block: Block, k: number): boolean {
  const first = block.lines[body.first]
  const last = block.lines[k]
  return first !== undefined && last !== undefined && balanced(text, first.start, last.end)
}

/** Whether the parentheses of text[start, end) are closed. */
export function balanced(text: string, start: number, end: number): boolean {
  let depth = 0
  for (let offset = start; offset < end; offset++) {
    const code = text.charCodeAt(offset)
    if (code === 0x28) depth++
    else if (code === 0x29) depth--
  }
  return depth <= 0
}

/**
 * The symbol markers of the running text, met in reading order: a body with a symbol is a
 * note's when that symbol was cited since the last body with it.
 */
export class SymbolCitations {
  private readonly citations: { at: number; label: string }[] = []
  private next = 0
  private readonly pending = new Map<string, number>()

  /** `places` are those of `markPlaces(text)` (see `mark-places.ts`), symbols among them. */
  constructor(text: string, places: readonly number[]) {
    let after = 0
    for (const at of places) {
      if (at < after || !isSymbol(text.charCodeAt(at))) continue
      const marker = symbolMarkerAt(text, at, 0)
      if (marker) {
        this.citations.push({ at, label: marker.label })
        after = marker.end
      }
    }
  }

  /** Whether the text cites any note by a symbol. */
  get any(): boolean {
    return this.citations.length > 0
  }

  /** Meets the citations before `offset`. */
  advanceTo(offset: number): void {
    let citation = this.citations[this.next]
    while (citation !== undefined && citation.at < offset) {
      this.pending.set(citation.label, (this.pending.get(citation.label) ?? 0) + 1)
      citation = this.citations[++this.next]
    }
  }

  /** Whether `label` was cited and has a body to come. */
  pendingFor(label: string): boolean {
    return (this.pending.get(label) ?? 0) > 0
  }

  /** Whether `label` was cited and has a body to come; if so, one fewer has. */
  take(label: string): boolean {
    const count = this.pending.get(label) ?? 0
    if (count === 0) return false
    this.pending.set(label, count - 1)
    return true
  }
}
