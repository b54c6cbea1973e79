// The PDF of one edition for `colophon build`: the options from the command line, the render,
// and its messages in the same form as the parser's. Nothing is written here; the caller
// writes every output of a manuscript together, and none when the PDF has errors.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { diagnostic, type RuleId } from '@colophon/diagnostics'
import {
  type AuditReport,
  BrowserNotFoundError,
  type Budgets,
  type Concordance,
  type PdfOptions,
  parsePageSize,
  RenderError,
  renderPdf
} from '@colophon/render-pdf'
import type { Root } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'

/** The PDF options of `colophon build`, as commander gives them. */
export interface PdfFlags {
  print?: boolean
  size?: string
  notes?: string
  paragraphs?: string
  browser?: string
  budget?: string[]
  maxPages?: string
  /** A folder, or false for `--no-cache`; undefined for the default. */
  cache?: string | boolean
  /** PDF parts laid out at once; else `COLOPHON_CONCURRENCY`, else the number of cores. */
  concurrency?: string
}

/** The renderer's options from the flags, or the first flag that is wrong, in words. */
export function pdfOptions(
  flags: PdfFlags,
  env: Readonly<Record<string, string | undefined>>
): PdfOptions | { error: string } {
  const options: PdfOptions = { print: flags.print === true, env }
  if (flags.size !== undefined) {
    const size = parsePageSize(flags.size)
    if ('error' in size) return { error: size.error }
    options.size = flags.size
  }
  if (flags.notes !== undefined) {
    if (flags.notes !== 'foot' && flags.notes !== 'end' && flags.notes !== 'book') {
      return {
        error: `Unexpected \`--notes ${flags.notes}\`, expected \`foot\`, \`end\` or \`book\``
      }
    }
    options.notes = flags.notes
  }
  if (flags.paragraphs !== undefined) {
    if (flags.paragraphs !== 'indented' && flags.paragraphs !== 'block') {
      return {
        error: `Unexpected \`--paragraphs ${flags.paragraphs}\`, expected \`indented\` or \`block\``
      }
    }
    options.paragraphs = flags.paragraphs
  }
  if (flags.browser !== undefined) options.browser = flags.browser
  const cache = cacheFolder(flags.cache)
  if (cache !== undefined) options.cache = cache
  const budgets: Partial<Budgets> = {}
  for (const entry of flags.budget ?? []) {
    const match = /^(launch|paginate|print|finish)=(\d+(?:\.\d+)?)$/.exec(entry)
    if (!match || Number(match[2]) <= 0) {
      return {
        error: `Unexpected \`--budget ${entry}\`, expected \`launch=SECONDS\`, \`paginate=SECONDS\`, \`print=SECONDS\` or \`finish=SECONDS\``
      }
    }
    budgets[match[1] as keyof Budgets] = Number(match[2]) * 1000
  }
  options.budgets = budgets
  const concurrency = flags.concurrency ?? env.COLOPHON_CONCURRENCY
  if (concurrency !== undefined && concurrency !== '') {
    if (!/^[1-9]\d*$/.test(concurrency)) {
      const named = flags.concurrency === undefined ? 'COLOPHON_CONCURRENCY=' : '--concurrency '
      return {
        error: `Unexpected \`${named}${concurrency}\`, expected a whole number of 1 or more`
      }
    }
    options.concurrency = Number(concurrency)
  }
  if (flags.maxPages !== undefined) {
    if (!/^[1-9]\d*$/.test(flags.maxPages)) {
      return {
        error: `Unexpected \`--max-pages ${flags.maxPages}\`, expected a whole number of 1 or more`
      }
    }
    options.maxPages = Number(flags.maxPages)
  }
  return options
}

/**
 * Where paginated parts are kept: the folder named, none with `--no-cache`, and by default
 * `node_modules/.cache/colophon` when the working folder has `node_modules` (where tools keep
 * their caches, out of version control).
 */
function cacheFolder(flag: string | boolean | undefined): string | undefined {
  if (flag === false) return undefined
  if (typeof flag === 'string') return resolve(flag)
  const modules = resolve('node_modules')
  return existsSync(modules) ? join(modules, '.cache', 'colophon') : undefined
}

export type PdfOutcome =
  | {
      ok: true
      pdf: Uint8Array
      /** The concordance as the JSON file beside the PDF. */
      concordance: string
      /** The same, for the EPUB's page-break markers. */
      pages: Concordance
      messages: VFileMessage[]
      /** The typographic audit of the pages. */
      audit: AuditReport | undefined
    }
  | {
      ok: false
      messages: VFileMessage[]
      audit?: AuditReport | undefined
      /** Why no PDF was made, when the render itself failed (not the pages' checks). */
      failure?: VFileMessage
      usage: boolean
    }

/** Renders the PDF; a failure of the browser or a budget is an outcome, not an exception. */
export async function buildPdf(tree: Root, options: PdfOptions): Promise<PdfOutcome> {
  try {
    const result = await renderPdf(tree, options)
    if (result.messages.some((message) => message.fatal === true)) {
      return { ok: false, messages: result.messages, audit: result.audit, usage: false }
    }
    return {
      ok: true,
      pdf: result.pdf,
      concordance: `${JSON.stringify(result.concordance, null, 2)}\n`,
      pages: result.concordance,
      messages: result.messages,
      audit: result.audit
    }
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      return { ok: false, messages: [], failure: failed('pdf-browser', error.message), usage: true }
    }
    if (error instanceof RenderError) {
      return { ok: false, messages: [], failure: failed(error.ruleId, error.message), usage: false }
    }
    if (error instanceof Error && /browser|chromium|executable/i.test(error.message)) {
      return {
        ok: false,
        messages: [],
        failure: failed('pdf-browser', error.message.split('\n')[0] ?? error.message),
        usage: true
      }
    }
    throw error
  }
}

/** The message of a render that failed: an error whatever the rule's default. */
function failed(ruleId: RuleId, reason: string): VFileMessage {
  return diagnostic(ruleId, reason, { severity: 'error' })
}
