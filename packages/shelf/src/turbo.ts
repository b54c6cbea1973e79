// Runs turbo from the project root and reads back what it did with each task: restored from
// the local or the remote cache, or run, and its exit code (from the run summary).
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** What turbo did with one task. */
export interface TaskRun {
  /** `@shelf/great-terror`. */
  package: string
  hash: string
  /** `HIT` when restored from a cache, `MISS` when run. */
  status: 'HIT' | 'MISS'
  /** Where it was restored from. */
  source: 'LOCAL' | 'REMOTE' | undefined
  exitCode: number | undefined
}

export interface TurboRun {
  code: number
  tasks: TaskRun[]
}

/** Runs `turbo run TASK ARGS…` with `--summarize`; its exit code and its tasks. */
export async function runTurbo(
  root: string,
  task: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv
): Promise<TurboRun> {
  const turbo = createRequire(join(root, 'package.json')).resolve('turbo/bin/turbo')
  const runs = join(root, '.turbo', 'runs')
  const before = new Set(existsSync(runs) ? readdirSync(runs) : [])
  const child = spawn(process.execPath, [turbo, 'run', task, '--summarize', ...args], {
    cwd: root,
    env,
    stdio: 'inherit'
  })
  const code = await new Promise<number>((done) => {
    child.on('close', (status) => done(status ?? 1))
    child.on('error', () => done(2))
  })
  const summaries = existsSync(runs) ? readdirSync(runs).filter((name) => !before.has(name)) : []
  const tasks: TaskRun[] = []
  for (const name of summaries) {
    tasks.push(...tasksOf(readFileSync(join(runs, name), 'utf8')))
    rmSync(join(runs, name), { force: true })
  }
  return { code, tasks }
}

interface SummaryTask {
  package?: string
  hash?: string
  cache?: { status?: string; source?: string }
  execution?: { exitCode?: number }
}

function tasksOf(json: string): TaskRun[] {
  const summary = JSON.parse(json) as { tasks?: SummaryTask[] }
  return (summary.tasks ?? []).map((task) => ({
    package: task.package ?? '',
    hash: task.hash ?? '',
    status: task.cache?.status === 'HIT' ? 'HIT' : 'MISS',
    source:
      task.cache?.source === 'REMOTE'
        ? 'REMOTE'
        : task.cache?.source === 'LOCAL'
          ? 'LOCAL'
          : undefined,
    exitCode: task.execution?.exitCode
  }))
}
