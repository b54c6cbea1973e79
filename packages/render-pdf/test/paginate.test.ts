// The paginating layer on small documents made for one behaviour each: widows and orphans
// (Paged.js hands the break to Chromium's fragmentation, which honours them: the count of
// lines on each side of a break shows it, and shows single lines when they are allowed),
// requests refused and recorded, the page ceiling, the time budget, and the browser closing
// in the middle of a render.
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser } from '../src/browser.js'
import { pagedScripts } from '../src/documents.js'
import { type Budgets, paginate, RenderError } from '../src/paginate.js'

const budgets: Budgets = { launch: 60_000, paginate: 60_000, print: 60_000 }
let browser: Browser

beforeAll(async () => {
  const found = await findBrowser()
  browser = await chromium.launch({ executablePath: found.executablePath, args: ['--no-sandbox'] })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** A document of `paragraphs` paragraphs of `lines` lines each, ten lines to a page. */
function stanzas(paragraphs: number, lines: number, css: string): string {
  const body = Array.from({ length: paragraphs }, (_, p) => {
    const text = Array.from({ length: lines }, (_, l) => `Line ${l + 1} of paragraph ${p + 1}`)
    return `<p id="p${p + 1}">${text.join('<br>')}</p>`
  }).join('\n')
  return page(body, `p { margin: 0; line-height: 20px; font-size: 14px; ${css} }`)
}

function page(body: string, css: string): string {
  const [config, polyfill] = pagedScripts()
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: 300px 300px; margin: 50px; }
html, body { margin: 0; }
${css}
</style></head><body>${body}<script>${config}</script><script>${polyfill}</script></body></html>`
}

describe('widows and orphans', () => {
  it('keeps two lines on each side of every break when the style asks', async () => {
    const part = await paginate(browser, stanzas(12, 3, 'widows: 2; orphans: 2;'), {
      label: 'stanzas',
      budgets,
      maxPages: 50
    })
    expect(part.facts.pages.length).toBeGreaterThan(3)
    for (const split of part.facts.splits) {
      expect(split.before, split.id).toBeGreaterThanOrEqual(2)
      expect(split.after, split.id).toBeGreaterThanOrEqual(2)
    }
  }, 60_000)

  it('finds single lines at a break when the style allows them', async () => {
    const part = await paginate(browser, stanzas(12, 3, 'widows: 1; orphans: 1;'), {
      label: 'stanzas',
      budgets,
      maxPages: 50
    })
    const single = part.facts.splits.filter((split) => split.before === 1 || split.after === 1)
    expect(single.length).toBeGreaterThan(0)
  }, 60_000)
})

describe('safety and faults', () => {
  it('refuses every request the page makes, and records it', async () => {
    const html = page(
      '<p>Text.</p><img src="https://example.com/tracker.png" alt=""><link rel="stylesheet" href="https://example.com/x.css">',
      ''
    )
    const part = await paginate(browser, html, { label: 'requests', budgets, maxPages: 10 })
    expect(part.blocked).toContain('https://example.com/tracker.png')
    expect(part.facts.pages.length).toBe(1)
  }, 60_000)

  it('stops at the page ceiling with an error that names it', async () => {
    await expect(
      paginate(browser, stanzas(40, 3, ''), { label: 'a long text', budgets, maxPages: 3 })
    ).rejects.toThrow(/went past the ceiling of 3 pages; raise it with `--max-pages`/)
  }, 60_000)

  it('stops at the pagination budget with an error that names it', async () => {
    const error = await paginate(browser, stanzas(200, 3, ''), {
      label: 'a long text',
      budgets: { ...budgets, paginate: 50 },
      maxPages: 1000
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RenderError)
    expect((error as RenderError).ruleId).toBe('pdf-budget-paginate')
    expect((error as Error).message).toMatch(
      /pagination of a long text took longer than its budget of 0\.1 s; raise it with `--budget paginate=SECONDS`/
    )
  }, 60_000)

  it('ends in an error when the browser goes away during a render', async () => {
    const found = await findBrowser()
    const doomed = await chromium.launch({
      executablePath: found.executablePath,
      args: ['--no-sandbox']
    })
    const render = paginate(doomed, stanzas(300, 3, ''), {
      label: 'a long text',
      budgets,
      maxPages: 1000
    })
    setTimeout(() => void doomed.close(), 500)
    const error = await render.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/browser|closed|crashed/i)
  }, 60_000)
})
