// A note that holds a block of code, a table and a list, printed at the foot of the page and at
// the end of the chapter: it lays out with no error, its code is set in the monospace face (read
// back glyph run by glyph run with pdf.js) and all its text can be extracted.
import { parse } from '@colophon/parser'
import type { Root } from '@colophon/schema'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { readFonts } from '../src/finish/index.js'
import { renderPdf } from '../src/index.js'
import { open, squash } from './helpers.js'

const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const slow = 240_000

const manuscript = [
  '# Notes with blocks',
  '',
  'A call number may be written as a milestone in the text.[^1] The table gives the counts.[^2]',
  '',
  '[^1]: The element could read:',
  '',
  '    ```xml',
  '    <metamark target="#note1">(1)</metamark>',
  '    ```',
  '',
  '    It is more work, for it needs a cross-reference.',
  '',
  '[^2]: Counted by hand:',
  '',
  '    | hand | notes |',
  '    |------|------:|',
  '    | first | 12 |',
  '    | second | 7 |',
  '',
  '    - the first hand wrote most of them',
  '    - the second only corrected',
  ''
].join('\n')

function tree(): Root {
  const { tree } = parse(manuscript, { path: 'notes.md' })
  if (!tree) throw new Error('Expected the manuscript to parse')
  return tree
}

/** Each run of text on the pages with the name of the font it is set in. */
async function runs(pdf: PDFDocumentProxy): Promise<{ text: string; font: string }[]> {
  const found: { text: string; font: string }[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    // Drawing the page's operators loads its fonts, whose names the text items then give.
    await page.getOperatorList()
    const content = await page.getTextContent()
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const font = page.commonObjs.get(item.fontName) as { name?: string }
      found.push({ text: item.str, font: font.name ?? '' })
    }
  }
  return found
}

describe('a note of code, a table and a list', () => {
  for (const notes of ['foot', 'end'] as const) {
    it(
      `prints at the ${notes === 'foot' ? 'foot of the page' : 'end of the chapter'}, its code in the monospace face`,
      async () => {
        const result = await renderPdf(tree(), { env, notes })
        expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
        const fonts = await readFonts(result.pdf)
        expect(fonts.some((font) => /SourceCodePro/.test(font))).toBe(true)
        expect(fonts.every((font) => /SourceSerif4|SourceCodePro/.test(font))).toBe(true)
        const set = await runs(await open(result.pdf))
        const text = squash(set.map((run) => run.text).join(''))
        for (const words of [
          '<metamark target="#note1">(1)</metamark>',
          'It is more work, for it needs a cross-reference.',
          'hand',
          'second7',
          'the first hand wrote most of them',
          'the second only corrected'
        ]) {
          expect(text).toContain(squash(words))
        }
        const code = set.filter((run) => run.text.includes('metamark'))
        expect(code.length).toBeGreaterThan(0)
        for (const run of code) expect(run.font).toMatch(/SourceCodePro/)
        const prose = set.filter((run) => run.text.includes('cross-reference'))
        for (const run of prose) expect(run.font).toMatch(/SourceSerif4/)
      },
      slow
    )
  }
})
