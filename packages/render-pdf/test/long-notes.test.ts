// A note that does not fit whole under its reference's line. Where a few lines of it fit, the
// line stays, the note begins under it and runs on at the foot of the next page; where they do
// not, the line goes to the next page with its note. Either way no page ends short for it, and
// a note split so ends its first page with a whole word. A book of paragraphs of varied length,
// every third with a note of about ten lines, so that the references stand at every depth of
// the page.
import type { Root } from '@colophon/schema'
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { markdownBook, open } from './helpers.js'
import { checkPdfUa, roleCounts } from './pdf-ua.js'
import { editionParagraphs, editionQuotations } from './pdf-ua-text.js'

const paragraphs = 60

function sentence(p: number, s: number) {
  return `Paragraph ${p} says in its sentence ${s} what a reader of a long chapter reads on every page.`
}

/** A note's sentences: short words, or long ones that break at many line ends. */
const remarks = {
  'short words': (k: number) =>
    `Its remark ${k} runs on at some length, as scholars' notes do in an old book.`,
  'long words': (k: number) =>
    `Its historiographical remark ${k} continues incontrovertibly, uncharacteristically circumstantial.`
}
type Words = keyof typeof remarks

function note(n: number, words: Words) {
  const body = Array.from({ length: 9 }, (_, k) => remarks[words](k + 1))
  return `Note ${n} begins. ${body.join(' ')} So note ${n} ends.`
}

/** Whether 'part', its spaces and line-end hyphens left out, ends where a word of 'text' ends. */
function endsAWord(text: string, part: string): boolean {
  const bare = part.replace(/-\s+|\s+/g, '')
  let at = 0
  for (const word of text.split(/\s+/)) {
    at += word.length
    if (at === bare.length) return text.replace(/\s+/g, '').startsWith(bare)
  }
  return false
}

function book(words: Words): Root {
  const parts = ['# Notes']
  const notes: string[] = []
  for (let p = 1; p <= paragraphs; p++) {
    const count = 2 + ((p * 5) % 7)
    const sentences = Array.from({ length: count }, (_, s) => sentence(p, s + 1))
    if (p % 3 === 0) {
      const n = p / 3
      sentences[count - 2] = `${sentences[count - 2]}[^${n}]`
      notes.push(`[^${n}]: ${note(n, words)}`)
    }
    parts.push(sentences.join(' '))
  }
  return markdownBook([...parts, ...notes], 'notes.md', { title: 'Notes', author: 'A. Scholar' })
}

describe.each(Object.keys(remarks) as Words[])(
  'a long note near the foot of a page (%s)',
  (words) => {
    it('begins under its reference’s line where some lines of it fit, and no page ends short for it', async () => {
      const tree = book(words)
      const result = await renderPdf(tree, { size: '6x9in', notes: 'foot' })
      expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
      expect(result.messages.filter((message) => message.ruleId === 'pdf-audit-spread')).toEqual([])
      if (!result.pdf) throw new Error('Expected a PDF')
      const pdf = await open(result.pdf)
      const pages: string[] = []
      // The height above the paper's foot of each page's lowest line (pdf.js: from the bottom up).
      const feet: number[] = []
      for (let number = 1; number <= pdf.numPages; number++) {
        const items = (
          (await (await pdf.getPage(number)).getTextContent()).items as TextItem[]
        ).filter((item) => item.str.trim() !== '')
        pages.push(
          items
            .map((item) => item.str)
            .join(' ')
            .replace(/\s+/g, ' ')
        )
        feet.push(Math.min(...items.map((item) => item.transform[5] as number)))
      }
      // Every page but the title page and the chapter's last ends at the foot of its text area, in
      // a line of text or of a note: none ends short over room left for a note set on the next.
      const body = feet.slice(1, -1)
      const foot = Math.min(...body)
      const short = body.flatMap((y, k) =>
        y - foot > 3 ? [`page ${k + 2}: ${Math.round(y - foot)} pt`] : []
      )
      expect(short).toEqual([])
      const pageOf = (words: string) => pages.findIndex((text) => text.includes(words))
      const split: number[] = []
      for (let n = 1; n <= paragraphs / 3; n++) {
        const begins = pageOf(`Note ${n} begins`)
        const ends = pageOf(`So note ${n} ends`)
        expect(begins, `note ${n}`).toBeGreaterThan(-1)
        expect(ends - begins, `note ${n} runs on one page at most`).toBeLessThanOrEqual(1)
        if (ends > begins) {
          split.push(n)
          // Its part on the first page, the page's last text, ends with a whole word: no word of
          // a note is broken over the page turn (line-end hyphens inside the part joined).
          const text = pages[begins] ?? ''
          const part = text.slice(text.indexOf(`Note ${n} begins`))
          expect(endsAWord(note(n, words), part), `note ${n}: ${part}`).toBe(true)
        }
      }
      // Some notes begin under their reference's line and run on at the foot of the next page.
      expect(split.length).toBeGreaterThan(0)
      // Each note, split or not, is one Note of the structure tree, its two parts joined.
      expect((await roleCounts(result.pdf)).Note).toBe(paragraphs / 3)
      const edition = { paragraphs: editionParagraphs(tree), quotations: editionQuotations(tree) }
      expect(await checkPdfUa(result.pdf, edition)).toEqual([])
    }, 180_000)
  }
)
