// Facing pages with tables (spreads.ts). A page that ends with a table is evened by its last
// row's letters: the row has its cells' padding and its rule under them, where a line of text
// has half its leading, and a page evened by the foot of its blocks ended its last row's text
// some 4 pt higher than its facing page's last line (3.91 pt here, 3.9 in a French corpus
// text). And the space before a table opens as the space before a paragraph does: a page of
// two tables and two paragraphs had one space to open, and ended 35 pt short. A book of
// paragraphs, each followed by a table of one to nine rows, so that tables end pages at every
// depth.
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { markdownBook, open, pageFeet, spreadsApart } from './helpers.js'

function table(t: number): string {
  const rows = Array.from(
    { length: 1 + ((t * 5 + 2) % 9) },
    (_, r) =>
      `| Sample ${t}.${r + 1} | ${(t * 0.37 + r * 1.9).toFixed(2)} | measured on day ${r + 3} |`
  )
  return ['| Sample | Value | Remark |', '| --- | ---: | --- |', ...rows].join('\n')
}

function book(): Root {
  const parts = ['# Tables']
  for (let t = 1; t <= 40; t++) {
    const sentences = Array.from(
      { length: 2 + ((t * 7 + 3) % 10) },
      (_, s) => `Table ${t} is introduced in sentence ${s + 1}, which says what its rows report.`
    )
    parts.push(sentences.join(' '), table(t))
  }
  return markdownBook(parts, 'tables.md', { title: 'Tables', author: 'A. Statistician' })
}

describe('facing pages with tables on them', () => {
  it('end at one depth where a page ends with a table', async () => {
    const result = await renderPdf(book(), { size: '6x9in' })
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-audit-spread')).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const feet = await pageFeet(await open(result.pdf))
    expect(feet.length).toBeGreaterThan(20)
    expect(spreadsApart(feet)).toEqual([])
  }, 180_000)
})
