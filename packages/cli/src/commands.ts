// The `parse` command, and what every command shares: exit codes and output.
import { formatCounts, formatLine } from '@colophon/check'
import { diagnostic, sortMessages } from '@colophon/diagnostics'
import type { FileResult } from '@colophon/parser'
import { validateEdition } from '@colophon/schema'
import { readEdition } from './editions.js'
import { jsonChunks } from './json-chunks.js'
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
  if (!validateEdition(result.tree).ok) {
    const reason =
      'The tree does not validate against the edition schema; this is a bug in colophon'
    io.stderr(formatLine(diagnostic('schema-invalid', reason, { file: path })))
    return exit.errors
  }
  if (result.status === 'errors') return exit.errors
  const pretty = options.pretty === true
  if (options.out && !pretty) await writeAtomic(options.out, jsonFile(result.tree))
  else if (options.out) await writeAtomic(options.out, json(result.tree, pretty))
  else io.stdout(json(result.tree, pretty))
  return exit.ok
}

function printMessages(result: FileResult, io: Output): void {
  for (const message of sortMessages(result.messages)) io.stderr(formatLine(message))
  if (result.messages.length > 0) io.stderr(formatCounts(result.messages))
}

/** The tree as JSON, or undefined if it does not validate (a bug, never the manuscript's fault). */
export function serialise(result: FileResult, pretty: boolean): string | undefined {
  if (!validateEdition(result.tree).ok) return undefined
  return json(result.tree, pretty)
}

/**
 * The compact JSON and its newline in pieces, made as they are written (see json-chunks.ts):
 * each paragraph's text as it comes, gathered into bytes by the writer.
 */
function* jsonFile(tree: unknown): Generator<string> {
  yield* jsonChunks(tree, { size: 0 })
  yield '\n'
}

function json(tree: unknown, pretty: boolean): string {
  return `${JSON.stringify(tree, null, pretty ? 2 : undefined)}\n`
}
