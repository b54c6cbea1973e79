// The EPUB container: a zip whose first entry is `mimetype`, stored uncompressed with no extra
// field, so that a program can tell the file by its first bytes; then the other entries in
// the order given, text deflated, fonts and images (compressed already) stored. Every entry has
// the same date, so the same book gives the same bytes.
import { type Zippable, zipSync } from 'fflate'

export interface Entry {
  path: string
  data: Uint8Array | string
}

/** Media types already compressed, which deflate would only slow down. */
const stored = /\.(?:woff2|png|jpe?g|gif|webp)$/i

const encoder = new TextEncoder()

/** The zip of `entries` after `mimetype`, every entry dated `date`. */
export function zipBook(entries: readonly Entry[], date: Date): Uint8Array {
  const mtime = dosDate(date)
  const files: Zippable = {
    mimetype: [encoder.encode('application/epub+zip'), { level: 0, mtime }]
  }
  for (const entry of entries) {
    if (entry.path in files) throw new Error(`Expected one entry named \`${entry.path}\``)
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data
    files[entry.path] = [data, { level: stored.test(entry.path) ? 0 : 9, mtime }]
  }
  return zipSync(files)
}

/**
 * fflate writes an entry's date from the local time of the date it is given; a zip's dates
 * have no zone. A date whose local time is the UTC time of `date` makes the bytes the same in
 * every zone. (Where that local time does not exist, a clock jumped forward at it, the hour
 * after is written: the entries' dates are not read by reading systems.)
 */
function dosDate(date: Date): Date {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107)
  return new Date(
    year,
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds()
  )
}
