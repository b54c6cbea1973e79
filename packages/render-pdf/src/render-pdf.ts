// The edition AST to a print-ready PDF. Each chapter is paginated by Paged.js on its own, in
// parallel (Paged.js's cost grows faster than the length of what it paginates, so a book
// paginated whole slows down with every chapter), and printed once the chapters before it
// are laid out, so that its folios run on from theirs; the front matter is paginated with
// the page numbers of the contents, and pdf-lib stitches and finishes the whole. The pages are checked before the
// PDF is handed back: every footnote on its reference's page, no text lost, a sane count.
import { createHash } from 'node:crypto'
import type { Chapter, Root } from '@colophon/schema'
import type { Browser } from 'playwright-core'
import type { VFileMessage } from 'vfile-message'
import { findBrowser, launchBrowser } from './browser.js'
import { checkPageCount, checkPart, type PartPlan } from './checks.js'
import {
  type ContentsEntry,
  chapterDocument,
  frontDocument,
  type PrintDocument
} from './documents.js'
import {
  addBleed,
  addNamedDestinations,
  addOutline,
  type NamedDestination,
  type OutlineEntry,
  readFonts,
  type StitchPart,
  save,
  setMetadata,
  setPageLabels,
  stitch
} from './finish/index.js'
import { fontFaces } from './fonts.js'
import { hyphenatorFor } from './hyphenate.js'
import { allNotesMissing, indexTree } from './index-tree.js'
import { layoutOf } from './layout.js'
import { message } from './messages.js'
import { type PdfOptions, type Settings, settingsOf } from './options.js'
import type { PaginationFacts } from './page-script.js'
import { Pager, RenderError } from './paginate.js'
import { toRoman } from './roman.js'

/** Where each paragraph, claim, section and chapter is printed. */
export interface Concordance {
  title: string
  /** Pages in the PDF. */
  pages: number
  /** Each page's printed number (folio), by PDF page index; '' where none is printed. */
  folios: string[]
  /** By id: the folio of the page where it begins, and that page's index in the PDF (from 0). */
  ids: Record<string, { page: string; index: number }>
}

export interface PdfResult {
  /** The PDF, also when the checks found errors: it shows what went wrong. */
  pdf: Uint8Array
  concordance: Concordance
  /** What the checks found; an error means the PDF must not go to a printer. */
  messages: VFileMessage[]
}

const pxToPt = 0.75

/** Renders `tree` as a PDF. Misuse (bad options) throws; a browser failure rejects with a `RenderError`. */
export async function renderPdf(tree: Root, options?: PdfOptions): Promise<PdfResult> {
  const settings = settingsOf(options)
  if (tree?.type !== 'root' || !Array.isArray(tree.children) || typeof tree.meta !== 'object') {
    throw new TypeError('Expected an edition tree, a `root` with `meta` and chapters')
  }
  const messages: VFileMessage[] = []
  const hyphenate = hyphenatorFor(tree.meta.language)
  if (!hyphenate) {
    messages.push(
      message(
        'info',
        'pdf-hyphenation',
        `No hyphenation patterns for language \`${tree.meta.language}\`; lines break between words only`
      )
    )
  }
  const found = await findBrowser({ explicit: settings.browser, env: settings.env })
  settings.onProgress(`Starting the browser (${found.executablePath})`)
  const launching = launchBrowser(found, {
    timeoutMs: settings.budgets.launch,
    env: settings.env
  })
  launching.catch(() => {})
  // The chapters' documents are made while the browser starts.
  const documents = chapterDocuments(tree, settings, hyphenate)
  const browser = await launching
  try {
    return await render(browser, tree, documents, settings, messages, hyphenate)
  } finally {
    await browser.close().catch(() => {})
  }
}

/** Each chapter's document, with its running heads; the notice on absent notes once. */
function chapterDocuments(
  tree: Root,
  settings: Settings,
  hyphenate: ((text: string) => string) | undefined
): PrintDocument[] {
  const layout = layoutOf(settings.size)
  const noticeAt = tree.children.map(allNotesMissing).indexOf(true)
  const author = tree.meta.author ?? tree.meta.title
  const total = tree.children.length
  return tree.children.map((chapter, index) => {
    const title = chapter.title?.replace(/\s*\n\s*/g, ' ')
    return chapterDocument(tree, index, {
      layout,
      notes: settings.notes,
      hyphenate,
      notice: index === noticeAt,
      heads: { left: author, right: (total > 1 ? title : undefined) ?? tree.meta.title }
    })
  })
}

async function render(
  browser: Browser,
  tree: Root,
  documents: readonly PrintDocument[],
  settings: Settings,
  messages: VFileMessage[],
  hyphenate: ((text: string) => string) | undefined
): Promise<PdfResult> {
  const layout = layoutOf(settings.size)
  const { width, height } = settings.size
  const closed = new Promise<never>((_, reject) =>
    browser.on('disconnected', () =>
      reject(
        new RenderError(
          'The browser closed during the render (it crashed or was killed)',
          'pdf-browser'
        )
      )
    )
  )
  closed.catch(() => {})
  const guard = <T>(promise: Promise<T>) => Promise.race([promise, closed])

  // The chapters, each alone, as many at once as there are cores.
  const absent = tree.children.map(allNotesMissing)
  const total = tree.children.length
  const started = performance.now()
  const workers = Math.min(settings.concurrency, total)
  const fonts = fontFaces(tree)
  // Each worker starts on its first chapter as soon as its own page is ready.
  const pagers = Array.from({ length: workers }, () =>
    guard(Pager.open(browser, fonts, settings.budgets))
  )
  for (const pager of pagers) pager.catch(() => {})
  // A chapter's first folio is known once the chapters before it are laid out: each is laid
  // out, says its page count, waits for those before it, and is printed with its folios.
  const counts = tree.children.map(() => deferred<number>())
  const firstFolioOf = async (index: number) => {
    let folio = 1
    for (const [k, count] of counts.slice(0, index).entries()) {
      const pages = await count.promise
      folio += pages + (pages % 2 === 1 && k < total - 1 ? 1 : 0)
    }
    return folio
  }
  const parts = await guard(
    pool(tree.children, pagers, async (opening, chapter, index) => {
      const pager = await opening
      const label = labelOf(chapter, index, total)
      settings.onProgress(`Paginating ${label} (${index + 1} of ${total})`)
      const document = documents[index] as PrintDocument
      let facts: PaginationFacts
      try {
        facts = await pager.layout(document, { label, maxPages: settings.maxPages })
      } catch (error) {
        counts[index]?.reject(error)
        throw error
      }
      counts[index]?.resolve(facts.pages.length)
      const firstFolio = await firstFolioOf(index)
      const part = await pager.print(label, firstFolio, facts)
      settings.onProgress(
        `Paginated ${label}: ${facts.pages.length} pages in ${seconds(performance.now() - started)}`
      )
      return part
    })
  )

  // Body folios from 1; each chapter opens on a right-hand (odd) page.
  const plans: PartPlan[] = []
  let folio = 1
  for (const [index, part] of parts.entries()) {
    const count = part.facts.pages.length
    const pad = count % 2 === 1 && index < parts.length - 1 ? 1 : 0
    plans.push({
      chapter: tree.children[index] as Chapter,
      part,
      firstFolio: folio,
      pad,
      firstIndex: 0
    })
    folio += count + pad
  }
  const bodyPages = folio - 1

  // The front matter, with the contents' page numbers now known; roman folios.
  const contents: ContentsEntry[] | undefined =
    total > 1
      ? plans.map((plan, index) => ({
          id: plan.chapter.id,
          title: plan.chapter.title?.replace(/\s*\n\s*/g, ' ') ?? `Chapter ${index + 1}`,
          part: plan.chapter.part,
          folio: String(plan.firstFolio)
        }))
      : undefined
  settings.onProgress('Paginating the front matter')
  const front = await guard(
    (await (pagers[0] as Promise<Pager>)).paginate(
      frontDocument(tree, { layout, notes: settings.notes, hyphenate, contents }),
      { label: 'the front matter', maxPages: settings.maxPages }
    )
  )
  await Promise.all(pagers.map(async (pager) => (await pager).close()))
  const frontCount = front.facts.pages.length
  const frontPad = frontCount % 2
  const bodyStart = frontCount + frontPad
  let index = bodyStart
  for (const plan of plans) {
    plan.firstIndex = index
    index += plan.part.facts.pages.length + plan.pad
  }
  const pageCount = index
  if (pageCount > settings.maxPages) {
    throw new RenderError(
      `The book has ${pageCount} pages, past the ceiling of ${settings.maxPages}; raise it with \`--max-pages\``,
      'pdf-page-ceiling'
    )
  }

  // What each page is called.
  const folios: string[] = new Array(pageCount).fill('')
  // The blank verso that may end the front matter counts, as in the page labels.
  for (let k = 0; k < bodyStart; k++) folios[k] = toRoman(k + 1)
  for (const plan of plans) {
    const count = plan.part.facts.pages.length
    for (let k = 0; k < count + plan.pad; k++) {
      folios[plan.firstIndex + k] = String(plan.firstFolio + k)
    }
  }

  // The checks, against the tree.
  const indexed = tree.children.map((chapter, k) =>
    indexTree({ ...tree, children: [chapter] }, !absent[k])
  )
  for (const [k, plan] of plans.entries()) {
    checkPart(plan, indexed[k] as ReturnType<typeof indexTree>, folios, settings, messages)
  }
  checkPageCount(plans, layout, messages)
  for (const part of [front, ...parts]) {
    for (const url of part.blocked) {
      messages.push(
        message(
          'warning',
          'pdf-request',
          `The page asked for \`${url}\`, which was refused; every resource must be inside the document`
        )
      )
    }
  }

  // Stitch and finish.
  settings.onProgress(`Stitching ${pageCount} pages`)
  const blank = { blank: { width, height } }
  const pieces: StitchPart[] = [front.pdf]
  if (frontPad) pieces.push(blank)
  for (const plan of plans) {
    pieces.push(plan.part.pdf)
    if (plan.pad) pieces.push(blank)
  }
  const doc = await stitch(pieces)
  // Chromium rounds the page to whole device pixels (A4 comes out 594.96 pt wide); the trim
  // must be exact for a printer.
  for (const page of doc.getPages()) page.setSize(width, height)
  setPageLabels(doc, [
    { start: 0, style: 'r' },
    { start: bodyStart, style: 'D', first: 1 }
  ])
  const concordance: Concordance = { title: tree.meta.title, pages: pageCount, folios, ids: {} }
  const dests: NamedDestination[] = []
  const outline: OutlineEntry[] = []
  for (const plan of plans) {
    const starts = new Map<string, { page: number; top: number }>()
    for (const [k, page] of plan.part.facts.pages.entries()) {
      for (const start of page.starts) {
        if (starts.has(start.id)) continue
        const at = { page: plan.firstIndex + k, top: round(height - start.top * pxToPt) }
        starts.set(start.id, at)
        concordance.ids[start.id] = { page: folios[at.page] ?? '', index: at.page }
        dests.push({ name: start.id, page: at.page, top: at.top })
      }
    }
    const chapterAt = starts.get(plan.chapter.id) ?? { page: plan.firstIndex, top: height }
    const sections: OutlineEntry[] = []
    for (const section of plan.chapter.children) {
      const at = starts.get(section.id)
      if (section.title === undefined || !at) continue
      sections.push({ title: section.title, page: at.page, top: at.top })
    }
    const index = plans.indexOf(plan)
    outline.push({
      title:
        plan.chapter.title?.replace(/\s*\n\s*/g, ' ') ??
        (total > 1 ? `Chapter ${index + 1}` : tree.meta.title),
      page: chapterAt.page,
      top: chapterAt.top,
      children: sections
    })
  }
  addOutline(doc, outline)
  addNamedDestinations(doc, dests)
  setMetadata(doc, {
    title: tree.meta.title,
    ...(tree.meta.author === undefined ? {} : { author: tree.meta.author }),
    ...(tree.meta.work === undefined ? {} : { subject: tree.meta.work }),
    keywords: keywordsOf(tree),
    language: tree.meta.language,
    creator: 'Colophon',
    producer: 'Colophon with Paged.js, Chromium and pdf-lib',
    ...(settings.date === undefined ? {} : { date: settings.date })
  })
  if (settings.print) addBleed(doc, { bleedMm: 3, marks: true })
  const pdf = await save(doc, { id: documentId(tree, settings) })

  // Only the edition's typeface may be in the file.
  for (const font of await readFonts(pdf)) {
    if (!/^(?:[A-Z]{6}\+)?SourceSerif4/.test(font)) {
      messages.push(
        message(
          'error',
          'pdf-font',
          `The PDF uses the font \`${font}\`, not the edition's typeface Source Serif 4; a character the typeface lacks fell back to a system font`
        )
      )
    }
  }
  settings.onProgress(
    `Done: ${pageCount} pages (${bodyPages} numbered) in ${seconds(performance.now() - started)}`
  )
  return { pdf, concordance, messages }
}

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  promise.catch(() => {})
  return { promise, resolve, reject }
}

/** Runs `task` over `items`, one at a time on each worker, keeping the order of the results. */
async function pool<W, T, R>(
  items: readonly T[],
  workers: readonly W[],
  task: (worker: W, item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const run = async (worker: W) => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(worker, items[index] as T, index)
    }
  }
  await Promise.all(workers.map(run))
  return results
}

function labelOf(chapter: Chapter, index: number, total: number): string {
  const title = chapter.title?.replace(/\s*\n\s*/g, ' ')
  if (total === 1) return title === undefined ? 'the text' : `“${title}”`
  return title === undefined ? `chapter ${index + 1}` : `chapter ${index + 1} (“${title}”)`
}

function keywordsOf(tree: Root): string[] {
  const words = ['edition']
  if (tree.meta.work !== undefined) words.push(tree.meta.work)
  for (const chapter of tree.children) {
    if (chapter.title !== undefined) words.push(chapter.title.replace(/\s*\n\s*/g, ' '))
  }
  return [...new Set(words)]
}

/** A stable document ID: the sources' hashes and everything that changes the layout. */
function documentId(tree: Root, settings: Settings): string {
  const hash = createHash('sha256')
  for (const source of tree.meta.sources) hash.update(`${source.path}\0${source.sha256}\0`)
  hash.update(JSON.stringify([settings.size, settings.notes, settings.print]))
  return hash.digest('hex').slice(0, 32)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
