// Severities as vfile stores them (`@colophon/diagnostics`), and the levels the settings give.
import { type Severity, setSeverity, severityOf } from '@colophon/diagnostics'
import type { RuleLevel } from '@colophon/schema'

export { type Severity, setSeverity, severityOf }

/** The severity a configured level asks for; `undefined` for `off`. */
export function severityOfLevel(level: RuleLevel): Severity | undefined {
  return level === 'off' ? undefined : level === 'warn' ? 'warning' : level
}

/** The configuration levels, in order of weight. */
export const levels: readonly RuleLevel[] = ['off', 'info', 'warn', 'error']
