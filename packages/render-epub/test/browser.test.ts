// The EPUB's documents in a real browser (Chromium through playwright-core, as the HTML
// edition's browser tests): every content document parses as XML, the embedded face is the one
// drawn, a note reference leads to its note and the note back to it, and axe-core finds no
// violation in any document of the first manuscript's book or of a Markdown text with code,
// tables and images (the corpus's en-ossf-compiler-hardening). Screenshots go to
// test-output/ for a person to look at. The browser is `@colophon/browser`'s; without one these
// tests fail with the finder's message.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findBrowser } from '@colophon/browser'
import { parseFile } from '@colophon/parser'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderEpub } from '../src/index.js'
import { fixtureTree, repository, seedTree, unzip } from './helpers.js'

const output = fileURLToPath(new URL('../test-output/', import.meta.url))
const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)
const hardening = join(
  repository,
  'corpus/en-ossf-compiler-hardening/en-ossf-compiler-hardening.md'
)

let browser: Browser
let missing: Error | undefined

/** A book unzipped: its folder's URL, and its content documents (`OEBPS/…xhtml`) in order. */
interface Book {
  url: string
  documents: string[]
}

/** Unzips the EPUB of `tree` into `test-output/<name>/`. */
function unpack(name: string, epub: Uint8Array): Book {
  const folder = join(output, name)
  rmSync(folder, { recursive: true, force: true })
  const documents: string[] = []
  for (const [path, data] of unzip(epub)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), data)
    if (path.endsWith('.xhtml')) documents.push(path)
  }
  return { url: pathToFileURL(`${folder}/`).href, documents }
}

let notesBook: Book
let seedBook: Book
let pagedBook: Book

/** A concordance of the seed's print edition: pages i and ii, then p1-p3 on 1, p3.2 on 3. */
const concordance = {
  folios: ['', 'ii', '1', '2', '3', '4'],
  ids: { c1: { index: 2 }, p1: { index: 2 }, 'p3.2': { index: 4 }, p4: { index: 5 } }
}
let hardeningBook: Book

beforeAll(async () => {
  notesBook = unpack('gutenberg-footnotes', renderEpub(fixtureTree('gutenberg-footnotes')))
  seedBook = unpack('seed', renderEpub(seedTree()))
  pagedBook = unpack(
    'seed-paged',
    renderEpub(seedTree(), { pages: { concordance, source: 'snyder.pdf' } })
  )
  const { tree } = parseFile(hardening)
  if (!tree) throw new Error(`Expected a tree from ${hardening}`)
  hardeningBook = unpack('ossf-compiler-hardening', renderEpub(tree))
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

/** A page that loads nothing but the book's own files. */
async function open(): Promise<Page> {
  if (missing) throw missing
  const context = await browser.newContext({
    viewport: { width: 600, height: 900 },
    // axe is put into the page as a script of its own.
    bypassCSP: true
  })
  await context.route('**', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort()
  )
  return context.newPage()
}

describe('the EPUB in a browser', () => {
  it('has content documents that parse as XML, set in the embedded face', async () => {
    const page = await open()
    for (const file of ['cover.xhtml', 'nav.xhtml', 'chapter1.xhtml', 'colophon.xhtml']) {
      await page.goto(`${seedBook.url}OEBPS/${file}`)
      expect(await page.locator('parsererror').count(), file).toBe(0)
      expect(await page.evaluate(() => document.contentType), file).toBe('application/xhtml+xml')
    }
    await page.goto(`${seedBook.url}OEBPS/chapter1.xhtml`)
    await page.evaluate(() => document.fonts.ready)
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family)
    )
    expect(faces).toContain('Source Serif 4')
    await page.screenshot({ path: join(output, 'seed-chapter1.png') })
    await page.context().close()
  })

  it('follows an entry of the page list to the place its print page begins', async () => {
    const page = await open()
    await page.goto(`${pagedBook.url}OEBPS/nav.xhtml`)
    // The page list is hidden (a reading system shows it in its own menu): its entry is followed
    // as a reading system follows it, by its address.
    const entry = page.locator('#page-list a', { hasText: /^3$/ })
    expect(await entry.count()).toBe(1)
    const href = await entry.getAttribute('href')
    expect(href).toBe('chapter1.xhtml#page-3')
    await page.goto(new URL(href ?? '', page.url()).href)
    const url = new URL(page.url())
    expect(url.pathname.endsWith('/OEBPS/chapter1.xhtml')).toBe(true)
    const marker = page.locator(':target')
    expect(await marker.getAttribute('role')).toBe('doc-pagebreak')
    expect(await marker.getAttribute('aria-label')).toBe('3')
    // The marker stands where p3.2 begins: the claim is the element after it.
    expect(await marker.evaluate((element) => element.nextElementSibling?.getAttribute('id'))).toBe(
      'p3.2'
    )
    await page.context().close()
  })

  it('follows a note reference to its note, and the note back to its reference', async () => {
    const page = await open()
    await page.goto(`${notesBook.url}OEBPS/chapter1.xhtml`)
    // `epub:type` is in the OPS namespace in an XML document: a CSS selector needs its prefix
    // declared, so the reference is found by its role and its type read from the DOM.
    const reference = page.locator('a[role="doc-noteref"]').first()
    expect(
      await reference.evaluate((element) =>
        element.getAttributeNS('http://www.idpf.org/2007/ops', 'type')
      )
    ).toBe('noteref')
    const href = await reference.getAttribute('href')
    const id = await reference.getAttribute('id')
    expect(href).toMatch(/^#fn-/)
    await reference.click()
    expect(new URL(page.url()).hash).toBe(href)
    const note = page.locator('li:target')
    expect(await note.getAttribute('epub:type')).toBe('endnote')
    await expect.poll(() => note.isVisible()).toBe(true)
    expect(await note.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(900)
    await page.screenshot({ path: join(output, 'note.png') })
    await note.locator('a[role="doc-backlink"]').first().click()
    expect(new URL(page.url()).hash).toBe(`#${id}`)
    await page.context().close()
  })
})

/** axe-core's violations in the document open in `page`, one line each; and how many rules pass. */
async function violationsIn(page: Page): Promise<{ passes: number; violations: string[] }> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
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
}

describe('the EPUB’s documents, by axe-core', () => {
  const books = () =>
    [
      ['the first manuscript', seedBook],
      ['en-ossf-compiler-hardening', hardeningBook]
    ] as const

  for (const [index, name] of ['the first manuscript', 'en-ossf-compiler-hardening'].entries()) {
    it(`finds no violation in any document of ${name}’s book`, async () => {
      const [, book] = books()[index] ?? []
      if (!book) throw new Error(`Expected the book of ${name}`)
      expect(book.documents.length).toBeGreaterThan(3)
      const page = await open()
      const violations: Record<string, string[]> = {}
      for (const document of book.documents) {
        await page.goto(`${book.url}${document}`)
        const found = await violationsIn(page)
        if (found.violations.length > 0) violations[document] = found.violations
        expect(found.passes, document).toBeGreaterThan(5)
      }
      expect(violations).toEqual({})
      await page.context().close()
    }, 120_000)
  }
})
