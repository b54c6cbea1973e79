// The finishing layer, read back for real: Chromium's PDFs in, pdf.js and pdf-lib reading out.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream
} from 'pdf-lib'
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addBleed,
  addNamedDestinations,
  addOutline,
  type Metadata,
  readFonts,
  save,
  setMetadata,
  setPageLabels,
  stitch
} from '../src/finish/index.js'
import { fontFaces } from '../src/fonts.js'
import { boxOf, launchBrowser } from './helpers.js'

const MM = 72 / 25.4
// 6 × 9 in, the trim of the test book.
const TRIM = { width: 432, height: 648 }

// The edition's own faces, embedded as data: URLs, so that no font of the system's is needed.
const css = `<style>${fontFaces({ children: [{ type: 'inlineCode' }] })}
@page { size: 6in 9in; margin: 0.75in }
body { font: 12pt 'Source Serif 4' }
.head { font: 9pt 'Source Code Pro' }
</style>`
const chapterOne = `${css}<h1>Chapter one</h1>
<p>Turn to <a href="#p1-2">the second page</a>.</p>
<p id="p1-2" style="break-before: page">Second page of chapter one.</p>`
const chapterTwo = `${css}<h1>Chapter two</h1>
<p><a href="#p2-1">Down</a> to the last paragraph.</p>
<p id="p2-1">Last paragraph of chapter two.</p>`
const furnitureHtml = `${css}<div class="head">Running head one</div>
<div class="head" style="break-before: page">Running head two</div>`

const metadata: Metadata = {
  title: 'Études – a test (1)',
  author: 'Ann Author',
  subject: 'What the book is about',
  keywords: ['history', 'Soviet Union'],
  language: 'en-GB',
  creator: 'Colophon',
  producer: 'Colophon with pdf-lib',
  date: new Date('2024-03-01T12:00:00Z')
}

let browser: Browser

async function print(html: string): Promise<Uint8Array> {
  const page = await browser.newPage()
  try {
    await page.setContent(html)
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true }))
  } finally {
    await page.close()
  }
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given.
  return getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise
}

async function pageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    const words = content.items.map((item) => ('str' in item ? item.str : ''))
    texts.push(words.join(' ').replace(/\s+/g, ' ').trim())
  }
  return texts
}

/** The page a destination (named or explicit) leads to, its kind and its coordinates. */
async function resolve(pdf: PDFDocumentProxy, dest: string | unknown[] | null) {
  const array = typeof dest === 'string' ? await pdf.getDestination(dest) : dest
  if (!array) return undefined
  const [ref, kind, ...rest] = array as [
    { num: number; gen: number },
    { name: string },
    ...number[]
  ]
  return { page: await pdf.getPageIndex(ref), kind: kind.name, args: rest }
}

/** Straight segments of every stroked path on a page, in page space. */
async function strokedSegments(pdf: PDFDocumentProxy, number: number) {
  const list = await (await pdf.getPage(number)).getOperatorList()
  const segments: { x0: number; y0: number; x1: number; y1: number }[] = []
  for (const [index, fn] of list.fnArray.entries()) {
    if (fn !== OPS.constructPath) continue
    const [op, [path]] = list.argsArray[index] as [number, [Float32Array]]
    if (op !== OPS.stroke) continue
    // Draw ops: 0 moveTo x y, 1 lineTo x y; crop marks use nothing else.
    let x = 0
    let y = 0
    for (let at = 0; at < path.length; at += 3) {
      const [kind, nx, ny] = [path[at], path[at + 1] ?? 0, path[at + 2] ?? 0]
      if (kind === 1) segments.push({ x0: x, y0: y, x1: nx, y1: ny })
      else expect(kind).toBe(0)
      x = nx
      y = ny
    }
  }
  return segments
}

async function build(parts: { one: Uint8Array; two: Uint8Array; furniture: Uint8Array }) {
  const doc = await stitch([parts.one, { blank: TRIM }, parts.two])
  setMetadata(doc, metadata)
  addOutline(doc, [
    {
      title: 'Chapter one',
      page: 0,
      top: 594,
      children: [{ title: 'Second page', page: 1 }]
    },
    { title: 'Chapitre deux — été', page: 3, top: 594 }
  ])
  addNamedDestinations(doc, [
    { name: 'p12', page: 3, top: 500 },
    { name: 'start', page: 0, x: 54, top: 594 }
  ])
  setPageLabels(doc, [
    { start: 0, style: 'r' },
    { start: 1, style: 'D' }
  ])
  return doc
}

let parts: { one: Uint8Array; two: Uint8Array; furniture: Uint8Array }
let edition: Uint8Array
let pdf: PDFDocumentProxy

beforeAll(async () => {
  browser = await launchBrowser()
  const [one, two, furniture] = await Promise.all([
    print(chapterOne),
    print(chapterTwo),
    print(furnitureHtml)
  ])
  parts = { one, two, furniture }
  edition = await save(await build(parts), { id: 'c0ffee'.repeat(8) })
  pdf = await open(edition)
  // Launching Chromium and printing three parts can outlast the default hook timeout on CI.
}, 60_000)

afterAll(async () => {
  await pdf?.destroy()
  await browser?.close()
})

describe('what Chromium writes', () => {
  it('links by name, with a /Dests dictionary in the catalog', async () => {
    const part = await PDFDocument.load(parts.one)
    const dests = part.catalog.lookup(PDFName.of('Dests'), PDFDict)
    expect(dests.keys().map((key) => key.decodeText())).toEqual(['p1-2'])
    const link = part.getPage(0).node.Annots()?.lookup(0, PDFDict)
    expect(link?.get(PDFName.of('Dest'))).toBe(PDFName.of('p1-2'))
  })
})

describe('stitch', () => {
  it('keeps every page in order, with a blank page where asked', async () => {
    const texts = await pageTexts(pdf)
    expect(texts).toHaveLength(4)
    expect(texts[0]).toContain('Chapter one')
    expect(texts[1]).toContain('Second page of chapter one.')
    expect(texts[2]).toBe('')
    expect(texts[3]).toContain('Chapter two')
    const blank = await pdf.getPage(3)
    expect(blank.view).toEqual([0, 0, TRIM.width, TRIM.height])
  })

  it('keeps the links of each part leading to their targets in the merged document', async () => {
    const linksOn = async (number: number) =>
      (await (await pdf.getPage(number)).getAnnotations()).filter(
        (annotation) => annotation.subtype === 'Link' && annotation.dest
      )
    const [fromOne] = await linksOn(1)
    const [fromTwo] = await linksOn(4)
    expect(fromOne.dest).toBe('p1-2')
    expect(fromTwo.dest).toBe('p2-1')
    expect(await resolve(pdf, fromOne.dest)).toMatchObject({ page: 1, kind: 'XYZ' })
    expect(await resolve(pdf, fromTwo.dest)).toMatchObject({ page: 3, kind: 'XYZ' })
  })

  it('refuses a destination name that two parts both define', async () => {
    await expect(stitch([parts.one, parts.one])).rejects.toThrow(/`p1-2`/)
  })

  it('refuses a blank page without a size', async () => {
    await expect(stitch([{ blank: { width: 0, height: 648 } }])).rejects.toThrow(RangeError)
  })
})

describe('setMetadata', () => {
  it('writes the Info dictionary and the language', async () => {
    const { info } = await pdf.getMetadata()
    expect(info).toMatchObject({
      Title: metadata.title,
      Author: 'Ann Author',
      Subject: 'What the book is about',
      Keywords: 'history, Soviet Union',
      Creator: 'Colophon',
      Producer: 'Colophon with pdf-lib',
      CreationDate: 'D:20240301120000Z',
      ModDate: 'D:20240301120000Z',
      Language: 'en-GB'
    })
  })

  it('writes XMP that says the same', async () => {
    const { metadata: xmp } = await pdf.getMetadata()
    expect(xmp?.get('dc:title')).toBe(metadata.title)
    expect(xmp?.get('dc:creator')).toEqual(['Ann Author'])
    expect(xmp?.get('dc:description')).toBe('What the book is about')
    expect(xmp?.get('pdf:keywords')).toBe('history, Soviet Union')
    expect(xmp?.get('pdf:producer')).toBe('Colophon with pdf-lib')
    expect(xmp?.get('xmp:creatortool')).toBe('Colophon')
    expect(xmp?.get('xmp:createdate')).toBe('2024-03-01T12:00:00Z')
    expect(xmp?.get('xmp:modifydate')).toBe('2024-03-01T12:00:00Z')
  })

  it('writes no date but the given one', async () => {
    // Dates sit in compressed object streams: read every object back rather than the bytes.
    const back = await PDFDocument.load(edition, { updateMetadata: false })
    expect(back.getCreationDate()).toEqual(metadata.date)
    expect(back.getModificationDate()).toEqual(metadata.date)
    let text = ''
    for (const [, object] of back.context.enumerateIndirectObjects()) {
      const isXmp =
        object instanceof PDFRawStream &&
        object.dict.get(PDFName.of('Type')) === PDFName.of('Metadata')
      text += isXmp ? new TextDecoder().decode(object.getContents()) : object.toString()
    }
    expect(new Set(text.match(/D:\d{8}[^)>]*/g))).toEqual(new Set(['D:20240301120000Z']))
    expect(new Set(text.match(/\d{4}-\d\d-\d\dT[\d:.]+Z?/g))).toEqual(
      new Set(['2024-03-01T12:00:00Z'])
    )
  })
})

describe('addOutline', () => {
  it('writes nested bookmarks with their titles and destinations', async () => {
    const outline = await pdf.getOutline()
    expect(outline.map((item) => item.title)).toEqual(['Chapter one', 'Chapitre deux — été'])
    const [one, two] = outline
    expect(one?.items.map((item) => item.title)).toEqual(['Second page'])
    expect(one?.count).toBe(1)
    expect(await resolve(pdf, one?.dest ?? null)).toEqual({
      page: 0,
      kind: 'XYZ',
      args: [null, 594, null]
    })
    expect(await resolve(pdf, one?.items[0]?.dest ?? null)).toEqual({
      page: 1,
      kind: 'Fit',
      args: []
    })
    expect(await resolve(pdf, two?.dest ?? null)).toMatchObject({
      page: 3,
      args: [null, 594, null]
    })
  })

  it('refuses an entry for a page the document does not have', async () => {
    const doc = await stitch([{ blank: TRIM }])
    expect(() => addOutline(doc, [{ title: 'Nowhere', page: 1 }])).toThrow(RangeError)
    expect(doc.catalog.has(PDFName.of('Outlines'))).toBe(false)
  })
})

describe('addNamedDestinations', () => {
  it('adds destinations beside those stitch kept', async () => {
    expect(await resolve(pdf, 'p12')).toEqual({ page: 3, kind: 'XYZ', args: [null, 500, null] })
    expect(await resolve(pdf, 'start')).toEqual({ page: 0, kind: 'XYZ', args: [54, 594, null] })
    expect(await resolve(pdf, 'p1-2')).toMatchObject({ page: 1 })
    expect(Object.keys(await pdf.getDestinations())).toEqual(['p1-2', 'p12', 'p2-1', 'start'])
  })

  it('keeps the keys sorted, in leaves with limits when there are many', async () => {
    const doc = await stitch([{ blank: TRIM }, { blank: TRIM }])
    const dests = Array.from({ length: 300 }, (_, index) => ({
      name: `p${index + 1}`,
      page: index % 2,
      top: 600 - index
    }))
    addNamedDestinations(doc, dests)
    const bytes = await save(doc, { id: '00ff' })
    const back = await PDFDocument.load(bytes)
    const root = back.catalog
      .lookup(PDFName.of('Names'), PDFDict)
      .lookup(PDFName.of('Dests'), PDFDict)
    const keys: string[] = []
    const kids = root.lookup(PDFName.of('Kids'), PDFArray)
    for (let index = 0; index < kids.size(); index++) {
      const names = kids.lookup(index, PDFDict).lookup(PDFName.of('Names'), PDFArray)
      for (let at = 0; at < names.size(); at += 2) {
        keys.push(names.lookup(at, PDFHexString).decodeText())
      }
    }
    expect(keys).toEqual(dests.map(({ name }) => name).sort())
    const reader = await open(bytes)
    expect(await resolve(reader, 'p299')).toEqual({ page: 0, kind: 'XYZ', args: [null, 302, null] })
    expect(await resolve(reader, 'p300')).toMatchObject({ page: 1 })
    await reader.destroy()
  })
})

describe('setPageLabels', () => {
  it('labels front matter in roman and the body in arabic', async () => {
    expect(await pdf.getPageLabels()).toEqual(['i', '1', '2', '3'])
  })

  it('writes prefixes and starting numbers', async () => {
    const doc = await stitch(Array.from({ length: 4 }, () => ({ blank: TRIM })))
    setPageLabels(doc, [
      { start: 2, prefix: 'A-', style: 'D', first: 5 },
      { start: 0, style: 'R' }
    ])
    const reader = await open(await save(doc, { id: '01' }))
    expect(await reader.getPageLabels()).toEqual(['I', 'II', 'A-5', 'A-6'])
    await reader.destroy()
  })

  it('refuses ranges that leave the first page unlabelled', async () => {
    const doc = await stitch([{ blank: TRIM }, { blank: TRIM }])
    expect(() => setPageLabels(doc, [{ start: 1 }])).toThrow(RangeError)
  })
})

describe('addBleed', () => {
  const bleed = 3 * MM

  async function bled(marks: boolean) {
    const doc = await stitch([parts.one])
    addBleed(doc, { bleedMm: 3, marks })
    return save(doc, { id: 'beef' })
  }

  it('keeps the trim, adds 3 mm of bleed and a slug around it, centred', async () => {
    const back = await PDFDocument.load(await bled(true))
    const page = back.getPage(0)
    const trim = page.getTrimBox()
    const bleedBox = page.getBleedBox()
    const media = page.getMediaBox()
    expect(trim).toEqual({ x: 0, y: 0, ...TRIM })
    expect(bleedBox.x).toBeCloseTo(-bleed, 3)
    expect(bleedBox.y).toBeCloseTo(-bleed, 3)
    expect(bleedBox.width).toBeCloseTo(TRIM.width + 2 * bleed, 3)
    expect(bleedBox.height).toBeCloseTo(TRIM.height + 2 * bleed, 3)
    expect(media.x).toBeCloseTo(-bleed - 10 * MM, 3)
    expect(media.x + media.width / 2).toBeCloseTo(TRIM.width / 2, 3)
    expect(media.y + media.height / 2).toBeCloseTo(TRIM.height / 2, 3)
  })

  it('leaves the text where it was on the trim', async () => {
    const position = async (bytes: Uint8Array) => {
      const reader = await open(bytes)
      const content = await (await reader.getPage(1)).getTextContent()
      const first = content.items.find((item) => 'str' in item && item.str.trim() !== '')
      await reader.destroy()
      return first && 'transform' in first ? first.transform.slice(4) : undefined
    }
    expect(await position(await bled(true))).toEqual(await position(parts.one))
  })

  it('draws crop marks in registration black, outside the BleedBox, inside the sheet', async () => {
    const bytes = await bled(true)
    const reader = await open(bytes)
    const segments = await strokedSegments(reader, 1)
    const [x0, y0, x1, y1] = boxOf((await reader.getPage(1)).view)
    await reader.destroy()
    expect(segments).toHaveLength(8)
    // Half the line width: a stroke reaches that far beside its path.
    const half = 0.25 / 2
    for (const segment of segments) {
      const outside =
        Math.max(segment.x0, segment.x1) < -bleed - half ||
        Math.min(segment.x0, segment.x1) > TRIM.width + bleed + half ||
        Math.max(segment.y0, segment.y1) < -bleed - half ||
        Math.min(segment.y0, segment.y1) > TRIM.height + bleed + half
      expect(outside, JSON.stringify(segment)).toBe(true)
      for (const [x, y] of [
        [segment.x0, segment.y0],
        [segment.x1, segment.y1]
      ] as const) {
        expect(x).toBeGreaterThan(x0)
        expect(x).toBeLessThan(x1)
        expect(y).toBeGreaterThan(y0)
        expect(y).toBeLessThan(y1)
      }
    }
    const back = await PDFDocument.load(bytes)
    const contents = back.getPage(0).node.lookup(PDFName.of('Contents'), PDFArray)
    const last = contents.lookup(contents.size() - 1, PDFRawStream)
    const marks = new TextDecoder().decode(decodePDFRawStream(last).decode())
    expect(marks).toMatch(/^1 1 1 1 K$/m)
    expect(marks).toMatch(/^0\.25 w$/m)
  })

  it('without marks, makes the sheet the BleedBox and draws nothing', async () => {
    const bytes = await bled(false)
    const back = await PDFDocument.load(bytes)
    expect(back.getPage(0).getMediaBox()).toEqual(back.getPage(0).getBleedBox())
    const reader = await open(bytes)
    expect(await strokedSegments(reader, 1)).toEqual([])
    await reader.destroy()
  })

  it('refuses to add bleed twice', async () => {
    const doc = await stitch([{ blank: TRIM }])
    addBleed(doc, { bleedMm: 3, marks: false })
    expect(() => addBleed(doc, { bleedMm: 3, marks: false })).toThrow(/TrimBox/)
  })
})

describe('save', () => {
  it('writes the same bytes for the same input, from fresh Chromium prints', async () => {
    // New prints carry new creation dates; none of that may reach the edition.
    const [one, two, furniture] = await Promise.all([
      print(chapterOne),
      print(chapterTwo),
      print(furnitureHtml)
    ])
    const again = await save(await build({ one, two, furniture }), { id: 'c0ffee'.repeat(8) })
    expect(Buffer.from(again).equals(Buffer.from(edition))).toBe(true)
  })

  it('takes the trailer /ID from the seed', async () => {
    const text = new TextDecoder('latin1').decode(edition)
    const id = 'c0ffee'.repeat(8).slice(0, 32)
    // The trailer of a cross-reference stream is its (uncompressed) dictionary.
    expect(text.includes(`/ID [ <${id}> <${id}> ]`)).toBe(true)
    const other = await save(await build(parts), { id: 'ab'.repeat(16) })
    expect(Buffer.from(other).equals(Buffer.from(edition))).toBe(false)
  })

  it('packs every dictionary into compressed object streams and reads back the same objects', async () => {
    const doc = await build(parts)
    const objects = doc.context.enumerateIndirectObjects()
    const packable = objects.filter(([ref, object]) => {
      return !(object instanceof PDFStream) && ref.generationNumber === 0
    }).length
    const bytes = await save(doc, { id: 'ab'.repeat(16) })
    const text = new TextDecoder('latin1').decode(bytes)
    const streams = Array.from(
      text.matchAll(/<<\n\/Type \/ObjStm\n\/N (\d+)\n\/First \d+\n\/Filter \/FlateDecode\n/g),
      (match) => Number(match[1])
    )
    expect(streams.length).toBe(Math.ceil(packable / 200))
    expect(streams.reduce((sum, n) => sum + n, 0)).toBe(packable)
    const back = await PDFDocument.load(bytes, { updateMetadata: false })
    for (const [ref, object] of objects) {
      expect(back.context.lookup(ref)?.toString()).toBe(object.toString())
    }
  })

  it('refuses a seed that is not hex', async () => {
    const doc = await stitch([{ blank: TRIM }])
    await expect(save(doc, { id: 'not hex' })).rejects.toThrow(TypeError)
  })

  const qpdf = (() => {
    try {
      execFileSync('qpdf', ['--version'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()

  it.skipIf(!qpdf)('writes a file qpdf finds no fault with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'colophon-finish-'))
    try {
      const file = join(dir, 'edition.pdf')
      writeFileSync(file, edition)
      const out = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })
      expect(out).toContain('No syntax or stream encoding errors found')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('readFonts', () => {
  it('names the fonts of every page, as embedded', async () => {
    const body = await readFonts(parts.one)
    expect(body.length).toBeGreaterThan(0)
    for (const name of body) expect(name).toMatch(/^[A-Z]{6}\+SourceSerif4/)
    const mono = await readFonts(parts.furniture)
    expect(mono.some((name) => /\+SourceCodePro/.test(name))).toBe(true)
    expect(await readFonts(edition)).toEqual(body)
  })
})
