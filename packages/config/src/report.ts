// Puts the problems found in a YAML file on its vfile as messages, in the order of the text.
import { report } from '@colophon/diagnostics'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { YamlProblem } from './yaml-data.js'

/** Problems reported one by one in a file; the rest are counted (a list of thousands is unread). */
const maxProblems = 20

/** Puts each problem on `file` as a fatal message, in the order of the text. */
export function reportYamlProblems(file: VFile, text: string, problems: YamlProblem[]): void {
  const toPoint = location(text).toPoint
  const clamp = (offset: number) => toPoint(Math.min(Math.max(offset, 0), text.length))
  // Stable sort: problems at one place keep the order they were found in.
  problems.sort((a, b) => a.start - b.start)
  for (const problem of problems.slice(0, maxProblems)) {
    const start = clamp(problem.start)
    const end = problem.end === undefined ? undefined : clamp(problem.end)
    const place = start && end ? { start, end } : start
    report(file, problem.ruleId, problem.reason, {
      place,
      severity: problem.warning === true ? 'warning' : 'error',
      actual: problem.actual,
      expected: problem.expected
    })
  }
  const rest = problems.slice(maxProblems)
  const next = rest[0]
  if (next === undefined) return
  // Thousands of messages about one file bury the first, which are the ones to fix.
  report(
    file,
    next.ruleId,
    `${rest.length} more problem${rest.length === 1 ? '' : 's'} in this file after these, the first here; fix those above and check again`,
    {
      place: clamp(next.start),
      severity: rest.some((problem) => problem.warning !== true) ? 'error' : 'warning'
    }
  )
}
