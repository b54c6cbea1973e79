// A table's head row is never the last thing on a page: where no row of its body fits under it,
// the table goes to the next page, its head over its rows and its one-line title over its head. Thirty tables, each after a
// different number of one-line paragraphs, so that tables stand at every depth of the page.
import type { Root } from '@colophon/schema'
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { markdownBook, open } from './helpers.js'

const tables = 30

function book(): Root {
  const parts = ['# Tables']
  for (let t = 1; t <= tables; t++) {
    for (let k = 0; k < (t * 7) % 11; k++) parts.push(`Line ${k + 1} before table ${t}.`)
    parts.push(`Table ${t}: the title of table ${t}.`)
    parts.push(
      [
        `| Head${t} flag | Head${t} since | Head${t} use |`,
        '| --- | --- | --- |',
        ...Array.from(
          { length: 4 },
          (_, r) => `| -f${t}r${r + 1} | GCC ${r + 4} | Row ${r + 1} of table ${t} |`
        )
      ].join('\n')
    )
  }
  return markdownBook(parts, 'tables.md', { title: 'Tables', author: 'A. Compiler' })
}

describe('a table at the foot of a page', () => {
  it('never leaves its head row alone there: a row of its body stands under it, its title over it', async () => {
    const result = await renderPdf(book(), { size: 'A5' })
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const pdf = await open(result.pdf)
    const heads = new Set<number>()
    const alone: string[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const items = (await (await pdf.getPage(number)).getTextContent()).items as TextItem[]
      const text = items.map((item) => item.str).join(' ')
      for (const [, t] of text.matchAll(/Head(\d+) flag/g)) {
        heads.add(Number(t))
        if (!text.includes(`-f${t}r1`)) alone.push(`table ${t} on page ${number}`)
        if (!text.includes(`Table ${t}: the title`)) alone.push(`title ${t} not on page ${number}`)
      }
    }
    expect(heads.size).toBe(tables)
    expect(alone).toEqual([])
  }, 180_000)
})
