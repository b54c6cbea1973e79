// The report for programs: JSON that validates against `report.schema.json` of @colophon/schema.
import type { Report, ReportMessage } from '@colophon/schema'
import { severityOf } from '../severity.js'
import { byFile, type CheckResult, countOf, regionOf, ruleIdOf } from './results.js'

/** The report as a value. */
export function toReport(results: readonly CheckResult[]): Report {
  return {
    files: byFile(results).map(({ path, messages }) => ({
      path,
      messages: messages.map((message) => {
        const entry: ReportMessage = {
          ruleId: ruleIdOf(message),
          severity: severityOf(message),
          message: message.reason
        }
        const region = regionOf(message)
        return region ? { ...entry, ...region } : entry
      })
    })),
    counts: countOf(results)
  }
}

/** Formats results as JSON (two-space indent, a final newline). */
export function formatJson(results: readonly CheckResult[]): string {
  return `${JSON.stringify(toReport(results), null, 2)}\n`
}
