// A code block longer than a page, laid out: every one of its lines is printed, none pushed past
// the foot of a page into a column the page does not show (`pdf-overflow`), and a line carried
// to the next page keeps its indentation.
import { parse } from '@colophon/parser'
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { open } from './helpers.js'

/** Ninety lines of code, the first alone at the left, each after it indented by four spaces. */
const lines = Array.from({ length: 90 }, (_, k) =>
  k === 0 ? 'listing {' : `    entry_${k} = value(${k}, "line ${k} of the listing")`
)

function book(): NonNullable<ReturnType<typeof parse>['tree']> {
  const paragraph =
    'A paragraph of prose before the listing, long enough to take a few lines. '.repeat(6)
  const markdown = `# Code\n\n${paragraph}\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n\n${paragraph}\n`
  const { tree } = parse(Buffer.from(markdown), {
    path: 'code.md',
    settings: { title: 'Code', author: 'A. Programmer', language: 'en' }
  })
  if (!tree) throw new Error('Expected the book to parse')
  return tree
}

describe('a code block over several pages', () => {
  it('prints every line, each continued page opening indented', async () => {
    const result = await renderPdf(book(), { size: 'A5' })
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
    if (!result.pdf) throw new Error('Expected a PDF')
    const pdf = await open(result.pdf)
    const found: { text: string; x: number; page: number }[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const items = (await (await pdf.getPage(number)).getTextContent()).items as TextItem[]
      for (const item of items) {
        if (/entry_\d+|listing \{/.test(item.str))
          found.push({ text: item.str, x: item.transform[4], page: number })
      }
    }
    const printed = found.map((item) => item.text.replace(/\s+/g, ' ').trim()).join('\n')
    for (const line of lines) expect(printed).toContain(line.trim())
    // The listing crosses pages, and the line that opens each page after the first stands as
    // far in as the lines around it.
    const pages = [...new Set(found.map((item) => item.page))]
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages.slice(1)) {
      const [first, ...rest] = found.filter((item) => item.page === page)
      expect(first && rest.length > 0).toBe(true)
      for (const item of rest) expect(Math.abs((first?.x ?? 0) - item.x)).toBeLessThan(0.5)
    }
  }, 120_000)
})
