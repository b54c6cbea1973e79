// The browser and its pagers for one render: the browser started when the first part has to
// be laid out (or at once, when nothing can come from a cache), one pager per worker opened
// the first time that worker needs it, and the browser's crash made the error of whatever was
// waiting on it.

import type { FoundBrowser } from '@colophon/browser'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './browser.js'
import type { PrintDocument } from './documents.js'
import type { Settings } from './options.js'
import type { PaginationFacts } from './page-script.js'
import { Pager, type PaginatedPart, RenderError } from './paginate.js'

/**
 * The browser and one pager per worker, started when the first part has to be laid out (a
 * book whose every part is in the cache needs no browser).
 */
export class Session {
  private browser: Promise<Browser> | undefined
  private closed: Promise<never> | undefined
  private readonly pagers = new Map<number, Promise<Pager>>()
  /** Why the browser was started again, if it crashed while starting. */
  readonly restarts: string[] = []

  constructor(
    private readonly found: FoundBrowser,
    private readonly fonts: string,
    private readonly settings: Settings
  ) {}

  /** Whether the browser was started (a build whose every part came from the cache needs none). */
  get launched(): boolean {
    return this.browser !== undefined
  }

  start(): Promise<Browser> {
    if (this.browser) return this.browser
    this.settings.onProgress(`Starting the browser (${this.found.executablePath})`)
    const launching = launchBrowser(this.found, {
      timeoutMs: this.settings.budgets.launch,
      env: this.settings.env,
      onRestart: (reason) => this.restarts.push(reason)
    })
    this.browser = launching
    launching.catch(() => {})
    this.closed = launching.then(
      (browser) =>
        new Promise<never>((_, reject) =>
          browser.on('disconnected', () =>
            reject(
              new RenderError(
                'The browser closed during the render (it crashed or was killed)',
                'pdf-browser'
              )
            )
          )
        )
    )
    this.closed.catch(() => {})
    return launching
  }

  /**
   * Starts the browser and opens the pagers of `workers` workers at once: a pager's page and its
   * shell (the polyfill, the fonts) take about as long as the browser's start, and are ready
   * when the first parts are.
   */
  open(workers: number): void {
    for (let k = 0; k < workers; k++) void this.pager(k)
  }

  /** `promise`, or the browser's crash should it come first. */
  guard<T>(promise: Promise<T>): Promise<T> {
    return this.closed ? Promise.race([promise, this.closed]) : promise
  }

  /** Worker `k`'s pager, opened the first time it is asked for. */
  pager(k: number): Promise<Pager> {
    let pager = this.pagers.get(k)
    if (!pager) {
      pager = this.start().then((browser) =>
        this.guard(Pager.open(browser, this.fonts, this.settings.budgets, this.settings.tagged))
      )
      pager.catch(() => {})
      this.pagers.set(k, pager)
    }
    return pager
  }

  /** Lays out `document` and prints it with folios from `firstFolio` once that is known. */
  async paginate(
    k: number,
    document: PrintDocument,
    label: string,
    firstFolio: () => Promise<number | undefined>,
    onLaidOut: (facts: PaginationFacts) => void
  ): Promise<PaginatedPart> {
    const pager = await this.pager(k)
    const facts = await this.guard(
      pager.layout(document, {
        label,
        maxPages: this.settings.maxPages,
        audit: this.settings.audit
      })
    )
    onLaidOut(facts)
    return this.guard(pager.print(label, await firstFolio(), facts))
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.pagers.values()].map((pager) => pager.then((open) => open.close()).catch(() => {}))
    )
    await this.browser?.then((browser) => browser.close()).catch(() => {})
  }
}
