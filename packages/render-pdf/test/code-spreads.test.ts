// Facing pages where code is laid out: a code block that ends a page has no padding under its
// last line, so its rule ends where the facing page's text does; a page after a long block,
// left short where the paragraph after it could not begin with two lines, has its code's lines
// set a little further apart (spreads.ts); and a chapter of long listings is not taken for a
// layout gone wrong by the page count's check, which allows for its code (checks.ts). Two
// books of prose and listings: laid out before these, the first had eight spreads more than
// 3 pt apart (6.3 pt the first), and the second could not be made: a `pdf-page-count` error
// (75 pages or so where its prose alone allowed 45).
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { markdownBook, open, pageFeet, spreadsApart } from './helpers.js'

function codeLine(k: number): string {
  return k % 5 === 0 ? 'block {' : `    field_${k} = value(${k}, "entry ${k}")`
}

/** Forty listings, each after a paragraph of 3 to 11 sentences: of `lines(b)` lines each. */
function book(lines: (b: number) => number): Root {
  const parts = ['# Listings']
  for (let b = 1; b <= 40; b++) {
    const sentences = Array.from(
      { length: 3 + ((b * 7 + 1) % 9) },
      (_, s) => `Block ${b} is described in sentence ${s + 1}, which says what the listing does.`
    )
    const code = Array.from({ length: lines(b) }, (_, k) => codeLine(k))
    parts.push(sentences.join(' '), `\`\`\`text\n${code.join('\n')}\n\`\`\``)
  }
  return markdownBook(parts, 'listings.md', { title: 'Listings', author: 'A. Programmer' })
}

describe('facing pages with code on them', () => {
  it('end at one depth where a page ends with a code block', async () => {
    const result = await renderPdf(
      book((b) => 3 + ((b * 11 + 3) % (b % 4 === 0 ? 60 : 14))),
      { size: '6x9in' }
    )
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-audit-spread')).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    expect(spreadsApart(await pageFeet(await open(result.pdf)))).toEqual([])
  }, 180_000)

  it('end at one depth, and the book builds, where listings run over pages', async () => {
    const result = await renderPdf(
      book((b) => 40 + ((b * 13 + 14) % 50)),
      { size: '6x9in' }
    )
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-audit-spread')).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const found = await pageFeet(await open(result.pdf))
    expect(found.length).toBeGreaterThan(70)
    expect(spreadsApart(found)).toEqual([])
  }, 180_000)
})
