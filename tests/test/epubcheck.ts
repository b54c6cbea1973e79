// EPUBCheck for the end-to-end tests: found on the machine (Debian installs it as a jar, run
// through `java -jar` where the system has no handler for jars), run on one book, or on many
// books in one Java process (`CheckEpubs.java`), since each run of its command
// line spends most of its 10 to 15 seconds loading the schemas again.
import { spawnSync } from 'node:child_process'
import { accessSync, closeSync, constants, openSync, readSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What EPUBCheck found in one book. */
export interface Counts {
  errors: number
  warnings: number
  /** Its messages on that book. */
  output: string
}

export interface Epubcheck {
  /** The command and its first arguments. */
  command: string[]
  /** Its jar, when it is one (then books can be checked in one process with `checkMany`). */
  jar: string | undefined
}

const source = fileURLToPath(new URL('CheckEpubs.java', import.meta.url))

/** `epubcheck` on the PATH (or Debian's jar), or why there is none. */
export function findEpubcheck(): Epubcheck | { why: string } {
  const candidates = (process.env.PATH ?? '')
    .split(delimiter)
    .map((folder) => join(folder, 'epubcheck'))
  for (const path of [...candidates, '/usr/share/java/epubcheck.jar']) {
    try {
      accessSync(path, path.endsWith('.jar') ? constants.R_OK : constants.X_OK)
    } catch {
      continue
    }
    const head = Buffer.alloc(2)
    const file = openSync(path, 'r')
    readSync(file, head, 0, 2, 0)
    closeSync(file)
    if (head.toString() !== 'PK') return { command: [path], jar: undefined }
    return { command: ['java', '-jar', path], jar: path }
  }
  return { why: 'epubcheck is not on the PATH (apt-get install epubcheck)' }
}

/**
 * Why the books cannot be checked in one Java process, or undefined when they can: that needs
 * EPUBCheck's jar and a Java that runs a source file (the module `jdk.compiler`, which Debian's
 * runtime has).
 */
export function whyNoBatch(epubcheck: Epubcheck): string | undefined {
  if (epubcheck.jar === undefined) return 'epubcheck on the PATH is not a jar'
  const modules = spawnSync('java', ['--list-modules'], { encoding: 'utf8' })
  if (modules.error || modules.status !== 0) return 'java is not on the PATH'
  if (!/^jdk\.compiler@/m.test(modules.stdout)) return 'this Java cannot run a source file'
  return undefined
}

/** EPUBCheck's counts for the book at `path`, and its messages. */
export function checkOne(epubcheck: Epubcheck, path: string): Counts {
  const [command = 'epubcheck', ...args] = epubcheck.command
  const run = spawnSync(command, [...args, path], { encoding: 'utf8' })
  const output = `${run.stdout}${run.stderr}`
  const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output)
  if (!counts) throw new Error(`Unexpected output of EPUBCheck:\n${output}`)
  return {
    errors: Number(counts[1]) + Number(counts[2]),
    warnings: Number(counts[3]),
    output
  }
}

/** EPUBCheck's counts for each book of `paths`, by path, checked in one Java process. */
export function checkMany(epubcheck: Epubcheck, paths: readonly string[]): Map<string, Counts> {
  const run = spawnSync('java', ['-cp', epubcheck.jar ?? '', source, ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const lines = `${run.stdout}\n${run.stderr}`.split('\n')
  const results = new Map<string, Counts>()
  for (const line of lines) {
    const [tag, path, fatals, errors, warnings] = line.split('\t')
    if (tag !== 'summary' || path === undefined) continue
    results.set(path, {
      errors: Number(fatals) + Number(errors),
      warnings: Number(warnings),
      output: lines
        .filter((message) => message.includes(path) && !message.startsWith('summary'))
        .join('\n')
    })
  }
  if (results.size !== paths.length) {
    throw new Error(`Unexpected output of EPUBCheck:\n${run.stdout}${run.stderr}`)
  }
  return results
}
