// Draws a PDF's pages as images with pdf.js on a canvas in Chromium (the browser the renderer
// uses, through playwright-core): no system tool, only what `npm ci` installs. The page, pdf.js
// and its worker are served from memory under a made-up origin; nothing else loads.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { type Grey, greyOf, readPng } from '../../render-html/test/pixels.js'

const origin = 'http://pages.colophon.invalid'
// The legacy build: the modern one calls methods that the Chromium `npm ci` installs (143) lacks.
const build = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'legacy/build'
)

// pdf.js as the browser loads it: a module and its worker, from the page's own origin.
const loader = `<!DOCTYPE html><title>pages</title><script type="module">
import * as pdfjs from '/pdf.mjs'
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs'
window.pdfjs = pdfjs
</script>`

/** What the page script above leaves on `window`: as much of pdf.js as is used here. */
interface PdfJs {
  getDocument(options: { url: string; isEvalSupported: boolean }): {
    promise: Promise<{
      getPage(number: number): Promise<{
        getViewport(options: { scale: number; offsetX: number; offsetY: number }): {
          width: number
          height: number
        }
        render(options: object): { promise: Promise<void> }
      }>
      destroy(): Promise<void>
    }>
  }
}

export interface PageImages {
  /** Pages (0-based indexes) of the PDF `name`, side by side, in grey at `scale` pixels a point. */
  draw(name: string, indexes: readonly number[], scale: number, nudge?: number): Promise<Grey>
  close(): Promise<void>
}

// Pages are drawn 1/32 pixel right of and below the canvas's corner. Text lines stand on whole
// CSS pixels, which at 1.25 pixels a point fall on sixteenths of a pixel; Chromium's canvas
// rounds a glyph's baseline to the whole pixel (and its left edge to a fraction of one), so a
// line whose baseline fell exactly halfway was drawn a pixel higher or lower by rounding noise,
// from one run to the next. A thirty-second of a pixel keeps every such place off the edge.
const shift = 1 / 32

/** A Chromium page ready to draw the PDFs `pdfs` (by name) with pdf.js. */
export async function pageImages(
  browser: Browser,
  pdfs: Readonly<Record<string, Uint8Array>>
): Promise<PageImages> {
  const files: Record<string, [string, Uint8Array | string]> = {
    '/': ['text/html', loader],
    '/pdf.mjs': ['text/javascript', readFileSync(join(build, 'pdf.mjs'))],
    '/pdf.worker.mjs': ['text/javascript', readFileSync(join(build, 'pdf.worker.mjs'))]
  }
  for (const [name, bytes] of Object.entries(pdfs))
    files[`/${name}.pdf`] = ['application/pdf', bytes]
  const context: BrowserContext = await browser.newContext({ deviceScaleFactor: 1 })
  await context.route('**', (route) => {
    const url = new URL(route.request().url())
    const file = url.origin === origin ? files[url.pathname] : undefined
    if (!file) return route.abort()
    return route.fulfill({ contentType: file[0], body: Buffer.from(file[1]) })
  })
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  await page.waitForFunction(() => 'pdfjs' in window)
  return {
    draw: async (name, indexes, scale, nudge = 0) =>
      drawPages(page, name, indexes, scale, { x: shift, y: shift + nudge }),
    close: () => context.close()
  }
}

async function drawPages(
  page: Page,
  name: string,
  indexes: readonly number[],
  scale: number,
  offset: { x: number; y: number }
): Promise<Grey> {
  const png = await page.evaluate(
    async ({ url, indexes, scale, offset }) => {
      const pdfjs = (window as unknown as { pdfjs: PdfJs }).pdfjs
      const pdf = await pdfjs.getDocument({ url, isEvalSupported: false }).promise
      // Each page on a canvas of its own (pdf.js paints the whole canvas white first), then
      // set side by side on one.
      const drawn: HTMLCanvasElement[] = []
      for (const index of indexes) {
        const one = await pdf.getPage(index + 1)
        const viewport = one.getViewport({ scale, offsetX: offset.x, offsetY: offset.y })
        const canvas = document.createElement('canvas')
        canvas.width = Math.round(viewport.width)
        canvas.height = Math.round(viewport.height)
        const context = canvas.getContext('2d', { willReadFrequently: true })
        if (!context) throw new Error('Expected a 2D canvas')
        // Drawn until two drawings agree: the first follows the operators as the worker streams
        // them and the fonts as they load, and a line can land a pixel apart from one run to
        // the next; later ones draw from the finished list with the fonts in place.
        let last = ''
        for (let attempt = 0; attempt < 6; attempt++) {
          await one.render({ canvasContext: context, viewport }).promise
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
          let hash = 0
          for (const value of pixels) hash = (Math.imul(hash, 31) + value) | 0
          if (String(hash) === last) break
          last = String(hash)
        }
        drawn.push(canvas)
      }
      await pdf.destroy()
      const spread = document.createElement('canvas')
      spread.width = drawn.reduce((sum, canvas) => sum + canvas.width, 0)
      spread.height = Math.max(...drawn.map((canvas) => canvas.height))
      const context = spread.getContext('2d')
      if (!context) throw new Error('Expected a 2D canvas')
      context.fillStyle = '#fff'
      context.fillRect(0, 0, spread.width, spread.height)
      let left = 0
      for (const canvas of drawn) {
        context.drawImage(canvas, left, 0)
        left += canvas.width
      }
      return spread.toDataURL('image/png')
    },
    { url: `/${name}.pdf`, indexes, scale, offset }
  )
  return greyOf(readPng(Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64')))
}
