// The union of subsets of one TrueType font that kept the original glyph ids, as Chromium's
// (Skia's, through HarfBuzz) are: glyph n of every subset is glyph n of the font, or empty
// where that subset left it out. The union takes each glyph from a subset that has it, so it
// shows every part's text with the same glyph ids, widths and outlines as that part's own.

import type { Tables } from './sfnt.js'
import { readCmap, writeCmap } from './sfnt-cmap.js'

/** Shaping and device tables: no PDF viewer reads them, and a union of them is no simple matter. */
const dropped = new Set([
  'GDEF',
  'GPOS',
  'GSUB',
  'BASE',
  'JSTF',
  'MATH',
  'kern',
  'hdmx',
  'LTSH',
  'VDMX'
])
/** Tables made anew for the union. */
const merged = new Set(['glyf', 'loca', 'hmtx', 'hhea', 'maxp', 'head', 'cmap', 'OS/2'])

/** One subset's glyphs: outline bytes and horizontal metrics by glyph id. */
export interface Glyphs {
  count: number
  outline: (glyph: number) => Uint8Array
  advance: (glyph: number) => number
  bearing: (glyph: number) => number
}

const view = (table: Uint8Array) => new DataView(table.buffer, table.byteOffset, table.byteLength)

/** The glyphs of a TrueType font's tables. */
export function glyphsOf(tables: Tables): Glyphs {
  const head = view(tables.get('head') as Uint8Array)
  const maxp = view(tables.get('maxp') as Uint8Array)
  const hhea = view(tables.get('hhea') as Uint8Array)
  const loca = view(tables.get('loca') as Uint8Array)
  const hmtx = view(tables.get('hmtx') as Uint8Array)
  const glyf = tables.get('glyf') as Uint8Array
  const long = head.getInt16(50) === 1
  const metrics = hhea.getUint16(34)
  const at = (glyph: number) => (long ? loca.getUint32(glyph * 4) : loca.getUint16(glyph * 2) * 2)
  return {
    count: maxp.getUint16(4),
    outline: (glyph) => glyf.subarray(at(glyph), at(glyph + 1)),
    advance: (glyph) => hmtx.getUint16(Math.min(glyph, metrics - 1) * 4),
    bearing: (glyph) =>
      glyph < metrics
        ? hmtx.getInt16(glyph * 4 + 2)
        : hmtx.getInt16(metrics * 4 + (glyph - metrics) * 2)
  }
}

/** A glyph of the union: its outline and metrics. */
interface Glyph {
  outline: Uint8Array
  advance: number
  bearing: number
}

const same = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, index) => byte === b[index])

/** Two outlines the same but for the zeros that pad them to two or four bytes. */
function sameOutline(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length)
  if (((a.length + 3) & ~3) !== ((b.length + 3) & ~3)) return false
  for (let index = 0; index < length; index++) if ((a[index] ?? 0) !== (b[index] ?? 0)) return false
  return true
}

/** Each glyph from a subset that has it; undefined if two subsets disagree on one. */
function unionGlyphs(subsets: readonly Glyphs[]): Glyph[] | undefined {
  const count = Math.max(...subsets.map((subset) => subset.count))
  const glyphs: Glyph[] = []
  for (let glyph = 0; glyph < count; glyph++) {
    let found: Glyph = { outline: new Uint8Array(0), advance: 0, bearing: 0 }
    for (const subset of subsets) {
      if (glyph >= subset.count) continue
      const outline = subset.outline(glyph)
      const advance = subset.advance(glyph)
      if (outline.length === 0 && advance === 0) continue
      const kept = found.outline.length > 0 || found.advance > 0
      if (kept && (!sameOutline(outline, found.outline) || advance !== found.advance))
        return undefined
      found = { outline, advance, bearing: subset.bearing(glyph) }
    }
    glyphs.push(found)
  }
  return glyphs
}

/** The union's outlines, long offsets, and metrics for every glyph. */
function glyphTables(glyphs: readonly Glyph[]): Tables {
  const size = glyphs.reduce((sum, glyph) => sum + ((glyph.outline.length + 3) & ~3), 0)
  const glyf = new Uint8Array(size)
  const loca = new DataView(new ArrayBuffer((glyphs.length + 1) * 4))
  const hmtx = new DataView(new ArrayBuffer(glyphs.length * 4))
  let offset = 0
  for (const [index, glyph] of glyphs.entries()) {
    loca.setUint32(index * 4, offset)
    glyf.set(glyph.outline, offset)
    offset += (glyph.outline.length + 3) & ~3
    hmtx.setUint16(index * 4, glyph.advance)
    hmtx.setInt16(index * 4 + 2, glyph.bearing)
  }
  loca.setUint32(glyphs.length * 4, offset)
  return new Map([
    ['glyf', glyf],
    ['loca', new Uint8Array(loca.buffer)],
    ['hmtx', new Uint8Array(hmtx.buffer)]
  ])
}

/** A copy of `table` with `edit` applied to it. */
function edited(table: Uint8Array, edit: (data: DataView) => void): Uint8Array {
  const copy = Uint8Array.from(table)
  edit(new DataView(copy.buffer))
  return copy
}

/** head, hhea, maxp and OS/2 of the union: the first subset's, with the counts and extremes of all. */
function headerTables(subsets: readonly Tables[], glyphs: readonly Glyph[]): Tables {
  const first = subsets[0] as Tables
  const all = (tag: string) => subsets.map((tables) => view(tables.get(tag) as Uint8Array))
  const tables: Tables = new Map()
  tables.set(
    'head',
    edited(first.get('head') as Uint8Array, (head) => head.setInt16(50, 1))
  )
  tables.set(
    'hhea',
    edited(first.get('hhea') as Uint8Array, (hhea) => {
      hhea.setUint16(10, Math.max(...glyphs.map((glyph) => glyph.advance)))
      hhea.setInt16(12, Math.min(...all('hhea').map((h) => h.getInt16(12))))
      hhea.setInt16(14, Math.min(...all('hhea').map((h) => h.getInt16(14))))
      hhea.setInt16(16, Math.max(...all('hhea').map((h) => h.getInt16(16))))
      hhea.setUint16(34, glyphs.length)
    })
  )
  tables.set(
    'maxp',
    edited(first.get('maxp') as Uint8Array, (maxp) => {
      maxp.setUint16(4, glyphs.length)
      for (let at = 6; at + 2 <= maxp.byteLength; at += 2) {
        maxp.setUint16(at, Math.max(...all('maxp').map((m) => m.getUint16(at))))
      }
    })
  )
  const os2 = first.get('OS/2')
  if (os2 && os2.length >= 68) {
    tables.set(
      'OS/2',
      edited(os2, (table) => {
        for (let at = 42; at < 58; at += 4) {
          table.setUint32(
            at,
            all('OS/2').reduce((bits, t) => (bits | t.getUint32(at)) >>> 0, 0)
          )
        }
        table.setUint16(64, Math.min(...all('OS/2').map((t) => t.getUint16(64))))
        table.setUint16(66, Math.max(...all('OS/2').map((t) => t.getUint16(66))))
      })
    )
  }
  return tables
}

/** Every subset's characters; undefined if two map one character to different glyphs. */
function unionCmap(subsets: readonly Tables[]): Uint8Array | undefined {
  const map = new Map<number, number>()
  for (const tables of subsets) {
    const cmap = tables.get('cmap')
    for (const [code, glyph] of cmap ? readCmap(cmap) : []) {
      if ((map.get(code) ?? glyph) !== glyph) return undefined
      map.set(code, glyph)
    }
  }
  return writeCmap(map)
}

/**
 * One font of the subsets' glyphs; undefined if they are not subsets of one font that kept
 * its glyph ids: a glyph, a character or a table (hinting, names) differs between two.
 */
export function unionFont(subsets: readonly Tables[]): Tables | undefined {
  const first = subsets[0]
  if (!first) return undefined
  const needed = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf']
  if (subsets.some((tables) => needed.some((tag) => !tables.has(tag)))) return undefined
  const tags = new Set(subsets.flatMap((tables) => [...tables.keys()]))
  const out: Tables = new Map()
  for (const tag of tags) {
    if (dropped.has(tag) || merged.has(tag)) continue
    const table = first.get(tag)
    if (!table || subsets.some((tables) => !same(tables.get(tag) ?? new Uint8Array(0), table))) {
      return undefined
    }
    out.set(tag, table)
  }
  const glyphs = unionGlyphs(subsets.map(glyphsOf))
  const cmap = unionCmap(subsets)
  if (!glyphs || !cmap) return undefined
  for (const [tag, table] of glyphTables(glyphs)) out.set(tag, table)
  for (const [tag, table] of headerTables(subsets, glyphs)) out.set(tag, table)
  if (first.has('cmap')) out.set('cmap', cmap)
  return out
}
