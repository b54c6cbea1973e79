// A TrueType font's character map (the `cmap` table) as code points to glyph ids, and back.
// A PDF shows a CID-keyed TrueType font by glyph id and does not read it, but the union of a
// font's subsets keeps one that maps every character that any of them mapped.

/** Code point to glyph id, read from every format 4 and format 12 subtable. */
export function readCmap(table: Uint8Array): Map<number, number> {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const map = new Map<number, number>()
  const count = view.getUint16(2)
  for (let index = 0; index < count; index++) {
    const offset = view.getUint32(4 + index * 8 + 4)
    const format = view.getUint16(offset)
    if (format === 4) readFormat4(view, offset, map)
    else if (format === 12) readFormat12(view, offset, map)
  }
  return map
}

function readFormat4(view: DataView, offset: number, map: Map<number, number>): void {
  const segments = view.getUint16(offset + 6) / 2
  const ends = offset + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const ranges = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2)
    const start = view.getUint16(starts + s * 2)
    const delta = view.getInt16(deltas + s * 2)
    const rangeOffset = view.getUint16(ranges + s * 2)
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph = 0
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff
      else {
        const at = ranges + s * 2 + rangeOffset + (code - start) * 2
        const raw = at + 2 <= view.byteLength ? view.getUint16(at) : 0
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0 && !map.has(code)) map.set(code, glyph)
    }
  }
}

function readFormat12(view: DataView, offset: number, map: Map<number, number>): void {
  const groups = view.getUint32(offset + 12)
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12
    const start = view.getUint32(at)
    const end = view.getUint32(at + 4)
    const glyph = view.getUint32(at + 8)
    for (let code = start; code <= end; code++) {
      if (!map.has(code)) map.set(code, glyph + code - start)
    }
  }
}

/** Runs of consecutive code points mapped to consecutive glyph ids: [first code, last, glyph]. */
function runsOf(map: ReadonlyMap<number, number>): [number, number, number][] {
  const runs: [number, number, number][] = []
  for (const code of [...map.keys()].sort((a, b) => a - b)) {
    const glyph = map.get(code) as number
    const last = runs.at(-1)
    if (last && code === last[1] + 1 && glyph === last[2] + code - last[0]) last[1] = code
    else runs.push([code, code, glyph])
  }
  return runs
}

/** A cmap of `map`: Windows Unicode BMP (format 4) and, past the BMP, full Unicode (format 12). */
export function writeCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const runs = runsOf(map)
  const bmp = runs.filter(([, last]) => last < 0xffff)
  const format4 = writeFormat4(bmp)
  const wide = bmp.length < runs.length
  const format12 = wide ? writeFormat12(runs) : undefined
  const header = 4 + (wide ? 16 : 8)
  const out = new Uint8Array(header + format4.length + (format12?.length ?? 0))
  const view = new DataView(out.buffer)
  view.setUint16(2, wide ? 2 : 1)
  view.setUint16(4, 3)
  view.setUint16(6, 1)
  view.setUint32(8, header)
  out.set(format4, header)
  if (format12) {
    view.setUint16(12, 3)
    view.setUint16(14, 10)
    view.setUint32(16, header + format4.length)
    out.set(format12, header + format4.length)
  }
  return out
}

function writeFormat4(runs: readonly [number, number, number][]): Uint8Array {
  const segments = [...runs, [0xffff, 0xffff, 1] as [number, number, number]]
  const count = segments.length
  const out = new Uint8Array(16 + count * 8)
  const view = new DataView(out.buffer)
  const power = 2 ** Math.floor(Math.log2(count))
  view.setUint16(0, 4)
  view.setUint16(2, out.length)
  view.setUint16(6, count * 2)
  view.setUint16(8, power * 2)
  view.setUint16(10, Math.log2(power))
  view.setUint16(12, count * 2 - power * 2)
  for (const [s, [first, last, glyph]] of segments.entries()) {
    view.setUint16(14 + s * 2, last)
    view.setUint16(16 + count * 2 + s * 2, first)
    view.setUint16(16 + count * 4 + s * 2, (glyph - first) & 0xffff)
  }
  return out
}

function writeFormat12(runs: readonly [number, number, number][]): Uint8Array {
  const out = new Uint8Array(16 + runs.length * 12)
  const view = new DataView(out.buffer)
  view.setUint16(0, 12)
  view.setUint32(4, out.length)
  view.setUint32(12, runs.length)
  for (const [g, [first, last, glyph]] of runs.entries()) {
    view.setUint32(16 + g * 12, first)
    view.setUint32(20 + g * 12, last)
    view.setUint32(24 + g * 12, glyph)
  }
  return out
}
