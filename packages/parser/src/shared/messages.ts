// Problems in a manuscript become vfile messages, made by `@colophon/diagnostics` from a
// registered rule id: rule id, source `colophon`, url, place, reason.
import {
  type Place,
  type RuleId,
  report as reportOn,
  type Severity,
  severityOf
} from '@colophon/diagnostics'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** How much a message matters (the schema's): `error` fails a build, `info` is for review. */
export type { Place, Severity }
export { severityOf }

/** Adds a message to `file`. */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: RuleId,
  reason: string,
  place: Place | undefined
): VFileMessage {
  return reportOn(file, ruleId, reason, { place, severity })
}
