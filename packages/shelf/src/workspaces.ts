// One workspace per edition under `.shelf/`, so that each edition is a task of its own in turbo's
// graph, with its own inputs and outputs: `.shelf/<workspace>/package.json` names the command,
// `.shelf/<workspace>/turbo.json` the files the edition is made from and the files it writes.
// They are written before each run and removed after it: npm would otherwise take them for
// workspaces its lockfile lacks (`npm ci` refuses to install then).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checksumsFile } from './outputs.js'
import type { Edition } from './plan.js'

/** The folder of the editions' workspaces, from the project root (in the root's `workspaces`). */
export const shelfFolder = '.shelf'
/** The scope of the editions' package names: `@shelf/great-terror`. */
export const scope = '@shelf'

/** What each edition's task is asked for: the output folder and the formats. */
export interface TaskOptions {
  out: string
  /** `--json`, `--html`, `--pdf`, `--epub`; none for all. */
  formats: string[]
}

/** Writes the workspace of every edition, after removing any left by an earlier run. */
export function writeWorkspaces(root: string, editions: Edition[], options: TaskOptions): void {
  removeWorkspaces(root)
  for (const edition of editions) {
    const folder = join(root, shelfFolder, edition.workspace)
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      join(folder, 'package.json'),
      `${JSON.stringify(manifestOf(edition, options), null, 2)}\n`
    )
    writeFileSync(
      join(folder, 'turbo.json'),
      `${JSON.stringify(tasksOf(edition, options), null, 2)}\n`
    )
  }
}

export function removeWorkspaces(root: string): void {
  rmSync(join(root, shelfFolder), { recursive: true, force: true })
}

/** The workspace's `package.json`: its name, and the command of its `edition` task. */
function manifestOf(edition: Edition, options: TaskOptions) {
  const command = [
    'node',
    '../../packages/shelf/bin/colophon-shelf.js',
    'edition',
    edition.path,
    '--out',
    options.out,
    ...options.formats
  ]
  return {
    name: `${scope}/${edition.workspace}`,
    private: true,
    scripts: { edition: command.map(quote).join(' ') }
  }
}

/**
 * The workspace's `turbo.json`: the task hashes exactly the files the edition is made from (and,
 * through the root's definition, the packages' builds and the variables that change the
 * output), and keeps its folder of the output and the checksums of it.
 */
function tasksOf(edition: Edition, options: TaskOptions) {
  return {
    extends: ['//'],
    tasks: {
      edition: {
        inputs: edition.inputs.map((input) => `$TURBO_ROOT$/${input}`),
        outputs: [`$TURBO_ROOT$/${options.out}/${edition.name}/**`, checksumsFile]
      }
    }
  }
}

/** A word for `sh -c`: as it is when plain, else in single quotes. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
