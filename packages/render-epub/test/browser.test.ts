// The EPUB's documents in a real browser (Chromium through playwright-core, as the HTML
// edition's browser tests): every content document parses as XML, the embedded face is the one
// drawn, and a note reference leads to its note and the note back to it. Screenshots go to
// test-output/ for a person to look at. The browser is `@colophon/browser`'s; without one these
// tests fail with the finder's message.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findBrowser } from '@colophon/browser'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderEpub } from '../src/index.js'
import { fixtureTree, seedTree, unzip } from './helpers.js'

const output = fileURLToPath(new URL('../test-output/', import.meta.url))
const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']

let browser: Browser
let missing: Error | undefined

/** Unzips the EPUB of `tree` into `test-output/<name>/`; its folder's URL. */
function unpack(name: string, epub: Uint8Array): string {
  const folder = join(output, name)
  rmSync(folder, { recursive: true, force: true })
  for (const [path, data] of unzip(epub)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), data)
  }
  return pathToFileURL(`${folder}/`).href
}

let notesBook: string
let seedBook: string

beforeAll(async () => {
  notesBook = unpack('gutenberg-footnotes', renderEpub(fixtureTree('gutenberg-footnotes')))
  seedBook = unpack('seed', renderEpub(seedTree()))
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
  const context = await browser.newContext({ viewport: { width: 600, height: 900 } })
  await context.route('**', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort()
  )
  return context.newPage()
}

describe('the EPUB in a browser', () => {
  it('has content documents that parse as XML, set in the embedded face', async () => {
    const page = await open()
    for (const file of ['cover.xhtml', 'nav.xhtml', 'chapter1.xhtml', 'colophon.xhtml']) {
      await page.goto(`${seedBook}OEBPS/${file}`)
      expect(await page.locator('parsererror').count(), file).toBe(0)
      expect(await page.evaluate(() => document.contentType), file).toBe('application/xhtml+xml')
    }
    await page.goto(`${seedBook}OEBPS/chapter1.xhtml`)
    await page.evaluate(() => document.fonts.ready)
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family)
    )
    expect(faces).toContain('Source Serif 4')
    await page.screenshot({ path: join(output, 'seed-chapter1.png') })
    await page.context().close()
  })

  it('follows a note reference to its note, and the note back to its reference', async () => {
    const page = await open()
    await page.goto(`${notesBook}OEBPS/chapter1.xhtml`)
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
