// The widths a part's CID font gives the glyphs it may show. Skia writes in /W the width of each
// glyph it used, leaves out those of the default width (/DW, which it picks for each subset)
// and fills a gap between two used CIDs with whatever makes /W shortest (zeros, or a neighbour's
// width in a `c_first c_last w` range); a subset also keeps glyphs it does not show (components,
// alternates), and empties those it leaves out (no outline, no advance), which no page shows. The fonts of several parts, each with its own /DW, become one only
// if every glyph any of them may show keeps its width, so each glyph's width is read from /W or
// from the font's own advance where that equals /DW.
import { glyphsOf } from './glyph-union.js'
import type { Tables } from './sfnt.js'

/** Nonzero widths by CID, and the CIDs /W gives a zero. */
export interface ShownWidths {
  widths: Map<number, number>
  zeros: number[]
}

/**
 * The widths of the glyphs the font may show: each nonzero one of /W for a glyph the subset
 * kept, and the default width for each kept glyph whose advance is that width. Undefined when
 * a width of /W is not the kept glyph's advance (in thousandths of the em), the one thing
 * that allows the rest.
 */
export function shownWidths(
  tables: Tables,
  listed: ReadonlyMap<number, number>,
  defaultWidth: number
): ShownWidths | undefined {
  const glyphs = glyphsOf(tables)
  const head = tables.get('head') as Uint8Array
  const unitsPerEm = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint16(18)
  const width = (glyph: number) => Math.round((glyphs.advance(glyph) * 1000) / unitsPerEm)
  const widths = new Map<number, number>()
  const zeros: number[] = []
  const kept = (glyph: number) =>
    glyph < glyphs.count && (glyphs.outline(glyph).length > 0 || glyphs.advance(glyph) > 0)
  for (const [cid, value] of listed) {
    if (value === 0) zeros.push(cid)
    else if (!kept(cid)) continue
    else if (Math.abs(value - width(cid)) > 1) return undefined
    else widths.set(cid, value)
  }
  for (let glyph = 0; glyph < glyphs.count; glyph++) {
    if (listed.has(glyph) || width(glyph) !== defaultWidth) continue
    if (glyphs.outline(glyph).length > 0 || glyphs.advance(glyph) > 0)
      widths.set(glyph, defaultWidth)
  }
  return { widths, zeros }
}
