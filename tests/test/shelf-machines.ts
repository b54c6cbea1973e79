// What the shelf's tests need: clean clones of the project standing for CI machines (the files
// git would give, with a tiny shelf in source/, sharing this checkout's installed node_modules
// but building everything of their own), a remote cache server on 127.0.0.1 with its storage in a
// temporary folder, and `npm run editions` run in a clone.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { get } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repo = fileURLToPath(new URL('../..', import.meta.url))

/** Two small manuscripts and a reader quoting the first. */
export const tinyShelf: Record<string, string> = {
  'source/one.txt':
    'One\n\nThe first paragraph says that 1933 was a year of hunger.1\n\nA second paragraph follows it.2\n\nNotes\n\n1. A first source.\n\n2. A second source.\n',
  'source/one.yaml': 'title: One\nauthor: A. Writer\nlanguage: en\n',
  'source/two.md':
    '---\ntitle: Two\nlanguage: en\n---\n\n# Two\n\nA paragraph of the second book.\n',
  'source/course.reader.yaml':
    'title: A Course\nentries:\n  - source: one.txt\n    select:\n      paragraphs: [p1]\n'
}

/** A clean clone of the project in `folder`, with `shelf` as its source/. */
export function cloneProject(folder: string, shelf: Record<string, string> = tinyShelf): void {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repo,
    encoding: 'utf8'
  })
  const skipped = /^(?:corpus|bench|source)\//
  for (const file of listed.split('\0')) {
    if (file === '' || skipped.test(file)) continue
    mkdirSync(dirname(join(folder, file)), { recursive: true })
    try {
      copyFileSync(join(repo, file), join(folder, file))
    } catch {
      // A file deleted from the checkout but not yet from git's index.
    }
  }
  for (const [file, text] of Object.entries(shelf)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true })
    writeFileSync(join(folder, file), text)
  }
  symlinkSync(join(repo, 'node_modules'), join(folder, 'node_modules'), 'dir')
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.org', ...args], {
      cwd: folder,
      stdio: 'ignore'
    })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-q', '-m', 'clone')
}

/** The environment of a machine: no turbo settings of this one, and the remote cache if given. */
export function machineEnv(remote?: { api: string; token: string; team: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }
  for (const name of Object.keys(env)) if (name.startsWith('TURBO_')) delete env[name]
  env.TURBO_TELEMETRY_DISABLED = '1'
  env.DO_NOT_TRACK = '1'
  env.NO_COLOR = '1'
  if (remote) {
    env.TURBO_API = remote.api
    env.TURBO_TOKEN = remote.token
    env.TURBO_TEAM = remote.team
  }
  return env
}

export interface Editions {
  code: number | null
  stdout: string
  stderr: string
}

/** `npm run editions -- ARGS` in `folder`. */
export function runEditions(
  folder: string,
  env: NodeJS.ProcessEnv,
  args: string[] = ['--json', '--html']
): Promise<Editions> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'editions', '--silent', '--', ...args], {
      cwd: folder,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The last lines of a run: `built  one`, … keyed by edition. */
export function outcomesOf(stdout: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const line of stdout.split('\n')) {
    const match = /^(restored \(remote\)|restored|built|failed|not run) +(\S+)$/.exec(line.trim())
    if (match?.[1] !== undefined && match[2] !== undefined) found[match[2]] = match[1]
  }
  return found
}

/** sha256 of every file under `folder`, by path. */
export function checksums(folder: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    found[path.slice(folder.length + 1)] = createHash('sha256')
      .update(readFileSync(path))
      .digest('hex')
  }
  return found
}

/** A turborepo-remote-cache server on 127.0.0.1:`port`, storing in `storage`, once it answers. */
export async function startCacheServer(
  port: number,
  storage: string,
  token: string
): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [join(repo, 'node_modules/turborepo-remote-cache/dist/cli.js')],
    {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        STORAGE_PROVIDER: 'local',
        STORAGE_PATH: storage,
        STORAGE_PATH_USE_TMP_FOLDER: 'false',
        TURBO_TOKEN: token,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production'
      },
      stdio: 'ignore'
    }
  )
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (await answers(`http://127.0.0.1:${port}/v8/artifacts/status`, token)) return server
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  server.kill()
  throw new Error('the cache server did not start within 60 s')
}

function answers(url: string, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const asked = get(url, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.resume()
      resolve(response.statusCode === 200)
    })
    asked.on('error', () => resolve(false))
    asked.setTimeout(1000, () => {
      asked.destroy()
      resolve(false)
    })
  })
}
