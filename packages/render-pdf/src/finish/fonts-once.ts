// Each font program once in the stitched book. Every part is printed on its own, so each part
// embeds its own subset of each face: a book of ten chapters carried ten subsets of Source
// Serif 4 Regular. Chromium's subsets keep the font's glyph ids (a character has the same CID
// in every part), so the subsets of one face become one font: their union, with every part's
// widths and ToUnicode entries, which every page then names. Fonts that are not such subsets
// (CFF, another encoding, a glyph, width or character that differs) are left as they are.
import { deflateSync, inflateSync } from 'node:zlib'
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream
} from 'pdf-lib'
import { readToUnicode, readWidths, writeToUnicode, writeWidths } from './cid-maps.js'
import { shownWidths } from './cid-widths.js'
import { unionFont } from './glyph-union.js'
import { readSfnt, type Tables, writeSfnt } from './sfnt.js'

/** A Type0 font of the document, read: its objects, program, widths and text. */
interface Font {
  ref: PDFRef
  descendant: PDFDict
  descriptor: PDFDict
  /** The font's own objects, removed when it joins another. */
  objects: PDFRef[]
  /** The name without its subset tag and the descriptor's metrics. */
  key: string
  tables: Tables
  /** The nonzero width of each glyph the part may show (see `cid-widths.ts`). */
  widths: Map<number, number>
  text: Map<number, string>
  /** The zeros of /W: a gap between used CIDs as often as a width. */
  zeros: number[]
}

/** Fonts that become one: the first one's objects carry the union of all. */
interface Group {
  fonts: Font[]
  tables: Tables
  widths: Map<number, number>
  text: Map<number, string>
}

const name = (key: string) => PDFName.of(key)

/** The contents of a stream, inflated when it is Flate-encoded. */
function streamBytes(stream: PDFObject | undefined): Uint8Array | undefined {
  if (!(stream instanceof PDFRawStream)) return undefined
  const filter = stream.dict.get(name('Filter'))
  if (filter === undefined) return stream.getContents()
  return filter === name('FlateDecode') ? inflateSync(stream.getContents()) : undefined
}

/** `font` read, when it is a CID-keyed TrueType subset shown by glyph id (Identity-H). */
function readFont(doc: PDFDocument, ref: PDFRef, font: PDFDict): Font | undefined {
  const base = font.get(name('BaseFont'))
  const descendants = font.lookup(name('DescendantFonts'))
  if (!(base instanceof PDFName) || font.get(name('Encoding')) !== name('Identity-H')) return
  if (!(descendants instanceof PDFArray) || descendants.size() !== 1) return
  const descendantRef = descendants.get(0)
  const descendant = doc.context.lookup(descendantRef)
  if (!(descendant instanceof PDFDict)) return
  const map = descendant.get(name('CIDToGIDMap'))
  if (descendant.get(name('Subtype')) !== name('CIDFontType2')) return
  if (map !== undefined && map !== name('Identity')) return
  const descriptorRef = descendant.get(name('FontDescriptor'))
  const descriptor = doc.context.lookup(descriptorRef)
  if (!(descriptor instanceof PDFDict) || descriptor.has(name('CIDSet'))) return
  const programRef = descriptor.get(name('FontFile2'))
  const toUnicodeRef = font.get(name('ToUnicode'))
  const program = streamBytes(doc.context.lookup(programRef))
  const toUnicode = streamBytes(doc.context.lookup(toUnicodeRef))
  const tables = program && readSfnt(program)
  if (!tables || !toUnicode) return
  const objects = [ref, descendantRef, descriptorRef, programRef, toUnicodeRef]
  if (!objects.every((object) => object instanceof PDFRef)) return
  const metrics = ['Flags', 'ItalicAngle', 'Ascent', 'Descent', 'CapHeight', 'StemV', 'FontBBox']
  const key = [
    base.decodeText().replace(/^[A-Z]{6}\+/, ''),
    ...metrics.map((metric) => String(descriptor.get(name(metric))))
  ].join(' ')
  const dw = descendant.get(name('DW'))
  const shown = shownWidths(
    tables,
    readWidths(descendant.lookupMaybe(name('W'), PDFArray)),
    dw instanceof PDFNumber ? dw.asNumber() : 1000
  )
  if (!shown) return
  const text = readToUnicode(Buffer.from(toUnicode).toString('latin1'))
  const { widths, zeros } = shown
  const refs = objects as PDFRef[]
  return { ref, descendant, descriptor, objects: refs, key, tables, widths, text, zeros }
}

/** `into` with `from`'s entries; undefined if a key has two different values. */
function joined<T>(into: ReadonlyMap<number, T>, from: ReadonlyMap<number, T>) {
  const out = new Map(into)
  for (const [key, value] of from) {
    const known = out.get(key)
    if (known !== undefined && known !== value) return undefined
    out.set(key, value)
  }
  return out
}

/** `group` with `font` in it; undefined if they cannot be one font. */
function tryJoin(group: Group, font: Font): Group | undefined {
  if (group.fonts[0]?.key !== font.key) return undefined
  const widths = joined(group.widths, font.widths)
  const text = joined(group.text, font.text)
  if (!widths || !text) return undefined
  const tables = unionFont([group.tables, font.tables])
  return tables && { fonts: [...group.fonts, font], tables, widths, text }
}

/** The document's fonts in groups that can each be one font, in the order met. */
function groupFonts(doc: PDFDocument): Group[] {
  const groups: Group[] = []
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name('Subtype')) !== name('Type0')) continue
    const font = readFont(doc, ref, object)
    if (!font) continue
    let placed = false
    for (const [index, group] of groups.entries()) {
      const grown = tryJoin(group, font)
      if (!grown) continue
      groups[index] = grown
      placed = true
      break
    }
    if (!placed) {
      const { tables, text } = font
      groups.push({ fonts: [font], tables, widths: font.widths, text })
    }
  }
  return groups
}

/** The /W of the union: every nonzero width, and a zero where the union's glyph has no advance. */
function unionWidths(group: Group): Map<number, number> {
  const widths = new Map(group.widths)
  const hmtx = group.tables.get('hmtx') as Uint8Array
  const advances = new DataView(hmtx.buffer, hmtx.byteOffset, hmtx.byteLength)
  for (const font of group.fonts) {
    for (const cid of font.zeros) {
      if (widths.has(cid)) continue
      if (cid * 4 + 2 <= advances.byteLength && advances.getUint16(cid * 4) === 0) {
        widths.set(cid, 0)
      }
    }
  }
  return widths
}

/** Writes the union into the group's first font; the others' objects are for removal. */
function writeGroup(doc: PDFDocument, group: Group): void {
  const [first] = group.fonts as [Font]
  const program = writeSfnt(group.tables)
  const fontFile = doc.context.stream(deflateSync(program), {
    Filter: 'FlateDecode',
    Length1: program.length
  })
  doc.context.assign(first.descriptor.get(name('FontFile2')) as PDFRef, fontFile)
  const cmap = Buffer.from(writeToUnicode(group.text), 'latin1')
  const toUnicode = doc.context.stream(deflateSync(cmap), { Filter: 'FlateDecode' })
  doc.context.assign(first.objects[4] as PDFRef, toUnicode)
  first.descendant.set(name('W'), writeWidths(doc.context, unionWidths(group)))
}

const Type = PDFName.of('Type')
const StructElem = PDFName.of('StructElem')

/**
 * Every reference to a key of `to`, in every object of the document, made to its value; but
 * in the structure elements, which name no font (ISO 32000-1, 14.7.2) and are most of a tagged
 * book's objects (17,000 of the 10-chapter book's 18,700).
 */
function repoint(doc: PDFDocument, to: ReadonlyMap<PDFRef, PDFRef>): void {
  const visit = (object: PDFObject): void => {
    if (object instanceof PDFStream) visit(object.dict)
    else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const target = value instanceof PDFRef ? to.get(value) : undefined
        if (target) object.set(key, target)
        else if (!(value instanceof PDFRef)) visit(value)
      }
    } else if (object instanceof PDFArray) {
      for (let index = 0; index < object.size(); index++) {
        const value = object.get(index)
        const target = value instanceof PDFRef ? to.get(value) : undefined
        if (target) object.set(index, target)
        else if (!(value instanceof PDFRef)) visit(value)
      }
    }
  }
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict && object.get(Type) === StructElem)) visit(object)
  }
}

/**
 * Makes the subsets of each face one font program; returns how many fonts there were and
 * how many there are now.
 */
export function embedFontsOnce(doc: PDFDocument): { before: number; after: number } {
  const groups = groupFonts(doc)
  const to = new Map<PDFRef, PDFRef>()
  for (const group of groups) {
    if (group.fonts.length < 2) continue
    writeGroup(doc, group)
    const [first, ...rest] = group.fonts as [Font, ...Font[]]
    const kept = new Set(first.objects)
    for (const font of rest) {
      to.set(font.ref, first.ref)
      for (const object of font.objects) if (!kept.has(object)) doc.context.delete(object)
    }
  }
  if (to.size > 0) repoint(doc, to)
  const before = groups.reduce((sum, group) => sum + group.fonts.length, 0)
  return { before, after: groups.length }
}
