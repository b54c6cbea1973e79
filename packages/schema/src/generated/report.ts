// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
/**
 * `error` fails the check, `warning` counts against `--max-warnings`, `info` is for review.
 * 
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "severity".
 */
export type Severity = ("error" | "warning" | "info")

/**
 * The diagnostics report of `colophon check --format json`: the messages of every file checked, in order of place, and their counts.
 */
export interface Report {
files: ReportFile[]
counts: ReportCounts
}
/**
 * One file and its messages (a notes file gets its own entry).
 * 
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "reportFile".
 */
export interface ReportFile {
/**
 * The path as it was given or found.
 */
path: string
messages: ReportMessage[]
}
/**
 * One diagnostic. Lines and columns are 1-based; columns count UTF-16 code units; `endColumn` is the column just after the range. A message about the whole file has no place.
 * 
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "reportMessage".
 */
export interface ReportMessage {
ruleId: string
severity: Severity
message: string
line?: number
column?: number
endLine?: number
endColumn?: number
}
/**
 * How many messages of each severity the report holds.
 * 
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "reportCounts".
 */
export interface ReportCounts {
error: number
warning: number
info: number
}
