// Diagnostics for people: one line each, `file:line:column  severity  message  rule-id`.
import { type Severity, severityOf } from '@colophon/parser'
import type { VFileMessage } from 'vfile-message'

/** Formats one message. */
export function formatMessage(message: VFileMessage): string {
  const where = message.line
    ? `${message.file}:${message.line}:${message.column ?? 1}`
    : message.file
  return `${where}  ${severityOf(message)}  ${message.reason}  ${message.ruleId ?? ''}`.trimEnd()
}

/** Messages sorted by file, then place, so output is the same from run to run. */
export function sortMessages(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0)
  )
}

/** A count such as `1 error, 2 warnings, 1 info`. */
export function summary(messages: readonly VFileMessage[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const message of messages) counts[severityOf(message)]++
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`
  return [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'info')
  ].join(', ')
}
