// The paginating layer on small documents made for one behaviour each: widows and orphans
// (Paged.js hands the break to Chromium's fragmentation, which honours them: the count of
// lines on each side of a break shows it, and shows single lines when they are allowed),
// requests refused and recorded, the page ceiling, the time budget, and the browser closing
// in the middle of a render.

import { findBrowser } from '@colophon/browser'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PrintDocument } from '../src/documents.js'
import { renderPdf } from '../src/index.js'
import { type Budgets, Pager, RenderError } from '../src/paginate.js'
import { open, pageTexts, seedTree } from './helpers.js'

const budgets: Budgets = { launch: 60_000, paginate: 60_000, print: 60_000, finish: 60_000 }
let browser: Browser

beforeAll(async () => {
  const found = await findBrowser()
  browser = await chromium.launch({ executablePath: found.executablePath, args: ['--no-sandbox'] })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** A part of `paragraphs` paragraphs of `lines` lines each, ten lines to a page. */
function stanzas(paragraphs: number, lines: number, css: string): PrintDocument {
  const body = Array.from({ length: paragraphs }, (_, p) => {
    const text = Array.from({ length: lines }, (_, l) => `Line ${l + 1} of paragraph ${p + 1}`)
    return `<p id="p${p + 1}">${text.join('<br>')}</p>`
  }).join('\n')
  return part(body, `p { margin: 0; line-height: 20px; font-size: 14px; ${css} }`)
}

function part(html: string, css: string): PrintDocument {
  return {
    html,
    css: `@page { size: 300px 300px; margin: 50px; }\nhtml, body { margin: 0; }\n${css}`,
    lang: 'en',
    // 200 px, in points.
    measure: 150
  }
}

/** Paginates `document` in a pager of its own. */
async function paginate(document: PrintDocument, maxPages: number, within = budgets) {
  const pager = await Pager.open(browser, '', within)
  try {
    return await pager.paginate(document, { label: 'the test', maxPages })
  } finally {
    await pager.close()
  }
}

describe('widows and orphans', () => {
  it('keeps two lines on each side of every break when the style asks', async () => {
    const result = await paginate(stanzas(12, 3, 'widows: 2; orphans: 2;'), 50)
    expect(result.facts.pages.length).toBeGreaterThan(3)
    for (const split of result.facts.splits) {
      expect(split.before, split.id).toBeGreaterThanOrEqual(2)
      expect(split.after, split.id).toBeGreaterThanOrEqual(2)
    }
  }, 60_000)

  it('finds single lines at a break when the style allows them', async () => {
    const result = await paginate(stanzas(12, 3, 'widows: 1; orphans: 1;'), 50)
    const single = result.facts.splits.filter((split) => split.before === 1 || split.after === 1)
    expect(single.length).toBeGreaterThan(0)
  }, 60_000)
})

describe('the page template', () => {
  it('takes out what prints nothing before printing, and prints the margin boxes that have content', async () => {
    const heads =
      '@page { @top-center { content: "The running head"; } @bottom-right { content: "folio " counter(page); } }'
    const result = await paginate(stanzas(8, 3, heads), 50)
    const pages = result.facts.pages.length
    expect(pages).toBeGreaterThan(2)
    // Of each page's template: its four bleed boxes of five elements each (no bleed here), the
    // four corners' holders of three and the left and right sides of seven (26), and the empty
    // content of the two boxes beside each that has content (4): 50 a page.
    expect(result.facts.unprinted).toBe(50 * pages)
    const texts = await pageTexts(await open(result.pdf))
    expect(texts).toHaveLength(pages)
    texts.forEach((text, k) => {
      expect(text).toContain('The running head')
      expect(text).toContain(`folio ${k + 1}`)
    })
    expect(texts.join(' ')).toContain('Line 3 of paragraph 8')
  }, 60_000)
})

describe('safety and faults', () => {
  it('refuses every request the page makes, and records it', async () => {
    const result = await paginate(
      part(
        '<p>Text.</p><img src="https://example.com/tracker.png" alt=""><link rel="stylesheet" href="https://example.com/x.css">',
        ''
      ),
      10
    )
    expect(result.blocked).toContain('https://example.com/tracker.png')
    expect(result.facts.pages.length).toBe(1)
  }, 60_000)

  it('lays out part after part in one pager, each from a clean page', async () => {
    const pager = await Pager.open(browser, '', budgets)
    try {
      const first = await pager.paginate(stanzas(12, 3, ''), { label: 'one', maxPages: 50 })
      const second = await pager.paginate(stanzas(3, 3, ''), { label: 'two', maxPages: 50 })
      expect(first.facts.pages.length).toBeGreaterThan(3)
      expect(second.facts.pages.length).toBe(1)
      expect(Object.keys(second.facts.claims)).toEqual([])
      expect(second.facts.pages[0]?.starts.map((start) => start.id)).toEqual(['p1', 'p2', 'p3'])
    } finally {
      await pager.close()
    }
  }, 60_000)

  it('stops at the page ceiling with an error that names it', async () => {
    await expect(paginate(stanzas(40, 3, ''), 3)).rejects.toThrow(
      /went past the ceiling of 3 pages; raise it with `--max-pages`/
    )
  }, 60_000)

  it('stops at the pagination budget with an error that names it', async () => {
    const pager = await Pager.open(browser, '', { ...budgets, paginate: 50 }).catch(() => undefined)
    // Loading the paginator may itself take longer than 50 ms; then that is the error.
    const error = pager
      ? await pager
          .paginate(stanzas(200, 3, ''), { label: 'a long text', maxPages: 1000 })
          .catch((caught: unknown) => caught)
      : await Pager.open(browser, '', { ...budgets, paginate: 50 }).catch(
          (caught: unknown) => caught
        )
    await pager?.close()
    expect(error).toBeInstanceOf(RenderError)
    expect((error as RenderError).ruleId).toBe('pdf-budget-paginate')
    expect((error as Error).message).toMatch(
      /took longer than its budget of 0\.1 s; raise it with `--budget paginate=SECONDS`/
    )
  }, 60_000)

  it('stops stitching and finishing past their budget, with an error that names it', async () => {
    const error = await renderPdf(seedTree(), { budgets: { finish: 1 } }).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(RenderError)
    expect((error as RenderError).ruleId).toBe('pdf-budget-finish')
    expect((error as Error).message).toMatch(
      /^The stitching and finishing of the book took longer than its budget of .*; raise it with `--budget finish=SECONDS`$/
    )
  }, 120_000)

  it('ends in an error when the browser goes away during a render', async () => {
    const found = await findBrowser()
    const doomed = await chromium.launch({
      executablePath: found.executablePath,
      args: ['--no-sandbox']
    })
    const pager = await Pager.open(doomed, '', budgets)
    // 3,000 stanzas take seconds to lay out on any machine, so the browser closed 50 ms after
    // the text is handed over goes away mid-render (300 stanzas could finish first).
    const render = pager.paginate(stanzas(3000, 3, ''), { label: 'a long text', maxPages: 5000 })
    setTimeout(() => void doomed.close(), 50)
    const error = await render.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RenderError)
    expect((error as Error).message).toMatch(/browser closed while paginating a long text/)
  }, 60_000)
})
