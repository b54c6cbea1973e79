// Problems found while rendering are vfile messages like the parser's: rule id, source
// `colophon`, the manuscript's file and place when there is one, and the page in the reason.
import type { Position, Severity } from '@colophon/schema'
import { VFileMessage } from 'vfile-message'

export function message(
  severity: Severity,
  ruleId: string,
  reason: string,
  where?: { file: string; position: Position | undefined } | undefined
): VFileMessage {
  const result = new VFileMessage(reason, { place: where?.position, ruleId, source: 'colophon' })
  if (where) result.file = where.file
  result.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  return result
}
