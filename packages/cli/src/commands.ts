// The `parse` and `build` commands.
import { readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { type FileResult, parseFile } from '@colophon/parser'
import { validateEdition } from '@colophon/schema'
import { formatMessage, sortMessages, summary } from './report.js'
import { writeAtomic } from './write.js'

/** Exit codes: 0 done, 1 the manuscript has errors, 2 bad usage or unreadable input. */
export const exit = { ok: 0, errors: 1, usage: 2 } as const

/** Where diagnostics and data go; tests pass their own. */
export interface Output {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** `colophon parse FILE [--out PATH]`: the AST as JSON, on stdout or in a file. */
export async function parseCommand(
  path: string,
  options: { out?: string; pretty?: boolean },
  io: Output
): Promise<number> {
  const result = parseFile(path)
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

/**
 * `colophon build [PATH…] [--out DIR]`: every manuscript (`.txt`) in the paths
 * (files or folders) into `DIR/<name>/<name>.json`.
 */
export async function buildCommand(
  paths: string[],
  options: { out: string },
  io: Output
): Promise<number> {
  const manuscripts: string[] = []
  for (const path of paths.length > 0 ? paths : ['source']) {
    let isFolder = false
    try {
      isFolder = statSync(path).isDirectory()
    } catch {
      io.stderr(`${path}  error  File not found; check the path  file-unreadable`)
      return exit.usage
    }
    if (!isFolder) manuscripts.push(path)
    else {
      for (const name of readdirSync(path).sort()) {
        if (extname(name) === '.txt' && !name.endsWith('.notes.txt'))
          manuscripts.push(join(path, name))
      }
    }
  }
  let code: number = exit.ok
  for (const path of manuscripts) {
    const result = parseFile(path)
    printMessages(result, io)
    if (!result.tree) {
      code = exit.usage
      continue
    }
    const json = serialise(result, true)
    if (json === undefined || result.status === 'errors') {
      if (code === exit.ok) code = exit.errors
      continue
    }
    const name = basename(path, extname(path))
    const target = join(options.out, name, `${name}.json`)
    await writeAtomic(target, json)
    io.stderr(`${path} -> ${target}`)
  }
  return code
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
