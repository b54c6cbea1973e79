// The pager: one browser context and one page, kept for every part a worker lays out, so the
// Paged.js polyfill and the fonts are parsed once rather than once a chapter. Each part is
// paginated by Paged.js in that page, then printed by Chromium: the part's PDF and the facts
// about its pages. Every request the page makes is aborted and recorded (the parts need none:
// fonts are `data:` URLs), and each phase has its own time budget.
import type { RuleId } from '@colophon/diagnostics'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { type PrintDocument, shellDocument } from './documents.js'
import {
  type PageInput,
  type PaginationFacts,
  pageScript,
  type Spread,
  setupScript
} from './page-script.js'

/**
 * How Chromium prints a part: at the size the page rules ask, backgrounds and all, tagged (its
 * structure tree, from the page's accessibility tree, is what the book's is joined from), and
 * without an outline (the book's is made from the edition).
 */
export function printOptions(tagged: boolean) {
  return { preferCSSPageSize: true, printBackground: true, tagged, outline: false } as const
}

export interface Budgets {
  /** Milliseconds allowed for starting the browser. */
  launch: number
  /** Milliseconds allowed for paginating one part (a chapter, the front matter). */
  paginate: number
  /** Milliseconds allowed for printing one part to PDF. */
  print: number
  /** Milliseconds allowed for stitching the parts and finishing the book, checked between its steps. */
  finish: number
}

export interface PaginatedPart {
  pdf: Uint8Array
  facts: PaginationFacts
  /** Requests the page tried to make, all refused (by its policy, or intercepted). */
  blocked: string[]
}

/** A failure of the renderer itself (not of the manuscript), with the phase it happened in. */
export class RenderError extends Error {
  override name = 'RenderError'
  constructor(
    message: string,
    readonly ruleId: RuleId
  ) {
    super(message)
  }
}

export class Pager {
  private crashed: Promise<never>
  private blocked: string[] = []
  private errors: string[] = []

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly budgets: Budgets,
    private readonly tagged: boolean
  ) {
    this.crashed = new Promise<never>((_, reject) => {
      page.on('crash', () =>
        reject(new RenderError('The browser page crashed during pagination', 'pdf-browser'))
      )
    })
    this.crashed.catch(() => {})
    page.on('pageerror', (error) => this.errors.push(error.message))
  }

  /**
   * A pager in `browser`, its page holding `fonts` (`@font-face` rules) and the polyfill,
   * printing `tagged` PDFs or not.
   */
  static async open(
    browser: Browser,
    fonts: string,
    budgets: Budgets,
    tagged = true
  ): Promise<Pager> {
    const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block' })
    try {
      const page = await context.newPage()
      const pager = new Pager(context, page, budgets, tagged)
      await context.route('**/*', (route) => {
        pager.blocked.push(route.request().url())
        return route.abort('blockedbyclient')
      })
      await within(
        budgets.paginate,
        'loading of the paginator',
        'paginate',
        (async () => {
          await page.setContent(shellDocument(fonts), { waitUntil: 'load', timeout: 0 })
          await page.evaluate(`(${setupScript})()`)
        })()
      ).catch((error: unknown) => {
        throw explain(error, 'the paginator', 0, pager.errors)
      })
      return pager
    } catch (error) {
      await context.close().catch(() => {})
      throw error
    }
  }

  /** Paginates `document` (named `label` in messages) and prints it. */
  async paginate(
    document: PrintDocument,
    options: { label: string; maxPages: number; audit?: boolean }
  ): Promise<PaginatedPart> {
    const facts = await this.layout(document, options)
    return this.print(options.label, undefined, facts)
  }

  /**
   * Paginates `document`, measuring its lines for the audit when asked; the pages stay in the
   * page until the next part.
   */
  async layout(
    document: PrintDocument,
    options: { label: string; maxPages: number; audit?: boolean }
  ): Promise<PaginationFacts> {
    const except = new Set<string>()
    for (let attempt = 1; ; attempt++) {
      const allowed = attempt <= 3
      const facts = await this.layoutOnce(document, options, { allowed, except: [...except] })
      const lost = new Set(facts.pages.flatMap((page, index) => (page.overflow ? [index] : [])))
      const blamed = facts.splitNotes.filter((note) => lost.has(note.page))
      // A long note begun under its reference's line (long-notes.ts) can still leave a line of
      // text in the column past the page, where Paged.js does not see it: the part is laid out
      // again with that note's line carried to the next page, as the print's policy says (after
      // three tries, every note's).
      if (lost.size === 0)
        return this.balance(document, options, { allowed, except: [...except] }, facts)
      if (!allowed || facts.splitNotes.length === 0) return facts
      for (const note of blamed.length > 0 ? blamed : facts.splitNotes) except.add(note.fn)
    }
  }

  /**
   * Where a right-hand page still ends one to four whole lines short of its left-hand page (the
   * next line could not follow, its note with it), the part is laid out again with that
   * left-hand page as many lines short, so that the spread runs short together (spreads.ts).
   * The pages after it then break anew, and may leave a spread uneven further on: that one is
   * taken next, on the new layout, three times a part at most. Of the layouts that evened their
   * spread, the one left with the fewest spreads uneven is printed (the first, if none is).
   */
  private async balance(
    document: PrintDocument,
    options: { label: string; maxPages: number; audit?: boolean },
    splitNotes: PageInput['splitNotes'],
    first: PaginationFacts
  ): Promise<PaginationFacts> {
    let best = { facts: first, shorten: [] as Spread[] }
    let current = best
    let laid = best
    let from = -1
    for (let round = 0; round < 3; round++) {
      const next = current.facts.uneven.find((spread) => spread.page > from && wholeLines(spread))
      if (!next) break
      from = next.page
      const shorten = [...current.shorten, { page: next.page, lines: Math.round(next.lines) }]
      laid = { facts: await this.layoutOnce(document, options, splitNotes, shorten), shorten }
      const { pages, uneven } = laid.facts
      if (
        pages.some((page) => page.overflow) ||
        uneven.some((spread) => spread.page === next.page)
      ) {
        continue
      }
      current = laid
      if (uneven.length < best.facts.uneven.length) best = current
    }
    // The page holds the pages printed next.
    if (laid === best) return best.facts
    return this.layoutOnce(document, options, splitNotes, best.shorten)
  }

  private layoutOnce(
    document: PrintDocument,
    options: { label: string; maxPages: number; audit?: boolean },
    splitNotes: PageInput['splitNotes'],
    shorten: Spread[] = []
  ): Promise<PaginationFacts> {
    this.blocked = []
    this.errors = []
    const input: PageInput = {
      ...document,
      maxPages: options.maxPages,
      audit: options.audit === true,
      splitNotes,
      shorten,
      tagged: this.tagged
    }
    return within(
      this.budgets.paginate,
      `pagination of ${options.label}`,
      'paginate',
      Promise.race([
        this.crashed,
        this.page.evaluate(`(${pageScript})(${JSON.stringify(input)})`) as Promise<string>
      ]).then((json) => JSON.parse(json) as PaginationFacts)
    ).catch(async (error: unknown) => {
      throw (
        (await this.gone(options.label)) ??
        explain(error, options.label, options.maxPages, this.errors)
      )
    })
  }

  /** Prints the pages laid out last, their folios counted from `firstFolio`. */
  async print(
    label: string,
    firstFolio: number | undefined,
    facts: PaginationFacts
  ): Promise<PaginatedPart> {
    const pdf = await within(
      this.budgets.print,
      `printing of ${label}`,
      'print',
      Promise.race([
        this.crashed,
        (async () => {
          if (firstFolio !== undefined) {
            await this.page.evaluate(
              `document.body.style.setProperty('--colophon-folio', '${Math.trunc(firstFolio) - 1}')`
            )
          }
          return this.page.pdf(printOptions(this.tagged))
        })()
      ])
    ).catch(async (error: unknown) => {
      throw (await this.gone(label)) ?? explain(error, label, 0, this.errors)
    })
    const blocked = [...new Set([...this.blocked, ...facts.refused])].sort()
    return { pdf: new Uint8Array(pdf), facts, blocked }
  }

  /**
   * The error to give when the browser went away under a failed call: its protocol may fail
   * the call ("Printing failed") a moment before it reports the page closed.
   */
  private async gone(label: string): Promise<RenderError | undefined> {
    await new Promise((resolve) => setTimeout(resolve, 100))
    if (!this.page.isClosed() && this.context.browser()?.isConnected() !== false) return undefined
    return new RenderError(
      `The browser closed while paginating ${label} (it crashed or was killed)`,
      'pdf-browser'
    )
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {})
  }
}

/** A right-hand page that ends one to four whole lines above its left-hand page. */
function wholeLines(spread: Spread): boolean {
  return (
    spread.lines > 0.9 &&
    spread.lines < 4.1 &&
    Math.abs(spread.lines - Math.round(spread.lines)) < 0.1
  )
}

/**
 * A clock for the steps of one phase that runs in this process (no promise to race): call it
 * after each step, and it throws the budget's error once the phase has taken longer than `ms`.
 */
export function stepBudget(ms: number, what: string, budget: keyof Budgets): () => void {
  const started = performance.now()
  return () => {
    if (performance.now() - started <= ms) return
    throw new RenderError(
      `The ${what} took longer than its budget of ${seconds(ms)}; raise it with \`--budget ${budget}=SECONDS\``,
      `pdf-budget-${budget}`
    )
  }
}

/** `promise`, or an error naming the budget when it takes longer than `ms`. */
export async function within<T>(
  ms: number,
  what: string,
  budget: keyof Budgets,
  promise: Promise<T>
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RenderError(
            `The ${what} took longer than its budget of ${seconds(ms)}; raise it with \`--budget ${budget}=SECONDS\``,
            `pdf-budget-${budget}`
          )
        ),
      ms
    )
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

/** A failure inside the page as a `RenderError` that says which part and what happened. */
function explain(
  error: unknown,
  label: string,
  maxPages: number,
  pageErrors: readonly string[]
): Error {
  if (error instanceof RenderError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (message.includes('colophon: page ceiling')) {
    return new RenderError(
      `Paginating ${label} went past the ceiling of ${maxPages} pages; raise it with \`--max-pages\` if the book is that long`,
      'pdf-page-ceiling'
    )
  }
  if (
    /Target (page, context or browser )?(has been )?closed|browser has been closed/i.test(message)
  ) {
    return new RenderError(
      `The browser closed while paginating ${label} (it crashed or was killed)`,
      'pdf-browser'
    )
  }
  const first = message.split('\n')[0] ?? message
  const inPage = pageErrors.length > 0 ? `; the page reported: ${pageErrors[0]}` : ''
  return new RenderError(`Paginating ${label} failed: ${first}${inPage}`, 'pdf-paginate')
}
