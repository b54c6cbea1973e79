// What follows the last chapter, read back from the PDF: the notes of every chapter gathered at
// the end of the book (each body on a page of its own part, none at the foot of the text's
// pages), and a reader's closing list of its sources with their hashes, both in the contents
// and the bookmarks with the pages they begin on.

import { mkdirSync, writeFileSync } from 'node:fs'
import { compose } from '@colophon/reader'
import { isParagraph, type Root } from '@colophon/schema'
import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { type PdfResult, renderPdf } from '../src/index.js'
import { notedSeedTree, open, pageTexts, plain, squash } from './helpers.js'

const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const slow = 240_000

/** A reader of two excerpts of the seed with its note bodies, notes renumbered per chapter. */
function reader(): Root {
  const source = notedSeedTree()
  const { tree, messages } = compose(
    [
      { title: 'The famine', select: { paragraphs: ['p10-p16'] } },
      { title: 'The kulak operation', select: { paragraphs: ['p60-p64'] } }
    ],
    [source, source],
    {
      title: 'A reader',
      instructor: 'Course staff',
      numbering: 'chapter',
      manifest: 'test.reader.yaml'
    }
  )
  expect(messages).toEqual([])
  return tree
}

describe('a reader with its notes at the end of the book and its sources after them', () => {
  const tree = reader()
  let result: PdfResult
  let texts: string[]

  beforeAll(async () => {
    result = await renderPdf(tree, { env, notes: 'book' })
    const output = new URL('../test-output/', import.meta.url)
    mkdirSync(output, { recursive: true })
    writeFileSync(new URL('reader-book-notes.pdf', output), result.pdf)
    texts = await pageTexts(await open(result.pdf))
  }, slow)

  const at = (id: string) => result.concordance.ids[id]

  it('has no errors, and the notes and the sources each open on a right-hand page', () => {
    expect(result.messages.filter((message) => message.fatal)).toEqual([])
    const [notes, sources] = [at('notes'), at('sources')]
    expect(Number(notes?.page)).toBeGreaterThan(Number(at('c2')?.page))
    expect(Number(sources?.page)).toBeGreaterThan(Number(notes?.page))
    expect([notes, sources].map((start) => Number(start?.page) % 2)).toEqual([1, 1])
    expect(squash(texts[notes?.index ?? -1] ?? '')).toMatch(/^Notes/)
    expect(squash(texts[sources?.index ?? -1] ?? '')).toMatch(/^Sources/)
    // The last page of the book is the sources'.
    expect(result.concordance.pages).toBe((sources?.index ?? 0) + 1)
  })

  it('prints every note body in the notes, under its chapter, and none at the foot of the text', () => {
    const notes = at('notes')?.index ?? -1
    const sources = at('sources')?.index ?? -1
    const back = squash(texts.slice(notes, sources).join(' '))
    const text = squash(texts.slice(0, notes).join(' '))
    const bodies = tree.children.flatMap((chapter) => chapter.notes)
    expect(bodies.length).toBeGreaterThan(8)
    for (const note of bodies) {
      const first = note.children.filter(isParagraph)[0]?.children[0]
      if (!first) throw new Error(`Expected a body for ${note.identifier}`)
      const start = squash(plain(first)).slice(0, 16)
      // `Source 12:` opens each body and is nowhere in the text.
      expect(start).toMatch(/^Source\d+:/)
      expect(back).toContain(start)
      expect(text).not.toContain(start)
    }
    const [famine, kulak] = ['The famine', 'The kulak operation'].map((title) =>
      back.indexOf(squash(title))
    )
    expect(famine).toBeGreaterThanOrEqual(0)
    expect(famine).toBeLessThan(kulak ?? -1)
  })

  it('lists the sources with their hashes and the paragraphs each chapter took', () => {
    const sources = texts.slice(at('sources')?.index ?? -1).join(' ')
    const hash = tree.meta.sources[0]?.sha256 ?? ''
    expect(squash(sources)).toContain(squash(hash))
    expect(sources).toMatch(/Chapter 1, “The famine”: paragraphs 10–16/)
    expect(sources).toMatch(/Chapter 2, “The kulak operation”: paragraphs 60–64/)
    // Not on the title page's verso as well.
    const front = squash(texts.slice(0, at('c1')?.index ?? 0).join(' '))
    expect(front).not.toContain(squash(hash))
  })

  it('gives the notes and the sources their page in the contents and a bookmark', async () => {
    const contents = texts.find((text) => squash(text).toLowerCase().startsWith('contents')) ?? ''
    expect(contents).toMatch(new RegExp(`Notes\\s+${at('notes')?.page}\\b`))
    expect(contents).toMatch(new RegExp(`Sources\\s+${at('sources')?.page}\\b`))
    const pdf = await open(result.pdf)
    const outline = (await pdf.getOutline()) ?? []
    expect(outline.map((entry) => entry.title)).toEqual([
      'The famine',
      'The kulak operation',
      'Notes',
      'Sources'
    ])
    // Running heads name the part on its right-hand pages.
    const doc = await PDFDocument.load(result.pdf)
    expect(doc.getPageCount()).toBe(result.concordance.pages)
  })
})

describe('a reader with notes at the foot', () => {
  it(
    'has no notes part, and still closes with its sources',
    async () => {
      const result = await renderPdf(reader(), { env, notes: 'foot' })
      expect(result.messages.filter((message) => message.fatal)).toEqual([])
      expect(result.concordance.ids.notes).toBeUndefined()
      expect(result.concordance.ids.sources).toBeDefined()
    },
    slow
  )
})
