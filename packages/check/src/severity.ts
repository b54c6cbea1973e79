// Severities as vfile stores them: `fatal` true for an error, false for a warning, unset for info.
import type { RuleLevel, Severity } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'

export type { Severity }

/** The severity of a message, read from its `fatal` field. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Sets the severity of a message. */
export function setSeverity(message: VFileMessage, severity: Severity): void {
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** The severity a configured level asks for; `undefined` for `off`. */
export function severityOfLevel(level: RuleLevel): Severity | undefined {
  return level === 'off' ? undefined : level === 'warn' ? 'warning' : level
}

/** The configuration levels, in order of weight. */
export const levels: readonly RuleLevel[] = ['off', 'info', 'warn', 'error']
