// SARIF 2.1.0, for code-scanning tools: one run of the `colophon` driver with every rule of the
// registry and one result per message. Deterministic: no timestamps, no absolute paths unless
// given, rules in registry order.
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Location, Log, PhysicalLocation, ReportingDescriptor, Result } from 'sarif'
import type { VFileMessage } from 'vfile-message'
import { type Rule, rules } from '../rules.js'
import { type Severity, severityOf } from '../severity.js'
import { byFile, type CheckResult, regionOf, ruleIdOf } from './results.js'

const level: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' }

/** Formats results as a SARIF 2.1.0 log (two-space indent, a final newline). */
export function formatSarif(results: readonly CheckResult[]): string {
  const ids = Object.keys(rules)
  const descriptors: ReportingDescriptor[] = Object.entries(rules).map(
    ([id, rule]: [string, Rule]) => ({
      id,
      shortDescription: { text: rule.description },
      help: { text: rule.fix },
      defaultConfiguration: { level: level[rule.severity] },
      properties: { docs: rule.docs }
    })
  )
  const found: Result[] = []
  for (const { path, messages } of byFile(results)) {
    for (const message of messages) {
      const ruleId = ruleIdOf(message)
      const result: Result = {
        ruleId,
        level: level[severityOf(message)],
        message: { text: message.reason },
        locations: [{ physicalLocation: physical(path, message) }]
      }
      const index = ids.indexOf(ruleId)
      if (index >= 0) result.ruleIndex = index
      const related = relatedOf(message, path)
      if (related) result.relatedLocations = [related]
      found.push(result)
    }
  }
  const log: Log = {
    $schema:
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'colophon', rules: descriptors } },
        // Columns count UTF-16 code units, as JavaScript strings and the edition AST do.
        columnKind: 'utf16CodeUnits',
        results: found
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function physical(path: string, message: VFileMessage): PhysicalLocation {
  const location: PhysicalLocation = { artifactLocation: { uri: uriOf(path) } }
  const region = regionOf(message)
  if (region) {
    location.region = { startLine: region.line, startColumn: region.column }
    if (region.endLine !== undefined) location.region.endLine = region.endLine
    if (region.endColumn !== undefined) location.region.endColumn = region.endColumn
  }
  return location
}

/** The other place a message names (the first of two note bodies), from its `cause`. */
function relatedOf(message: VFileMessage, path: string): Location | undefined {
  const cause = message.cause
  if (!(cause instanceof Error) || !('place' in cause) || !cause.place) return undefined
  const related = cause as VFileMessage
  return {
    id: 1,
    physicalLocation: physical(related.file || path, related),
    message: { text: related.reason }
  }
}

/** A relative path as a relative URI reference; an absolute one as a `file:` URL. */
function uriOf(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}
