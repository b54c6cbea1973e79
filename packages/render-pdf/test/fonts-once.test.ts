// Each face's subsets made one font program, read back for real: parts printed by Chromium in the
// book's faces (Source Serif 4 in three styles and several of its unicode-range files, Source Code
// Pro), stitched, then the same document before and after: font programs counted with pdf-lib,
// text read with pdf.js and pdftotext, fonts listed by pdffonts, pages drawn by pdftoppm.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { embedFontsOnce, save, stitch, uniqueSubsetNames } from '../src/finish/index.js'
import { fontFaces } from '../src/fonts.js'
import { launchBrowser } from './helpers.js'

const faces = fontFaces({ children: [{ type: 'inlineCode' }, 'Łódź Ἀθῆναι'] })
const style = `<style>${faces}
@page { size: 6in 9in; margin: 0.75in }
body { font: 11pt 'Source Serif 4', serif } code { font-family: 'Source Code Pro', monospace }
</style>`

/** Parts with different words (so different subsets and default widths), each a page or two. */
const partsHtml = [
  `<h1>Front</h1><p>Title page, <i>Contents</i>, and <b>1</b> sources: <code>x = 1</code>.</p>`,
  `<h1>Chapter one</h1><p>${'Office affluent fjords, <i>difficult waffles</i> and ruffled staff. '.repeat(40)}</p>`,
  `<h1>Chapter two</h1><p>${'Łódź and Kraków, Ἀθῆναι; <b>Zażółć gęślą jaźń</b> — “quoted” 1934–1937. '.repeat(30)}</p>`,
  `<h1>Notes</h1><p>${'<i>Ibid.</i>, pp. 12–19; <code>grep -n</code> and QUIZ jumps. '.repeat(25)}</p>`
].map((body) => `${style}${body}`)

let browser: Browser
let before: Uint8Array
let after: Uint8Array
let counts: { before: number; after: number }

async function print(html: string): Promise<Uint8Array> {
  const page = await browser.newPage()
  try {
    await page.setContent(html)
    await page.evaluate(() => document.fonts.ready)
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true }))
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  browser = await launchBrowser()
  const parts = []
  for (const html of partsHtml) parts.push(await print(html))
  const doc = await stitch(parts)
  uniqueSubsetNames(doc)
  before = await save(doc, { id: 'c0ffee'.repeat(8) })
  const once = await PDFDocument.load(before, { updateMetadata: false })
  counts = embedFontsOnce(once)
  uniqueSubsetNames(once)
  after = await save(once, { id: 'c0ffee'.repeat(8) })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** Each embedded font program: its font's name without the subset tag, and its hash. */
async function programs(bytes: Uint8Array): Promise<{ name: string; hash: string }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const found: { name: string; hash: string }[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue
    if (object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const stream = object.lookup(PDFName.of(key))
      if (!(stream instanceof PDFRawStream)) continue
      const hash = createHash('sha256').update(inflateSync(stream.getContents())).digest('hex')
      const name = String(object.get(PDFName.of('FontName'))).replace(/^\/[A-Z]{6}\+/, '')
      found.push({ name, hash })
    }
  }
  return found
}

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false })
    .promise
  const texts: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('|'))
  }
  await pdf.destroy()
  return texts
}

describe('embedFontsOnce', () => {
  it('embeds each font program once, where each part had its own subset', async () => {
    const was = await programs(before)
    const now = await programs(after)
    expect(counts).toEqual({ before: was.length, after: now.length })
    expect(was.length).toBeGreaterThan(now.length)
    // One program per face (style and unicode-range file), each a different program.
    expect(new Set(now.map((program) => program.hash)).size).toBe(now.length)
    expect(new Set(now.map((program) => program.name))).toEqual(
      new Set(was.map((program) => program.name))
    )
    for (const name of ['SourceSerif4-Regular', 'SourceSerif4-Italic', 'SourceSerif4-Bold']) {
      expect(now.map((program) => program.name)).toContain(name)
    }
    expect(now.some((program) => program.name.startsWith('SourceCodePro'))).toBe(true)
    expect(after.length).toBeLessThan(before.length)
  })

  it('leaves the text pdf.js reads as it was, glyph for glyph', async () => {
    const texts = await pageTexts(after)
    expect(texts).toEqual(await pageTexts(before))
    expect(texts.join(' ')).toContain('difficult waffles')
    expect(texts.join(' ')).toContain('and Kraków')
  })

  it('is its own fixed point: a second pass finds one font per program', async () => {
    const doc = await PDFDocument.load(after, { updateMetadata: false })
    expect(embedFontsOnce(doc)).toEqual({ before: counts.after, after: counts.after })
  })
})

const poppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!poppler)('embedFontsOnce, read by Poppler', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'colophon-fonts-'))
    writeFileSync(join(dir, 'before.pdf'), before)
    writeFileSync(join(dir, 'after.pdf'), after)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('extracts the same text with pdftotext', () => {
    const text = (name: string) =>
      execFileSync('pdftotext', [join(dir, name), '-'], { encoding: 'utf8' })
    expect(text('after.pdf')).toBe(text('before.pdf'))
  })

  it('lists every font embedded, subset and with a ToUnicode map, each name once (pdffonts)', () => {
    const lines = execFileSync('pdffonts', [join(dir, 'after.pdf')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
    expect(lines).toHaveLength(counts.after)
    for (const line of lines) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/)
    const names = lines.map((line) => line.split(/\s+/)[0])
    expect(new Set(names).size).toBe(names.length)
  })

  it('draws every page the same, pixel for pixel (pdftoppm at 60 dpi)', () => {
    for (const name of ['before', 'after']) {
      execFileSync('pdftoppm', ['-r', '60', '-png', join(dir, `${name}.pdf`), join(dir, name)])
    }
    const pages = readdirSync(dir).filter((file) => file.startsWith('before-'))
    expect(pages.length).toBeGreaterThanOrEqual(partsHtml.length)
    for (const page of pages) {
      const drawn = readFileSync(join(dir, page.replace('before-', 'after-')))
      expect(drawn.equals(readFileSync(join(dir, page))), page).toBe(true)
    }
  })
})
