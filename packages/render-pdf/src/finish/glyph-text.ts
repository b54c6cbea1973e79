// The ToUnicode entries of the embedded fonts, corrected. Skia writes a glyph's entry from the
// font's character map read backwards, or from the text of the glyph's first use: a glyph two
// characters share gets one of them (Source Serif 4's apostrophe, for both U+2019 and U+02BC,
// gets U+02BC), a ligature no character maps to gets U+0000 (`ffi`), and a ligature first drawn
// in a line Paged.js cut short gets what was left of it (`fl` as `f`, in every later word).
// Where it sees the entry is not the text, Chromium wraps the glyph in an ActualText span that
// says what is; poppler reads the span, but pdf.js and most others read only the map, and got
// U+02BC for every ’ and U+0000 for every `ffi`. So, in each subset, before the subsets of a
// face are made one (the union leaves the GSUB table out):
// - a ligature glyph that no character maps to, or only its presentation form (`ﬂ`), gets its
//   components' characters, from the font's GSUB ligatures (`sfnt-ligatures.ts`) and
//   character map;
// - a glyph whose every use in the document is an ActualText span, all saying the same text,
//   gets that text. The space glyph Chromium draws with no advance for a soft hyphen, inside a
//   ligature's span, does not count as one of the span's glyphs; a glyph also drawn outside a
//   span, or in a font drawn in a form XObject or by a literal string, is left as it is.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { readToUnicode, writeToUnicode } from './cid-maps.js'
import { readSfnt } from './sfnt.js'
import { readCmap } from './sfnt-cmap.js'
import { readLigatures } from './sfnt-ligatures.js'

const name = (key: string) => PDFName.of(key)

/** What the pages say of each glyph (`font ref tag:CID`). */
interface Uses {
  /**
   * The CIDs of each font (by its ref tag) drawn outside every ActualText span, or in a span
   * they cannot be told apart in. Kept as numbers by font: a chapter draws some 70,000 glyphs,
   * nearly all of them here, and a string made for each took most of the reading's time.
   */
  bare: Map<string, Set<number>>
  /** The texts the spans around the glyph give it. */
  spans: Map<string, Set<string>>
  /** Fonts whose glyphs are not all read here: used in a form XObject or by a literal string. */
  untold: Set<string>
}

const token =
  /\/([^\s/<>[\]()]+) [-\d.]+ Tf\b|\/Span<<\/ActualText (?:<FEFF([0-9A-F]*)>|\(\)) >> BDC|\bB(?:DC|MC)\b|\bEMC\b|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ|\) ?Tj\b/g

const units = (hex: string) => hex.match(/[0-9A-Fa-f]{4}/g) ?? []

function addBare(uses: Uses, font: string, cid: number): void {
  let cids = uses.bare.get(font)
  if (!cids) {
    cids = new Set()
    uses.bare.set(font, cids)
  }
  cids.add(cid)
}

/** The glyphs a string of hex digits shows, four digits a CID, into `uses` or `span`'s. */
function readGlyphs(hex: string, font: string, uses: Uses, span: OpenSpan | undefined): void {
  for (let at = 0; at + 4 <= hex.length; at += 4) {
    const cid = Number.parseInt(hex.slice(at, at + 4), 16)
    if (span) span.glyphs.push(`${font}:${cid}`)
    else addBare(uses, font, cid)
  }
}

/** An open ActualText span: its text, and the glyphs drawn in it (`font:cid`). */
interface OpenSpan {
  text: string
  glyphs: string[]
}

/** Reads one content stream's glyphs into `uses`; `fonts` names each font resource's tag. */
function readStream(text: string, fonts: ReadonlyMap<string, string>, uses: Uses, space: Space) {
  let font: string | undefined
  // One entry per open marked-content sequence: the glyphs of an ActualText span, else null.
  const open: (OpenSpan | null)[] = []
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
    } else if (whole.startsWith(')') || array?.includes('(')) {
      uses.untold.add(font ?? '?')
    } else {
      const hex =
        shown ?? [...(array ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]).join('')
      readGlyphs(hex, font ?? '?', uses, span() ?? undefined)
    }
  }
}

/** Whether a glyph is its font's space (drawn with no advance for a soft hyphen in a span). */
type Space = (glyph: string) => boolean

/** A closed span: its one glyph (spaces aside, when its text has none) gets its text. */
function settle(span: OpenSpan, uses: Uses, space: Space): void {
  const spaced = units(span.text).some((unit) => unit === '0020' || unit === '00A0')
  const counted = spaced ? span.glyphs : span.glyphs.filter((glyph) => !space(glyph))
  const [only] = counted
  if (only === undefined || counted.length > 1 || span.text === '') {
    for (const glyph of counted) {
      const [font = '', cid = ''] = glyph.split(':')
      addBare(uses, font, Number(cid))
    }
    return
  }
  const texts = uses.spans.get(only) ?? new Set<string>()
  texts.add(span.text)
  uses.spans.set(only, texts)
}

/** A Type0 font's ToUnicode stream and its map, read. */
interface FontText {
  stream: PDFRef
  map: Map<number, string>
  /** Each ligature glyph no character maps to, with its components' characters (hex UTF-16). */
  ligatures: Map<number, string>
}

/** The bytes of a stream, inflated when Flate-encoded; undefined for another filter. */
function streamBytes(object: unknown): Uint8Array | undefined {
  if (!(object instanceof PDFRawStream)) return undefined
  const filter = object.dict.get(name('Filter'))
  if (filter === undefined) return object.getContents()
  return filter === name('FlateDecode') ? inflateSync(object.getContents()) : undefined
}

const utf16 = (code: number) =>
  String.fromCodePoint(code)
    .split('')
    .map((unit) => unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'))
    .join('')

/** The text of a CID-keyed TrueType font's ligature glyphs (CID = glyph id), from its program. */
function ligatureText(doc: PDFDocument, font: PDFDict): Map<number, string> {
  const texts = new Map<number, string>()
  const descendant = font.lookupMaybe(name('DescendantFonts'), PDFArray)?.lookup(0)
  if (!(descendant instanceof PDFDict)) return texts
  const map = descendant.get(name('CIDToGIDMap'))
  if (map !== undefined && map !== name('Identity')) return texts
  const descriptor = descendant.lookupMaybe(name('FontDescriptor'), PDFDict)
  const program = streamBytes(doc.context.lookup(descriptor?.get(name('FontFile2'))))
  const tables = program && readSfnt(program)
  const gsub = tables?.get('GSUB')
  const cmap = tables?.get('cmap')
  if (!gsub || !cmap) return texts
  const characters = new Map<number, number>()
  for (const [code, glyph] of readCmap(cmap))
    if (!characters.has(glyph)) characters.set(glyph, code)
  for (const [glyph, components] of readLigatures(gsub)) {
    const codes = components.map((component) => characters.get(component))
    if (isOwnCharacter(characters.get(glyph)) || codes.some((code) => code === undefined)) continue
    texts.set(glyph, codes.map((code) => utf16(code as number)).join(''))
  }
  return texts
}

/**
 * Whether a ligature glyph's character is its own, not a presentation form of its letters
 * (`ﬂ` U+FB02): the letters are what a search looks for, and Skia may have written neither.
 */
function isOwnCharacter(code: number | undefined): boolean {
  return code !== undefined && !(code >= 0xfb00 && code <= 0xfb4f)
}

/** The Type0 fonts with a ToUnicode stream, keyed by their reference. */
function readFonts(doc: PDFDocument): Map<string, FontText> {
  const fonts = new Map<string, FontText>()
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name('Subtype')) !== name('Type0')) continue
    const stream = object.get(name('ToUnicode'))
    const bytes = stream instanceof PDFRef ? streamBytes(doc.context.lookup(stream)) : undefined
    if (!(stream instanceof PDFRef) || !bytes) continue
    const map = readToUnicode(Buffer.from(bytes).toString('latin1'))
    fonts.set(ref.toString(), { stream, map, ligatures: ligatureText(doc, object) })
  }
  return fonts
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

/** Every page's glyphs read, a page a turn of the event loop (see `preparePart`). */
async function readUses(doc: PDFDocument, space: Space): Promise<Uses> {
  const uses: Uses = { bare: new Map(), spans: new Map(), untold: new Set() }
  for (const page of doc.getPages()) {
    await nextTurn()
    const resources = page.node.Resources()
    const fonts = fontsOf(resources)
    const forms = resources?.lookupMaybe(name('XObject'), PDFDict)
    for (const [, value] of forms?.entries() ?? []) {
      const form = doc.context.lookup(value)
      const inner =
        form instanceof PDFRawStream ? form.dict.lookupMaybe(name('Resources'), PDFDict) : undefined
      for (const ref of fontsOf(inner).values()) uses.untold.add(ref)
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
  return uses
}

/**
 * Sets the ToUnicode entry of each ligature glyph to its components' text, and of every glyph
 * whose uses are all ActualText spans saying one text to that text; returns how many changed.
 */
export async function correctGlyphText(doc: PDFDocument): Promise<number> {
  const fonts = readFonts(doc)
  const changed = new Set<string>()
  let count = 0
  const set = (font: string, cid: number, text: string) => {
    const entry = fonts.get(font)
    if (!entry || entry.map.get(cid) === text) return
    entry.map.set(cid, text)
    changed.add(font)
    count++
  }
  for (const [font, { map, ligatures }] of fonts) {
    for (const [cid, text] of ligatures) if (map.has(cid)) set(font, cid, text)
  }
  const space: Space = (glyph) => {
    const [font = '', cid = ''] = glyph.split(':')
    return fonts.get(font)?.map.get(Number(cid)) === '0020'
  }
  const uses = await readUses(doc, space)
  for (const [glyph, texts] of uses.spans) {
    const [font = '', cid = ''] = glyph.split(':')
    const [text] = texts
    const bare = uses.bare.get(font)?.has(Number(cid)) === true
    if (texts.size !== 1 || !text || bare || uses.untold.has(font)) continue
    set(font, Number(cid), text)
  }
  for (const font of changed) {
    const { stream, map } = fonts.get(font) as FontText
    const cmap = Buffer.from(writeToUnicode(map), 'latin1')
    doc.context.assign(stream, doc.context.stream(deflateSync(cmap), { Filter: 'FlateDecode' }))
  }
  return count
}
