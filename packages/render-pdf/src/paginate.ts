// One document through Paged.js in a fresh browser context, then printed by Chromium: the
// part's PDF and the facts about its pages. Every request the page makes is aborted and
// recorded (the documents need none: fonts are `data:` URLs), and each phase has its own
// time budget.
import type { Browser, BrowserContext } from 'playwright-core'
import { type PaginationFacts, pageScript } from './page-script.js'

export interface Budgets {
  /** Milliseconds allowed for starting the browser. */
  launch: number
  /** Milliseconds allowed for paginating one part (a chapter, the front matter). */
  paginate: number
  /** Milliseconds allowed for printing one part to PDF. */
  print: number
}

export interface PaginatedPart {
  pdf: Uint8Array
  facts: PaginationFacts
  /** Requests the page tried to make, all refused. */
  blocked: string[]
}

/** A failure of the renderer itself (not of the manuscript), with the phase it happened in. */
export class RenderError extends Error {
  override name = 'RenderError'
  constructor(
    message: string,
    readonly ruleId: string
  ) {
    super(message)
  }
}

/** Paginates `html` (named `label` in messages) and prints it. */
export async function paginate(
  browser: Browser,
  html: string,
  options: { label: string; budgets: Budgets; maxPages: number }
): Promise<PaginatedPart> {
  const blocked: string[] = []
  let context: BrowserContext | undefined
  try {
    context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block' })
    await context.route('**/*', (route) => {
      blocked.push(route.request().url())
      return route.abort('blockedbyclient')
    })
    const page = await context.newPage()
    const crashed = new Promise<never>((_, reject) => {
      page.on('crash', () =>
        reject(
          new RenderError(
            `The browser page crashed while rendering ${options.label}`,
            'pdf-browser'
          )
        )
      )
    })
    crashed.catch(() => {})
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    const facts = await within(
      options.budgets.paginate,
      `pagination of ${options.label}`,
      'paginate',
      Promise.race([
        crashed,
        (async () => {
          await page.setContent(html, { waitUntil: 'load', timeout: 0 })
          return (await page.evaluate(
            `(${pageScript})(${JSON.stringify({ maxPages: options.maxPages })})`
          )) as PaginationFacts
        })()
      ])
    ).catch((error: unknown) => {
      throw explain(error, options, errors)
    })
    const pdf = await within(
      options.budgets.print,
      `printing ${options.label}`,
      'print',
      Promise.race([
        crashed,
        page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false })
      ])
    )
    return { pdf: new Uint8Array(pdf), facts, blocked }
  } finally {
    await context?.close().catch(() => {})
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
  options: { label: string; maxPages: number },
  pageErrors: readonly string[]
): Error {
  if (error instanceof RenderError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (message.includes('colophon: page ceiling')) {
    return new RenderError(
      `Paginating ${options.label} went past the ceiling of ${options.maxPages} pages; raise it with \`--max-pages\` if the book is that long`,
      'pdf-page-ceiling'
    )
  }
  if (
    /Target (page, context or browser )?(has been )?closed|browser has been closed/i.test(message)
  ) {
    return new RenderError(
      `The browser closed while paginating ${options.label} (it crashed or was killed)`,
      'pdf-browser'
    )
  }
  const first = message.split('\n')[0] ?? message
  const inPage = pageErrors.length > 0 ? `; the page reported: ${pageErrors[0]}` : ''
  return new RenderError(`Paginating ${options.label} failed: ${first}${inPage}`, 'pdf-paginate')
}
