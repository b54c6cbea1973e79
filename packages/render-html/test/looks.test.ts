// What the HTML editions look like, compared with committed reference images (in grey, at one
// device pixel per CSS pixel): the first manuscript on a 1400 px screen and a 375 px phone (its
// opening screen, and the next screen down with note references), and the example reader on a
// 1400 px screen. A changed word and a margin 2 pt wider are seen to fail the comparison.
//
// References: `test/references/*.png`; rewrite them with `UPDATE=1 npx vitest run
// test/looks.test.ts` and look at every one before committing it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findBrowser } from '@colophon/browser'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { exampleReaderTree } from './example-reader.js'
import { seedTree } from './helpers.js'
import { type Grey, greyOf, readPng } from './pixels.js'
import { matchReference, type Places, tolerance } from './references.js'

const places: Places = {
  references: fileURLToPath(new URL('references/', import.meta.url)),
  output: fileURLToPath(new URL('../test-output/looks/', import.meta.url))
}
const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none']
const wide = { width: 1400, height: 900, mobile: false }
const phone = { width: 375, height: 812, mobile: true }
type Screen = typeof wide

let browser: Browser
const urls = { seed: '', reader: '' }

beforeAll(async () => {
  mkdirSync(places.output, { recursive: true })
  const pages = { seed: renderHtml(seedTree()), reader: renderHtml(exampleReaderTree()) }
  for (const name of ['seed', 'reader'] as const) {
    const file = `${places.output}${name}.html`
    writeFileSync(file, pages[name])
    urls[name] = pathToFileURL(file).href
  }
  const found = await findBrowser()
  browser = await chromium.launch({ executablePath: found.executablePath, args })
})

afterAll(async () => {
  await browser?.close()
})

/**
 * The screen of `url` at `screen`, `screens` screens down, after `change` (run in the page), in
 * grey; nothing but the page and `data:` URLs loads.
 */
async function shoot(
  url: string,
  screen: Screen,
  screens = 0,
  change?: (page: Page) => Promise<void>
): Promise<Grey> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: 1,
    isMobile: screen.mobile,
    hasTouch: screen.mobile,
    colorScheme: 'light',
    reducedMotion: 'reduce'
  })
  await context.route('**', (route) => {
    const asked = route.request().url().replace(/#.*$/, '')
    return asked === url || asked.startsWith('data:') ? route.continue() : route.abort()
  })
  const page = await context.newPage()
  await page.goto(url)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  if (screens > 0) await page.evaluate((n) => window.scrollTo(0, n * window.innerHeight), screens)
  await change?.(page)
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' })
  await context.close()
  return greyOf(readPng(png))
}

function expectLike(image: Grey, name: string): void {
  const match = matchReference(image, name, places)
  expect(match.pass, match.message).toBe(true)
}

describe('the HTML editions look as their references', () => {
  it('the first manuscript on a 1400 px screen: its opening, and a screen down', async () => {
    expectLike(await shoot(urls.seed, wide), 'html-seed-1400-opening')
    expectLike(await shoot(urls.seed, wide, 1), 'html-seed-1400-notes')
  })

  it('the first manuscript on a 375 px phone: its opening, and a screen down', async () => {
    expectLike(await shoot(urls.seed, phone), 'html-seed-375-opening')
    expectLike(await shoot(urls.seed, phone, 1), 'html-seed-375-notes')
  })

  it('the example reader on a 1400 px screen: its opening', async () => {
    expectLike(await shoot(urls.reader, wide), 'html-reader-1400-opening')
  })
})

describe('a change to the rendering fails the comparison', () => {
  const compareChanged = async (label: string, change: (page: Page) => Promise<void>) => {
    const image = await shoot(urls.seed, wide, 0, change)
    return matchReference(image, 'html-seed-1400-opening', places, { update: false, label })
  }

  it('one word of the first paragraph changed', async () => {
    const match = await compareChanged('changed-word', (page) =>
      page.evaluate(() => {
        const walker = document.createTreeWalker(
          document.getElementById('p1') as Element,
          NodeFilter.SHOW_TEXT
        )
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          if (!/\bthe\b/.test(text)) continue
          node.textContent = text.replace(/\bthe\b/, 'a')
          return
        }
        throw new Error('Expected a “the” in the first paragraph')
      })
    )
    expect(match.pass, match.message).toBe(false)
    expect(match.share).toBeGreaterThan(10 * tolerance.share)
  })

  it('the measure’s left margin 2 pt wider', async () => {
    const match = await compareChanged('wider-margin', (page) =>
      page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('header, section.section')) {
          const margin = Number.parseFloat(getComputedStyle(element).marginLeft)
          element.style.marginLeft = `${margin + (2 * 96) / 72}px`
        }
      })
    )
    expect(match.pass, match.message).toBe(false)
    expect(match.share).toBeGreaterThan(10 * tolerance.share)
  })
})
