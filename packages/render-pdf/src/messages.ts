// Problems found while rendering are vfile messages of the registry like the parser's
// (`@colophon/diagnostics`): rule id, source `colophon`, url, the manuscript's file and place when
// there is one, and the page in the reason.
import { diagnostic, type RuleId } from '@colophon/diagnostics'
import type { Position, Severity } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'

export function message(
  severity: Severity,
  ruleId: RuleId,
  reason: string,
  where?: { file: string; position: Position | undefined } | undefined
): VFileMessage {
  return diagnostic(ruleId, reason, { severity, place: where?.position, file: where?.file })
}
