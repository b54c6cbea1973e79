// Generated books, laid out and checked: chapters and sections (titled or not), paragraphs of
// varied length with note references after any of their sentences, notes from one sentence to
// longer than a page, verse, block quotations, at 6×9 in and A5, notes at the foot and at the
// end. Every book must pass the checks after layout, and the PDF/UA-1 checks (`pdf-ua.ts`), each
// of its paragraphs one P however many pages it is on. The sentences are the first manuscript's.
// A few books run in the suite (seeded); `npm run soak` runs many more (COLOPHON_SOAK=N).
import { parse } from '@colophon/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { plain, seedTree } from './helpers.js'
import { checkPdfUa } from './pdf-ua.js'
import { editionParagraphs } from './pdf-ua-text.js'

const sentences = seedTree().children.flatMap((chapter) =>
  chapter.children.flatMap((section) =>
    section.children.flatMap((block) =>
      block.type === 'paragraph'
        ? block.children.map((claim) => plain(claim).trim()).filter((text) => /[.!?]$/.test(text))
        : []
    )
  )
)
const sentence = (k: number) => sentences[k % sentences.length] as string

interface Paragraph {
  kind: 'paragraph' | 'verse' | 'quote'
  sentences: number[]
  /** After which sentence each note stands, and how many sentences it has. */
  notes: { after: number; length: number }[]
}

const paragraph: fc.Arbitrary<Paragraph> = fc.record({
  kind: fc.constantFrom<Paragraph['kind']>('paragraph', 'paragraph', 'paragraph', 'verse', 'quote'),
  sentences: fc.array(fc.nat(10_000), { minLength: 1, maxLength: 9 }),
  notes: fc.array(
    fc.record({
      after: fc.nat(8),
      length: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 45 }))
    }),
    { maxLength: 3 }
  )
})

const book = fc.record({
  chapters: fc.array(
    fc.record({
      titled: fc.boolean(),
      sections: fc.array(
        fc.record({
          titled: fc.boolean(),
          paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 7 })
        }),
        { minLength: 1, maxLength: 3 }
      )
    }),
    { minLength: 1, maxLength: 2 }
  ),
  size: fc.constantFrom('6x9in', 'A5'),
  notes: fc.constantFrom<'foot' | 'end'>('foot', 'end')
})

/** A generated book: its chapters, trim size and note placement. */
type Book = typeof book extends fc.Arbitrary<infer T> ? T : never

/** The book as Markdown: `#` chapters, `##` sections, notes defined after each chapter. */
function markdownOf(value: Book): string {
  let text = ''
  let note = 0
  value.chapters.forEach((chapter, c) => {
    text += chapter.titled || c > 0 ? `# Chapter ${c + 1}\n\n` : ''
    const definitions: string[] = []
    chapter.sections.forEach((section, s) => {
      if (section.titled) text += `## Part ${c + 1}.${s + 1}\n\n`
      for (const block of section.paragraphs) {
        const parts = block.sentences.map((k) => sentence(k))
        for (const { after, length } of block.notes) {
          const at = Math.min(after, parts.length - 1)
          note++
          parts[at] += `[^${note}]`
          const body = Array.from({ length }, (_, k) => sentence(note * 31 + k)).join(' ')
          definitions.push(`[^${note}]: ${body}`)
        }
        if (block.kind === 'verse') text += `${parts.join('  \n')}\n\n`
        else if (block.kind === 'quote') text += `> ${parts.join(' ')}\n\n`
        else text += `${parts.join(' ')}\n\n`
      }
    })
    text += `${definitions.join('\n')}\n\n`
  })
  return text
}

const runs = Number(process.env.COLOPHON_SOAK ?? 3)
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }

describe('generated books', () => {
  it(
    `lay out with no error after layout (${runs} books)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(book, async (value) => {
          const { tree } = parse(markdownOf(value), {
            path: 'book.md',
            settings: { title: 'A Generated Book' }
          })
          if (!tree) throw new Error('Expected the book to parse')
          const result = await renderPdf(tree, { env, size: value.size, notes: value.notes })
          const errors = result.messages
            .filter((message) => message.fatal === true)
            .map((message) => `${message.ruleId}: ${message.reason}`)
          expect(errors).toEqual([])
          const paragraphs = editionParagraphs(tree)
          expect(await checkPdfUa(result.pdf, { paragraphs })).toEqual([])
        }),
        { numRuns: runs, seed: 20261206, endOnFailure: true }
      )
    },
    runs * 120_000
  )
})
