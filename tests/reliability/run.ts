// What every reliability case needs: the `colophon` command run as its own process with a
// time limit, a scratch folder, a record of what a folder holds (to show a run left nothing
// behind and changed nothing it should not), and the messages of the terminal report.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repo = fileURLToPath(new URL('../..', import.meta.url))
export const bin = join(repo, 'packages/cli/bin/colophon.js')

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Whether the time limit ended it. */
  timedOut: boolean
}

export interface RunOptions {
  cwd?: string
  /** Milliseconds before the process is killed and the run counts as hung. */
  timeout?: number
  env?: NodeJS.ProcessEnv
  /** Called with the process once it has started (to kill it, or what it starts, mid-run). */
  started?: (pid: number) => void
  /** Called with the standard error so far, each time more comes. */
  progress?: (stderr: string) => void
}

/** `colophon ARGS` in a process of its own. */
export function colophon(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? repo,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
      options.progress?.(stderr)
    })
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeout ?? 60_000)
    if (child.pid !== undefined) options.started?.(child.pid)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, timedOut })
    })
  })
}

/** A new empty folder for one case. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `colophon-reliability-${name}-`))
}

/** Every entry under `folder` (hidden ones too) with its kind, mode and content's hash. */
export function inventory(folder: string): Map<string, string> {
  const found = new Map<string, string>()
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      const stat = lstatSync(full)
      const key = relative(folder, full)
      if (stat.isDirectory()) {
        found.set(key, `folder ${stat.mode.toString(8)}`)
        visit(full)
      } else if (stat.isFile()) {
        const hash = createHash('sha256').update(readFileSync(full)).digest('hex')
        found.set(key, `file ${stat.mode.toString(8)} ${hash}`)
      } else {
        found.set(key, `special ${stat.mode.toString(8)}`)
      }
    }
  }
  visit(folder)
  return found
}

export interface Message {
  file: string
  line: number
  column: number
  severity: string
  rule: string
}

/** The placed messages of a terminal report: `file:line:column  severity  reason  rule`. */
export function messages(report: string): Message[] {
  const placed = /^(.+?):(\d+):(\d+) {2}(error|warning|info) {2}.* {2}([a-z][a-z0-9-]*)$/gm
  return [...report.matchAll(placed)].map((match) => ({
    file: match[1] as string,
    line: Number(match[2]),
    column: Number(match[3]),
    severity: match[4] as string,
    rule: match[5] as string
  }))
}

/** Processes whose parent is `pid`, and theirs, from /proc (Linux). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue
    }
    // The command may hold spaces and parentheses: the fields after its last `)`.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(parent, [...(children.get(parent) ?? []), Number(name)])
  }
  const found: number[] = []
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      found.push(child)
      visit(child)
    }
  }
  visit(pid)
  return found
}
