// A right-hand page that ends whole lines short of a full left-hand page, where its next line
// could not follow with its note and the page has too few spaces between its blocks to open:
// the part is laid out again with the left-hand page as many lines short, and the spread runs
// short together (spreads.ts, `Pager.balance`). A book of long paragraphs, every third with a
// note of 45 to 55 words at a varying sentence: laid out once, two of its spreads end
// three and four lines apart.
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { markdownBook, open, pageFeet, spreadsApart } from './helpers.js'

const paragraphs = 80

function sentence(p: number, s: number) {
  return `Paragraph ${p} says in its sentence ${s} what a reader of a long chapter reads on every page.`
}

function note(p: number, at: number): string {
  const length = 45 + ((p * 7 + at) % 11)
  const words = Array.from({ length }, (_, k) =>
    k === 0 ? `Note ${p}` : k % 9 === 8 ? 'remark.' : 'word'
  )
  return `${words.join(' ')} ends.`
}

function book(): Root {
  const parts = ['# Short notes']
  const notes: string[] = []
  for (let p = 1; p <= paragraphs; p++) {
    const count = 12 + ((p * 5) % 23)
    const sentences = Array.from({ length: count }, (_, s) => sentence(p, s + 1))
    if (p % 3 === 0) {
      const at = (p * 7) % count
      sentences[at] = `${sentences[at]}[^${p}]`
      notes.push(`[^${p}]: ${note(p, at)}`)
    }
    parts.push(sentences.join(' '))
  }
  return markdownBook([...parts, ...notes], 'short-notes.md', {
    title: 'Short notes',
    author: 'A. Scholar'
  })
}

describe('a right-hand page left short by a note that could not follow its line', () => {
  it('has its left-hand page end as short, so that the spread ends at one depth', async () => {
    const result = await renderPdf(book(), { size: '6x9in', notes: 'foot' })
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-audit-spread')).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const feet = await pageFeet(await open(result.pdf))
    // The title page and its back, then the chapter from the third page (folio 1, a right-hand
    // page): its left-hand pages are the odd indexes. Its first and last pages are left aside.
    const foot = Math.min(...feet.slice(2, -1))
    const line = 10.5 * 1.42
    expect(spreadsApart(feet)).toEqual([])
    const short: number[] = []
    for (let left = 3; left + 1 < feet.length - 1; left += 2) {
      const [a, b] = [feet[left] as number, feet[left + 1] as number]
      if (a - foot > line / 2 && b - foot > line / 2) short.push(Math.round((a - foot) / line))
    }
    // Spreads run short together by whole lines: the three this book's notes leave, and those a
    // widow or a heading leaves as it did before.
    expect(short.filter((lines) => lines >= 3).length).toBeGreaterThanOrEqual(3)
  }, 180_000)
})
