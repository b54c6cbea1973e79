// The audit's report as messages: each warning on its own, at its page and the manuscript's
// line; each rule of information once, with its count and its first pages (the report lists
// them all); and one line of figures for the build.
import type { VFileMessage } from 'vfile-message'
import { type AuditFinding, type AuditReport, type AuditRule, placeOfFinding } from './audit.js'
import { message } from './messages.js'

/** Said already by the checks after layout, which the audit only counts. */
const saidByChecks = new Set<AuditRule>(['pdf-widow', 'pdf-orphan'])

/** The messages of `report`: its warnings, its information by rule, and its figures. */
export function auditMessages(report: AuditReport): VFileMessage[] {
  const messages: VFileMessage[] = []
  const informed = new Map<AuditRule, AuditFinding[]>()
  for (const finding of report.findings) {
    if (saidByChecks.has(finding.rule)) continue
    if (finding.severity === 'warning') {
      messages.push(
        message(
          'warning',
          finding.rule,
          finding.rule === 'pdf-audit-hyphens'
            ? `${finding.reason} in the book`
            : `${finding.reason} on ${pageOf(finding)}`,
          placeOfFinding(finding)
        )
      )
    } else {
      informed.set(finding.rule, [...(informed.get(finding.rule) ?? []), finding])
    }
  }
  for (const [rule, findings] of informed) {
    const first = findings[0]
    if (!first) continue
    const pages = [...new Set(findings.map(pageOf))]
    const shown = pages.slice(0, 5).join(', ')
    const more = pages.length > 5 ? ` and ${pages.length - 5} more pages` : ''
    const reason =
      findings.length === 1
        ? `${first.reason} on ${shown}`
        : `${findings.length} times: ${first.reason.replace(/^A /, 'a ')} on ${shown}${more}`
    messages.push(message('info', rule, reason, placeOfFinding(first)))
  }
  messages.push(message('info', 'pdf-audit', auditSummary(report)))
  return messages
}

/** The report's figures on one line. */
export function auditSummary(report: AuditReport): string {
  const c = report.counts
  return [
    `Audit: ${report.lines} lines, ${report.hyphenated} ending in a broken word (${report.rate}%)`,
    `longest run ${report.longestRun}`,
    `${c['pdf-audit-hyphen-run']} runs over ${report.limits.hyphenRun}`,
    `${c['pdf-audit-hyphen-page']} across a page`,
    `${c['pdf-audit-hyphen-last']} into a last line (${report.kept} kept whole)`,
    `${c['pdf-audit-carry-over']} short carry-overs`,
    `${c['pdf-audit-ragged']} ragged before a break`,
    `${c['pdf-audit-loose']} loose`,
    `${c['pdf-widow']} widows`,
    `${c['pdf-orphan']} orphans`,
    `${c['pdf-audit-spread']} uneven spreads`,
    `${c['pdf-audit-marker']} note numbers off their height or opening a line`,
    `${report.warnings} warnings; measured in ${report.ms} ms`
  ].join(', ')
}

function pageOf(finding: AuditFinding): string {
  return `page ${finding.folio || '?'} (PDF page ${finding.pdfPage})`
}
