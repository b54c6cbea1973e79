// The column pass before the pages (last-lines.ts), in a real browser, on the first manuscript's
// paragraphs hyphenated as the print hyphenates them: each paragraph set in the word spacing
// that ends fewest of its lines in a broken word (in as many lines), and no word broken
// into a paragraph's last line.
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hyphenatorFor } from '../src/hyphenate.js'
import { lastLinesScript } from '../src/last-lines.js'
import { layoutOf, pageCss } from '../src/layout.js'
import { parsePageSize } from '../src/page-size.js'
import { launchBrowser } from './helpers.js'

const seed = new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)

/** The first manuscript's paragraphs of more than 400 characters, each word of five letters or more hyphenated. */
function paragraphs(): string {
  const hyphenate = hyphenatorFor('en')
  if (!hyphenate) throw new Error('Expected an English hyphenator')
  const blocks = readFileSync(seed, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 400)
  return blocks
    .map((block) => `<p>${hyphenate(block).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')
}

interface Measured {
  spaced: number
  /** For each paragraph set in another spacing: broken line ends and height, as set and without it. */
  changed: { broken: number; height: number; brokenBefore: number; heightBefore: number }[]
  /** Paragraphs whose last line opens with the end of a word broken on the line before. */
  intoLast: number
}

/** Runs the pass on the paragraphs, then measures them in a column of the measure. */
const measureScript = String.raw`async ({ html, css, measure, script }) => {
  const template = document.createElement('template')
  template.innerHTML = '<main>' + html + '</main>'
  await eval(script)(template.content, css, measure)
  const style = document.createElement('style')
  style.textContent = css
  document.head.append(style)
  const column = document.createElement('div')
  column.style.width = measure + 'pt'
  column.append(template.content)
  document.body.append(column)
  const range = document.createRange()
  const bottomAt = (node, at) => { range.setStart(node, at); range.setEnd(node, at + 1); return range.getBoundingClientRect().bottom }
  const texts = (p) => { const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); const out = []; for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n); return out }
  const breaks = (p) => texts(p).flatMap((node) => Array.from(node.textContent.matchAll(/\u00ad/g), (m) => [node, m.index]).filter(([, at]) => at > 0 && at < node.textContent.length - 1))
  const broken = (p) => breaks(p).filter(([node, at]) => bottomAt(node, at + 1) > bottomAt(node, at - 1) + 2).length
  const lastBottom = (p) => { const nodes = texts(p).filter((n) => /\S/.test(n.textContent)); const n = nodes[nodes.length - 1]; return bottomAt(n, n.textContent.trimEnd().length - 1) }
  const paragraphs = Array.from(column.querySelectorAll('p'))
  const intoLast = paragraphs.filter((p) => {
    const last = lastBottom(p)
    return breaks(p).some(([node, at]) => bottomAt(node, at - 1) < last - 2 && bottomAt(node, at + 1) > last - 2)
  }).length
  const changed = paragraphs.filter((p) => /spacing-/.test(p.className)).map((p) => {
    const variant = p.className.match(/spacing-\S+/)[0]
    const now = { broken: broken(p), height: p.getBoundingClientRect().height }
    p.classList.remove(variant)
    const before = { brokenBefore: broken(p), heightBefore: p.getBoundingClientRect().height }
    p.classList.add(variant)
    return { ...now, ...before }
  })
  return { spaced: changed.length, changed, intoLast }
}`

describe('the column pass before the pages', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('sets a paragraph in the spacing that ends fewest lines in a broken word, in as many lines', async () => {
    const size = parsePageSize('6x9in')
    if ('error' in size) throw new Error(size.error)
    const layout = layoutOf(size)
    const measure = layout.size.width - layout.margins.inner - layout.margins.outer
    const page = await browser.newPage()
    try {
      const input = {
        html: paragraphs(),
        css: pageCss(layout),
        measure,
        script: `(${lastLinesScript})`
      }
      const measured = (await page.evaluate(
        `(${measureScript})(${JSON.stringify(input)})`
      )) as Measured
      expect(measured.spaced).toBeGreaterThan(2)
      for (const paragraph of measured.changed) {
        expect(paragraph.broken).toBeLessThan(paragraph.brokenBefore)
        expect(Math.abs(paragraph.height - paragraph.heightBefore)).toBeLessThan(1)
      }
      expect(measured.intoLast).toBe(0)
    } finally {
      await page.close()
    }
  }, 60_000)
})
