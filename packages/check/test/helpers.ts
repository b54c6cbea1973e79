// Reads a manuscript as the command does: parse it, read its settings, check it.
import { readFileSync } from 'node:fs'
import { findSidecar, readSettings } from '@colophon/config'
import { parseFile } from '@colophon/parser'
import type { RuleSettings, Settings } from '@colophon/schema'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { check } from '../src/index.js'
import { severityOf } from '../src/severity.js'

/** The settings of a manuscript, from its sidecar; `{}` when it has none. */
export function settingsOf(path: string): Settings {
  const sidecar = findSidecar(path)
  if (!sidecar) return {}
  const settings = readSettings(new VFile({ path: sidecar, value: readFileSync(sidecar, 'utf8') }))
  if (!settings) throw new Error(`invalid settings in ${sidecar}`)
  return settings
}

/** Parses and checks the manuscript at `path`. */
export function checkFile(path: string, rules: RuleSettings = {}): VFileMessage[] {
  const result = parseFile(path)
  return check(result.tree, {
    messages: result.messages,
    settings: result.settings ?? {},
    ...(result.files ? { files: result.files } : {}),
    rules
  })
}

/** A message as one line: `line:column severity reason rule-id`. */
export function show(message: VFileMessage): string {
  return `${message.line ?? 0}:${message.column ?? 0} ${severityOf(message)} ${message.reason} ${message.ruleId}`
}
