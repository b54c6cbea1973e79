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
import type { Block } from './blocks.js'

/**
 * The symbols a page note is cited by: runs of asterisks, a dagger, a double dagger, a section,
 * and the transcribers' `+ # $ ||`.
 */
const symbolRun = /\*{1,7}|[†‡§+#$]|\|\|/y

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

/** Whether `label` is a page note's symbol: `*`, `**`, `†`, `‡`, `§`, `+`, `#`, `$`, `||`. */
export function isSymbolLabel(label: string): boolean {
  return /^(?:\*{1,7}|[†‡§+#$]|\|\|)$/.test(label)
}

/** Whether `label` is a transcriber's stand-in for a printed symbol: `+`, `#`, `$`, `||`. */
export function isTranscribedSymbol(label: string): boolean {
  return transcribed.test(label)
}

/** Whether `line` opens a symbol note's body (`* text`, `(* text`), whatever was cited. */
export function opensSymbolBody(line: string): boolean {
  return bodyLine.test(line)
}

/** The length of the label that opens `line`, a symbol note's body, parenthesis included. */
export function symbolLabelLength(line: string): number {
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
export function symbolMarkerAt(
  text: string,
  at: number,
  start: number
): { label: string; end: number } | undefined {
  if (at > 0 && text[at - 1] === '*') return undefined
  symbolRun.lastIndex = at
  const run = symbolRun.exec(text)
  if (!run) return undefined
  // `Lucan;+`, `urns+ in`, `</i>#`: a stand-in only glued to a word, punctuation or a tag
  // (not `2 + 2`, `C++`).
  if (transcribed.test(run[0]) && !/[\p{L};:,.!?)>”’"']/u.test(text[at - 1] ?? '')) return undefined
  const end = at + run[0].length
  if (end < text.length && !afterSymbol.test(text[end] as string)) return undefined
  // `*  *  *` inside a line: stars for words left out; `§ 3`: a section, not a note.
  let after = end
  while (text[after] === ' ' || text[after] === '\t') after++
  if ((after > end && text[after] === '*') || /[0-9]/.test(text[after] ?? '')) return undefined
  let before = at - 1
  while (before >= start && (text[before] === ' ' || text[before] === '\t')) before--
  if (before < start) return undefined
  const previous = text[before] as string
  if (previous === '\n' || previous === '\r' || isSymbolStart(previous.charCodeAt(0)))
    return undefined
  if (run[0] === '*' && closesEmphasis(text, at, start)) return undefined
  return { label: run[0], end }
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
    const match = anyBodyLine.exec(value)
    const label = match ? ((match[1] ?? match[2] ?? match[3] ?? match[4]) as string) : undefined
    cited.advanceTo(line.start)
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

  /** Whether `label` was cited and has a body to come; if so, one fewer has. */
  take(label: string): boolean {
    const count = this.pending.get(label) ?? 0
    if (count === 0) return false
    this.pending.set(label, count - 1)
    return true
  }
}
