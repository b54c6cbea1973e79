// The seed's edition in a real browser (Chromium through playwright-core, no browser
// download): no request leaves the page, the embedded face is the one drawn, axe finds no
// violation (nor in a reader's chapter with the editor's introduction), note links work both
// ways, a claim named in the URL is highlighted, and the layout holds on a phone. Screenshots go
// to test-output/ for a person to look at; the opening screen's is read back, pixel by pixel.
// Comparing screens with committed references is `looks.test.ts`'s.
//
// The browser is the one the PDF renderer would use (`@colophon/browser`): `COLOPHON_BROWSER`,
// else the system's Chromium or Chrome, else the Chromium `npm ci` installs; without any, these
// tests fail with the finder's message.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findBrowser } from '@colophon/browser'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { fixtureTree, imagesTree, seedTree } from './helpers.js'
import { inkShare, readPng } from './pixels.js'

/** The seed as a reader's chapter, with a title, its origin and the editor's introduction. */
function readerTree() {
  const tree = seedTree()
  const chapter = tree.children[0]
  if (!chapter) throw new Error('Expected a chapter')
  chapter.title = 'Class Terror'
  chapter.origin = { title: 'Bloodlands', author: 'Timothy Snyder', paragraphs: '1–75' }
  chapter.introduction = {
    type: 'introduction',
    children: [
      {
        type: 'introParagraph',
        children: [
          { type: 'text', value: 'Read the chapter for ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'how' }] },
          { type: 'text', value: ' the terror was organised; see ' },
          {
            type: 'link',
            url: 'https://example.org/',
            children: [{ type: 'text', value: 'the map' }]
          },
          { type: 'text', value: '.' }
        ]
      },
      {
        type: 'introList',
        ordered: false,
        children: [{ type: 'introListItem', children: [{ type: 'text', value: 'Who decided?' }] }]
      },
      {
        type: 'introQuote',
        children: [
          {
            type: 'introParagraph',
            children: [{ type: 'text', value: 'Once a Pole, always a kulak.' }]
          }
        ]
      }
    ]
  }
  return tree
}

/** `rgb(r, g, b)`, as the browser gives a computed colour, as three numbers. */
function rgbOf(colour: string): [number, number, number] {
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number)
  if (r === undefined || g === undefined || b === undefined)
    throw new Error(`Expected rgb(), got ${colour}`)
  return [r, g, b]
}

/** The figures fixture, one image made far wider than the measure (a 2000 px SVG). */
function figuresTree() {
  const tree = imagesTree()
  const wide =
    '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="400"><rect width="2000" height="400" fill="#369"/></svg>'
  const figure = tree.children[0]?.children[0]?.children.find((block) => block.id === 'figure2')
  if (figure?.type !== 'figure') throw new Error('Expected figure2')
  figure.children[0].src = `data:image/svg+xml;base64,${Buffer.from(wide).toString('base64')}`
  return tree
}

const output = fileURLToPath(new URL('../test-output/', import.meta.url))
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic'
]

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)

let browser: Browser
let pageUrl: string
/** A fixture with note bodies, a chapter title in two lines and a note referenced twice. */
let notesUrl: string
/** The seed as a reader's chapter: a title, where it comes from, the editor's introduction. */
let readerUrl: string
/** Figures: a PNG, SVGs (one wider than the measure), an image in a sentence, missing ones. */
let figuresUrl: string
/** Requests that were not the page itself or a `data:` URL, blocked. */
const blocked: string[] = []

/** Why there is no browser, when there is none: every test then fails with it (none is skipped). */
let missing: Error | undefined

beforeAll(async () => {
  mkdirSync(output, { recursive: true })
  const file = `${output}seed.html`
  writeFileSync(file, renderHtml(seedTree()))
  pageUrl = pathToFileURL(file).href
  const notes = `${output}gutenberg-footnotes.html`
  writeFileSync(notes, renderHtml(fixtureTree('gutenberg-footnotes')))
  notesUrl = pathToFileURL(notes).href
  const reader = `${output}reader.html`
  writeFileSync(reader, renderHtml(readerTree()))
  readerUrl = pathToFileURL(reader).href
  const figures = `${output}figures.html`
  writeFileSync(figures, renderHtml(figuresTree()))
  figuresUrl = pathToFileURL(figures).href
  try {
    const found = await findBrowser()
    browser = await chromium.launch({ executablePath: found.executablePath, args })
  } catch (error) {
    missing = error as Error
  }
})

afterAll(async () => {
  await browser?.close()
})

/** A page in a fresh context that lets nothing but the page and `data:` URLs load. */
async function open(
  options: { width?: number; height?: number; bypassCSP?: boolean; mobile?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page }> {
  if (missing) throw missing
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    bypassCSP: options.bypassCSP ?? false,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    colorScheme: 'light',
    reducedMotion: 'reduce'
  })
  await context.route('**', (route) => {
    const url = route.request().url().replace(/#.*$/, '')
    if ([pageUrl, notesUrl, readerUrl, figuresUrl].includes(url) || url.startsWith('data:')) {
      return route.continue()
    }
    blocked.push(url)
    return route.abort()
  })
  context.on('request', (request) => {
    const url = request.url().replace(/#.*$/, '')
    if (![pageUrl, notesUrl, readerUrl, figuresUrl].includes(url) && !url.startsWith('data:')) {
      blocked.push(url)
    }
  })
  const page = await context.newPage()
  return { context, page }
}

async function load(page: Page, hash = '', url = pageUrl): Promise<void> {
  await page.goto(`${url}${hash}`)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** Whether the element is within the viewport (at least its top line). */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((id) => {
    const element = document.getElementById(id)
    if (!element) return false
    const box = element.getBoundingClientRect()
    return box.top >= 0 && box.top < window.innerHeight && box.bottom > 0
  }, selector)
}

const sizes = [
  { width: 1280, height: 900 },
  { width: 375, height: 812, mobile: true }
]

/** Runs axe-core in the page (let in by bypassing the page's policy) and expects no violation. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ content: axeSource })
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe
    const results = (await axe.run(document)) as {
      passes: unknown[]
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
    }
    return {
      passes: results.passes.length,
      violations: results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')}`
      )
    }
  })
  expect(found.violations, where).toEqual([])
  expect(found.passes).toBeGreaterThan(10)
}

describe('the seed edition in Chromium', () => {
  it('loads with nothing but itself: no request leaves the page', async () => {
    const { context, page } = await open()
    await load(page)
    await page.getByRole('link', { name: 'Note 7', exact: true }).click()
    await context.close()
    expect(blocked).toEqual([])
  })

  it('draws its text in the embedded face', async () => {
    const { context, page } = await open()
    await load(page)
    const fonts = await page.evaluate(() => ({
      status: document.fonts.status,
      loaded: [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family} ${face.style} ${face.weight}`),
      family: getComputedStyle(document.getElementById('p1') as Element).fontFamily
    }))
    expect(fonts.status).toBe('loaded')
    expect(fonts.loaded).toContain('Source Serif 4 normal 400')
    expect(fonts.family.startsWith('"Source Serif 4"')).toBe(true)
    // What the renderer actually drew with, from the browser's own report.
    const cdp = await context.newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const used: Record<string, string[]> = {}
    for (const selector of ['#p1', 'h1', '#p1\\.5', 'header.edition .author']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
      const { fonts: platform } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      used[selector] = platform.map(
        (font) => `${font.familyName}${font.isCustomFont ? ' (embedded)' : ''}`
      )
    }
    expect(used).toEqual({
      '#p1': ['Source Serif 4 (embedded)'],
      h1: ['Source Serif 4 (embedded)'],
      '#p1\\.5': ['Source Serif 4 (embedded)'],
      'header.edition .author': ['Source Serif 4 (embedded)']
    })
    await context.close()
  })

  it('sets a line of about 60 to 75 characters on a wide screen', async () => {
    const { context, page } = await open()
    await load(page)
    // The characters of each full line (not a paragraph's last), its number and note markers
    // left out, counted letter by letter where the browser set them.
    const perLine = await page.evaluate(() => {
      const counts: number[] = []
      for (const p of Array.from(document.querySelectorAll('main p[data-n]')).slice(0, 40)) {
        const lines = new Map<number, number>()
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.pn, sup')) continue
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            const range = document.createRange()
            range.setStart(node, i)
            range.setEnd(node, i + 1)
            const rect = range.getClientRects()[0]
            if (rect) lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) ?? 0) + 1)
          }
        }
        counts.push(...[...lines.values()].slice(0, -1))
      }
      counts.sort((a, b) => a - b)
      return { median: counts[counts.length >> 1] ?? 0, longest: counts.at(-1) ?? 0 }
    })
    expect(perLine.median).toBeGreaterThanOrEqual(60)
    expect(perLine.median).toBeLessThanOrEqual(75)
    expect(perLine.longest).toBeLessThanOrEqual(78)
    await context.close()
  })

  it('has no accessibility violations (axe-core)', async () => {
    for (const size of sizes) {
      const { context, page } = await open({ ...size, bypassCSP: true })
      await load(page)
      await expectNoViolations(page, `at ${size.width}px`)
      await context.close()
    }
  })

  it('has none in a reader’s chapter with the editor’s introduction either (axe-core)', async () => {
    for (const size of sizes) {
      const { context, page } = await open({ ...size, bypassCSP: true })
      await load(page, '', readerUrl)
      const heading = page.locator('section.introduction > h3')
      expect(await heading.textContent()).toBe('Editor’s introduction')
      await expectNoViolations(page, `at ${size.width}px`)
      await context.close()
    }
  })

  it('runs no script, not even one put into the page', async () => {
    const { context, page } = await open()
    await load(page)
    const errors: string[] = []
    page.on('console', (message) => errors.push(message.text()))
    await page.addScriptTag({ content: 'window.ran = true' }).catch(() => undefined)
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined()
    expect(await page.evaluate(() => document.scripts.length)).toBeLessThanOrEqual(1)
    await context.close()
  })

  it('follows a note reference to its note, and the backlink back', async () => {
    const { context, page } = await open()
    await load(page)
    await page.click('#fnref-n7')
    await page.waitForFunction(() => location.hash === '#fn-n7')
    expect(await inViewport(page, 'fn-n7')).toBe(true)
    await page.screenshot({ path: `${output}seed-notes.png` })
    await page.click('#fn-n7 a[role="doc-backlink"]')
    await page.waitForFunction(() => location.hash === '#fnref-n7')
    expect(await inViewport(page, 'fnref-n7')).toBe(true)
    await context.close()
  })

  it('links a note with a body back to each of its references (fixture with notes)', async () => {
    const { context, page } = await open({ width: 1280, height: 700 })
    await page.goto(notesUrl)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.click('#fnref-c1-n1-2')
    await page.waitForFunction(() => location.hash === '#fn-c1-n1')
    await page.screenshot({ path: `${output}gutenberg-footnotes-notes.png`, fullPage: true })
    await page.click('#fn-c1-n1 a[href="#fnref-c1-n1-2"]')
    await page.waitForFunction(() => location.hash === '#fnref-c1-n1-2')
    expect(await inViewport(page, 'fnref-c1-n1-2')).toBe(true)
    await context.close()
    expect(blocked).toEqual([])
  })

  it('highlights the claim named in the URL, `#p12.3`', async () => {
    const { context, page } = await open()
    await load(page, '#p12.3')
    const styles = await page.evaluate(() => {
      const style = (id: string) => {
        const s = getComputedStyle(document.getElementById(id) as Element)
        return { background: s.backgroundColor, outline: `${s.outlineStyle} ${s.outlineColor}` }
      }
      return {
        target: document.querySelector(':target')?.id,
        on: style('p12.3'),
        off: style('p12.2')
      }
    })
    expect(styles.target).toBe('p12.3')
    expect(styles.on.background).not.toBe(styles.off.background)
    expect(styles.on.outline).not.toBe(styles.off.outline)
    expect(await inViewport(page, 'p12.3')).toBe(true)
    await page.screenshot({ path: `${output}seed-claim-target.png` })
    await context.close()
  })

  it('opens on a wide screen with ink in the measure and bare margins (screenshot)', async () => {
    const { context, page } = await open()
    await load(page)
    const layout = await page.evaluate(() => {
      const box = (element: Element | null) => {
        const { left, top, right, bottom } = (element as Element).getBoundingClientRect()
        return { left, top, right, bottom }
      }
      return {
        background: getComputedStyle(document.documentElement).backgroundColor,
        measure: box(document.querySelector('section.section')),
        title: box(document.querySelector('h1'))
      }
    })
    const shot = readPng(await page.screenshot({ path: `${output}seed-opening.png` }))
    await context.close()
    const background = rgbOf(layout.background)
    const { measure, title } = layout
    const all = { left: 0, top: 0, right: shot.width, bottom: shot.height }
    expect([shot.width, shot.height]).toEqual([1280, 900])
    // Mostly the page's own colour (not a blank or a solid block), with text on it.
    expect(1 - inkShare(shot, all, background, 6)).toBeGreaterThan(0.7)
    expect(inkShare(shot, all, background)).toBeGreaterThan(0.02)
    // The title and the first screen of the text are drawn, in the measure...
    expect(inkShare(shot, title, background)).toBeGreaterThan(0.02)
    const text = { ...measure, bottom: Math.min(measure.bottom, shot.height) }
    expect(inkShare(shot, text, background)).toBeGreaterThan(0.05)
    expect(inkShare(shot, text, background)).toBeLessThan(0.4)
    // ...and nothing beyond it on the right, where a line too long would spill.
    expect(inkShare(shot, { ...all, left: measure.right + 24 }, background)).toBe(0)
  })

  it('has dark colours on request, and a print stylesheet (screenshots)', async () => {
    const { context, page } = await open()
    await page.emulateMedia({ colorScheme: 'dark' })
    await load(page)
    const dark = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor
    )
    expect(dark).toBe('rgb(24, 23, 21)')
    await page.screenshot({ path: `${output}seed-dark.png` })
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.emulateMedia({ colorScheme: 'light', media: 'print' })
    const print = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(print).toBe('14px')
    await page.screenshot({ path: `${output}seed-print-media.png` })
    await context.close()
  })

  it('fits a 375 px phone: no sideways scroll, paragraph numbers on the page', async () => {
    const { context, page } = await open({ width: 375, height: 812, mobile: true })
    await load(page)
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      numbers: [...document.querySelectorAll('.pn')].map((a) => a.getBoundingClientRect().left),
      text: (document.getElementById('p1') as Element).getBoundingClientRect().width
    }))
    expect(layout.scrollWidth).toBeLessThanOrEqual(375)
    expect(Math.min(...layout.numbers)).toBeGreaterThanOrEqual(0)
    expect(layout.text).toBeGreaterThan(280)
    await page.screenshot({ path: `${output}seed-phone.png` })
    await page.evaluate(() => document.getElementById('c1-notes')?.scrollIntoView())
    await page.screenshot({ path: `${output}seed-phone-notes.png` })
    await context.close()
  })

  it('draws every embedded image, within the measure, on a wide screen and a phone', async () => {
    for (const size of sizes) {
      const { context, page } = await open(size)
      await load(page, '', figuresUrl)
      const found = await page.evaluate(() => {
        const measure =
          document.querySelector('section.section')?.getBoundingClientRect().width ?? 0
        return {
          measure,
          viewport: window.innerWidth,
          scroll: document.documentElement.scrollWidth,
          images: Array.from(document.querySelectorAll('img'), (img) => ({
            alt: img.alt,
            drawn: img.complete && img.naturalWidth > 0,
            width: img.getBoundingClientRect().width
          })),
          shown: Array.from(document.querySelectorAll('.image-alt'), (span) => span.textContent)
        }
      })
      expect(found.images.map((image) => image.alt)).toEqual([
        'A map of the valley in blue and sand',
        'A plan of the road',
        'a red dot',
        'The plan again'
      ])
      for (const image of found.images) {
        expect(image.drawn, image.alt).toBe(true)
        expect(image.width, image.alt).toBeLessThanOrEqual(found.measure + 0.5)
      }
      // The 2000 px plan fills the measure and no more; the page does not scroll sideways.
      expect(found.images[1]?.width).toBeCloseTo(found.measure, 0)
      expect(found.scroll).toBeLessThanOrEqual(found.viewport)
      expect(found.shown).toEqual(['The lost plate', 'A photograph', 'Some notes', 'A copy'])
      await page.screenshot({ path: `${output}figures-${size.width}.png`, fullPage: true })
      await context.close()
      // axe is let in by bypassing the policy, in a page of its own.
      const checked = await open({ ...size, bypassCSP: true })
      await load(checked.page, '', figuresUrl)
      await expectNoViolations(checked.page, `figures at ${size.width} px`)
      await checked.context.close()
    }
  })

  it('let no request leave any page in these tests', () => {
    if (missing) throw missing
    expect(blocked).toEqual([])
  })
})
