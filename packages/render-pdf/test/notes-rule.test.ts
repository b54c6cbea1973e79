// A chapter's notes listed after its text (here one no reference calls) begin with a rule over
// their title. Where the room left under the text held neither the title nor the first lines of
// a note (a note kept whole then, as notes listed were until they could break as paragraphs), the
// rule, set on the section, stood alone on that page, a line across nothing, and the title and
// notes went to the next page; and each page the notes ran on to opened with it. The rule is now
// the title's, and goes with it.
import type { Root } from '@colophon/schema'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { markdownBook, open, pageTexts } from './helpers.js'

/**
 * Eight paragraphs of six sentences and a ninth of `ninth`, then one with a note at the foot;
 * then five notes nothing calls, of twelve sentences each, which run on over a second page.
 * (With six to nine sentences in the ninth, the notes' title and their first lines fit under
 * the text; with ten to fourteen they do not.)
 */
function book(ninth: number): Root {
  const sentence = (p: number, s: number) =>
    `Paragraph ${p} says in its sentence ${s} what a reader of a long chapter reads on every page.`
  const parts = ['# The chapter']
  for (let p = 1; p <= 9; p++) {
    parts.push(Array.from({ length: p === 9 ? ninth : 6 }, (_, s) => sentence(p, s + 1)).join(' '))
  }
  parts.push('Its last paragraph refers to a note.[^a]', '[^a]: A note that has its reference.')
  for (const label of ['b', 'c', 'd', 'e', 'f']) {
    const uncalled = Array.from(
      { length: 12 },
      (_, k) => `The note nothing refers to says in its sentence ${k + 1} what a scholar adds.`
    )
    parts.push(`[^${label}]: ${uncalled.join(' ')}`)
  }
  return markdownBook(parts, 'notes.md', { title: 'Notes', author: 'A. Scholar' })
}

describe('the notes listed after a chapter', () => {
  it('keep their rule with their title when they begin on the next page', async () => {
    const result = await renderPdf(book(10), { size: '6x9in', notes: 'foot' })
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const pdf = await open(result.pdf)
    const pages = await pageTexts(pdf)
    const last = pages.findIndex((text) => text.includes('Its last paragraph'))
    const title = pages.findIndex((text) => text.includes('Notes without a reference'))
    // The book is made so that the notes begin on the page after the text's last.
    expect(title).toBe(last + 1)
    // The filled shapes a page draws (Chromium fills a rule as a rectangle; a clip is a path
    // that ends unpainted).
    const filled = async (index: number) => {
      const list = await (await pdf.getPage(index + 1)).getOperatorList()
      return list.fnArray.filter(
        (fn, at) => fn === OPS.constructPath && (list.argsArray[at] as number[])[0] === OPS.fill
      ).length
    }
    // The text's last page draws the rule over its note at the foot and nothing else; the next,
    // the notes' rule; the page the notes run on to, none (it opened with the rule again).
    expect(await filled(last)).toBe(1)
    expect(await filled(title)).toBe(1)
    expect(pages[title + 1]).toContain('The note nothing refers to')
    expect(await filled(title + 1)).toBe(0)
  }, 120_000)

  it('begin under the text where the title and a note’s first lines fit, the note running on', async () => {
    // Kept whole, the first note (twelve sentences) went to the next page with the title, and
    // the text's last page ended with all the room under its text left empty.
    const result = await renderPdf(book(6), { size: '6x9in', notes: 'foot' })
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-audit-spread')).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const pages = await pageTexts(await open(result.pdf))
    const last = pages.findIndex((text) => text.includes('Its last paragraph'))
    expect(pages.findIndex((text) => text.includes('Notes without a reference'))).toBe(last)
    expect(pages.findIndex((text) => text.includes('in its sentence 1 what a scholar'))).toBe(last)
    expect(pages.findIndex((text) => text.includes('in its sentence 12 what a scholar'))).toBe(
      last + 1
    )
  }, 120_000)
})
