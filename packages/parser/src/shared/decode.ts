// Turns the bytes of a manuscript into text, or says exactly where and why that is impossible.
import { Buffer } from 'node:buffer'

/** The encodings a manuscript may be written in; the same names as the `encoding` setting. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | 'windows-1252'

/**
 * Manuscripts larger than this (64 MiB) are refused: even a long book is a few MB of plain text,
 * so a bigger file is almost certainly not a manuscript, and would cost several times its size
 * in memory once decoded and parsed.
 */
export const maxBytes: number = 64 * 1024 * 1024

/** A place in the raw bytes, with where it shows in an editor. */
export interface BytePlace {
  /** 0-based offset into the bytes given to `decode`, byte-order mark included. */
  byteOffset: number
  /** 1-based; LF, CR and CRLF each end a line. */
  line: number
  /** 1-based, in UTF-16 code units of the decoded text, like positions elsewhere in the parser. */
  column: number
}

/** Either the text, or why there is none. */
export type Decoded =
  | {
      ok: true
      text: string
      /** The encoding actually used, which a byte-order mark may have decided. */
      encoding: Encoding
      /** Whether a byte-order mark was found (and left out of `text`). */
      bom: boolean
      /** Offsets in `text` (UTF-16 code units) of controls a manuscript should not hold. */
      controls: number[]
    }
  | { ok: false; reason: string; ruleId: 'encoding-invalid' | 'size-limit'; place?: BytePlace }

const encodings: ReadonlySet<string> = new Set<Encoding>([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'latin1',
  'windows-1252'
])

// ignoreBOM keeps a U+FEFF in the text: the leading mark is cut off before decoding, so any
// that the decoder sees is content.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf16 = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })
// For the text before a fault, which is valid, except in the fallback where no fault was found.
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })
const lenientUtf16 = new TextDecoder('utf-16le', { ignoreBOM: true })

const latin1Hint =
  'if the file is Latin-1 or Windows-1252, set `encoding: windows-1252` in the settings'
const damaged = 'the file may be damaged or cut short'
// The setting cannot help when the mark overrides it, so suggest the only fix that works.
const bomHint =
  'the file starts with a UTF-8 byte-order mark, so it is read as UTF-8 whatever the ' +
  'settings say; re-save it as UTF-8'

/** Decodes `bytes` as `encoding` (default UTF-8) unless a byte-order mark says otherwise. */
export function decode(bytes: Uint8Array, encoding?: Encoding): Decoded {
  // Cross-realm arrays and Buffers pass; anything else is a programming error, not bad input.
  if (!ArrayBuffer.isView(bytes) || Object.prototype.toString.call(bytes) !== '[object Uint8Array]')
    throw new TypeError(`decode expects a Uint8Array, got ${describeValue(bytes)}`)
  if (encoding !== undefined && (typeof encoding !== 'string' || !encodings.has(encoding)))
    throw new TypeError(
      `Unknown encoding ${describeValue(encoding)}; expected one of ${[...encodings].join(', ')}`
    )

  if (bytes.length > maxBytes) {
    const size = `${(bytes.length / 1e6).toFixed(1)} MB`
    return {
      ok: false,
      ruleId: 'size-limit',
      reason:
        `Manuscript is \`${size}\`, over the limit of \`64 MiB\`; ` +
        'split it into several files (one per part or chapter)'
    }
  }

  // As in the WHATWG decode algorithm, a byte-order mark outranks the setting: it cannot be
  // there by accident, whereas settings are often copied from another book.
  const [a, b, c] = bytes
  if (a === 0xff && b === 0xfe) return decodeUtf16(bytes, true)
  if (a === 0xfe && b === 0xff) return decodeUtf16(bytes, false)
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeUtf8(bytes, 3)
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') {
    const unmarked = unmarkedUtf16(bytes)
    if (unmarked !== undefined) return unmarked
  }

  switch (encoding ?? 'utf-8') {
    case 'utf-8':
      return decodeUtf8(bytes, 0)
    case 'utf-16le':
      return decodeUtf16(bytes, true, 0)
    case 'utf-16be':
      return decodeUtf16(bytes, false, 0)
    case 'latin1':
      return success(toLatin1(bytes), 'latin1', false)
    case 'windows-1252':
      return success(toWindows1252(bytes), 'windows-1252', false)
  }
}

/** How much of the start of a file is read to tell UTF-16 without a byte-order mark. */
const sniffBytes = 4096

/**
 * UTF-16 without a byte-order mark, read as UTF-8 or Latin-1, is a NUL between every two
 * letters (or a decoding fault at the first letter beyond Latin-1). Text in Latin script written
 * as UTF-16 has a zero byte in nearly every pair, always on the same side; no other text has
 * any: a UTF-8 or Latin-1 manuscript holds no NUL.
 */
function unmarkedUtf16(bytes: Uint8Array): Decoded | undefined {
  const pairs = Math.min(bytes.length, sniffBytes) >> 1
  if (pairs < 2) return undefined
  let zeroFirst = 0
  let zeroSecond = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroFirst++
    if (bytes[2 * i + 1] === 0) zeroSecond++
  }
  const most = Math.max(zeroFirst, zeroSecond)
  const least = Math.min(zeroFirst, zeroSecond)
  if (most < pairs * 0.6 || least > pairs * 0.02) return undefined
  const name = zeroSecond > zeroFirst ? 'utf-16le' : 'utf-16be'
  return {
    ok: false,
    ruleId: 'encoding-invalid',
    reason:
      `Manuscript looks like ${name.toUpperCase()} without a byte-order mark ` +
      `(a zero byte in ${most} of its first ${pairs} pairs of bytes); set \`encoding: ${name}\` in the settings`,
    place: { byteOffset: 0, line: 1, column: 1 }
  }
}

function success(text: string, encoding: Encoding, bom: boolean, clean = false): Decoded {
  return { ok: true, text, encoding, bom, controls: clean ? [] : findControls(text) }
}

function decodeUtf8(bytes: Uint8Array, start: number): Decoded {
  const body = bytes.subarray(start)
  try {
    return success(utf8.decode(body), 'utf-8', start > 0, !hasControlBytes(body))
  } catch {
    // Only now pay for a byte-by-byte walk, to say where the fault is.
  }
  const fault = findUtf8Fault(bytes, start) ?? {
    offset: bytes.length,
    detail: 'the decoder refused the file but no faulty byte could be found'
  }
  const place = placeOf(fault.offset, lenientUtf8.decode(bytes.subarray(start, fault.offset)))
  return {
    ok: false,
    ruleId: 'encoding-invalid',
    reason: `Invalid UTF-8 at ${where(place)}: ${fault.detail}; ${start ? bomHint : latin1Hint}`,
    place
  }
}

interface Fault {
  offset: number
  detail: string
}

/**
 * The first ill-formed sequence, reported at its lead byte: the same offset where a WHATWG
 * decoder would put its first U+FFFD (Unicode's "maximal subpart" rule).
 */
function findUtf8Fault(bytes: Uint8Array, start: number): Fault | undefined {
  const n = bytes.length
  let i = start
  while (i < n) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    let need: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      if (lead === 0xe0) low = 0xa0
      else if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      if (lead === 0xf0) low = 0x90
      else if (lead === 0xf4) high = 0x8f
    } else return { offset: i, detail: `byte ${hex(bytes, i, 1)} ${badLead(lead)}` }

    for (let k = 1; k <= need; k++) {
      const seen = hex(bytes, i, k)
      const left = need - k + 1
      const more = `${left} ${k === 1 ? '' : 'more '}continuation byte${left === 1 ? '' : 's'}`
      const subject = k === 1 ? `byte ${seen} does` : `bytes ${seen} do`
      if (i + k >= n)
        return {
          offset: i,
          detail: `${subject} not start a valid sequence: the file ends where ${more} should follow`
        }
      const next = bytes[i + k] as number
      const seenNext = hex(bytes, i + k, 1)
      if (k === 1 && next >= 0x80 && next <= 0xbf && (next < low || next > high))
        return {
          offset: i,
          detail: `bytes ${hex(bytes, i, 2)} do not start a valid sequence (${badSecond(lead)})`
        }
      if (next < 0x80 || next > 0xbf)
        return {
          offset: i,
          detail: `${subject} not start a valid sequence: ${more} should follow, not ${seenNext}`
        }
    }
    i += need + 1
  }
  return undefined
}

function badLead(lead: number): string {
  if (lead < 0xc0)
    return 'does not start a valid sequence (it is a continuation byte with no lead byte before it)'
  if (lead < 0xc2) return 'does not start a valid sequence (it could only begin an overlong form)'
  return 'does not start a valid sequence (it never occurs in UTF-8)'
}

function badSecond(lead: number): string {
  if (lead === 0xed) return 'they would encode a UTF-16 surrogate, U+D800 to U+DFFF'
  if (lead === 0xf4) return 'they would encode a code point above U+10FFFF'
  return 'they would begin an overlong form'
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 2): Decoded {
  const encoding: Encoding = littleEndian ? 'utf-16le' : 'utf-16be'
  const name = littleEndian ? 'UTF-16LE' : 'UTF-16BE'
  const odd = (bytes.length - start) % 2 === 1
  let body = bytes.subarray(start, odd ? bytes.length - 1 : bytes.length)
  // One little-endian decoder serves both orders, so big-endian input is swapped into a copy.
  if (!littleEndian) body = swapPairs(body)

  let text: string
  try {
    text = utf16.decode(body)
  } catch {
    const unit = findLoneSurrogate(body)
    const index = unit < 0 ? body.length / 2 : unit
    const place = placeOf(start + index * 2, lenientUtf16.decode(body.subarray(0, index * 2)))
    const kind =
      unit < 0
        ? 'the decoder refused the file but no faulty code unit could be found'
        : isHigh(body, index)
          ? `code unit ${hex16(body, index)} is a high surrogate with no low surrogate after it`
          : `code unit ${hex16(body, index)} is a low surrogate with no high surrogate before it`
    return {
      ok: false,
      ruleId: 'encoding-invalid',
      reason: `Invalid ${name} at ${where(place)}: ${kind}; ${damaged}`,
      place
    }
  }
  if (odd) {
    const place = placeOf(bytes.length - 1, text)
    return {
      ok: false,
      ruleId: 'encoding-invalid',
      reason:
        `Invalid ${name} at ${where(place)}: the file has an odd number of bytes, so its last ` +
        `byte ${hex(bytes, bytes.length - 1, 1)} is half a character; ${damaged}`,
      place
    }
  }
  return success(text, encoding, start > 0)
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number
    out[i + 1] = bytes[i] as number
  }
  return out
}

function unitAt(bytes: Uint8Array, index: number): number {
  return (bytes[index * 2] as number) | ((bytes[index * 2 + 1] as number) << 8)
}

function isHigh(bytes: Uint8Array, index: number): boolean {
  return (unitAt(bytes, index) & 0xfc00) === 0xd800
}

/** Index of the first unpaired surrogate in little-endian UTF-16, or -1. */
function findLoneSurrogate(bytes: Uint8Array): number {
  const units = bytes.length >> 1
  for (let i = 0; i < units; i++) {
    const kind = unitAt(bytes, i) & 0xfc00
    if (kind === 0xdc00) return i
    if (kind === 0xd800) {
      if (i + 1 >= units || (unitAt(bytes, i + 1) & 0xfc00) !== 0xdc00) return i
      i++
    }
  }
  return -1
}

function hex16(bytes: Uint8Array, index: number): string {
  return `\`0x${unitAt(bytes, index).toString(16).toUpperCase().padStart(4, '0')}\``
}

function toLatin1(bytes: Uint8Array): string {
  // Not TextDecoder: WHATWG makes 'latin1' a label of windows-1252, while Node 20.18.3 and later
  // decode windows-1252 as ISO-8859-1 (nodejs/node#60888), so neither name can be trusted there.
  // Buffer's latin1 is the true ISO-8859-1: each byte becomes the code point of the same value.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
}

// WHATWG index-windows-1252 for 0x80–0x9F; the five bytes Windows leaves undefined map to the
// C1 control of the same number, so they are reported as controls rather than lost.
const cp1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021' +
  '\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014' +
  '\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function toWindows1252(bytes: Uint8Array): string {
  return toLatin1(bytes).replace(
    /[\u0080-\u009F]/g,
    (c) => cp1252[c.charCodeAt(0) - 0x80] as string
  )
}

// In UTF-8, the bytes of the controls `findControls` looks for: the C0 controls but TAB, LF, FF
// and CR, and DEL, each its own byte; the C1 controls, 0xC2 before 0x80 to 0x9F.
const controlBytes = [
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13,
  0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x7f
]

/**
 * Whether valid UTF-8 holds a control that `findControls` would find. Searching the bytes for
 * each of them is quicker than reading every character of the decoded text (7 MB: 2.5 ms against
 * 6 ms), and most manuscripts have none; those that have are read again to say where.
 */
function hasControlBytes(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  for (const byte of controlBytes) if (buffer.indexOf(byte) !== -1) return true
  // 0xC2 also leads the rest of U+0080 to U+00BF (the no-break space is C2 A0).
  for (let at = buffer.indexOf(0xc2); at !== -1; at = buffer.indexOf(0xc2, at + 2)) {
    const next = buffer[at + 1] as number
    if (next >= 0x80 && next <= 0x9f) return true
  }
  return false
}

/**
 * C0 controls except TAB, LF, FF and CR, which plain text legitimately uses, plus DEL and the C1
 * controls, which in a manuscript are almost always Windows-1252 bytes read as Latin-1.
 */
function findControls(text: string): number[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  const pattern = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g
  const found: number[] = []
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push(m.index)
  return found
}

/** Line and column of `byteOffset`, given the text decoded from the bytes before it. */
function placeOf(byteOffset: number, before: string): BytePlace {
  let line = 1
  let lineStart = 0
  const breaks = /\r\n?|\n/g
  while (breaks.exec(before) !== null) {
    line++
    lineStart = breaks.lastIndex
  }
  return { byteOffset, line, column: before.length - lineStart + 1 }
}

function where(place: BytePlace): string {
  return `byte \`${place.byteOffset}\` (line ${place.line}, column ${place.column})`
}

function hex(bytes: Uint8Array, from: number, count: number): string {
  const shown: string[] = []
  for (let i = from; i < from + count; i++)
    shown.push(`0x${(bytes[i] as number).toString(16).toUpperCase().padStart(2, '0')}`)
  return `\`${shown.join(' ')}\``
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``
  if (value === null) return 'null'
  if (typeof value === 'object') return value.constructor?.name ?? 'an object'
  return typeof value
}
