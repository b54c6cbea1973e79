// The words of a PDF edition are the manuscript's language's: the contents, the titles of the
// parts in the bookmarks and the running heads, the notes and sources at the end, the
// notices. First the print HTML handed to the paginator, for a short manuscript of a classic
// in each of English, German, French and Spanish and for a reader made of it; then one German
// reader printed to PDF and read back.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from '@colophon/parser'
import { compose } from '@colophon/reader'
import { wordsFor } from '@colophon/render-html'
import type { Root } from '@colophon/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ContentsEntry, frontDocument } from '../src/documents.js'
import { renderPdf } from '../src/index.js'
import { cssString, layoutOf } from '../src/layout.js'
import { settingsOf } from '../src/options.js'
import { bookParts } from '../src/parts.js'
import { open, pageTexts, squash } from './helpers.js'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const languages = ['en', 'de', 'fr', 'es'] as const
type Language = (typeof languages)[number]

/** The render-html tests' manuscript in `language`: two chapters after an untitled opening. */
function manuscript(language: Language): Root {
  const path = `packages/render-html/test/languages/${language}.md`
  const { tree } = parse(readFileSync(`${repository}${path}`, 'utf8'), { path })
  if (!tree) throw new Error(`Expected a tree from ${path}`)
  return tree
}

/** A reader of two excerpts, one with a paragraph left out and an introduction. */
function reader(source: Root, language?: string): Root {
  const { tree, messages } = compose(
    [
      {
        select: { paragraphs: ['c2-p1-c2-p1', 'c2-p3-c2-p3'] },
        introduction: `*${source.meta.title}*.`
      },
      { select: { paragraphs: ['c3-p1-c3-p2'] } }
    ],
    [source, source],
    { title: source.meta.title, numbering: 'chapter', manifest: 'test.reader.yaml', language }
  )
  expect(messages).toEqual([])
  return tree
}

/** The print documents of `tree`, front matter with its contents first, as the renderer makes them. */
async function printed(
  tree: Root,
  notes: 'foot' | 'book'
): Promise<{ texts: string[]; titles: string[] }> {
  const settings = settingsOf({ notes })
  const parts = await bookParts(tree, settings, undefined)
  const contents: ContentsEntry[] = parts.map((part) => ({
    id: part.id,
    title: part.title,
    part: part.chapter?.part,
    folio: '1'
  }))
  const front = frontDocument(tree, {
    layout: layoutOf(settings.size),
    notes,
    hyphenate: undefined,
    contents
  })
  const documents = [front, ...parts.map((part) => part.document)]
  const texts = documents.flatMap((document) => [
    ...textOf(document.html),
    // The running heads.
    ...[...document.css.matchAll(/content: ("(?:[^"\\]|\\.)*")/g)].map((match) => match[1] ?? '')
  ])
  return { texts, titles: parts.map((part) => part.title) }
}

/** The text and the labels of serialised HTML, character references read. */
function textOf(html: string): string[] {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1] ?? '')
  return [...labels, ...html.split(/<[^>]*>/)].map((text) =>
    text
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
        String.fromCodePoint(Number.parseInt(hex, 16))
      )
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&quot;/g, '"')
  )
}

function tokens(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => text.toLowerCase().match(/\p{L}+/gu) ?? []))
}

/** What the manuscript itself says: its text, titles, names, labels, paths and hashes. */
function manuscriptWords(tree: Root): Set<string> {
  const keys = new Set(['value', 'title', 'author', 'work', 'subtitle', 'notice', 'part'])
  for (const key of ['label', 'original', 'paragraphs', 'path', 'sha256']) keys.add(key)
  const found: string[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (typeof item === 'string' && keys.has(key)) found.push(item)
        else visit(item)
      }
    }
  }
  visit(tree)
  return tokens(found)
}

/**
 * Words both English and the language write the same way: the name of the program and of the
 * hash, and French words English shares.
 */
const shared: Record<Language, readonly string[]> = {
  en: [],
  de: ['colophon', 'sha'],
  fr: ['colophon', 'sha', 'notes', 'note', 'sources', 'source', 'introduction'],
  es: ['colophon', 'sha', 'editor']
}

/**
 * The English words in the print documents of `tree`: the words of the same documents made
 * with `language: en`, less the manuscript's and those the two languages share.
 */
async function english(tree: Root, notes: 'foot' | 'book', language: Language): Promise<string[]> {
  const own = await printed(tree, notes)
  const inEnglish = await printed({ ...tree, meta: { ...tree.meta, language: 'en' } }, notes)
  const manuscript = manuscriptWords(tree)
  const found = tokens([...own.texts, ...own.titles])
  return [...tokens([...inEnglish.texts, ...inEnglish.titles])].filter(
    (word) => found.has(word) && !manuscript.has(word) && !shared[language].includes(word)
  )
}

describe('the print documents, by the manuscript’s language', () => {
  for (const language of languages) {
    describe(language, () => {
      const words = wordsFor(language)
      const source = manuscript(language)
      const composed = reader(source)

      it('a reader takes the language of its first source when it names none', () => {
        expect(composed.meta.language).toBe(language)
      })

      it('titles the contents, the untitled chapter, the notes and the sources in it', async () => {
        const edition = await printed(source, 'book')
        expect(edition.texts).toContain(words.contents)
        expect(edition.titles).toEqual([
          words.chapter(1),
          source.children[1]?.title,
          source.children[2]?.title,
          words.notes
        ])
        expect((await printed(composed, 'book')).titles.slice(-2)).toEqual([
          words.notes,
          words.sources
        ])
        // The running heads of the notes and of the sources.
        const heads = (await printed(composed, 'book')).texts
        expect(heads).toContain(cssString(words.notes))
        expect(heads).toContain(cssString(words.sources))
      })

      it('prints the reader’s colophon and the notice on absent notes in its words', async () => {
        const texts = (await printed(composed, 'book')).texts
        expect(texts).toContain(words.madeFromListed)
        expect(texts).toContain(words.introduction)
        const absent = {
          ...source,
          children: source.children.map((chapter) => ({
            ...chapter,
            notes: chapter.notes.map((note) => ({ ...note, status: 'missing' as const }))
          }))
        }
        expect((await printed(absent, 'foot')).texts).toContain(` ${words.notesAbsentInPrint}`)
      })

      if (language === 'en') return
      for (const [name, tree, notes] of [
        ['the edition, notes at the foot', source, 'foot'],
        ['the edition, notes at the end of the book', source, 'book'],
        ['the reader', composed, 'book']
      ] as const) {
        it(`${name}: no English word`, async () => {
          expect(await english(tree, notes, language)).toEqual([])
        })
      }
    })
  }

  it('a reader’s own language wins over its sources’', async () => {
    const composed = reader(manuscript('de'), 'fr')
    expect(composed.meta.language).toBe('fr')
    const { texts, titles } = await printed(composed, 'book')
    expect(texts).toContain('Table des matières')
    expect(titles.slice(-2)).toEqual(['Notes', 'Sources'])
    expect(texts).not.toContain('Inhalt')
  })
})

describe('a German reader printed to PDF', () => {
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
  const tree = reader(manuscript('de'))
  let texts: string[] = []
  let titles: string[] = []
  let keywords = ''

  beforeAll(async () => {
    const result = await renderPdf(tree, { env, notes: 'book' })
    expect(result.messages.filter((message) => message.fatal)).toEqual([])
    const pdf = await open(result.pdf)
    texts = (await pageTexts(pdf)).map(squash)
    titles = (await pdf.getOutline()).map((item) => item.title)
    const { info } = await pdf.getMetadata()
    keywords = String((info as { Keywords?: string }).Keywords)
  }, 240_000)

  it('has Inhalt, Anmerkungen and Quellen on its pages, and no Contents, Notes or Sources', () => {
    const all = texts.join('\n')
    // The headings of the contents and of the introduction are set in capitals.
    for (const word of ['INHALT', 'EDITORISCHE VORBEMERKUNG', 'Anmerkungen', 'Quellen']) {
      expect(all).toContain(squash(word))
    }
    for (const word of ['Contents', 'Notes', 'Sources', 'Chapter', 'Made with']) {
      expect(all).not.toContain(squash(word))
    }
  })

  it('names the notes and the sources so in its bookmarks, and calls itself an Ausgabe', () => {
    expect(titles.slice(-2)).toEqual(['Anmerkungen', 'Quellen'])
    expect(keywords.split(', ')[0]).toBe('Ausgabe')
  })
})
