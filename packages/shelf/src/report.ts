// What `npm run editions` says at its end: which editions were restored (and from which cache),
// which were built, which failed, one line each, then a count.
import type { Edition } from './plan.js'
import type { TaskRun } from './turbo.js'

export type Outcome = 'restored' | 'restored (remote)' | 'built' | 'failed' | 'not run'

/** What became of each edition in the runs, the last run's word winning. */
export function outcomes(
  editions: Edition[],
  runs: TaskRun[],
  scope: string
): Map<string, Outcome> {
  const byPackage = new Map<string, TaskRun>()
  for (const run of runs) byPackage.set(run.package, run)
  const result = new Map<string, Outcome>()
  for (const edition of editions) {
    const run = byPackage.get(`${scope}/${edition.workspace}`)
    result.set(edition.name, outcomeOf(run))
  }
  return result
}

function outcomeOf(run: TaskRun | undefined): Outcome {
  if (run === undefined) return 'not run'
  if (run.status === 'HIT') return run.source === 'REMOTE' ? 'restored (remote)' : 'restored'
  return run.exitCode === 0 ? 'built' : run.exitCode === undefined ? 'not run' : 'failed'
}

/** The lines of the report: one per edition, sorted by name, then the count. */
export function reportLines(result: Map<string, Outcome>): string[] {
  const names = [...result.keys()].sort()
  const width = Math.max(...[...result.values()].map((outcome) => outcome.length), 0)
  const lines = names.map((name) => `${(result.get(name) ?? '').padEnd(width)}  ${name}`)
  const count = (wanted: (outcome: Outcome) => boolean) =>
    [...result.values()].filter(wanted).length
  const restored = count((outcome) => outcome.startsWith('restored'))
  const remote = count((outcome) => outcome === 'restored (remote)')
  const parts = [
    `${restored} restored${remote > 0 ? ` (${remote} from the remote cache)` : ''}`,
    `${count((outcome) => outcome === 'built')} built`
  ]
  const failed = count((outcome) => outcome === 'failed' || outcome === 'not run')
  if (failed > 0) parts.push(`${failed} failed or not run`)
  return [...lines, `editions: ${parts.join(', ')}`]
}
