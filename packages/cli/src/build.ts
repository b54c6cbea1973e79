// The `build` command: every manuscript in the paths into its editions, the JSON tree, the HTML
// edition, the PDF with its concordance and the EPUB, each rendered before any is written, so a
// failure leaves no mix of old and new outputs.
import { join } from 'node:path'
import { check, formatCounts, formatLine } from '@colophon/check'
import { diagnostic, isRuleId, type RuleId, severityOf, sortMessages } from '@colophon/diagnostics'
import type { FileResult } from '@colophon/parser'
import type { renderEpub } from '@colophon/render-epub'
import type { renderHtml } from '@colophon/render-html'
import type { PdfOptions } from '@colophon/render-pdf'
import type { Root } from '@colophon/schema'
import type { Position } from 'unist'
import type { VFileMessage } from 'vfile-message'
import { exit, type Output, serialise } from './commands.js'
import { editionName, readEdition } from './editions.js'
import { findManuscripts } from './manuscripts.js'
import type { PdfFlags } from './pdf.js'
import type { ReaderResult } from './reader.js'
import { writeAtomic } from './write.js'

/** The outputs `colophon build` can write; none named means all of them. */
export interface BuildOptions extends PdfFlags {
  out: string
  json?: boolean
  html?: boolean
  pdf?: boolean
  epub?: boolean
  /** Lets a reader's sources lie outside the project (absolute paths, `..`, links out). */
  allowOutsideRoot?: boolean
  /** A file to write the PDFs' typographic audits to, as JSON. */
  audit?: string
  /** Fail the run (exit 1) when its messages hold more warnings than this. */
  maxWarnings?: string
}

/** What one run of `colophon build` renders with, shared by its editions. */
interface Run {
  options: BuildOptions
  json: boolean
  renderers: Renderers
  pdf: PdfOptions | undefined
  /** Rules said once per run already said. */
  said: Set<string>
  env: Readonly<Record<string, string | undefined>>
  /** Warnings said so far, the checks' and the PDFs' (the audit's among them). */
  warnings: number
  /** Each PDF's typographic audit, by manuscript. */
  audits: { path: string; audit: unknown }[]
}

/**
 * `colophon build [PATH…] [--out DIR] [--json] [--html] [--pdf] [--epub]`: every manuscript in
 * the paths (files, folders, globs; default `source/`) into `DIR/<name>/<name>.json` (the
 * edition AST), `DIR/<name>/<name>.html` (the HTML edition), `DIR/<name>/<name>.pdf` with
 * `DIR/<name>/<name>.concordance.json` (the PDF edition and the page of every paragraph and
 * claim), and `DIR/<name>/<name>.epub` (the EPUB, with the PDF's pages when both are built).
 */
export async function buildCommand(
  paths: string[],
  options: BuildOptions,
  io: Output
): Promise<number> {
  const all = !options.json && !options.html && !options.pdf && !options.epub
  const renderers = await loadRenderers({
    html: all || options.html === true,
    pdf: all || options.pdf === true,
    epub: all || options.epub === true
  })
  const env = io.env ?? process.env
  const maxWarnings = maxWarningsOf(options.maxWarnings, io)
  if (maxWarnings === undefined) return exit.usage
  const pdf = renderers.pdf?.pdfOptions(options, env)
  if (pdf && 'error' in pdf) {
    io.stderr(`colophon build: ${pdf.error}`)
    return exit.usage
  }
  const found = await findManuscripts(paths.length > 0 ? paths : ['source'])
  let code: number = exit.ok
  for (const path of found.unmatched) {
    const reason = 'No manuscript (.txt, .md, .markdown, .mdown or .mkd) found here; check the path'
    io.stderr(formatLine(diagnostic('file-unreadable', reason, { file: path })))
    code = exit.usage
  }
  const run: Run = {
    options,
    json: all || options.json === true,
    renderers,
    pdf,
    said: new Set(),
    env,
    warnings: 0,
    audits: []
  }
  for (const path of found.files) code = Math.max(code, await buildEdition(path, run, io))
  if (options.audit !== undefined && run.pdf) {
    await writeAtomic(options.audit, `${JSON.stringify({ editions: run.audits }, null, 2)}\n`)
    io.stderr(`audit -> ${options.audit}`)
  }
  if (run.warnings > maxWarnings) {
    io.stderr(
      `colophon build: ${run.warnings} warning${run.warnings === 1 ? '' : 's'}, more than \`--max-warnings ${maxWarnings}\` allows`
    )
    code = Math.max(code, exit.errors)
  }
  return code
}

/** `--max-warnings N` as a number (no limit without it); undefined, having said why, if it is not one. */
function maxWarningsOf(value: string | undefined, io: Output): number | undefined {
  if (value === undefined) return Number.POSITIVE_INFINITY
  if (/^[0-9]+$/.test(value)) return Number(value)
  io.stderr(
    `colophon build: \`--max-warnings ${value}\` is not a whole number; give one such as \`0\` or \`10\``
  )
  return undefined
}

/** Builds the editions of the manuscript at `path`; the exit code it deserves. */
async function buildEdition(path: string, run: Run, io: Output): Promise<number> {
  const { options, renderers } = run
  const result = readEdition(path, { allowOutsideRoot: options.allowOutsideRoot === true })
  const checked = checkBeforeBuild(path, result, io, run)
  if (!result.tree) return exit.usage
  const json = serialise(result, true)
  if (json === undefined || !checked) return exit.errors
  const outputs: [string, string | Uint8Array][] = []
  const name = editionName(path)
  const target = (extension: string) => join(options.out, name, `${name}${extension}`)
  if (run.json) outputs.push([target('.json'), json])
  if (renderers.html) {
    const notes = result.htmlNotes === undefined ? {} : { notes: result.htmlNotes }
    outputs.push([target('.html'), renderers.html(result.tree, notes)])
  }
  let pages: Parameters<typeof renderEpub>[1] = {}
  if (run.pdf && renderers.pdf) {
    const outcome = await renderPdf(path, result.tree, result, run, io)
    if (!outcome.ok) return outcome.code
    outputs.push([target('.pdf'), outcome.pdf], [target('.concordance.json'), outcome.concordance])
    pages = { pages: { concordance: outcome.pages, source: `${name}.pdf` } }
  }
  if (renderers.epub) {
    try {
      const onLinkOutside = (href: string, position: Position | undefined) => {
        const why = href.startsWith('#')
          ? 'leads to no place in the EPUB: no anchor, chapter or section has that name; its words are kept, not linked; name an anchor, or a title as its slug (`#background`)'
          : 'leads to a file the EPUB does not hold: its words are kept, not linked; link to a full address (https://…) to keep it'
        const reason = `Link to \`${href}\` ${why}`
        io.stderr(formatLine(diagnostic('epub-link', reason, { file: path, place: position })))
      }
      // Notes where the HTML edition puts them: a reader's, gathered after its last chapter.
      const notes = result.htmlNotes === 'book' ? { notes: 'book' as const } : {}
      const epub = renderers.epub(result.tree, { env: run.env, ...pages, ...notes, onLinkOutside })
      outputs.push([target('.epub'), epub])
    } catch (error) {
      if (!(error instanceof TypeError)) throw error
      io.stderr(formatLine(diagnostic('epub-options', error.message, { file: path })))
      io.stderr(`${path}: no edition written; the EPUB could not be made`)
      return exit.usage
    }
  }
  for (const [file, data] of outputs) {
    await writeAtomic(file, data)
    io.stderr(`${path} -> ${file}`)
  }
  return exit.ok
}

type PdfBuilt = Extract<Awaited<ReturnType<typeof import('./pdf.js').buildPdf>>, { ok: true }>

/** The PDF of the edition, its messages printed; on failure, the exit code. */
async function renderPdf(
  path: string,
  tree: Root,
  result: ReaderResult,
  run: Run,
  io: Output
): Promise<PdfBuilt | { ok: false; code: number }> {
  const { options, renderers } = run
  if (!renderers.pdf || !run.pdf) throw new Error('Expected the PDF renderer')
  const outcome = await renderers.pdf.buildPdf(tree, {
    ...run.pdf,
    ...(result.size !== undefined && options.size === undefined ? { size: result.size } : {}),
    ...(result.notes !== undefined && options.notes === undefined ? { notes: result.notes } : {}),
    onProgress: (line) => io.stderr(`${path}: ${line}`)
  })
  for (const message of outcome.messages) message.file ??= path
  for (const message of sortMessages(outcome.messages)) {
    if (saidBefore(message, run.said)) continue
    io.stderr(formatLine(message))
    if (severityOf(message) === 'warning') run.warnings++
  }
  if (outcome.audit) run.audits.push({ path, audit: outcome.audit })
  if (outcome.ok) return outcome
  if (outcome.failure !== undefined) {
    outcome.failure.file = path
    io.stderr(formatLine(outcome.failure))
  }
  io.stderr(`${path}: no edition written; the PDF has errors`)
  return { ok: false, code: outcome.usage ? exit.usage : exit.errors }
}

interface Renderers {
  html?: typeof renderHtml
  pdf?: typeof import('./pdf.js')
  epub?: typeof renderEpub
}

/**
 * The renderers `colophon build` was asked for. They are loaded here rather than with the
 * command, so that `colophon parse` and `colophon check` do not load them: the PDF renderer and
 * pdf-lib took about 0.25 s of every start.
 */
async function loadRenderers(wanted: {
  html: boolean
  pdf: boolean
  epub: boolean
}): Promise<Renderers> {
  return {
    ...(wanted.html ? { html: (await import('@colophon/render-html')).renderHtml } : {}),
    ...(wanted.pdf ? { pdf: await import('./pdf.js') } : {}),
    ...(wanted.epub ? { epub: (await import('@colophon/render-epub')).renderEpub } : {})
  }
}

/** Rules said once per run, not once per edition: the browser runs the same way for each. */
const oncePerRun = new Set<RuleId>(['pdf-sandbox'])

/** Whether `message` is of a rule said once per run and already said; records it. */
function saidBefore(message: VFileMessage, said: Set<string>): boolean {
  const id = message.ruleId
  if (id === undefined || !isRuleId(id) || !oncePerRun.has(id)) return false
  if (said.has(id)) return true
  said.add(id)
  return false
}

/**
 * Runs the checks `colophon check` runs, at the severities the settings give, and prints their
 * messages; whether the manuscript may be built (no message is an error).
 */
function checkBeforeBuild(path: string, result: FileResult, io: Output, run: Run): boolean {
  const messages = check(result.tree, {
    messages: result.messages,
    ...(result.tree ? { settings: result.settings } : {}),
    ...(result.files ? { files: result.files } : {})
  })
  for (const message of sortMessages(messages)) io.stderr(formatLine(message))
  if (messages.length > 0) io.stderr(formatCounts(messages))
  run.warnings += messages.filter((message) => severityOf(message) === 'warning').length
  const errors = messages.filter((message) => severityOf(message) === 'error')
  const first = errors[0]
  if (first === undefined || !result.tree) return first === undefined
  io.stderr(
    `${path}: no edition written; fix the ${errors.length === 1 ? 'error' : `${errors.length} errors`} above, or lower a rule's severity in the settings (\`rules: { ${first.ruleId ?? 'rule-id'}: warn }\`)`
  )
  return false
}
