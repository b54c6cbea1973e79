// The `check` command: parse every manuscript the paths name, check it, and report in one format.
import {
  type CheckResult,
  check,
  formatGithub,
  formatJson,
  formatSarif,
  formatTerminal,
  rules
} from '@colophon/check'
import { severityOf } from '@colophon/parser'
import type { RuleLevel, RuleSettings } from '@colophon/schema'
import { exit, type Output } from './commands.js'
import { readEdition } from './editions.js'
import { findManuscripts } from './manuscripts.js'
import { writeAtomic } from './write.js'

/** The report formats. */
export const formats = ['terminal', 'json', 'sarif', 'github'] as const

/** Options of `colophon check`, as commander gives them. */
export interface CheckCommandOptions {
  format: (typeof formats)[number]
  /** `id=level` pairs, in the order given; a later one wins. */
  rule: string[]
  maxWarnings?: string
  out?: string
}

const ruleLevels: readonly RuleLevel[] = ['off', 'info', 'warn', 'error']

/**
 * `colophon check PATH… [--format F] [--rule id=level]… [--max-warnings N] [--out FILE]`.
 * Exit codes: 0 clean, 1 errors or more warnings than allowed, 2 bad usage or unreadable input.
 */
export async function checkCommand(
  paths: readonly string[],
  options: CheckCommandOptions,
  io: Output
): Promise<number> {
  const overrides = parseRules(options.rule, io)
  if (!overrides) return exit.usage
  let maxWarnings = Number.POSITIVE_INFINITY
  if (options.maxWarnings !== undefined) {
    if (!/^[0-9]+$/.test(options.maxWarnings)) {
      io.stderr(
        `colophon: \`--max-warnings ${options.maxWarnings}\` is not a whole number; give one such as \`0\` or \`10\``
      )
      return exit.usage
    }
    maxWarnings = Number(options.maxWarnings)
  }

  const found = await findManuscripts(paths)
  if (found.unmatched.length > 0) {
    for (const path of found.unmatched) {
      io.stderr(
        `colophon: \`${path}\` names no manuscript (a .txt, .md, .markdown, .mdown or .mkd file); check the path or pattern`
      )
    }
    return exit.usage
  }

  const results: CheckResult[] = []
  let unreadable = false
  for (const path of found.files) {
    // A reader is checked as composed: its selections, and the notes of its excerpts.
    const parsed = readEdition(path, {})
    const settings = parsed.tree ? parsed.settings : undefined
    const messages = check(parsed.tree, {
      messages: parsed.messages,
      ...(settings ? { settings } : {}),
      ...(parsed.files ? { files: parsed.files } : {}),
      rules: overrides
    })
    // A file that could not be read fails the run, unless its messages were turned off.
    if (parsed.status === 'unreadable' && messages.length > 0) unreadable = true
    results.push({ path, messages })
  }

  const report = format(results, options, io)
  if (options.out !== undefined) await writeAtomic(options.out, report)
  else if (report !== '') io.stdout(report)

  if (unreadable) return exit.usage
  const all = results.flatMap((result) => result.messages)
  if (all.some((message) => severityOf(message) === 'error')) return exit.errors
  const warnings = all.filter((message) => severityOf(message) === 'warning').length
  if (warnings > maxWarnings) {
    io.stderr(
      `colophon: ${warnings} warning${warnings === 1 ? '' : 's'}, more than \`--max-warnings ${maxWarnings}\` allows`
    )
    return exit.errors
  }
  return exit.ok
}

/** The `--rule id=level` options as rule settings, or undefined (having said why) if one is bad. */
function parseRules(pairs: readonly string[], io: Output): RuleSettings | undefined {
  const settings: Record<string, RuleLevel> = {}
  for (const pair of pairs) {
    const [id = '', level = '', ...rest] = pair.split('=')
    if (!Object.hasOwn(rules, id)) {
      io.stderr(
        `colophon: unknown rule \`${id}\` in \`--rule ${pair}\`; known rules: ${Object.keys(rules).join(', ')}`
      )
      return undefined
    }
    if (rest.length > 0 || !ruleLevels.includes(level as RuleLevel)) {
      io.stderr(
        `colophon: \`--rule ${pair}\` needs a level after \`=\`: one of ${ruleLevels.join(', ')}`
      )
      return undefined
    }
    settings[id] = level as RuleLevel
  }
  return settings
}

function format(results: CheckResult[], options: CheckCommandOptions, io: Output): string {
  switch (options.format) {
    case 'json':
      return formatJson(results)
    case 'sarif':
      return formatSarif(results)
    case 'github':
      return formatGithub(results)
    case 'terminal':
      return formatTerminal(results, { color: options.out === undefined && useColor(io) })
  }
}

/** Colour when stdout is a terminal and `NO_COLOR` is not set; `FORCE_COLOR` decides over both. */
function useColor(io: Output): boolean {
  const env = io.env ?? {}
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return io.isTTY === true
}
