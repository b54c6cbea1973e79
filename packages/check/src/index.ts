// Public API of @colophon/check.
export { type CheckOptions, check } from './check.js'
export { formatGithub } from './reporters/github.js'
export { formatJson } from './reporters/json.js'
export type { CheckResult } from './reporters/results.js'
export { formatSarif } from './reporters/sarif.js'
export {
  formatCounts,
  formatLine,
  formatTerminal,
  type TerminalOptions
} from './reporters/terminal.js'
export { type Rule, type RuleId, rules } from './rules.js'
