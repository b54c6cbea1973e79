// The ToUnicode entries of the embedded fonts, corrected from the text Chromium says each glyph
// stands for. Skia writes a glyph's ToUnicode entry from the font's character map, read
// backwards: a glyph two characters share gets one of them (Source Serif 4's apostrophe, for
// both U+2019 and U+02BC, gets U+02BC), and a ligature no single character maps to gets U+0000
// (`ffi`). Where that is not the text, it wraps the glyph in an ActualText span saying what
// is; poppler reads the span, but pdf.js and others read only the ToUnicode map, and got U+02BC
// for every ’ and U+0000 for every `ffi`. A glyph whose every use in the document is such a
// span, all saying the same text, has that text as its ToUnicode entry. The space glyph
// Chromium draws with no advance for a soft hyphen, inside a ligature's span, does not count
// as one of the span's glyphs; a glyph also drawn outside a span, or in a form XObject, is
// left as it is.
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { readToUnicode, writeToUnicode } from './cid-maps.js'

const name = (key: string) => PDFName.of(key)

/** What the pages say of each glyph (`font ref tag:CID`). */
interface Uses {
  /** Drawn outside every ActualText span (or in a span it cannot be told apart in). */
  bare: Set<string>
  /** The texts the spans around the glyph give it. */
  spans: Map<string, Set<string>>
}

const token =
  /\/([^\s/<>[\]()]+) [-\d.]+ Tf\b|\/Span<<\/ActualText (?:<FEFF([0-9A-F]*)>|\(\)) >> BDC|\bB(?:DC|MC)\b|\bEMC\b|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ/g

const cids = (hex: string) =>
  (hex.match(/[0-9A-Fa-f]{4}/g) ?? []).map((h) => Number.parseInt(h, 16))

/** Reads one content stream's glyphs into `uses`; `fonts` names each font resource's tag. */
function readStream(text: string, fonts: ReadonlyMap<string, string>, uses: Uses, space: Space) {
  let font: string | undefined
  // One entry per open marked-content sequence: the glyphs of an ActualText span, else null.
  const open: ({ text: string; glyphs: string[] } | null)[] = []
  const span = () => open.findLast((entry) => entry !== null)
  for (const match of text.matchAll(token)) {
    const [whole, resource, actual, shown, array] = match
    if (resource !== undefined) font = fonts.get(resource)
    else if (whole.startsWith('/Span'))
      open.push({ text: (actual ?? '').toUpperCase(), glyphs: [] })
    else if (whole === 'BDC' || whole === 'BMC') open.push(null)
    else if (whole === 'EMC') {
      const closed = open.pop()
      if (closed) settle(closed, uses, space)
    } else {
      for (const cid of cids(shown ?? array?.replace(/\([^)]*\)|[^<>0-9A-Fa-f]/g, '') ?? '')) {
        const glyph = `${font ?? '?'}:${cid}`
        const inside = span()
        if (inside) inside.glyphs.push(glyph)
        else uses.bare.add(glyph)
      }
    }
  }
}

/** Whether a glyph is its font's space (drawn with no advance for a soft hyphen in a span). */
type Space = (glyph: string) => boolean

/** A closed span: its one glyph (spaces aside, when its text has none) gets its text. */
function settle(span: { text: string; glyphs: string[] }, uses: Uses, space: Space): void {
  const spaced = /0020|00A0/.test(span.text)
  const counted = spaced ? span.glyphs : span.glyphs.filter((glyph) => !space(glyph))
  const [only] = counted
  if (only === undefined || counted.length > 1 || span.text === '') {
    for (const glyph of counted) uses.bare.add(glyph)
    return
  }
  const texts = uses.spans.get(only) ?? new Set<string>()
  texts.add(span.text)
  uses.spans.set(only, texts)
}

/** The Type0 fonts with a ToUnicode stream: their map, read. */
function readMaps(doc: PDFDocument): Map<string, { stream: PDFRef; map: Map<number, string> }> {
  const maps = new Map<string, { stream: PDFRef; map: Map<number, string> }>()
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name('Subtype')) !== name('Type0')) continue
    const stream = object.get(name('ToUnicode'))
    const cmap = stream instanceof PDFRef ? doc.context.lookup(stream) : undefined
    if (!(stream instanceof PDFRef) || !(cmap instanceof PDFRawStream)) continue
    const filter = cmap.dict.get(name('Filter'))
    if (filter !== undefined && filter !== name('FlateDecode')) continue
    const bytes = filter ? inflateSync(cmap.getContents()) : cmap.getContents()
    maps.set(ref.toString(), { stream, map: readToUnicode(Buffer.from(bytes).toString('latin1')) })
  }
  return maps
}

/** The fonts named in a resource dictionary: resource name to font ref. */
function fontsOf(resources: PDFDict | undefined): Map<string, string> {
  const fonts = new Map<string, string>()
  const dict = resources?.lookupMaybe(name('Font'), PDFDict)
  for (const [key, value] of dict?.entries() ?? []) {
    if (value instanceof PDFRef) fonts.set(key.decodeText(), value.toString())
  }
  return fonts
}

/** Every page's glyphs read; the fonts form XObjects use are given as used bare. */
function readUses(doc: PDFDocument, space: Space): { uses: Uses; inForms: Set<string> } {
  const uses: Uses = { bare: new Set(), spans: new Map() }
  const inForms = new Set<string>()
  for (const page of doc.getPages()) {
    const resources = page.node.Resources()
    const fonts = fontsOf(resources)
    const forms = resources?.lookupMaybe(name('XObject'), PDFDict)
    for (const [, value] of forms?.entries() ?? []) {
      const form = doc.context.lookup(value)
      const inner =
        form instanceof PDFRawStream ? form.dict.lookupMaybe(name('Resources'), PDFDict) : undefined
      for (const ref of fontsOf(inner).values()) inForms.add(ref)
    }
    const contents = page.node.get(name('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
    for (const ref of refs) {
      const stream = doc.context.lookup(ref)
      if (!(stream instanceof PDFRawStream)) continue
      const flate = stream.dict.get(name('Filter')) === name('FlateDecode')
      const raw = stream.getContents()
      readStream(Buffer.from(flate ? inflateSync(raw) : raw).toString('latin1'), fonts, uses, space)
    }
  }
  return { uses, inForms }
}

/**
 * Sets the ToUnicode entry of every glyph whose uses are all ActualText spans saying one text
 * to that text; returns how many entries changed.
 */
export function correctGlyphText(doc: PDFDocument): number {
  const maps = readMaps(doc)
  const space: Space = (glyph) => {
    const [font = '', cid = ''] = glyph.split(':')
    return maps.get(font)?.map.get(Number(cid)) === '0020'
  }
  const { uses, inForms } = readUses(doc, space)
  const changed = new Set<string>()
  let count = 0
  for (const [glyph, texts] of uses.spans) {
    const [font = '', cid = ''] = glyph.split(':')
    const entry = maps.get(font)
    const [text] = texts
    if (!entry || texts.size !== 1 || !text || uses.bare.has(glyph) || inForms.has(font)) continue
    if (entry.map.get(Number(cid)) === text) continue
    entry.map.set(Number(cid), text)
    changed.add(font)
    count++
  }
  for (const font of changed) {
    const { stream, map } = maps.get(font) as { stream: PDFRef; map: Map<number, string> }
    const cmap = Buffer.from(writeToUnicode(map), 'latin1')
    doc.context.assign(stream, doc.context.stream(deflateSync(cmap), { Filter: 'FlateDecode' }))
  }
  return count
}
