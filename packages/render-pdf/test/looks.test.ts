// What the PDF editions look like, compared with committed reference images: pages drawn by
// pdf.js in Chromium, in grey at 1.25 pixels a point (90 dpi). The first manuscript with its
// note bodies (6×9 in, notes at the foot): its chapter opening, the spread after it, and the
// page where its first long note (note 9, ten sentences) is set; the example reader's title
// page and sources page. Its pages moved 2 pt, or one word changed, fail the comparison.
//
// References: `test/references/*.png`; rewrite them with `UPDATE=1 npx vitest run
// test/looks.test.ts` and look at every one before committing it.
import { fileURLToPath } from 'node:url'
import { findBrowser } from '@colophon/browser'
import type { Root } from '@colophon/schema'
import { PDFDocument } from 'pdf-lib'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleReaderTree } from '../../render-html/test/example-reader.js'
import type { Grey } from '../../render-html/test/pixels.js'
import {
  type Match,
  matchReference,
  type Places,
  tolerance
} from '../../render-html/test/references.js'
import { type PdfResult, renderPdf } from '../src/index.js'
import { notedSeedTree, open, pageTexts } from './helpers.js'
import { type PageImages, pageImages } from './page-images.js'

const places: Places = {
  references: fileURLToPath(new URL('references/', import.meta.url)),
  output: fileURLToPath(new URL('../test-output/looks/', import.meta.url))
}
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const scale = 1.25
const slow = 240_000

/** The seed with its note bodies, the first `the` of its first paragraph made `a`. */
function changedTree(): Root {
  const tree = notedSeedTree()
  const first = tree.children[0]?.children[0]?.children.find((block) => block.type === 'paragraph')
  const text = first?.type === 'paragraph' ? first.children[0]?.children[0] : undefined
  if (text?.type !== 'text' || !/\bthe\b/.test(text.value)) {
    throw new Error('Expected the first claim to begin with text holding a “the”')
  }
  text.value = text.value.replace(/\bthe\b/, 'a')
  return tree
}

/** The PDF with every page's content moved `points` to the right: margins 2 pt different. */
async function moved(pdf: Uint8Array, points: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf)
  for (const page of doc.getPages()) page.translateContent(points, 0)
  return doc.save()
}

let browser: Browser
let images: PageImages
let seed: PdfResult
let reader: PdfResult
/** Page indexes: the chapter opening, and the page where note 9's body begins. */
const at = { opening: -1, longNote: -1, sources: -1 }

beforeAll(async () => {
  const render = (tree: Root) => renderPdf(tree, { env, notes: 'foot', audit: false })
  seed = await render(notedSeedTree())
  reader = await render(exampleReaderTree())
  const changed = await render(changedTree())
  at.opening = seed.concordance.ids.c1?.index ?? -1
  at.sources = reader.concordance.ids.sources?.index ?? -1
  at.longNote = (await pageTexts(await open(seed.pdf))).findIndex((text) =>
    text.includes('Source 9:')
  )
  const found = await findBrowser()
  browser = await chromium.launch({ executablePath: found.executablePath, args: ['--no-sandbox'] })
  images = await pageImages(browser, {
    seed: seed.pdf,
    reader: reader.pdf,
    changed: changed.pdf,
    moved: await moved(seed.pdf, 2)
  })
}, slow)

afterAll(async () => {
  await images?.close()
  await browser?.close()
})

function expectLike(image: Grey, name: string): void {
  const match = matchReference(image, name, places)
  expect(match.pass, match.message).toBe(true)
}

describe('the PDF editions look as their references', () => {
  it('the first manuscript: its chapter opening, on a right-hand page', async () => {
    expect(at.opening).toBeGreaterThanOrEqual(0)
    expect(seed.concordance.ids.c1?.page).toBe('1')
    expectLike(await images.draw('seed', [at.opening], scale), 'pdf-seed-opening')
  })

  it('the first manuscript: the spread after its opening (pages 2 and 3)', async () => {
    const spread = [at.opening + 1, at.opening + 2]
    expectLike(await images.draw('seed', spread, scale), 'pdf-seed-spread')
  })

  it('the first manuscript: the page with its first long note at the foot', async () => {
    expect(at.longNote).toBeGreaterThan(at.opening)
    expectLike(await images.draw('seed', [at.longNote], scale), 'pdf-seed-long-note')
  })

  it('the example reader: its title page and its sources page', async () => {
    expect(at.sources).toBeGreaterThan(0)
    expectLike(await images.draw('reader', [0], scale), 'pdf-reader-title')
    expectLike(await images.draw('reader', [at.sources], scale), 'pdf-reader-sources')
  })
})

describe('the drawing itself', () => {
  // A line whose baseline fell halfway between two pixels was drawn in either from one run to
  // the next (a line of the spread, a pixel apart, in one full test run of three).
  it('is the same with the pages 1/10,000 pixel lower: no line stands on a pixel’s edge', async () => {
    const spread = [at.opening + 1, at.opening + 2]
    const drawn = await images.draw('seed', spread, scale)
    const lower = await images.draw('seed', spread, scale, 1e-4)
    const differ = drawn.grey.filter((value, k) => value !== lower.grey[k]).length
    expect(differ).toBe(0)
  })
})

describe('a change to the rendering fails the comparison', () => {
  const compareChanged = async (pdf: string, label: string): Promise<Match> => {
    const image = await images.draw(pdf, [at.opening], scale)
    return matchReference(image, 'pdf-seed-opening', places, { update: false, label })
  }

  it('the pages’ content moved 2 pt to the right', async () => {
    const match = await compareChanged('moved', 'moved-2pt')
    expect(match.pass, match.message).toBe(false)
    expect(match.share).toBeGreaterThan(10 * tolerance.share)
  })

  it('one word of the first paragraph changed', async () => {
    const match = await compareChanged('changed', 'changed-word')
    expect(match.pass, match.message).toBe(false)
    expect(match.share).toBeGreaterThan(10 * tolerance.share)
  })
})
