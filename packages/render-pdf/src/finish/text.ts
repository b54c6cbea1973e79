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
