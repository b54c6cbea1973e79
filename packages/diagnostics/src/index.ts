// Public API of @colophon/diagnostics.
export {
  copyMessage,
  type DiagnosticOptions,
  diagnostic,
  type Place,
  report,
  type Severity,
  setSeverity,
  severityOf,
  source
} from './message.js'
export { docsBase, isRuleId, type Rule, type RuleId, type RulePackage, rules } from './rules.js'
export { compareMessage, sortMessages } from './sort.js'
