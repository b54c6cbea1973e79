// `check`: runs every rule over an edition AST, adds the parser's messages, applies the configured
// severities and returns the messages in order of place.

import { copyMessage, diagnostic, sortMessages } from '@colophon/diagnostics'
import {
  type Position,
  type Root,
  type RuleLevel,
  type RuleSettings,
  type Settings,
  validateSettings
} from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'
import { type CheckId, checks } from './checks.js'
import type { Context, ReportOptions } from './context.js'
import { isRuleId, rules } from './rules.js'
import { levels, setSeverity, severityOfLevel } from './severity.js'

/** Options of `check`. */
export interface CheckOptions {
  /** The parser's messages about the manuscript; passed through with the configured severity. */
  messages?: readonly VFileMessage[]
  /** The manuscript's settings (its sidecar): `notes.bodies`, `notes.repeats`, `rules`. */
  settings?: Settings
  /** Severity by rule id, over the settings' `rules` (the command line's `--rule`). */
  rules?: RuleSettings
  /**
   * The path each file was read by, by its name in the tree's sources (`parseFile`'s `files`), so
   * that messages name a file as the parser's messages do; a name not here is used as it is.
   */
  files?: Readonly<Record<string, string>>
}

/**
 * Checks a tree, or only the parser's messages when there is no tree (the manuscript could not
 * be read). Misuse (an unknown rule id, a bad level, invalid settings) throws a TypeError; what is
 * wrong with the manuscript comes back as messages.
 */
export function check(tree: Root | undefined, options: CheckOptions = {}): VFileMessage[] {
  const settings = options.settings ?? {}
  const valid = validateSettings(settings)
  if (!valid.ok) {
    const first = valid.problems[0]
    throw new TypeError(
      `check: invalid settings: \`${first?.path || '/'}\` ${first?.message ?? ''}`
    )
  }
  const overrides = options.rules ?? {}
  for (const [id, level] of Object.entries(overrides)) {
    if (!isRuleId(id)) {
      throw new TypeError(
        `check: unknown rule \`${id}\`; known rules: ${Object.keys(rules).join(', ')}`
      )
    }
    if (!levels.includes(level as RuleLevel)) {
      throw new TypeError(
        `check: rule \`${id}\` cannot be \`${String(level)}\`; use one of ${levels.join(', ')}`
      )
    }
  }
  const configured: RuleSettings = { ...settings.rules, ...overrides }
  const parsed = options.messages ?? []
  const found: VFileMessage[] = []

  const files = options.files ?? {}
  const pathOf = (name: string): string => (Object.hasOwn(files, name) ? files[name] : name) ?? name
  const mainName = tree?.meta.sources[0]?.path
  // One by one: a long book's messages may be more than a call takes arguments.
  if (tree)
    for (const message of runRules(tree, settings, configured, parsed, pathOf)) found.push(message)

  // A marker glued to a word is a guess the parser reports as `marker-ambiguous`;
  // `marker-punctuation` says the same with what to do, so the place is reported once.
  const glued = new Set(
    found.filter((message) => message.ruleId === 'marker-punctuation').map(placeKey)
  )
  for (const message of parsed) {
    if (message.ruleId === 'marker-ambiguous' && glued.has(placeKey(message))) continue
    found.push(copyMessage(message))
  }

  const result: VFileMessage[] = []
  for (const message of found) {
    const level =
      message.ruleId !== undefined && isRuleId(message.ruleId)
        ? configured[message.ruleId]
        : undefined
    if (level === undefined) {
      result.push(message)
      continue
    }
    const severity = severityOfLevel(level)
    if (severity === undefined) continue
    setSeverity(message, severity)
    result.push(message)
  }
  const main = mainName === undefined ? parsed[0]?.file : pathOf(mainName)
  return sortMessages(result, main)
}

/** The messages of every rule not turned off, each naming its file by `pathOf`. */
function runRules(
  tree: Root,
  settings: Settings,
  configured: RuleSettings,
  parsed: readonly VFileMessage[],
  pathOf: (name: string) => string
): VFileMessage[] {
  const found: VFileMessage[] = []
  const mainName = tree.meta.sources[0]?.path
  const file = mainName === undefined ? undefined : pathOf(mainName)
  const fileOf = chapterFiles(tree, pathOf)
  for (const id of Object.keys(checks) as CheckId[]) {
    if (configured[id] === 'off') continue
    const context: Context = {
      tree,
      settings,
      messages: parsed,
      report(reason, place, more = {}) {
        const named = {
          ...more,
          ...(more.file === undefined ? {} : { file: pathOf(more.file) }),
          ...(more.related?.file === undefined
            ? {}
            : { related: { ...more.related, file: pathOf(more.related.file) } })
        }
        found.push(create(id, reason, place, (place && fileOf.get(place)) ?? file, named))
      }
    }
    checks[id](context)
  }
  return found
}

/**
 * In a tree read from several files (a book, a reader), the file each chapter's places are in,
 * by the position objects of its nodes; empty for a tree of one file.
 */
function chapterFiles(tree: Root, pathOf: (name: string) => string): WeakMap<Position, string> {
  const files = new WeakMap<Position, string>()
  if (new Set(tree.meta.sources.map((source) => source.path)).size < 2) return files
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) for (const child of node) visit(child, path)
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'position' || key.endsWith('Position')) files.set(value as Position, path)
        else if (typeof value === 'object') visit(value, path)
      }
    }
  }
  for (const chapter of tree.children) {
    visit(chapter, pathOf(chapter.source.path))
  }
  return files
}

/** A new message of rule `id`, with the rule's default severity unless the check gives one. */
function create(
  id: CheckId,
  reason: string,
  place: Position | undefined,
  file: string | undefined,
  options: ReportOptions
): VFileMessage {
  const related = options.related
  return diagnostic(id, reason, {
    place,
    file: options.file ?? file,
    severity: options.severity,
    actual: options.actual,
    expected: options.expected,
    // The other place has no severity of its own.
    cause: related
      ? diagnostic(id, related.reason, {
          place: related.place,
          file: related.file ?? file,
          severity: 'info'
        })
      : undefined
  })
}

function placeKey(message: VFileMessage): string {
  return `${message.file}:${message.line}:${message.column}`
}
