// The words an edition prints around the manuscript's own are the manuscript's language's. A
// short manuscript of a classic in each of English, German, French and Spanish is rendered in
// every arrangement of its notes and as a reader's excerpts; every word a reader reads or
// hears that is not the manuscript's must be one of its language's words. A word written into
// a renderer in English, rather than added to the words, fails here for the other languages.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, parseFile } from '@colophon/parser'
import type { Chapter, Root } from '@colophon/schema'
import type { Root as HastRoot, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { type Phrase, type RenderOptions, toHast, type Words, wordsFor } from '../src/index.js'
import { repository, validate } from './helpers.js'

const languages = ['en', 'de', 'fr', 'es'] as const
type Language = (typeof languages)[number]

/** The manuscript in `language`: an untitled opening, two chapters, notes of every kind. */
function manuscript(language: Language): Root {
  const path = `packages/render-html/test/languages/${language}.md`
  const { tree } = parse(readFileSync(join(repository, path), 'utf8'), { path })
  if (!tree) throw new Error(`Expected a tree from ${path}`)
  return tree
}

/** The same edition as if its source had printed none of its notes' bodies. */
function withoutBodies(tree: Root): Root {
  const chapters = tree.children.map((chapter) => ({
    ...chapter,
    notes: chapter.notes.map((note) => ({ ...note, status: 'missing' as const, children: [] }))
  }))
  return { ...tree, children: chapters }
}

/**
 * The edition as a reader makes it of its chapters: where each comes from, an introduction,
 * paragraphs left out (one, then three), sentences left out at the end of the first paragraph
 * (two, then one), a note renumbered.
 */
function asExcerpts(tree: Root): Root {
  const copy = structuredClone(tree)
  const { title, author } = copy.meta
  copy.children.forEach((chapter: Chapter, index) => {
    chapter.origin = { title, paragraphs: index === 0 ? '1' : '1–2, 4' }
    if (author !== undefined) chapter.origin.author = author
    const second = chapter.children[0]?.children[1]
    if (second?.type === 'paragraph') second.elided = index === 1 ? 1 : 3
    const first = chapter.children[0]?.children[0]
    if (first?.type === 'paragraph') first.elidedAfter = index === 1 ? 1 : 2
  })
  const [, first] = copy.children
  if (first) {
    const words = [{ type: 'text' as const, value: `${title}.` }]
    first.introduction = {
      type: 'introduction',
      children: [{ type: 'introParagraph', children: words }]
    }
    const note = first.notes[0]
    if (note) note.original = '12'
  }
  return copy
}

const arrangements: [string, (tree: Root) => Root, RenderOptions][] = [
  ['notes after each chapter', (tree) => tree, {}],
  ['notes at the foot, in print', (tree) => tree, { profile: 'print', notes: 'foot' }],
  [
    'notes at the foot, the longer after the chapter',
    (tree) => tree,
    { profile: 'print', notes: 'foot', longNotes: 20 }
  ],
  ['notes at the end of the book', (tree) => tree, { notes: 'book' }],
  ['no note bodies', withoutBodies, {}],
  ['no note bodies, in print', withoutBodies, { profile: 'print' }],
  ['a reader’s excerpts', asExcerpts, { notes: 'book' }]
]

/** Each of the words with arguments that bring out all its forms (singular and plural). */
const uses: { [K in keyof Words]: (words: Words) => readonly (string | Phrase)[] } = {
  language: () => [],
  contents: (words) => [words.contents],
  notes: (words) => [words.notes],
  notesUnreferenced: (words) => [words.notesUnreferenced],
  notesLong: (words) => [words.notesLong],
  sources: (words) => [words.sources],
  introduction: (words) => [words.introduction],
  edition: (words) => [words.edition],
  notesAbsent: (words) => [words.notesAbsent],
  notesAbsentInPrint: (words) => [words.notesAbsentInPrint],
  madeFrom: (words) => [words.madeFrom(1), words.madeFrom(2)],
  madeFromListed: (words) => [words.madeFromListed],
  chapter: (words) => [words.chapter(1)],
  chapterTitled: (words) => [words.chapterTitled(1, '')],
  paragraph: (words) => [words.paragraph(1)],
  note: (words) => [words.note('1')],
  backToReference: (words) => [words.backToReference('1', 1), words.backToReference('1', 2)],
  noteMissing: (words) => [words.noteMissing('1')],
  noteInSource: (words) => [words.noteInSource('1')],
  elided: (words) => [words.elided(1), words.elided(3)],
  elidedSentences: (words) => [words.elidedSentences(1), words.elidedSentences(2)],
  titleBy: (words) => [words.titleBy('', '')],
  origin: (words) =>
    ['1', '1–2'].map((paragraphs) => words.origin({ title: '', author: '', work: '', paragraphs })),
  sourceTitle: (words) => [words.sourceTitle({ title: '', author: '', work: '' })],
  excerptParagraphs: (words) => [words.excerptParagraphs('1'), words.excerptParagraphs('1–2')]
}

/** Letters-only words, in lower case: `Table des matières` is `table`, `des`, `matières`. */
function tokens(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => text.toLowerCase().match(/\p{L}+/gu) ?? []))
}

/** Every word the set for a language can print. */
function vocabulary(words: Words): Set<string> {
  const texts = Object.values(uses).flatMap((use) =>
    use(words).flatMap((used) =>
      typeof used === 'string'
        ? [used]
        : used.map((part) => (typeof part === 'string' ? part : part.cite))
    )
  )
  return tokens(texts)
}

/** Words of no language: the name of the hash next to each source. */
const neutral = new Set(['sha'])

/** What the manuscript itself says: its text, titles, names, labels and paths. */
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

/** What a reader reads or hears: text (not the stylesheet), labels, titles, the description. */
function printed(document: HastRoot): string[] {
  const found: string[] = []
  const visit = (node: HastRoot | RootContent): void => {
    if (node.type === 'text') found.push(node.value)
    if (node.type === 'element') {
      if (node.tagName === 'style') return
      const { ariaLabel, title, name, content } = node.properties
      for (const label of [ariaLabel, title]) if (typeof label === 'string') found.push(label)
      if (node.tagName === 'meta' && (name === 'description' || name === 'author')) {
        found.push(String(content))
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(document)
  return found
}

/** The words of `document` that are neither the manuscript's nor in the language's set. */
function foreign(document: HastRoot, tree: Root): string[] {
  const allowed = vocabulary(wordsFor(tree.meta.language))
  const own = manuscriptWords(tree)
  return [...tokens(printed(document))].filter(
    (word) => !allowed.has(word) && !own.has(word) && !neutral.has(word)
  )
}

describe('the words of an edition, by the manuscript’s language', () => {
  it('cover every entry of the words', () => {
    expect(Object.keys(uses).sort()).toEqual(Object.keys(wordsFor('en')).sort())
  })

  for (const language of languages) {
    describe(language, () => {
      const words = wordsFor(language)
      const rendered = arrangements.map(([name, arrange, options]) => {
        const tree = arrange(manuscript(language))
        return { name, tree, document: toHast(tree, options) }
      })

      for (const { name, tree, document } of rendered) {
        it(`${name}: prints no word that is neither the manuscript’s nor ${language}`, () => {
          expect(tree.meta.language).toBe(language)
          expect(foreign(document, tree)).toEqual([])
        })
      }

      it('prints each heading and notice of its words somewhere', () => {
        const all = new Set(rendered.flatMap(({ document }) => printed(document)))
        const expected = [
          words.contents,
          words.notes,
          words.notesUnreferenced,
          words.notesLong,
          words.sources,
          words.introduction,
          ` ${words.notesAbsentInPrint}`,
          words.notesAbsent,
          words.madeFrom(1),
          words.madeFromListed,
          words.chapter(1),
          words.paragraph(1),
          words.note('2'),
          words.backToReference('2', 2),
          words.noteMissing('5'),
          `${words.noteInSource('12')} `,
          words.elided(1),
          words.elided(3),
          words.elidedSentences(1),
          words.elidedSentences(2),
          words.titleBy(rendered[0]?.tree.meta.title ?? '', rendered[0]?.tree.meta.author ?? '')
        ]
        expect(expected.filter((text) => !all.has(text))).toEqual([])
      })

      it('says where an excerpt comes from, and names the source’s paragraphs', () => {
        const reader = rendered.find(({ name }) => name === 'a reader’s excerpts')
        const html = toHtml(reader?.document ?? { type: 'root', children: [] })
        const origin = reader?.tree.children[0]?.origin
        if (!origin) throw new Error('Expected an excerpt')
        const phrase = words.origin(origin)
        const shown = phrase.map((part) =>
          typeof part === 'string' ? part : `<cite>${part.cite}</cite>`
        )
        expect(html).toContain(`<p class="origin">${shown.join('')}</p>`)
        expect(html).toContain(words.excerptParagraphs('1–2, 4'))
        expect(html).toContain(words.chapterTitled(2, reader?.tree.children[1]?.title ?? ''))
      })

      it('is valid HTML in every arrangement', async () => {
        for (const { document } of rendered) {
          expect(await validate(toHtml(document, { upperDoctype: true }))).toEqual([])
        }
      })
    })
  }

  it('a German edition says Inhalt and Anmerkungen, never Contents or Notes', () => {
    const html = toHtml(toHast(manuscript('de')))
    for (const word of ['>Inhalt<', '>Anmerkungen<', 'aria-label="Absatz 1"']) {
      expect(html).toContain(word)
    }
    for (const word of ['Contents', '>Notes<', 'Paragraph', 'Back to', 'Made with']) {
      expect(html).not.toContain(word)
    }
  })

  it('a French edition has a table des matières, and a Spanish one an índice', () => {
    expect(toHtml(toHast(manuscript('fr')))).toContain('<h2>Table des matières</h2>')
    expect(toHtml(toHast(manuscript('es')))).toContain('<h2>Índice</h2>')
  })
})

describe('the words for a language tag', () => {
  it('go by the primary subtag, in any case, and are English for a language without its own', () => {
    expect(wordsFor('de-AT').contents).toBe('Inhalt')
    expect(wordsFor('FR-ca').contents).toBe('Table des matières')
    expect(wordsFor('es-419').contents).toBe('Índice')
    expect(wordsFor('pt-BR').contents).toBe('Contents')
    expect(wordsFor('la').language).toBe('en')
  })

  it('count in each language’s own plural', () => {
    expect(wordsFor('de').elided(1)).toBe('Ein Absatz der Vorlage ausgelassen')
    expect(wordsFor('de').elided(2)).toBe('2 Absätze der Vorlage ausgelassen')
    expect(wordsFor('fr').elided(1)).toBe('Un paragraphe de la source omis')
    expect(wordsFor('fr').elided(4)).toBe('4 paragraphes de la source omis')
    expect(wordsFor('es').elided(1)).toBe('Un párrafo de la fuente omitido')
    expect(wordsFor('es').elided(3)).toBe('3 párrafos de la fuente omitidos')
    expect(wordsFor('en').madeFrom(1)).toBe('Made with Colophon from:')
    expect(wordsFor('en').madeFrom(2)).toBe('Made with Colophon from these sources:')
    expect(wordsFor('es').excerptParagraphs('7')).toBe(': párrafo 7')
    expect(wordsFor('es').excerptParagraphs('7–9')).toBe(': párrafos 7–9')
  })

  it('quote a title as each language does', () => {
    expect(wordsFor('en').chapterTitled(2, 'Terror')).toBe('Chapter 2, “Terror”')
    expect(wordsFor('de').chapterTitled(2, 'Terror')).toBe('Kapitel 2, „Terror“')
    expect(wordsFor('fr').chapterTitled(2, 'Terreur')).toBe('Chapitre 2, «\u00a0Terreur\u00a0»')
    expect(wordsFor('es').chapterTitled(2, 'Terror')).toBe('Capítulo 2, «Terror»')
  })
})

describe('a real text of the corpus', () => {
  // Goethe's letters are one chapter of numbered sections: no contents.
  for (const [name, contents, notes] of [
    ['de-goethe-leipziger-freunde', undefined, 'Anmerkungen'],
    ['fr-voltaire-candide', 'Table des matières', 'Notes']
  ] as const) {
    it(`${name}: ${contents ?? 'no contents'}, ${notes}, and no word of another language’s set`, () => {
      const path = join(repository, 'corpus', name, `${name}.txt`)
      const { tree } = parseFile(path)
      if (!tree) throw new Error(`Expected a tree from ${path}`)
      const document = toHast(tree)
      const html = toHtml(document)
      if (contents === undefined) expect(html).not.toContain('<nav class="contents"')
      else expect(html).toContain(`<nav class="contents" aria-label="${contents}">`)
      expect(html).toContain(`>${notes}</h`)
      expect(foreign(document, tree)).toEqual([])
    })
  }
})

describe('citations of a reader’s sources', () => {
  const work = {
    title: 'Class Terror',
    author: 'Timothy Snyder',
    work: 'Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2'
  }
  const shown = (phrase: Phrase) =>
    phrase.map((part) => (typeof part === 'string' ? part : `<${part.cite}>`)).join('')

  it('sets the chapter in quotation marks and the book in italics, with no nested parentheses', () => {
    expect(shown(wordsFor('en').sourceTitle(work))).toBe(
      'Timothy Snyder, “Class Terror,” in <Bloodlands: Europe Between Hitler and Stalin> (2010), chapter 2.'
    )
    expect(shown(wordsFor('de').sourceTitle(work))).toBe(
      'Timothy Snyder, „Class Terror“, in: <Bloodlands: Europe Between Hitler and Stalin> (2010), chapter 2.'
    )
    expect(shown(wordsFor('fr').sourceTitle(work))).toBe(
      'Timothy Snyder, «\u00a0Class Terror\u00a0», dans <Bloodlands: Europe Between Hitler and Stalin> (2010), chapter 2.'
    )
    expect(shown(wordsFor('es').sourceTitle(work))).toBe(
      'Timothy Snyder, «Class Terror», en <Bloodlands: Europe Between Hitler and Stalin> (2010), chapter 2.'
    )
    for (const language of languages) {
      expect(shown(wordsFor(language).origin({ ...work, paragraphs: '5' }))).not.toMatch(
        /\([^)]*\(/
      )
    }
  })

  it('italicises a work with no larger work as the book, and keeps a title’s own stop', () => {
    expect(shown(wordsFor('en').sourceTitle({ title: 'Candide', author: 'Voltaire' }))).toBe(
      'Voltaire, <Candide>.'
    )
    expect(
      shown(wordsFor('en').sourceTitle({ title: 'What Is to Be Done?', work: 'Essays, volume 2' }))
    ).toBe('“What Is to Be Done?” in <Essays>, volume 2.')
    expect(
      shown(
        wordsFor('en').sourceTitle({
          title: 'Letter to a Friend',
          work: 'Religio Medici, Hydriotaphia, and the Letter to a Friend, with an introduction by J. W. Willis Bund'
        })
      )
    ).toBe(
      '“Letter to a Friend,” in <Religio Medici, Hydriotaphia, and the Letter to a Friend>, with an introduction by J. W. Willis Bund.'
    )
  })
})
