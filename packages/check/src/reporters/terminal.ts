// The report for people, the one every command prints: for `colophon check`, grouped by file,
// one aligned line per message, and a summary;
//
//   source/book.txt
//     49:1067  error  Expected note `17`, found `18`; …  note-sequence
//
//   ✖ 1 problem (1 error, 0 warnings, 0 info)
//
// and for output printed as it comes (`colophon build`, `parse`), the same columns on one line
// each, led by the file, which editors and CI problem matchers read, then the counts:
//
//   source/book.txt:49:1067  error  Expected note `17`, found `18`; …  note-sequence
//   1 error, 0 warnings, 0 info
import type { ReportCounts } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'
import { severityOf } from '../severity.js'
import { byFile, type CheckResult, countOf, regionOf, ruleIdOf } from './results.js'

/** Options of `formatTerminal`. */
export interface TerminalOptions {
  /** Colour the output with ANSI escapes (for a terminal). */
  color: boolean
}

const ansi = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m']
} as const

type Style = keyof typeof ansi

const severityStyle = { error: 'red', warning: 'yellow', info: 'cyan' } as const

/** Formats results for a terminal; ends with a newline. */
export function formatTerminal(results: readonly CheckResult[], options: TerminalOptions): string {
  const paint = (text: string, ...styles: Style[]) =>
    options.color
      ? styles.reduce((value, style) => `${ansi[style][0]}${value}${ansi[style][1]}`, text)
      : text
  const lines: string[] = []
  for (const { path, messages } of byFile(results)) {
    if (messages.length === 0) continue
    const rows = messages.map(rowOf)
    const width = (pick: (row: (typeof rows)[number]) => string) =>
      Math.max(...rows.map((row) => pick(row).length))
    const placeWidth = width((row) => row.place)
    const severityWidth = width((row) => row.severity)
    const reasonWidth = width((row) => row.reason)
    lines.push(paint(path, 'underline'))
    for (const row of rows) {
      const columns = [
        paint(row.place.padEnd(placeWidth), 'dim'),
        paint(row.severity, severityStyle[row.severity]) +
          ' '.repeat(severityWidth - row.severity.length),
        row.reason + ' '.repeat(reasonWidth - row.reason.length),
        paint(row.rule, 'dim')
      ]
      lines.push(`  ${columns.join('  ')}`)
    }
    lines.push('')
  }
  lines.push(summary(results, paint))
  return `${lines.join('\n')}\n`
}

function summary(
  results: readonly CheckResult[],
  paint: (text: string, ...styles: Style[]) => string
): string {
  const counts = countOf(results)
  const total = counts.error + counts.warning + counts.info
  if (total === 0) return paint('✔ No problems', 'green', 'bold')
  const text = `${plural(total, 'problem')} (${countsText(counts)})`
  if (counts.error > 0) return paint(`✖ ${text}`, 'red', 'bold')
  if (counts.warning > 0) return paint(`⚠ ${text}`, 'yellow', 'bold')
  return paint(`✔ ${text}`, 'green', 'bold')
}

/** One message on one line: `file:line:column  severity  message  rule-id`. */
export function formatLine(message: VFileMessage): string {
  const row = rowOf(message)
  const where = row.place === '-' ? (message.file ?? '') : `${message.file ?? ''}:${row.place}`
  return [where, row.severity, row.reason, row.rule].join('  ')
}

/** The counts of `messages` by severity: `1 error, 2 warnings, 1 info`. */
export function formatCounts(messages: readonly VFileMessage[]): string {
  return countsText(countOf([{ path: '', messages }]))
}

function countsText(counts: ReportCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** The columns of one message: its place, severity, reason and rule id. */
function rowOf(message: VFileMessage) {
  const region = regionOf(message)
  return {
    place: region ? `${region.line}:${region.column}` : '-',
    severity: severityOf(message),
    reason: message.reason,
    rule: ruleIdOf(message)
  }
}
