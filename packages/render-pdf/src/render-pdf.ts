// The edition AST to a print-ready PDF. Each part (a chapter, the notes at the end of the
// book, a reader's list of sources) is paginated by Paged.js on its own, in parallel
// (Paged.js's cost grows faster than the length of what it paginates, so a book paginated
// whole slows down with every chapter), and printed once the parts before it are laid out, so
// that its folios run on from theirs; the front matter is paginated with the page numbers of
// the contents, and pdf-lib stitches and finishes the whole. With a cache, a part paginated
// before with the same content and folios is taken from it. The pages are checked before the
// PDF is handed back: every footnote on its reference's page, no text lost, a sane count.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { findBrowser } from '@colophon/browser'
import { isLongNote, noteLength, wordsFor } from '@colophon/render-html'
import type { Root } from '@colophon/schema'
import type { PDFDocument } from 'pdf-lib'
import type { VFileMessage } from 'vfile-message'
import { type AuditReport, auditBook } from './audit.js'
import { auditMessages } from './audit-messages.js'
import { sandboxOff } from './browser.js'
import { PartCache } from './cache.js'
import { checkPageCount, checkPart, type PartPlan } from './checks.js'
import { missingCharacters } from './coverage.js'
import { type ContentsEntry, frontDocument, shellDocument } from './documents.js'
import {
  addBleed,
  addNamedDestinations,
  addOutline,
  addOutputIntent,
  colourPages,
  describeLinks,
  embedFontsOnce,
  fixRoles,
  fontsOf,
  identifyPdfx,
  type Metadata,
  type NamedDestination,
  type OutlineEntry,
  type StitchPart,
  save,
  setMetadata,
  setPageLabels,
  stitch,
  uniqueSubsetNames
} from './finish/index.js'
import { fontFaces } from './fonts.js'
import { hyphenatorFor } from './hyphenate.js'
import { type Layout, layoutOf, longNoteLimit } from './layout.js'
import { message } from './messages.js'
import { type PdfOptions, type Settings, settingsOf } from './options.js'
import { pageScript, setupScript } from './page-script.js'
import { type PaginatedPart, printOptions, RenderError, stepBudget } from './paginate.js'
import { type BookPart, bookParts } from './parts.js'
import { type Ready, readier, rgbPages } from './ready.js'
import { toRoman } from './roman.js'
import { Session } from './session.js'

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
  /** The typographic audit of the laid-out pages (none with `audit: false`). */
  audit?: AuditReport | undefined
}

/** A part of the book as laid out, with the part it was made from. */
type Plan = PartPlan & { of: BookPart; ready: Ready }

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
  const lacking = missingCharacters(tree)
  messages.push(...lacking)
  if (settings.notes === 'foot')
    messages.push(...longNoteNotices(tree, layoutOf(settings.size, settings.paragraphs)))
  const found = await findBrowser({ explicit: settings.browser, env: settings.env })
  const fonts = fontFaces(tree)
  const session = new Session(found, fonts, settings)
  // Without a cache every part is laid out: the browser starts, and its pages open, while the
  // documents are made.
  if (settings.cache === undefined) {
    session.open(Math.min(settings.concurrency, tree.children.length))
  }
  try {
    const parts = await bookParts(tree, settings, hyphenate)
    const cache =
      settings.cache === undefined
        ? undefined
        : await PartCache.open(settings.cache, {
            shell: shellDocument(fonts),
            executablePath: found.executablePath,
            version: rendererVersion(settings.tagged, settings.audit)
          })
    const result = await render(session, cache, tree, parts, settings, messages, hyphenate)
    if (session.launched) result.messages.push(...sandboxNotice(settings.env))
    for (const reason of session.restarts) {
      result.messages.push(message('info', 'pdf-browser-restart', reason))
    }
    for (const failure of cache?.failures.slice(0, 1) ?? []) {
      messages.push(
        message(
          'warning',
          'pdf-cache',
          `Could not keep the paginated parts in \`${cache?.dir}\` (${failure}); the next build lays them out again`
        )
      )
    }
    return result
  } finally {
    await session.close()
  }
}

/** An `info` message when the browser ran without its sandbox, saying why. */
function sandboxNotice(env: Readonly<Record<string, string | undefined>>): VFileMessage[] {
  const why = sandboxOff(env)
  if (why === undefined) return []
  const reason =
    why === 'root'
      ? 'The browser ran without its sandbox, because the build runs as `root` (Chromium cannot start its sandbox as root); run the build as an ordinary user to keep the sandbox'
      : 'The browser ran without its sandbox, because `COLOPHON_BROWSER_NO_SANDBOX` is set; unset it where the host allows the sandbox'
  return [message('info', 'pdf-sandbox', reason)]
}

/** What the stages of a render share: the browser, the cache, the settings, the messages. */
interface RenderContext {
  session: Session
  cache: PartCache | undefined
  tree: Root
  settings: Settings
  messages: VFileMessage[]
  hyphenate: ((text: string) => string) | undefined
  /** When the render began, for the progress lines. */
  started: number
  /** Parts laid out in the browser rather than taken from the cache. */
  laidOut: number
  /** Starts making a paginated part ready to stitch (see `readier`). */
  prepare: (part: PaginatedPart) => Ready
}

/** The stages: lay out the body, plan its pages, lay out the front, check, stitch and finish. */
async function render(
  session: Session,
  cache: PartCache | undefined,
  tree: Root,
  book: readonly BookPart[],
  settings: Settings,
  messages: VFileMessage[],
  hyphenate: ((text: string) => string) | undefined
): Promise<PdfResult> {
  const context: RenderContext = {
    ...{ session, cache, tree, settings, messages, hyphenate },
    started: performance.now(),
    laidOut: 0,
    prepare: readier(settings)
  }
  const { parts, ready, front, frontReady } = await paginateBook(context, book)
  const { plans, bodyPages } = planParts(book, parts, ready)
  // The browser closes while the book is checked and finished.
  const closing = session.close()
  const pages = placePages(plans, front, settings.maxPages)
  checkBook(plans, [front, ...parts], pages.folios, context)
  const audit = settings.audit ? auditOf(plans, pages.folios, messages) : undefined
  settings.onProgress(`Stitching ${pages.count} pages`)
  const { pdf, concordance } = await finishBook(context, plans, { front, ready: frontReady }, pages)
  await closing
  const total = book.length + 1
  settings.onProgress(
    `Done: ${pages.count} pages (${bodyPages} numbered) in ${seconds(performance.now() - context.started)}${
      cache ? `; ${total - context.laidOut} of ${total} parts from the cache` : ''
    }`
  )
  return { pdf, concordance, messages, ...(audit ? { audit } : {}) }
}

/** The typographic audit of the body's pages, its messages added to `messages`. */
function auditOf(
  plans: readonly Plan[],
  folios: readonly string[],
  messages: VFileMessage[]
): AuditReport {
  const parts = plans.map((plan) => ({
    facts: plan.part.facts,
    firstIndex: plan.firstIndex,
    places: plan.of.indexed.places
  }))
  const audit = auditBook(parts, folios)
  messages.push(...auditMessages(audit))
  return audit
}

/**
 * Lays out the body's parts, as many at once as the settings allow, then the front matter. A
 * part's first folio is known once the parts before it are laid out: each is laid out, says its
 * page count, waits for those before it, and is printed with its folios. A part in the cache
 * says its page count at once, and is laid out again only if its folios moved. The front
 * matter's contents need the first folio of every part, known once all but the last are laid
 * out: the first worker with no part left lays it out then, while the others finish theirs.
 */
async function paginateBook(
  context: RenderContext,
  book: readonly BookPart[]
): Promise<{ parts: PaginatedPart[]; ready: Ready[]; front: PaginatedPart; frontReady: Ready }> {
  const { cache, settings } = context
  const total = book.length
  const counts = book.map(() => deferred<number>())
  const firstFolioOf = async (index: number) => {
    let folio = 1
    for (const [k, count] of counts.slice(0, index).entries()) {
      const pages = await count.promise
      folio += pages + (pages % 2 === 1 && k < total - 1 ? 1 : 0)
    }
    return folio
  }
  const keys = book.map((part) => cache?.keyOf(part.document))
  const known = await Promise.all(
    keys.map(async (key, index) => {
      const found = key === undefined ? undefined : await cache?.facts(key)
      if (found) counts[index]?.resolve(found.facts.pages.length)
      return found
    })
  )
  const ready: Ready[] = []
  const parts = await pool(
    [...book, undefined],
    Math.max(1, Math.min(settings.concurrency, total)),
    async (worker, item, index) => {
      if (item === undefined) {
        const folios = await Promise.all(book.map((_, k) => firstFolioOf(k)))
        const front = await paginateFront(context, book, folios, worker)
        ready[index] = context.prepare(front)
        return front
      }
      const key = keys[index]
      const found = known[index]
      const kept =
        key !== undefined && found && cache
          ? await cache.part(key, await firstFolioOf(index), found)
          : undefined
      if (!kept) settings.onProgress(`Paginating ${item.label} (${index + 1} of ${total})`)
      const count = counts[index] as ReturnType<typeof deferred<number>>
      const part =
        kept ??
        (await paginatePart(context, { worker, item, key, count }, () => firstFolioOf(index)))
      ready[index] = context.prepare(part)
      return part
    }
  )
  const front = parts.pop() as PaginatedPart
  const frontReady = ready.pop() as Ready
  return { parts, ready, front, frontReady }
}

/** Lays out one part of the body in the browser, and keeps it in the cache. */
async function paginatePart(
  context: RenderContext,
  job: {
    worker: number
    item: BookPart
    key: string | undefined
    count: ReturnType<typeof deferred<number>>
  },
  firstFolio: () => Promise<number>
): Promise<PaginatedPart> {
  const { worker, item, key, count } = job
  let folio: number | undefined
  const part = await context.session
    .paginate(
      worker,
      item.document,
      item.label,
      async () => {
        folio = await firstFolio()
        return folio
      },
      (facts) => count.resolve(facts.pages.length)
    )
    .catch((error: unknown) => {
      count.reject(error)
      throw error
    })
  context.laidOut++
  if (key !== undefined) await context.cache?.keep(key, folio, part)
  context.settings.onProgress(
    `Paginated ${item.label}: ${part.facts.pages.length} pages in ${seconds(performance.now() - context.started)}`
  )
  return part
}

/** The parts with their folios: body folios from 1, each part opening on a right-hand page. */
function planParts(
  book: readonly BookPart[],
  parts: readonly PaginatedPart[],
  ready: readonly Ready[]
): { plans: Plan[]; bodyPages: number } {
  const plans: Plan[] = []
  let folio = 1
  for (const [index, part] of parts.entries()) {
    const of = book[index] as BookPart
    const count = part.facts.pages.length
    const pad = count % 2 === 1 && index < parts.length - 1 ? 1 : 0
    plans.push({
      of,
      ready: ready[index] as Ready,
      title: of.title,
      footnotes: of.footnotes,
      place: of.place,
      counted: of.counted,
      chapter: of.chapter,
      part,
      firstFolio: folio,
      pad,
      firstIndex: 0
    })
    folio += count + pad
  }
  return { plans, bodyPages: folio - 1 }
}

/**
 * The front matter, its contents giving the page numbers now known (`folios`, each part's
 * first), laid out by `worker`; roman folios.
 */
async function paginateFront(
  context: RenderContext,
  book: readonly BookPart[],
  folios: readonly number[],
  worker: number
): Promise<PaginatedPart> {
  const { cache, settings, tree, hyphenate } = context
  const contents: ContentsEntry[] | undefined =
    book.length > 1
      ? book.map((part, index) => ({
          id: part.id,
          title: part.title,
          part: part.chapter?.part,
          folio: String(folios[index])
        }))
      : undefined
  const layout = layoutOf(settings.size, settings.paragraphs)
  const frontDoc = frontDocument(tree, { layout, notes: settings.notes, hyphenate, contents })
  const frontKey = cache?.keyOf(frontDoc)
  const kept = frontKey === undefined ? undefined : await cache?.part(frontKey, undefined)
  if (kept) return kept
  settings.onProgress('Paginating the front matter')
  const front = await context.session.paginate(
    worker,
    frontDoc,
    'the front matter',
    async () => undefined,
    () => {}
  )
  context.laidOut++
  if (frontKey !== undefined) await cache?.keep(frontKey, undefined, front)
  return front
}

/** Where the pages fall in the book: each plan's first page, what every page is called. */
interface Pages {
  count: number
  /** Each page's printed number: roman in the front matter, arabic in the body. */
  folios: string[]
  /** The front matter's pages, and the blank verso after it when it has an odd count. */
  bodyStart: number
  frontPad: number
}

/** Places the parts after the front matter, and names every page; a book past `maxPages` is refused. */
function placePages(plans: readonly Plan[], front: PaginatedPart, maxPages: number): Pages {
  const frontCount = front.facts.pages.length
  const frontPad = frontCount % 2
  const bodyStart = frontCount + frontPad
  let index = bodyStart
  for (const plan of plans) {
    plan.firstIndex = index
    index += plan.part.facts.pages.length + plan.pad
  }
  if (index > maxPages) {
    throw new RenderError(
      `The book has ${index} pages, past the ceiling of ${maxPages}; raise it with \`--max-pages\``,
      'pdf-page-ceiling'
    )
  }
  const folios: string[] = new Array(index).fill('')
  // The blank verso that may end the front matter counts, as in the page labels.
  for (let k = 0; k < bodyStart; k++) folios[k] = toRoman(k + 1)
  for (const plan of plans) {
    const count = plan.part.facts.pages.length
    for (let k = 0; k < count + plan.pad; k++) {
      folios[plan.firstIndex + k] = String(plan.firstFolio + k)
    }
  }
  return { count: index, folios, bodyStart, frontPad }
}

/** The checks after layout, against the tree, and the requests the pages made. */
function checkBook(
  plans: readonly Plan[],
  parts: readonly PaginatedPart[],
  folios: readonly string[],
  context: RenderContext
): void {
  const { settings, messages } = context
  for (const plan of plans) checkPart(plan, plan.of.indexed, folios, settings, messages)
  checkPageCount(
    plans.filter((plan) => plan.counted),
    layoutOf(settings.size, settings.paragraphs),
    messages
  )
  for (const part of parts) {
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
}

/** Stitches the parts and finishes the book: labels, outline, destinations, metadata, print. */
async function finishBook(
  context: RenderContext,
  plans: readonly Plan[],
  front: { front: PaginatedPart; ready: Ready },
  pages: Pages
): Promise<{ pdf: Uint8Array; concordance: Concordance }> {
  const { tree, settings, messages } = context
  const { folios, bodyStart } = pages
  const links = linkNames([front.front, ...plans.map((plan) => plan.part)])
  const step = stepBudget(settings.budgets.finish, 'stitching and finishing of the book', 'finish')
  const doc = await stitchBook(front.ready, pages.frontPad, plans, folios, settings, links, step)
  // A manuscript with no text has front matter alone: no arabic folios to label.
  setPageLabels(doc, [
    { start: 0, style: 'r' },
    ...(bodyStart < doc.getPageCount() ? [{ start: bodyStart, style: 'D' as const, first: 1 }] : [])
  ])
  const concordance: Concordance = { title: tree.meta.title, pages: folios.length, folios, ids: {} }
  const { dests, outline } = placesOf(plans, concordance, settings.size.height)
  addOutline(doc, outline)
  addNamedDestinations(doc, dests)
  step()
  const pdfx = settings.print && printIntent(doc, rgbPages(front.ready, plans), messages)
  setMetadata(doc, metadataOf(tree, settings, pdfx))
  if (pdfx) identifyPdfx(doc)
  if (settings.print) addBleed(doc, { bleedMm: 3, marks: true })
  step()
  const pdf = await save(doc, { id: documentId(tree, settings) })
  step()
  checkFonts(doc, messages)
  return { pdf, concordance }
}

/** The document's metadata, from the tree's and the settings'. */
function metadataOf(tree: Root, settings: Settings, pdfx: boolean): Metadata {
  const date = settingsDate(settings)
  return {
    title: tree.meta.title,
    ...(tree.meta.author === undefined ? {} : { author: tree.meta.author }),
    ...(tree.meta.work === undefined ? {} : { subject: tree.meta.work }),
    keywords: keywordsOf(tree),
    language: tree.meta.language,
    creator: 'Colophon',
    producer: 'Colophon with Paged.js, Chromium and pdf-lib',
    ...(date === undefined ? {} : { date }),
    pdfua: settings.tagged,
    pdfx
  }
}

/**
 * The book's parts in one document: the front matter, each chapter after it, the blank pages
 * that open chapters on a right-hand page and, for print, make the count even; every page at
 * the exact trim (each part's content streams edited and its glyphs' ToUnicode entries
 * corrected already, see `readier`), each face's subsets made one font program, each program
 * named apart; when tagged, its roles fixed and each link described by `links`.
 */
async function stitchBook(
  front: Ready,
  frontPad: number,
  plans: readonly Plan[],
  folios: string[],
  settings: Settings,
  links: ReadonlyMap<string, string>,
  step: () => void
): Promise<PDFDocument> {
  const { width, height } = settings.size
  const blank = { blank: { width, height } }
  const pieces: StitchPart[] = [await front.doc]
  if (frontPad) pieces.push(blank)
  for (const plan of plans) {
    pieces.push(await plan.ready.doc)
    if (plan.pad) pieces.push(blank)
  }
  // A printer binds leaves: a book for print has an even page count, a blank last page if need be.
  if (settings.print && folios.length % 2 === 1) {
    pieces.push(blank)
    folios.push('')
  }
  const doc = await stitch(pieces)
  step()
  if (settings.tagged) {
    // The front matter's pages: the title page, its verso and the contents, with their blank.
    fixRoles(doc, { frontPages: plans[0]?.firstIndex ?? doc.getPageCount() })
    describeLinks(doc, links)
  }
  // Chromium rounds the page to whole device pixels (A4 comes out 594.96 pt wide); the trim
  // must be exact for a printer.
  for (const page of doc.getPages()) page.setSize(width, height)
  step()
  embedFontsOnce(doc)
  uniqueSubsetNames(doc)
  step()
  return doc
}

/**
 * A print edition's output intent; whether it may say it is PDF/X-4, that is whether no page
 * has colour on it (else an info message names the pages).
 */
function printIntent(
  doc: PDFDocument,
  rgbText: ReadonlySet<number>,
  messages: VFileMessage[]
): boolean {
  addOutputIntent(doc)
  const pages = colourPages(doc, rgbText)
  if (pages.length === 0) return true
  const shown = pages.slice(0, 10).join(', ')
  const more = pages.length > 10 ? ` and ${pages.length - 10} more` : ''
  messages.push(
    message(
      'info',
      'pdf-colour',
      `Pages ${shown}${more} have colour (an RGB image or RGB text), so the print PDF is not identified as PDF/X-4, which asks for one ink here; convert the images to grayscale to have it`
    )
  )
  return false
}

/**
 * The date the PDF says it was made: the settings' (\`SOURCE_DATE_EPOCH\`); a print edition
 * must have one (PDF/X), so without it, now, to the second.
 */
function settingsDate(settings: Settings): Date | undefined {
  if (settings.date !== undefined || !settings.print) return settings.date
  return new Date(Math.floor(Date.now() / 1000) * 1000)
}

/**
 * Where each paragraph, claim, chapter and section begins: the concordance's entries, a named
 * destination for each, and the outline of chapters and their titled sections.
 */
function placesOf(
  plans: readonly Plan[],
  concordance: Concordance,
  height: number
): { dests: NamedDestination[]; outline: OutlineEntry[] } {
  const dests: NamedDestination[] = []
  const outline: OutlineEntry[] = []
  for (const plan of plans) {
    const starts = new Map<string, { page: number; top: number }>()
    for (const [k, page] of plan.part.facts.pages.entries()) {
      for (const start of page.starts) {
        if (starts.has(start.id)) continue
        const at = { page: plan.firstIndex + k, top: round(height - start.top * pxToPt) }
        starts.set(start.id, at)
        concordance.ids[start.id] = { page: concordance.folios[at.page] ?? '', index: at.page }
        dests.push({ name: start.id, page: at.page, top: at.top })
      }
    }
    const partAt = starts.get(plan.of.id) ?? { page: plan.firstIndex, top: height }
    const sections: OutlineEntry[] = []
    for (const section of plan.of.chapter?.children ?? []) {
      const at = starts.get(section.id)
      if (section.title === undefined || !at) continue
      sections.push({ title: section.title, page: at.page, top: at.top })
    }
    outline.push({ title: plan.title, page: partAt.page, top: partAt.top, children: sections })
  }
  return { dests, outline }
}

/**
 * Only the edition's typeface, its fallbacks (Noto Serif, DejaVu Serif) and its monospace face for code may
 * be in the file; the characters none of them has are named already, before layout.
 */
function checkFonts(doc: PDFDocument, messages: VFileMessage[]): void {
  if (messages.some((found) => found.ruleId === 'pdf-font')) return
  for (const font of fontsOf(doc)) {
    if (/^(?:[A-Z]{6}\+)?(?:SourceSerif4|SourceCodePro|NotoSerif|DejaVuSerif)/.test(font)) continue
    messages.push(
      message(
        'error',
        'pdf-font',
        `The PDF uses the font \`${font}\`, not the edition's faces (Source Serif 4, Noto Serif and DejaVu Serif for what it lacks, Source Code Pro for code); a character they lack fell back to a system font`
      )
    )
  }
}

/** What each link of the parts leads to, by its target's id (the first part's name kept). */
function linkNames(parts: readonly PaginatedPart[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const part of parts) {
    // A part from a cache written before links were gathered has none.
    for (const [id, name] of Object.entries(part.facts.links ?? {})) {
      if (!names.has(id)) names.set(id, name)
    }
  }
  return names
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

/** Runs `task` over `items` on `workers` workers, one item at a time each, keeping the order. */
async function pool<T, R>(
  items: readonly T[],
  workers: number,
  task: (worker: number, item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const run = async (worker: number) => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(worker, items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: workers }, (_, worker) => run(worker)))
  return results
}

/** What a paginated part depends on in this renderer: its version, the scripts in the page, how it is printed. */
function rendererVersion(tagged: boolean, audit: boolean): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8')
  ) as { version: string }
  return createHash('sha256')
    .update(
      `${manifest.version}\0${setupScript}\0${pageScript}\0${JSON.stringify(printOptions(tagged))}\0${audit}`
    )
    .digest('hex')
}

function keywordsOf(tree: Root): string[] {
  const keywords = [wordsFor(tree.meta.language).edition]
  if (tree.meta.work !== undefined) keywords.push(tree.meta.work)
  for (const chapter of tree.children) {
    if (chapter.title !== undefined) keywords.push(chapter.title.replace(/\s*\n\s*/g, ' '))
  }
  return [...new Set(keywords)]
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

/** An info message for each note too long for the foot of a page, printed after its chapter. */
function longNoteNotices(tree: Root, layout: Layout): VFileMessage[] {
  const words = wordsFor(tree.meta.language)
  return tree.children.flatMap((chapter) =>
    chapter.notes
      .filter((note) => isLongNote(note, longNoteLimit(layout)))
      .map((note) =>
        message(
          'info',
          'pdf-note-long',
          `Note \`${note.label}\` (${noteLength(note)} characters) is longer than the foot of a page holds beside the text (${longNoteLimit(layout)}); it is printed after its chapter under “${words.notesLong}”, its number linking there`,
          { file: note.file ?? chapter.source.path, position: note.position }
        )
      )
  )
}
