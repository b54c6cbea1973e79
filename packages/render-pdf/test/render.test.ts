// The whole renderer on real text, read back from the PDF with pdf.js: the seed chapter as
// the project builds it (no note bodies), the same chapter with note bodies at the foot and
// at the end, other trim sizes, and print mode. Facts about the pages (page labels, text per
// page, bookmarks, destinations, fonts, boxes) are checked against the tree and the
// concordance; a few pages go to test-output/ as PNG for a person to look at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parse } from '@colophon/parser'
import { paragraphsOf, type Root } from '@colophon/schema'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readFonts } from '../src/finish/index.js'
import { type PdfResult, renderPdf } from '../src/index.js'
import {
  bookTree,
  boxOf,
  contentTexts,
  destinationPage,
  figuresTree,
  footnotedBookTree,
  notedSeedTree,
  open,
  pageTexts,
  plain,
  seedTree,
  squash
} from './helpers.js'

const output = new URL('../test-output/', import.meta.url)
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const slow = 240_000

function errors(result: PdfResult): string[] {
  return result.messages
    .filter((message) => message.fatal === true)
    .map((message) => `${message.ruleId}: ${message.reason}`)
}

function save(name: string, bytes: Uint8Array): void {
  mkdirSync(output, { recursive: true })
  writeFileSync(new URL(name, output), bytes)
}

/** Every paragraph begins on the page the concordance gives for it. */
async function expectConcordance(tree: Root, result: PdfResult, texts: string[]): Promise<void> {
  const paragraphs = tree.children.flatMap((chapter) => chapter.children.flatMap(paragraphsOf))
  expect(paragraphs.length).toBeGreaterThan(70)
  for (const paragraph of paragraphs) {
    const entry = result.concordance.ids[paragraph.id]
    expect(entry, paragraph.id).toBeDefined()
    const start = squash(plain(paragraph.children[0] as (typeof paragraph.children)[0])).slice(
      0,
      24
    )
    expect(squash(texts[entry?.index ?? -1] ?? ''), `${paragraph.id} on ${entry?.page}`).toContain(
      start
    )
    expect(result.concordance.folios[entry?.index ?? -1]).toBe(entry?.page)
  }
}

/** The seed as built, rendered once for the describes that read it. */
let builtSeed: Promise<PdfResult> | undefined
function seedBuilt(tree: Root): Promise<PdfResult> {
  builtSeed ??= renderPdf(tree, { env })
  return builtSeed
}

describe('the seed as built: 6×9 in, no note bodies', () => {
  const tree = seedTree()
  let result: PdfResult
  let pdf: PDFDocumentProxy
  let texts: string[]

  beforeAll(async () => {
    result = await seedBuilt(tree)
    save('seed.pdf', result.pdf)
    pdf = await open(result.pdf)
    texts = await pageTexts(pdf)
  }, slow)

  it('takes every soft hyphen out of the text layer, where the line goes on and where it ends', async () => {
    // Chromium writes each soft hyphen as a zero-width glyph whose ActualText is U+00AD (and a
    // ligature across one with U+00AD between its letters); the hyphen ending a line is a glyph
    // of its own after it (see `finish/soft-hyphens.ts`).
    let cleared = 0
    for (const text of await contentTexts(result.pdf)) {
      expect(text).not.toMatch(/ActualText <FEFF(?:[0-9A-F]{4})*?00AD/)
      cleared += text.match(/ActualText \(\)/g)?.length ?? 0
    }
    expect(cleared).toBeGreaterThan(1200)
  })

  it('embeds each face once, under a subset name of its own', async () => {
    const doc = await PDFDocument.load(result.pdf)
    const names: string[] = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0'))
        continue
      names.push(String(object.get(PDFName.of('BaseFont'))))
    }
    // The front matter and the chapter are printed apart, each with its own subsets of the
    // regular and the italic; the book has one font of each.
    expect(names.map((name) => name.slice(8)).sort()).toEqual([
      'SourceSerif4-Italic',
      'SourceSerif4-Regular'
    ])
    expect(new Set(names).size).toBe(names.length)
  })

  it('sets its text, numbers and rules in DeviceGray, with no RGB colour', async () => {
    let grey = 0
    for (const text of await contentTexts(result.pdf)) {
      expect(text).not.toMatch(/\s(rg|RG)\s/)
      grey += text.match(/\s(g|G)\s/g)?.length ?? 0
    }
    expect(grey).toBeGreaterThan(100)
  })

  it('has no errors, and no widow or orphan', () => {
    expect(errors(result)).toEqual([])
    expect(result.messages.filter((message) => /widow|orphan/.test(message.ruleId ?? ''))).toEqual(
      []
    )
  })

  it('is 6×9 in (432×648 pt) on every page', async () => {
    for (let number = 1; number <= pdf.numPages; number++) {
      const [x0, y0, x1, y1] = boxOf((await pdf.getPage(number)).view)
      expect([x1 - x0, y1 - y0]).toEqual([432, 648])
    }
  })

  it('numbers the front matter in roman and the text from 1, as the concordance says', async () => {
    const labels = await pdf.getPageLabels()
    expect(labels?.slice(0, 4)).toEqual(['i', 'ii', '1', '2'])
    expect(labels).toEqual(result.concordance.folios)
    expect(result.concordance.pages).toBe(pdf.numPages)
  })

  it('prints title page, sources, and the text with its running heads and folios', () => {
    expect(texts[0]).toContain('Class Terror')
    expect(texts[0]).toContain('Timothy Snyder')
    expect(texts[1]).toContain('SHA-256')
    expect(texts[1]).toContain(tree.meta.sources[0]?.sha256)
    expect(squash(texts[2] ?? '')).toContain(squash('Stalin’s second revolution'))
    // No running head or folio on the opening page; author on the left, title on the right.
    // The heads and folios come first in each page's text.
    expect(texts[2]).not.toMatch(/^\s*\d*\s*Timothy Snyder/)
    expect(texts[3]).toMatch(/^\s*2\s+Timothy Snyder/)
    expect(texts[4]).toMatch(/^\s*Class Terror\s+3\b/)
  })

  it('keeps every note number and explains the absent notes once, with no page of notes', () => {
    const all = squash(texts.join('\n'))
    const notice = squash('The source of this edition does not include the text of its notes')
    expect(all.split(notice)).toHaveLength(2)
    expect(texts.join('\n')).not.toMatch(/\bNotes\b\s*$/m)
    // pdf.js reads a superscript out of line; the number is on the page all the same.
    const page = texts.find((text) => squash(text).includes(squash('“fascists.” They agreed')))
    expect(page).toMatch(/\b34\b/)
  })

  it('puts every paragraph on the page the concordance names', async () => {
    await expectConcordance(tree, result, texts)
  })

  it('has a bookmark for the chapter and a named destination for each paragraph', async () => {
    const outline = await pdf.getOutline()
    expect(outline.map((item) => item.title)).toEqual(['Class Terror'])
    for (const id of ['p1', 'p12', 'p12.3', 'p75']) {
      expect(await destinationPage(pdf, id), id).toBe(result.concordance.ids[id]?.index)
    }
  })

  it('carries the metadata, the pinned date and nothing but Source Serif 4', async () => {
    const { info, metadata } = await pdf.getMetadata()
    expect(info).toMatchObject({
      Title: 'Class Terror',
      Author: 'Timothy Snyder',
      Subject: 'Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2',
      Creator: 'Colophon',
      Language: 'en'
    })
    expect((info as { CreationDate?: string }).CreationDate).toMatch(/^D:20260921141320/)
    expect(metadata?.get('dc:title')).toBe('Class Terror')
    const fonts = await readFonts(result.pdf)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+SourceSerif4/)
  })

  it(
    'gives the same bytes for the same input',
    async () => {
      const again = await renderPdf(tree, { env })
      expect(Buffer.compare(Buffer.from(again.pdf), Buffer.from(result.pdf))).toBe(0)
    },
    slow
  )

  it(
    'writes no date without SOURCE_DATE_EPOCH',
    async () => {
      const undated = await renderPdf(tree, { env: { ...process.env, SOURCE_DATE_EPOCH: '' } })
      const { info } = await (await open(undated.pdf)).getMetadata()
      expect((info as { CreationDate?: string }).CreationDate).toBeUndefined()
      expect(Buffer.from(undated.pdf).includes('CreationDate')).toBe(false)
    },
    slow
  )
})

describe('the seed as built: numbers in the margin', () => {
  let pdf: PDFDocumentProxy

  beforeAll(async () => {
    pdf = await open((await seedBuilt(seedTree())).pdf)
  }, slow)

  it('sets each paragraph number on its line, on a page spaced out to even its spread too', async () => {
    // Spacing out a page (spreads.ts) pads its blocks at the top; a number in the margin, placed
    // from its paragraph's top, goes down as far with it (it stood half a line above its line).
    // One offset from the line's baseline for every number: a smaller face on the same leading.
    const offsets = await marginNumberOffsets(pdf)
    expect([...offsets.values()].reduce((sum, found) => sum + found.length, 0)).toBeGreaterThan(50)
    expect([...offsets.keys()], JSON.stringify([...offsets])).toHaveLength(1)
  })
})

describe('figures', () => {
  let result: PdfResult
  let pdf: PDFDocumentProxy
  beforeAll(async () => {
    result = await renderPdf(figuresTree(), { env })
    save('figures.pdf', result.pdf)
    pdf = await open(result.pdf)
  }, slow)

  it('lays them out with no message: none broken, every caption whole, no page too many', () => {
    // Run as root (a container), the browser's sandbox is off, and an info message says so;
    // the audit's figures are a line of their own.
    const found = result.messages.filter(
      (m) => !['pdf-sandbox', 'pdf-audit'].includes(m.ruleId ?? '')
    )
    expect(found.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([])
  })

  it('draws each image on one page, scaled into the text area, with its caption', async () => {
    const texts = await pageTexts(pdf)
    const pageOf = (words: string) =>
      texts.findIndex((text) => squash(text).includes(squash(words)))
    const tall = pageOf('The plan, redrawn & inked.')
    expect(tall).toBeGreaterThan(0)
    const page = await pdf.getPage(tall + 1)
    const [, , width, height] = page.view
    // The 3000 px plan is drawn (a filled path) on the page of its caption.
    expect((await page.getOperatorList()).fnArray).toContain(OPS.constructPath)
    expect(width).toBe(432)
    expect(height).toBe(648)
    for (const words of ['The valley as surveyed in', 'The road over the pass']) {
      expect(pageOf(words), words).toBeGreaterThanOrEqual(0)
    }
    // The PNG is in the PDF as an image, on the page of its caption.
    const map = await pdf.getPage(pageOf('The valley as surveyed in') + 1)
    const drawn = (await map.getOperatorList()).fnArray
    expect(drawn).toContain(OPS.paintImageXObject)
  })

  it('shows the alt text of the images not read, and an SVG’s label, in no font but the one typeface', async () => {
    const texts = squash((await pageTexts(pdf)).join(' '))
    for (const alt of ['The lost plate', 'A photograph', 'Some notes', 'A copy']) {
      expect(texts).toContain(squash(alt))
    }
    for (const font of await readFonts(result.pdf)) expect(font).toMatch(/^[A-Z]{6}\+SourceSerif4/)
  })
})

describe('notes at the foot of the page', () => {
  const tree = notedSeedTree()
  let result: PdfResult
  let texts: string[]

  beforeAll(async () => {
    result = await renderPdf(tree, { env })
    save('seed-footnotes.pdf', result.pdf)
    texts = await pageTexts(await open(result.pdf))
  }, slow)

  it('lays out 65 notes with no error: each on the page of its reference, no text lost', () => {
    expect(tree.children[0]?.notes.filter((note) => note.status === 'present')).toHaveLength(65)
    expect(errors(result)).toEqual([])
  })

  it('prints each note body on the page of its reference (claims wholly on one page)', () => {
    const chapter = tree.children[0]
    if (!chapter) throw new Error('Expected a chapter')
    const squashed = texts.map(squash)
    const claims = chapter.children.flatMap((section) =>
      paragraphsOf(section).flatMap((paragraph) => paragraph.children)
    )
    const pageOf = (id: string | undefined) =>
      id === undefined ? undefined : result.concordance.ids[id]?.index
    let checked = 0
    claims.forEach((claim, k) => {
      const page = pageOf(claim.id)
      // The next claim begins on the same page, so this one, and its note numbers, end there.
      if (page === undefined || pageOf(claims[k + 1]?.id) !== page) return
      for (const child of claim.children) {
        if (child.type !== 'footnoteReference') continue
        const label = child.label
        const body = squash(`Source ${label}:`)
        const notePage = squashed.findIndex((text) => text.includes(body))
        expect(notePage, `note ${label} of ${claim.id}`).toBe(page)
        checked++
      }
    })
    expect(checked).toBeGreaterThan(40)
  })

  it('puts every paragraph on the page the concordance names', async () => {
    await expectConcordance(tree, result, texts)
  })
})

describe('an ordinary footnoted book: 24 notes, each after the fourth of seven sentences', () => {
  const tree = footnotedBookTree()

  it.each([['6x9in'], ['A5']])(
    'builds at %s with no error, the sentence after a page-ending note keeping its space',
    async (size) => {
      expect(tree.children[0]?.notes.filter((note) => note.status === 'present')).toHaveLength(24)
      const result = await renderPdf(tree, { env, size })
      expect(errors(result)).toEqual([])
      // No note number run into the next sentence on any page (`peasant.15District`).
      const texts = await pageTexts(await open(result.pdf))
      expect(texts.join('\n')).not.toMatch(/[.!?”’][0-9]{1,2}[A-Z]/)
    },
    slow
  )
})

describe('a note whose number ends a justified line', () => {
  // Pliny, Letters, book II, letter XVI (Melmoth's translation, from the corpus): at 6×9 in,
  // `Aristo,[28]` ends the paragraph's second line.
  const text = [
    'I AM at present (and have been a considerable time) detained in Rome,',
    'under the most stunning apprehensions. Titus Aristo,[28] whom I have a',
    'singular admiration and affection for, is fallen into a long and',
    'obstinate illness, which troubles me. Virtue, knowledge, and good sense,',
    'shine out with so superior a lustre in this excellent man that learning',
    'herself, and every valuable endowment, seem involved in the danger of',
    'his single person.',
    '',
    'NOTES',
    '',
    "[28] An eminent lawyer of Trajan's reign.",
    ''
  ].join('\n')

  it(
    'keeps the note on the page of its number',
    async () => {
      const { tree } = parse(text, {
        path: 'letter.txt',
        settings: { rules: { 'note-sequence': 'off' } }
      })
      if (!tree) throw new Error('Expected the letter to parse')
      const result = await renderPdf(tree, { env })
      expect(errors(result)).toEqual([])
      const texts = await pageTexts(await open(result.pdf))
      expect(squash(texts.join(' '))).toContain(squash("28 An eminent lawyer of Trajan's reign."))
    },
    slow
  )
})

describe('a note longer than a page', () => {
  it(
    'is printed after its chapter, with no error and an info message; the text runs once',
    async () => {
      // Lessing's Laokoon, chapter V (from the corpus): note 6 compares Virgil's and Petronius's
      // verses over some 6,000 characters, longer than a 6×9 in page holds at its foot.
      const lines = readFileSync(
        new URL('../../../corpus/de-lessing-laokoon/de-lessing-laokoon.txt', import.meta.url),
        'utf8'
      ).split(/\r?\n/)
      const start = lines.indexOf('V.')
      const end = lines.indexOf('VI.')
      const { tree } = parse(lines.slice(start, end).join('\n'), {
        path: 'laokoon-v.txt',
        settings: { language: 'de', rules: { 'note-sequence': 'off', 'note-unique': 'warn' } }
      })
      if (!tree) throw new Error('Expected the chapter to parse')
      const result = await renderPdf(tree, { env })
      expect(errors(result)).toEqual([])
      const long = result.messages.filter((message) => message.ruleId === 'pdf-note-long')
      expect(long.map((message) => message.reason.slice(0, 24))).toEqual([
        'Note `6` (6129 character'
      ])
      const text = squash((await pageTexts(await open(result.pdf))).join(' '))
      expect(text.split(squash('Es gibt Kenner des Altertums')).length).toBe(2)
      expect(text).toContain(squash('Längere Anmerkungen'))
    },
    slow
  )
})

describe('a manuscript with no text', () => {
  it(
    'gives a PDF of its front matter alone rather than throwing',
    async () => {
      const { tree } = parse('', { path: 'empty.txt' })
      if (!tree) throw new Error('Expected an empty tree')
      const result = await renderPdf(tree, { env })
      expect(errors(result)).toEqual([])
      expect((await PDFDocument.load(result.pdf)).getPageCount()).toBeGreaterThan(0)
    },
    slow
  )
})

describe('Greek letters in a German text', () => {
  it(
    'sets Greek in Source Serif 4, polytonic Greek in Noto Serif and French spacing, with no error',
    async () => {
      // Humboldt's Reise in die Aequinoctial-Gegenden (from the corpus), where a sentence names
      // the stars α and β of the Centaur.
      const { tree } = parse(
        'Die beiden Sterne α und β des Centauren stehen tief am Horizont, und ε glänzt. Platon sagt ἰδέα, Carlyle schreibt ε\u0314, und ein Franzose fragt\u202f: « Où\u202f? »\n',
        { path: 'humboldt.txt', settings: { language: 'de' } }
      )
      if (!tree) throw new Error('Expected the text to parse')
      const result = await renderPdf(tree, { env })
      expect(errors(result)).toEqual([])
      const fonts = await readFonts(result.pdf)
      expect(fonts.every((font) => /SourceSerif4|NotoSerif/.test(font))).toBe(true)
      expect(fonts.some((font) => /NotoSerif/.test(font))).toBe(true)
      const texts = await pageTexts(await open(result.pdf))
      expect(squash(texts.join(' '))).toContain(squash('Sterne α und β des Centauren'))
    },
    slow
  )
})

describe('code in a Markdown book', () => {
  it(
    'sets code blocks and inline code in Source Code Pro, the one other face the PDF carries',
    async () => {
      // From the OpenSSF Compiler Options Hardening Guide (CC BY 4.0), in the corpus.
      const { tree } = parse(
        [
          '# Options',
          '',
          'Turn on `-Wall` and `-Wformat=2` in all cases, and `-D_FORTIFY_SOURCE=3` where glibc is used.',
          '',
          '~~~sh',
          '-O2 -Wall -Wformat -Wformat=2 -Wconversion -Wimplicit-fallthrough \\',
          '-Werror=format-security \\',
          '-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3',
          '~~~',
          ''
        ].join('\n'),
        { path: 'guide.md' }
      )
      if (!tree) throw new Error('Expected the text to parse')
      const result = await renderPdf(tree, { env })
      expect(errors(result)).toEqual([])
      const fonts = await readFonts(result.pdf)
      expect(fonts.some((font) => /SourceCodePro/.test(font))).toBe(true)
      expect(fonts.every((font) => /SourceSerif4|SourceCodePro/.test(font))).toBe(true)
      const texts = squash((await pageTexts(await open(result.pdf))).join(' '))
      expect(texts).toContain(squash('Turn on -Wall and -Wformat=2 in all cases'))
      expect(texts).toContain(squash('-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3'))
    },
    slow
  )
})

describe('notes at the end of the chapter', () => {
  it(
    'lists the notes after the text, with no error',
    async () => {
      const tree = notedSeedTree()
      const result = await renderPdf(tree, { env, notes: 'end' })
      save('seed-endnotes.pdf', result.pdf)
      expect(errors(result)).toEqual([])
      const texts = await pageTexts(await open(result.pdf))
      const notesPage = texts.findIndex(
        (text) => /\bNotes\b/.test(text) && squash(text).includes(squash('Source 1:'))
      )
      expect(notesPage).toBeGreaterThan(
        texts.findIndex((text) => squash(text).includes(squash('Stalin’s second revolution')))
      )
    },
    slow
  )
})

describe('other trim sizes and print mode', () => {
  for (const [size, width, height] of [
    ['A4', 595.276, 841.89],
    ['A5', 419.528, 595.276]
  ] as const) {
    it(
      `${size}: every page ${width}×${height} pt, no error`,
      async () => {
        const result = await renderPdf(seedTree(), { env, size })
        expect(errors(result)).toEqual([])
        const pdf = await open(result.pdf)
        const [x0, y0, x1, y1] = boxOf((await pdf.getPage(3)).view)
        expect(x1 - x0).toBeCloseTo(width, 1)
        expect(y1 - y0).toBeCloseTo(height, 1)
      },
      slow
    )
  }

  it(
    '--print: 3 mm bleed, crop marks outside it, TrimBox and BleedBox on every page, an even page count',
    async () => {
      const result = await renderPdf(seedTree(), { env, print: true })
      expect(errors(result)).toEqual([])
      save('seed-print.pdf', result.pdf)
      const doc = await PDFDocument.load(result.pdf)
      const plain = await PDFDocument.load((await renderPdf(seedTree(), { env })).pdf)
      // 37 pages for the screen, a blank 38th for the printer.
      expect(doc.getPageCount() % 2).toBe(0)
      expect(doc.getPageCount() - plain.getPageCount()).toBe(plain.getPageCount() % 2)
      expect(result.concordance.pages).toBe(doc.getPageCount())
      const bleed = (3 * 72) / 25.4
      for (const page of doc.getPages()) {
        const trim = page.getTrimBox()
        const box = page.getBleedBox()
        expect([trim.width, trim.height]).toEqual([432, 648])
        expect(box.width).toBeCloseTo(432 + 2 * bleed, 2)
        expect(box.x).toBeCloseTo(trim.x - bleed, 2)
        expect(page.getMediaBox().width).toBeGreaterThan(box.width)
        expect(page.node.get(PDFName.of('TrimBox'))).toBeDefined()
      }
    },
    slow
  )
})

describe('a book of three chapters, paginated apart and stitched', () => {
  const tree = bookTree(3)
  let result: PdfResult
  let pdf: PDFDocumentProxy
  let texts: string[]

  beforeAll(async () => {
    result = await renderPdf(tree, { env })
    save('book.pdf', result.pdf)
    pdf = await open(result.pdf)
    texts = await pageTexts(pdf)
  }, slow)

  it('has no errors, and page labels that are the concordance’s folios', async () => {
    expect(errors(result)).toEqual([])
    expect(await pdf.getPageLabels()).toEqual(result.concordance.folios)
  })

  it('opens every chapter on a right-hand (odd) page, the folios running on across chapters', () => {
    const starts = ['c1', 'c2', 'c3'].map((id) => result.concordance.ids[id])
    expect(starts.map((start) => Number(start?.page) % 2)).toEqual([1, 1, 1])
    expect(starts[0]?.page).toBe('1')
    expect(Number(starts[1]?.page)).toBeGreaterThan(30)
    expect(Number(starts[2]?.page)).toBeGreaterThan(Number(starts[1]?.page) + 30)
  })

  it('lists the chapters in the contents with the pages they begin on', () => {
    // Letter-spaced, the heading comes back from pdf.js a letter at a time.
    const contents = texts.find((text) => squash(text).toLowerCase().startsWith('contents')) ?? ''
    for (const [k, id] of ['c1', 'c2', 'c3'].entries()) {
      const heading = `CHAPTER ${['I', 'II', 'III'][k]}.`
      expect(contents).toMatch(
        new RegExp(`${heading.replace('.', '\\.')}\\s+${result.concordance.ids[id]?.page}\\b`)
      )
      const page = result.concordance.ids[id]?.index ?? -1
      expect(texts[page]).toContain(heading)
    }
  })

  it('heads right-hand pages with the chapter’s title, left-hand pages with the author', () => {
    const second = result.concordance.ids.c2?.index ?? 0
    const right = texts[second + 2] ?? ''
    const left = texts[second + 1] ?? ''
    expect(right).toMatch(/^\s*CHAPTER II\.\s+\d+\b/)
    expect(left).toMatch(/^\s*\d+\s+Timothy Snyder/)
  })
})

/**
 * How far each number in a 6×9 in page's margins (a paragraph's, outside the text block that
 * runs from 43.2 to 388.8 pt on a verso and 60.48 to 371.52 pt on a recto) stands from the
 * nearest baseline of the text beside it, in tenths of a point: the numbers at each offset.
 */
async function marginNumberOffsets(pdf: PDFDocumentProxy): Promise<Map<number, string[]>> {
  const offsets = new Map<number, string[]>()
  for (let number = 1; number <= pdf.numPages; number++) {
    const items = (await (await pdf.getPage(number)).getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }]
        : []
    )
    const inText = (x: number) => x > 43 && x < 389
    // Below the running head and the folio.
    const numbers = items.filter(
      (item) => /^\d+$/.test(item.text) && (item.x < 42 || item.x > 389) && item.y < 600
    )
    for (const mark of numbers) {
      const lines = items.filter((item) => inText(item.x) && Math.abs(item.y - mark.y) < 10)
      if (lines.length === 0) continue
      const near = Math.min(...lines.map((item) => Math.abs(item.y - mark.y)))
      const key = Math.round(near * 10) / 10
      offsets.set(key, [...(offsets.get(key) ?? []), `page ${number}: ${mark.text}`])
    }
  }
  return offsets
}
