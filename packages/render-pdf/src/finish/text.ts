// PDF strings built from JavaScript strings: hex-encoded so no character needs escaping.
import { PDFHexString } from 'pdf-lib'

/** A text string (titles, labels): UTF-16BE with its byte-order mark when not plain ASCII. */
export function textString(value: string): PDFHexString {
  return PDFHexString.fromText(value)
}

/**
 * A byte string keyed by UTF-8 bytes (destination names): a link's /Dest and the name
 * tree's key must be byte for byte equal, and URL fragments arrive as UTF-8.
 */
export function byteString(value: string): PDFHexString {
  let hex = ''
  for (const byte of new TextEncoder().encode(value)) hex += byte.toString(16).padStart(2, '0')
  return PDFHexString.of(hex)
}

// Line and paragraph separators and the other line-ending controls, each run read as a space.
const breaks = /[\t-\r\u0085\u2028\u2029]+/g
// What a viewer would draw as a box or not at all, or use to reorder the line: the other
// controls, bidi controls, zero-width spaces, the soft hyphen and noncharacters (the plane-end
// pairs as their surrogates). The zero-width (non-)joiners stay: they choose letter forms.
const unseen =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g

/**
 * Text a viewer shows on one line outside the page (a bookmark, the document title): the
 * manuscript keeps its invisible characters, which the page lays out, but here they would show
 * as boxes or turn the title around, and a line break would cut it.
 */
export function shownText(value: string): string {
  return value.replace(unseen, '').replace(breaks, ' ').replace(/ {2,}/g, ' ').trim()
}
