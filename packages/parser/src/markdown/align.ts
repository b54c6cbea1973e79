// Where the characters of a Markdown value stand in the source. A value read by remark is not
// always a slice of the source: escapes (`\*` is `*`) and character references (`&amp;` is `&`)
// are decoded, and the prefixes of block quote and list lines (`> `, indentation) and the spaces
// around a soft line break are left out. Walking value and source side by side recovers, for
// each character of the value, the source range it was read from.
import { decodeNamedCharacterReference } from 'decode-named-character-reference'

/** For each character `i` of a value, the source range `starts[i]`–`ends[i]` it was read from. */
export interface Alignment {
  starts: number[]
  ends: number[]
}

const characterReference =
  /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y

/**
 * Aligns `value` with `source[start, end)`. Source characters with no counterpart in the value
 * (line prefixes, markup such as the `*` of emphasis inside an image's alt) are skipped; the
 * ranges never go back and never leave `start`–`end`, whatever the input.
 */
export function align(value: string, source: string, start: number, end: number): Alignment {
  const starts: number[] = new Array(value.length)
  const ends: number[] = new Array(value.length)
  let v = 0
  let s = start
  while (v < value.length && s < end) {
    const code = source.charCodeAt(s)
    const wanted = value.charCodeAt(v)
    if (code === 0x5c && s + 1 < end) {
      const escaped = source.charCodeAt(s + 1)
      if (isAsciiPunctuation(escaped) && escaped === wanted) {
        starts[v] = s
        ends[v] = s + 2
        v++
        s += 2
        continue
      }
    }
    if (code === 0x26) {
      characterReference.lastIndex = s
      const match = characterReference.exec(source)
      if (match && s + match[0].length <= end) {
        const decoded = decodeReference(match)
        if (decoded !== undefined && value.startsWith(decoded, v)) {
          for (let k = 0; k < decoded.length; k++) {
            starts[v + k] = s
            ends[v + k] = s + match[0].length
          }
          v += decoded.length
          s += match[0].length
          continue
        }
      }
    }
    // NUL is read as U+FFFD; anything else unmatched that is not markup is taken as read.
    if (code === wanted || (code === 0 && wanted === 0xfffd) || !isSkippable(code)) {
      starts[v] = s
      ends[v] = s + 1
      v++
    }
    s++
  }
  for (; v < value.length; v++) {
    starts[v] = end
    ends[v] = end
  }
  return { starts, ends }
}

/** The text a character reference stands for, as micromark decodes it; undefined if none. */
function decodeReference(match: RegExpExecArray): string | undefined {
  const [, hexadecimal, decimal, name] = match
  if (hexadecimal !== undefined) return decodeNumeric(Number.parseInt(hexadecimal, 16))
  if (decimal !== undefined) return decodeNumeric(Number.parseInt(decimal, 10))
  const decoded = name === undefined ? false : decodeNamedCharacterReference(name)
  return decoded === false ? undefined : decoded
}

/** A numeric reference's character; controls, surrogates and non-characters become U+FFFD. */
function decodeNumeric(code: number): string {
  if (
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 0xd7ff && code < 0xe000) ||
    (code > 0xfdcf && code < 0xfdf0) ||
    (code & 0xffff) === 0xffff ||
    (code & 0xffff) === 0xfffe ||
    code > 0x10ffff
  ) {
    return '\ufffd'
  }
  return String.fromCodePoint(code)
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  )
}

/** Whitespace, block quote markers and inline markup: what a value may leave out. */
function isSkippable(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x3e || // >
    code === 0x2a || // *
    code === 0x5f || // _
    code === 0x7e || // ~
    code === 0x60 || // `
    code === 0x5b || // [
    code === 0x5d || // ]
    code === 0x21 || // !
    code === 0x5c || // \
    code === 0x3c // <
  )
}
