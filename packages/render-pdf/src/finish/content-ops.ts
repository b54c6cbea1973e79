// The operators of a content stream, read from its text (its bytes as Latin-1) with a cursor,
// one character code at a time: a tagged book's pages hold some 2 MB of content a chapter,
// read here once when their artifacts are marked (`artifacts.ts`), and a regular expression a
// token made that read 0.55 s of the 10-chapter book. An operator's span runs from its first
// operand to its end:
//
//   /NonStruct <</MCID 0 >>BDC BT /F4 14 Tf 1 0 0 -1 101.6 5271 Tm <0002> Tj ET
//   └────────────────────────┘ └┘ └───────┘ └────────────────────┘ └───────┘ └┘
//   BDC                        BT Tf        Tm                     Tj        ET
//
// The tokens are PDF's (ISO 32000-1, 7.2): white space and comments, literal strings in
// balanced parentheses, hex strings, `<<` and `>>`, array and procedure brackets, names, and
// words, which are numbers, `true`, `false`, `null` or operators.

/** An operator and where it starts (its first operand) and ends, in the stream's text. */
export interface Operation {
  name: string
  start: number
  end: number
}

/** Kinds of character code below 256; the codes above are looked up with `\s`. */
const other = 0
const white = 1
/** A delimiter of its own: ( ) < > [ ] { } / %. */
const delimiter = 2
const kinds = new Uint8Array(256)
for (const code of [9, 10, 11, 12, 13, 32, 160]) kinds[code] = white
for (const character of '()<>[]{}/%') kinds[character.charCodeAt(0)] = delimiter

const inlineImageEnd = /\sEI(?=\s|$)/g

function kindOf(code: number): number {
  return code < 256 ? (kinds[code] as number) : /\s/.test(String.fromCharCode(code)) ? white : other
}

/**
 * Each operator of `text` in order; inline image data (`ID … EI`) is skipped whole. Given
 * `true` for the next (`next(true)`), the lines of glyphs that follow the operator just read
 * are skipped (see `glyphLinesEnd`).
 */
export function* operations(text: string): Generator<Operation, void, boolean | undefined> {
  let at = 0
  let start = -1
  while (at < text.length) {
    const code = text.charCodeAt(at)
    const kind = kindOf(code)
    if (kind === white) {
      at++
      continue
    }
    const from = at
    if (kind === delimiter) {
      at = delimitedEnd(text, at, code)
      // A comment is white space.
      if (code !== 37 && start < 0) start = from
      continue
    }
    at = wordEnd(text, at)
    // A word that starts with a control character is read as white space.
    if (code <= 32) continue
    if (start < 0) start = from
    if (isOperand(text, from, at)) continue
    let name = operatorName(text, from, at)
    if (name === 'ID') {
      inlineImageEnd.lastIndex = at
      const end = inlineImageEnd.exec(text)
      at = end ? end.index + 3 : text.length
      name = 'EI'
    }
    const skip = yield { name, start, end: at }
    start = -1
    if (skip) at = glyphLinesEnd(text, at)
  }
}

// A line of Skia's that draws a glyph, with or without the step from the last one:
// `7.0180817 0 Td <0024> Tj` or `<0089> Tj`; whole tokens only (the last `Tj` ends a word).
const glyphLines = /(?:\n(?:[-+.\d]+ [-+.\d]+ Td )?<[\dA-F]*> Tj(?![^\s()<>[\]{}/%]))*/y

/**
 * The offset past the lines that draw glyphs from `at` (just past an operator) on; `at` if
 * none do. Most of a page's content is such lines: of the first manuscript's 4,362 operators a
 * page, the artifacts' reader skips 91% this way, for it only looks for the operators that open
 * and close marked content and text objects, and has nothing to read in them.
 */
function glyphLinesEnd(text: string, at: number): number {
  glyphLines.lastIndex = at
  return glyphLines.test(text) ? glyphLines.lastIndex : at
}

/** PDF's operators (ISO 32000-1, Annex A), by their character codes (see `operatorKey`). */
const operators = new Map(
  [
    ...['b', 'B', 'b*', 'B*', 'BDC', 'BI', 'BMC', 'BT', 'BX', 'c', 'cm', 'CS', 'cs', 'd', 'd0'],
    ...['d1', 'Do', 'DP', 'EI', 'EMC', 'ET', 'EX', 'f', 'F', 'f*', 'G', 'g', 'gs', 'h', 'i', 'ID'],
    ...['j', 'J', 'K', 'k', 'l', 'm', 'M', 'MP', 'n', 'q', 'Q', 're', 'RG', 'rg', 'ri', 's', 'S'],
    ...['SC', 'sc', 'SCN', 'scn', 'sh', 'T*', 'Tc', 'Td', 'TD', 'Tf', 'Tj', 'TJ', 'TL', 'Tm', 'Tr'],
    ...['Ts', 'Tw', 'Tz', 'v', 'w', 'W', 'W*', 'y', "'", '"']
  ].map((name) => [operatorKey(name, 0, name.length), name])
)

/** A word of at most three Latin-1 characters as a number: its length and their codes; else -1. */
function operatorKey(text: string, from: number, to: number): number {
  let key = to - from
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code > 255) return -1
    key = key * 256 + code
  }
  return key
}

/**
 * The operator from `from` to `to`: one of PDF's is given as the string above, made once,
 * rather than cut from the text (a page has thousands).
 */
function operatorName(text: string, from: number, to: number): string {
  const known = to - from <= 3 ? operators.get(operatorKey(text, from, to)) : undefined
  return known ?? text.slice(from, to)
}

/** The offset just past the token opening with a delimiter at `at`: a string, a name, a bracket. */
function delimitedEnd(text: string, at: number, code: number): number {
  switch (code) {
    case 40: // (
      return stringEnd(text, at)
    case 47: // /
      return wordEnd(text, at + 1)
    case 37: // %
      return lineEnd(text, at)
    case 60: // <
      return text.charCodeAt(at + 1) === 60 ? at + 2 : hexEnd(text, at)
    case 62: // >
      if (text.charCodeAt(at + 1) === 62) return at + 2
      break
    case 41: // )
      break
    default: // [ ] { }
      return at + 1
  }
  throw new Error(`Unexpected \`${text[at]}\` at ${at} in a content stream`)
}

/** The offset just past the literal string opening at `at`: balanced parentheses, escapes. */
function stringEnd(text: string, at: number): number {
  let depth = 0
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 92) index++
    else if (code === 40) depth++
    else if (code === 41 && --depth === 0) return index + 1
  }
  return text.length
}

/** The offset just past the hex string opening at `at`: hex digits and white space, then `>`. */
function hexEnd(text: string, at: number): number {
  let index = at + 1
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const hex = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102)
    if (!hex && kindOf(code) !== white) break
  }
  if (text.charCodeAt(index) === 62) return index + 1
  throw new Error(`Unexpected \`${text[at]}\` at ${at} in a content stream`)
}

/** The offset of the first white space or delimiter from `at` on. */
function wordEnd(text: string, at: number): number {
  let index = at
  while (index < text.length && kindOf(text.charCodeAt(index)) === other) index++
  return index
}

/** The offset of the end of the line (its `\r` or `\n`) from `at` on. */
function lineEnd(text: string, at: number): number {
  let index = at
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) break
  }
  return index
}

/** Whether the word from `from` to `to` is an operand: a number, `true`, `false` or `null`. */
function isOperand(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from)
  if (first === 116 || first === 102 || first === 110) {
    const word = text.slice(from, to)
    return word === 'true' || word === 'false' || word === 'null'
  }
  let index = first === 43 || first === 45 ? from + 1 : from
  const digits = () => {
    const begun = index
    while (index < to && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
    return index - begun
  }
  const whole = digits()
  if (index < to && text.charCodeAt(index) === 46) {
    index++
    const fraction = digits()
    if (whole === 0 && fraction === 0) return false
  } else if (whole === 0) {
    return false
  }
  return index === to
}
