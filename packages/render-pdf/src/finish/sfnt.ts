// An OpenType/TrueType file (sfnt) as its tables by tag, and back: enough to merge the subsets of
// one font that Chromium embeds, one per printed part, into one font program.

/** A font's tables by tag, each the table's bytes. */
export type Tables = Map<string, Uint8Array>

/** The tables of a TrueType font (`glyf` outlines); undefined for CFF or anything else. */
export function readSfnt(bytes: Uint8Array): Tables | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 12 || view.getUint32(0) !== 0x00010000) return undefined
  const count = view.getUint16(4)
  if (bytes.length < 12 + count * 16) return undefined
  const tables: Tables = new Map()
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4))
    const offset = view.getUint32(record + 8)
    const length = view.getUint32(record + 12)
    if (offset + length > bytes.length) return undefined
    tables.set(tag, bytes.subarray(offset, offset + length))
  }
  return tables.has('glyf') && tables.has('loca') ? tables : undefined
}

/** The 32-bit sum of `bytes` read as big-endian words, the last one padded with zeros. */
function checksum(bytes: Uint8Array): number {
  let sum = 0
  for (let at = 0; at < bytes.length; at += 4) {
    const word =
      ((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)
    sum = (sum + (word >>> 0)) >>> 0
  }
  return sum
}

/**
 * A TrueType file of `tables`, in tag order, each on a four-byte boundary, with their checksums
 * and the head table's checksum adjustment (OpenType, "Table directory" and "head").
 */
export function writeSfnt(tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort()
  const count = tags.length
  const power = 2 ** Math.floor(Math.log2(count))
  let size = 12 + count * 16
  for (const tag of tags) size += ((tables.get(tag) as Uint8Array).length + 3) & ~3
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x00010000)
  view.setUint16(4, count)
  view.setUint16(6, power * 16)
  view.setUint16(8, Math.log2(power))
  view.setUint16(10, count * 16 - power * 16)
  let offset = 12 + count * 16
  let headAt = -1
  for (const [index, tag] of tags.entries()) {
    const table = Uint8Array.from(tables.get(tag) as Uint8Array)
    if (tag === 'head' && table.length >= 12) {
      new DataView(table.buffer).setUint32(8, 0)
      headAt = offset
    }
    const record = 12 + index * 16
    for (let k = 0; k < 4; k++) out[record + k] = tag.charCodeAt(k)
    view.setUint32(record + 4, checksum(table))
    view.setUint32(record + 8, offset)
    view.setUint32(record + 12, table.length)
    out.set(table, offset)
    offset += (table.length + 3) & ~3
  }
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}
