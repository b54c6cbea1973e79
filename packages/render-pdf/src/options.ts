// Options of the PDF renderer, with their defaults, checked once at the entry point.
import { availableParallelism } from 'node:os'
import type { NotePlacement } from '@colophon/render-html'
import type { ParagraphStyle } from './layout.js'
import { type PageSize, parsePageSize } from './page-size.js'
import type { Budgets } from './paginate.js'

export interface PdfOptions {
  /** Trim size: `6x9in` (default), `A4`, `A5`, `Letter`, or `WIDTHxHEIGHT` with a unit. */
  size?: string | undefined
  /** Notes at the foot of the page (default), at the end of each chapter, or of the book. */
  notes?: NotePlacement | undefined
  /** Print mode: 3 mm bleed and crop marks, with TrimBox and BleedBox set. */
  print?: boolean | undefined
  /**
   * Paragraphs indented with no space between them, as books set them (default), or `block`:
   * set apart by space, not indented.
   */
  paragraphs?: ParagraphStyle | undefined
  /** A tagged PDF, its structure tree and artifacts marked (default); `false` for an untagged one. */
  tagged?: boolean | undefined
  /** Chromium or Chrome to run; else `COLOPHON_BROWSER`, the system's, or `@sparticuz/chromium`. */
  browser?: string | undefined
  /** Time budgets in milliseconds (defaults: launch 60 s, each part 300 s, printing 120 s, stitching and finishing 300 s). */
  budgets?: Partial<Budgets> | undefined
  /** The most pages a book may have (default 3000). */
  maxPages?: number | undefined
  /** Chapters paginated at once (default: the number of cores). */
  concurrency?: number | undefined
  /**
   * A folder to keep paginated parts in, so that a rebuild lays out only the parts that
   * changed (default: none).
   */
  cache?: string | undefined
  /**
   * The typographic audit after layout (default `true`): its report is the result's `audit`,
   * its findings `pdf-audit-*` messages; `false` measures nothing.
   */
  audit?: boolean | undefined
  /** The environment: `COLOPHON_BROWSER`, `SOURCE_DATE_EPOCH`. */
  env?: Readonly<Record<string, string | undefined>> | undefined
  /** Told what is happening during a long render (one line each). */
  onProgress?: ((line: string) => void) | undefined
}

export interface Settings {
  size: PageSize
  notes: NotePlacement
  print: boolean
  paragraphs: ParagraphStyle
  tagged: boolean
  browser: string | undefined
  budgets: Budgets
  maxPages: number
  concurrency: number
  cache: string | undefined
  audit: boolean
  env: Readonly<Record<string, string | undefined>>
  /** The date written into the document, from `SOURCE_DATE_EPOCH`; none without it. */
  date: Date | undefined
  onProgress: (line: string) => void
}

/** The settings for `options`; throws a `TypeError` naming the first option that is wrong. */
export function settingsOf(options: PdfOptions = {}): Settings {
  const size = parsePageSize(options.size ?? '6x9in')
  if ('error' in size) throw new TypeError(size.error)
  const notes = options.notes ?? 'foot'
  if (notes !== 'foot' && notes !== 'end' && notes !== 'book') {
    throw new TypeError(
      `Unexpected notes \`${String(notes)}\`, expected \`foot\`, \`end\` or \`book\``
    )
  }
  if (options.cache !== undefined && (typeof options.cache !== 'string' || options.cache === '')) {
    throw new TypeError(
      `Unexpected cache \`${String(options.cache)}\`, expected the path of a folder`
    )
  }
  const budgets: Budgets = { launch: 60_000, paginate: 300_000, print: 120_000, finish: 300_000 }
  for (const [key, value] of Object.entries(options.budgets ?? {})) {
    if (!Object.hasOwn(budgets, key)) {
      throw new TypeError(
        `Unexpected budget \`${key}\`, expected \`launch\`, \`paginate\`, \`print\` or \`finish\``
      )
    }
    if (value === undefined) continue
    if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      throw new TypeError(
        `Unexpected ${key} budget \`${String(value)}\`, expected a positive number of milliseconds`
      )
    }
    budgets[key as keyof Budgets] = value
  }
  const maxPages = options.maxPages ?? 3000
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new TypeError(
      `Unexpected maxPages \`${String(maxPages)}\`, expected a whole number of 1 or more`
    )
  }
  const concurrency = options.concurrency ?? availableParallelism()
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(
      `Unexpected concurrency \`${String(concurrency)}\`, expected a whole number of 1 or more`
    )
  }
  const env = options.env ?? process.env
  return {
    size,
    notes,
    print: options.print === true,
    paragraphs: paragraphsOf(options.paragraphs),
    tagged: options.tagged !== false,
    browser: options.browser,
    budgets,
    maxPages,
    concurrency,
    cache: options.cache,
    audit: options.audit !== false,
    env,
    date: dateOf(env.SOURCE_DATE_EPOCH),
    onProgress: options.onProgress ?? (() => {})
  }
}

/** The paragraph style asked for (default `indented`); throws on another. */
function paragraphsOf(style: ParagraphStyle | undefined): ParagraphStyle {
  if (style === undefined || style === 'indented' || style === 'block') return style ?? 'indented'
  throw new TypeError(
    `Unexpected paragraphs \`${String(style)}\`, expected \`indented\` or \`block\``
  )
}

/** `SOURCE_DATE_EPOCH` (seconds since 1970) as a date; a malformed value is refused. */
function dateOf(epoch: string | undefined): Date | undefined {
  if (epoch === undefined || epoch === '') return undefined
  if (!/^\d{1,12}$/.test(epoch)) {
    throw new TypeError(
      `Unexpected SOURCE_DATE_EPOCH \`${epoch}\`, expected whole seconds since 1970`
    )
  }
  return new Date(Number(epoch) * 1000)
}
