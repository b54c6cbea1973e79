// The `parse` and `build` commands, and what every command shares: exit codes and output.
import { join } from 'node:path'
import { check } from '@colophon/check'
import { type FileResult, severityOf } from '@colophon/parser'
import type { renderHtml } from '@colophon/render-html'
import { validateEdition } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'
import { editionName, readEdition } from './editions.js'
import { findManuscripts } from './manuscripts.js'
import type { PdfFlags } from './pdf.js'
import { formatMessage, sortMessages, summary } from './report.js'
import { writeAtomic } from './write.js'

/** Exit codes: 0 done, 1 the manuscript has errors, 2 bad usage or unreadable input. */
export const exit = { ok: 0, errors: 1, usage: 2 } as const

/** Where diagnostics and data go; tests pass their own. */
export interface Output {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stdout is a terminal: reports are coloured only then. */
  isTTY?: boolean
  /** The environment, for `NO_COLOR` and `FORCE_COLOR`. */
  env?: Readonly<Record<string, string | undefined>>
}

/** `colophon parse FILE [--out PATH]`: the AST as JSON, on stdout or in a file. */
export async function parseCommand(
  path: string,
  options: { out?: string; pretty?: boolean },
  io: Output
): Promise<number> {
  const result = readEdition(path, {})
  printMessages(result, io)
  if (!result.tree) return exit.usage
  const json = serialise(result, options.pretty === true)
  if (json === undefined) {
    io.stderr(
      `${path}  error  The tree does not validate against the edition schema; this is a bug in colophon  schema-invalid`
    )
    return exit.errors
  }
  if (result.status === 'errors') return exit.errors
  if (options.out) await writeAtomic(options.out, json)
  else io.stdout(json)
  return exit.ok
}

/** The outputs `colophon build` can write; none named means all of them. */
export interface BuildOptions extends PdfFlags {
  out: string
  json?: boolean
  html?: boolean
  pdf?: boolean
  /** Lets a reader's sources lie outside the project (absolute paths, `..`, links out). */
  allowOutsideRoot?: boolean
}

/**
 * `colophon build [PATH…] [--out DIR] [--json] [--html] [--pdf]`: every manuscript in the
 * paths (files, folders, globs; default `source/`) into `DIR/<name>/<name>.json` (the
 * edition AST), `DIR/<name>/<name>.html` (the HTML edition), and `DIR/<name>/<name>.pdf`
 * with `DIR/<name>/<name>.concordance.json` (the PDF edition and the page of every
 * paragraph and claim).
 */
export async function buildCommand(
  paths: string[],
  options: BuildOptions,
  io: Output
): Promise<number> {
  const all = !options.json && !options.html && !options.pdf
  const renderers = await loadRenderers(all || options.html === true, all || options.pdf === true)
  const pdf = renderers.pdf?.pdfOptions(options, io.env ?? process.env)
  if (pdf && 'error' in pdf) {
    io.stderr(`colophon build: ${pdf.error}`)
    return exit.usage
  }
  const found = await findManuscripts(paths.length > 0 ? paths : ['source'])
  let code: number = exit.ok
  const said = new Set<string>()
  for (const path of found.unmatched) {
    io.stderr(
      `${path}  error  No manuscript (.txt, .md, .markdown, .mdown or .mkd) found here; check the path  file-unreadable`
    )
    code = exit.usage
  }
  for (const path of found.files) {
    const result = readEdition(path, { allowOutsideRoot: options.allowOutsideRoot === true })
    const checked = checkBeforeBuild(path, result, io)
    if (!result.tree) {
      code = exit.usage
      continue
    }
    const json = serialise(result, true)
    if (json === undefined || !checked) {
      if (code === exit.ok) code = exit.errors
      continue
    }
    // Everything is rendered before anything is written, so a failure leaves no mix
    // of old and new outputs.
    const outputs: [string, string | Uint8Array][] = []
    const name = editionName(path)
    if (all || options.json) outputs.push([join(options.out, name, `${name}.json`), json])
    if (renderers.html)
      outputs.push([
        join(options.out, name, `${name}.html`),
        renderers.html(
          result.tree,
          result.htmlNotes === undefined ? {} : { notes: result.htmlNotes }
        )
      ])
    if (pdf && renderers.pdf) {
      const outcome = await renderers.pdf.buildPdf(result.tree, {
        ...pdf,
        ...(result.size !== undefined && options.size === undefined ? { size: result.size } : {}),
        ...(result.notes !== undefined && options.notes === undefined
          ? { notes: result.notes }
          : {}),
        onProgress: (line) => io.stderr(`${path}: ${line}`)
      })
      for (const message of outcome.messages) message.file ??= path
      for (const message of sortMessages(outcome.messages)) {
        if (!saidBefore(message, said)) io.stderr(formatMessage(message))
      }
      if (!outcome.ok) {
        if (outcome.reason !== undefined) {
          io.stderr(`${path}  error  ${outcome.reason}  ${outcome.ruleId ?? ''}`.trimEnd())
        }
        io.stderr(`${path}: no edition written; the PDF has errors`)
        code = outcome.usage ? exit.usage : code === exit.usage ? code : exit.errors
        continue
      }
      outputs.push(
        [join(options.out, name, `${name}.pdf`), outcome.pdf],
        [join(options.out, name, `${name}.concordance.json`), outcome.concordance]
      )
    }
    for (const [target, data] of outputs) {
      await writeAtomic(target, data)
      io.stderr(`${path} -> ${target}`)
    }
  }
  return code
}

/**
 * The renderers `colophon build` was asked for. They are loaded here rather than with the
 * command, so that `colophon parse` and `colophon check` do not load them: the PDF renderer and
 * pdf-lib took about 0.25 s of every start.
 */
async function loadRenderers(
  html: boolean,
  pdf: boolean
): Promise<{ html?: typeof renderHtml; pdf?: typeof import('./pdf.js') }> {
  return {
    ...(html ? { html: (await import('@colophon/render-html')).renderHtml } : {}),
    ...(pdf ? { pdf: await import('./pdf.js') } : {})
  }
}

/** Rules said once per run, not once per edition: the browser runs the same way for each. */
const oncePerRun = new Set(['pdf-sandbox'])

/** Whether `message` is of a rule said once per run and already said; records it. */
function saidBefore(message: VFileMessage, said: Set<string>): boolean {
  const id = message.ruleId
  if (id === undefined || !oncePerRun.has(id)) return false
  if (said.has(id)) return true
  said.add(id)
  return false
}

/**
 * Runs the checks `colophon check` runs, at the severities the settings give, and prints their
 * messages; whether the manuscript may be built (no message is an error).
 */
function checkBeforeBuild(path: string, result: FileResult, io: Output): boolean {
  const messages = check(result.tree, {
    messages: result.messages,
    ...(result.tree ? { settings: result.settings } : {}),
    ...(result.files ? { files: result.files } : {})
  })
  for (const message of sortMessages(messages)) io.stderr(formatMessage(message))
  if (messages.length > 0) io.stderr(summary(messages))
  const errors = messages.filter((message) => severityOf(message) === 'error')
  const first = errors[0]
  if (first === undefined || !result.tree) return first === undefined
  io.stderr(
    `${path}: no edition written; fix the ${errors.length === 1 ? 'error' : `${errors.length} errors`} above, or lower a rule's severity in the settings (\`rules: { ${first.ruleId ?? 'rule-id'}: warn }\`)`
  )
  return false
}

function printMessages(result: FileResult, io: Output): void {
  for (const message of sortMessages(result.messages)) io.stderr(formatMessage(message))
  if (result.messages.length > 0) io.stderr(summary(result.messages))
}

/** The tree as JSON, or undefined if it does not validate (a bug, never the manuscript's fault). */
function serialise(result: FileResult, pretty: boolean): string | undefined {
  if (!validateEdition(result.tree).ok) return undefined
  return `${JSON.stringify(result.tree, null, pretty ? 2 : undefined)}\n`
}
