// The ligatures of a font's GSUB table (OpenType's glyph substitutions): each ligature glyph with
// the glyphs it stands for (`f_l` for `f` and `l`), read from every ligature lookup (type 4),
// also one wrapped in an extension lookup (type 7), whatever feature uses it.

/** Ligature glyph id to the glyph ids of its components, in order; the first lookup's wins. */
export function readLigatures(gsub: Uint8Array): Map<number, number[]> {
  const view = new DataView(gsub.buffer, gsub.byteOffset, gsub.byteLength)
  const ligatures = new Map<number, number[]>()
  const lookupList = view.getUint16(8)
  const lookupCount = view.getUint16(lookupList)
  for (let k = 0; k < lookupCount; k++) {
    const lookup = lookupList + view.getUint16(lookupList + 2 + k * 2)
    const type = view.getUint16(lookup)
    const subtables = view.getUint16(lookup + 4)
    for (let s = 0; s < subtables; s++) {
      let subtable = lookup + view.getUint16(lookup + 6 + s * 2)
      let subtype = type
      if (type === 7) {
        subtype = view.getUint16(subtable + 2)
        subtable += view.getUint32(subtable + 4)
      }
      if (subtype === 4 && view.getUint16(subtable) === 1) readSubtable(view, subtable, ligatures)
    }
  }
  return ligatures
}

/** A LigatureSubstFormat1 subtable: each set's first glyph from the coverage, then the rest. */
function readSubtable(view: DataView, at: number, ligatures: Map<number, number[]>): void {
  const firsts = coverage(view, at + view.getUint16(at + 2))
  const sets = view.getUint16(at + 4)
  for (let k = 0; k < sets && k < firsts.length; k++) {
    const set = at + view.getUint16(at + 6 + k * 2)
    const count = view.getUint16(set)
    for (let l = 0; l < count; l++) {
      const ligature = set + view.getUint16(set + 2 + l * 2)
      const glyph = view.getUint16(ligature)
      const components = [firsts[k] as number]
      const length = view.getUint16(ligature + 2)
      for (let c = 1; c < length; c++) components.push(view.getUint16(ligature + 2 + c * 2))
      if (!ligatures.has(glyph)) ligatures.set(glyph, components)
    }
  }
}

/** The glyph ids a coverage table lists, in coverage index order (formats 1 and 2). */
function coverage(view: DataView, at: number): number[] {
  const format = view.getUint16(at)
  const count = view.getUint16(at + 2)
  const glyphs: number[] = []
  if (format === 1) {
    for (let k = 0; k < count; k++) glyphs.push(view.getUint16(at + 4 + k * 2))
  } else if (format === 2) {
    for (let k = 0; k < count; k++) {
      const start = view.getUint16(at + 4 + k * 6)
      const end = view.getUint16(at + 6 + k * 6)
      const index = view.getUint16(at + 8 + k * 6)
      for (let glyph = start; glyph <= end; glyph++) glyphs[index + glyph - start] = glyph
    }
  }
  return glyphs
}
