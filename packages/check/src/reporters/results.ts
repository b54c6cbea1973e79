// What every reporter starts from: messages grouped by the file they are about, their places
// and their counts.
import { compareMessage } from '@colophon/diagnostics'
import type { ReportCounts } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'
import { severityOf } from '../severity.js'

/** The messages of one checked manuscript, as `check` returned them. */
export interface CheckResult {
  path: string
  messages: readonly VFileMessage[]
}

/** Where a message is: 1-based lines and columns, the end column just after the range. */
export interface Region {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/**
 * Messages grouped by file: a message names its own file when it is about another one than the
 * manuscript (a notes file); an empty `file`, vfile's default, means the manuscript. Each
 * manuscript comes first, then the other files its messages name; in each, messages are in order
 * of place.
 */
export function byFile(results: readonly CheckResult[]): CheckResult[] {
  const groups = new Map<string, VFileMessage[]>()
  for (const result of results) {
    if (!groups.has(result.path)) groups.set(result.path, [])
    for (const message of result.messages) {
      const path = message.file || result.path
      const group = groups.get(path) ?? []
      group.push(message)
      groups.set(path, group)
    }
  }
  return [...groups].map(([path, messages]) => ({
    path,
    messages: messages.sort(compareMessage)
  }))
}

/** The region of a message, or undefined when it is about the whole file. */
export function regionOf(message: VFileMessage): Region | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const region: Region = { line: place.start.line, column: place.start.column }
    if (place.end) {
      region.endLine = place.end.line
      region.endColumn = place.end.column
    }
    return region
  }
  return { line: place.line, column: place.column }
}

/** How many messages there are of each severity. */
export function countOf(results: readonly CheckResult[]): ReportCounts {
  const counts: ReportCounts = { error: 0, warning: 0, info: 0 }
  for (const result of results) for (const message of result.messages) counts[severityOf(message)]++
  return counts
}

/** The rule id of a message, for reporters that require one. */
export function ruleIdOf(message: VFileMessage): string {
  return message.ruleId ?? 'colophon'
}
