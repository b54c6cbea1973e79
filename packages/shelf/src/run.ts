// `colophon-shelf`: every edition of the shelf as a turbo task of its own, run side by side up to
// the cores (each edition's PDF given its share of them), restored from the local or remote cache
// when nothing it is made from changed, checked against its checksums once restored, and built
// again when they do not match.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { onExit } from 'signal-exit'
import { checksumsFile, verifyChecksums } from './outputs.js'
import { type Edition, planShelf } from './plan.js'
import { probe, remoteOf } from './remote.js'
import { outcomes, reportLines } from './report.js'
import { runTurbo, type TaskRun } from './turbo.js'
import {
  removeWorkspaces,
  scope,
  shelfFolder,
  type TaskOptions,
  writeWorkspaces
} from './workspaces.js'

export interface ShelfOptions extends TaskOptions {
  paths: string[]
  /** Editions built at once (default: the number of cores). */
  concurrency?: number | undefined
  /** Extra arguments for turbo (`--force`). */
  turbo: string[]
}

export interface ShelfIo {
  stdout: (line: string) => void
  stderr: (line: string) => void
  env: NodeJS.ProcessEnv
}

/** How long the remote cache has to answer its status before the run goes without it. */
const probeTimeout = 5000

/** Builds the shelf of the project at `root`; the exit code. */
export async function buildShelf(
  root: string,
  options: ShelfOptions,
  io: ShelfIo
): Promise<number> {
  const plan = await planShelf(root, options.paths)
  for (const problem of plan.problems) io.stderr(`colophon-shelf: ${problem}`)
  if (plan.editions.length === 0) return 2
  writeWorkspaces(root, plan.editions, options)
  const stopCleanup = onExit(() => removeWorkspaces(root))
  try {
    const { args, env } = await turboSettings(options, io)
    const first = await runTurbo(
      root,
      'edition',
      [`--filter=${scope}/*`, '--continue', ...args],
      env
    )
    const runs = [...first.tasks]
    let code = first.code
    const broken = brokenEditions(root, plan.editions, first.tasks, io)
    if (broken.length > 0) {
      const again = await rebuild(root, broken, args, env)
      runs.push(...again.tasks)
      code = Math.max(code, again.code)
    }
    for (const line of reportLines(outcomes(plan.editions, runs, scope))) io.stdout(line)
    return plan.problems.length > 0 ? Math.max(code, 2) : code
  } finally {
    stopCleanup()
    removeWorkspaces(root)
  }
}

/** Turbo's arguments and environment: parallelism, the remote cache or not. */
async function turboSettings(options: ShelfOptions, io: ShelfIo) {
  const cores = availableParallelism()
  const atOnce = options.concurrency ?? cores
  const env: NodeJS.ProcessEnv = { ...io.env }
  // A CI workflow sets them from secrets a fork or a first run may not have: empty is unset.
  for (const name of ['TURBO_API', 'TURBO_TOKEN', 'TURBO_TEAM'])
    if (env[name] === '') delete env[name]
  env.COLOPHON_CONCURRENCY ??= String(Math.max(1, Math.floor(cores / atOnce)))
  const args = [`--concurrency=${atOnce}`, '--output-logs=new-only', ...options.turbo]
  const remote = remoteOf(env)
  if (remote !== undefined) {
    const reason = await probe(remote, probeTimeout)
    if (reason === undefined) args.push('--remote-cache-timeout=30')
    else {
      io.stderr(
        `colophon-shelf: warning: the remote cache at ${remote.api} cannot be used (${reason}); building with the local cache alone`
      )
      args.push('--cache=local:rw')
    }
  }
  return { args, env }
}

/**
 * The editions restored from a cache whose files do not match their checksums (a truncated or
 * altered entry), each said once; their local entries are removed, so that they are built again.
 */
function brokenEditions(
  root: string,
  editions: Edition[],
  tasks: TaskRun[],
  io: ShelfIo
): Edition[] {
  const broken: Edition[] = []
  for (const edition of editions) {
    const task = tasks.find((run) => run.package === `${scope}/${edition.workspace}`)
    if (task?.status !== 'HIT') continue
    const list = join(root, shelfFolder, edition.workspace, checksumsFile)
    const reason = verifyChecksums(root, list)
    if (reason === undefined) continue
    const from = task.source === 'REMOTE' ? 'remote' : 'local'
    io.stderr(
      `colophon-shelf: warning: ${edition.name}: the ${from} cache gave a damaged edition (${reason}); building it again`
    )
    broken.push(edition)
    for (const folder of cacheDirsOf(root, io.env)) removeEntry(folder, task.hash)
  }
  return broken
}

/**
 * Where turbo keeps its local cache: `TURBO_CACHE_DIR`, else `.turbo/cache` of the project, or of
 * the main checkout when this one is a git worktree (turbo shares it between worktrees).
 */
function cacheDirsOf(root: string, env: NodeJS.ProcessEnv): string[] {
  if (env.TURBO_CACHE_DIR) return [resolve(root, env.TURBO_CACHE_DIR)]
  const folders = [join(root, '.turbo', 'cache')]
  try {
    const common = execFileSync(
      'git',
      ['rev-parse', '--path-format=absolute', '--git-common-dir'],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }
    ).trim()
    folders.push(join(dirname(common), '.turbo', 'cache'))
  } catch {
    // Not a git checkout: the project's own folder alone.
  }
  return [...new Set(folders)]
}

function removeEntry(cacheDir: string, hash: string): void {
  for (const suffix of ['.tar.zst', '-meta.json', '-manifest.json']) {
    rmSync(join(cacheDir, `${hash}${suffix}`), { force: true })
  }
}

/**
 * Builds the editions again without reading any cache for them: the local entries are gone, and
 * the remote one is written over, not read.
 */
async function rebuild(root: string, editions: Edition[], args: string[], env: NodeJS.ProcessEnv) {
  const remote = args.includes('--cache=local:rw') ? '' : ',remote:w'
  const filters = editions.map((edition) => `--filter=${scope}/${edition.workspace}`)
  const rest = args.filter((arg) => !arg.startsWith('--cache='))
  return runTurbo(root, 'edition', [...filters, ...rest, `--cache=local:rw${remote}`], env)
}
