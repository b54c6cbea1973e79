// `npm run editions` makes each edition a turbo task of its own: unchanged manuscripts and
// unchanged code restore the edition from turbo's cache. Read from a dry run in a clone, which
// plans the tasks without building anything.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planShelf, writeWorkspaces } from '@colophon/shelf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cloneProject, machineEnv, repo } from './shelf-machines.js'

interface DryTask {
  taskId: string
  command: string
  inputs: Record<string, string>
  dependencies: string[]
  resolvedTaskDefinition: {
    outputs: string[]
    cache: boolean
    env: string[]
    passThroughEnv: string[] | null
  }
}

/** The planned tasks of `npm run editions` for this repository's source/, in a clone of it. */
let tasks: DryTask[] = []
const clone = mkdtempSync(join(tmpdir(), 'colophon-turbo-'))

beforeAll(async () => {
  cloneProject(clone, sourceFiles())
  const plan = await planShelf(clone, [join(clone, 'source')])
  writeWorkspaces(clone, plan.editions, { out: 'editions', formats: [] })
  const json = execFileSync('npx', ['turbo', 'run', 'edition', '--filter=@shelf/*', '--dry=json'], {
    cwd: clone,
    encoding: 'utf8',
    env: machineEnv()
  })
  tasks = (JSON.parse(json) as { tasks: DryTask[] }).tasks
}, 120_000)

afterAll(() => rmSync(clone, { recursive: true, force: true }))

/** This repository's source/, as files and their text. */
function sourceFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(`${repo}source`)) {
    files[`source/${name}`] = readFileSync(`${repo}source/${name}`, 'utf8')
  }
  return files
}

const editionTask = (name: string) => {
  const found = tasks.find((task) => task.taskId === `@shelf/${name}#edition`)
  if (!found) throw new Error(`turbo plans no task for the edition ${name}`)
  return found
}

const manuscript = 'snyder-bloodlands-ch2-class-terror'

describe('the editions tasks', () => {
  it('are what `npm run editions` runs: the shelf command, once its packages are built', () => {
    const scripts = (
      JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as {
        scripts: Record<string, string>
      }
    ).scripts
    expect(scripts.editions).toBe(
      'turbo run build --filter=@colophon/shelf --output-logs=errors-only && node packages/shelf/bin/colophon-shelf.js'
    )
  })

  it('are one cached task per manuscript and reader, each with its folder of editions/ as outputs', () => {
    const editions = tasks.filter((task) => task.taskId.endsWith('#edition')).map((t) => t.taskId)
    expect(editions.sort()).toEqual(['@shelf/great-terror#edition', `@shelf/${manuscript}#edition`])
    const task = editionTask(manuscript)
    expect(task.resolvedTaskDefinition.cache).toBe(true)
    // The edition's folder, and the checksums of its files that its task writes beside them.
    expect(task.resolvedTaskDefinition.outputs.sort()).toEqual([
      `../../editions/${manuscript}/**`,
      'outputs.sha256'
    ])
    expect(task.command).toBe(
      `node ../../packages/shelf/bin/colophon-shelf.js edition source/${manuscript}.txt --out editions`
    )
  })

  it('hash exactly the files each edition is made from: a reader, the sources it quotes', () => {
    // Besides these, turbo hashes the workspace's own package.json and turbo.json.
    const own = ['package.json', 'turbo.json']
    expect(Object.keys(editionTask(manuscript).inputs).sort()).toEqual(
      [...own, `../../source/${manuscript}.txt`, `../../source/${manuscript}.yaml`].sort()
    )
    expect(Object.keys(editionTask('great-terror').inputs).sort()).toEqual(
      [
        ...own,
        '../../source/great-terror.reader.yaml',
        `../../source/${manuscript}.txt`,
        `../../source/${manuscript}.yaml`
      ].sort()
    )
  })

  it('run again when the code of the CLI or of any package it uses changes', () => {
    const task = editionTask(manuscript)
    expect(task.dependencies).toContain('@colophon/cli#build')
    expect(task.dependencies).toContain('@colophon/shelf#build')
    const cli = JSON.parse(readFileSync(`${repo}packages/cli/package.json`, 'utf8')) as {
      dependencies: Record<string, string>
    }
    const used = Object.keys(cli.dependencies).filter((name) => name.startsWith('@colophon/'))
    expect(used.length).toBeGreaterThan(0)
    const planned = tasks.map((task) => task.taskId)
    for (const name of used) expect(planned).toContain(`${name}#build`)
  })

  it('run again when a variable that changes the editions changes, and pass on the others', () => {
    const { env, passThroughEnv } = editionTask(manuscript).resolvedTaskDefinition
    expect([...env].sort()).toEqual([
      'COLOPHON_BROWSER',
      'COLOPHON_NO_SYSTEM_BROWSER',
      'SOURCE_DATE_EPOCH'
    ])
    // Turbo hands a task only the variables it is told of; these change how Chromium is
    // started and how many pages it lays out at once, not what it prints.
    expect(passThroughEnv).toEqual(
      expect.arrayContaining(['COLOPHON_BROWSER_NO_SANDBOX', 'COLOPHON_CONCURRENCY'])
    )
  })
})

describe('the typecheck task', () => {
  let planned: DryTask[] = []
  beforeAll(() => {
    const json = execFileSync('npx', ['turbo', 'run', 'test', '--dry=json'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }
    })
    planned = (JSON.parse(json) as { tasks: DryTask[] }).tasks
  }, 60_000)

  it('runs before each package’s tests, and compiles the tests with the sources', () => {
    const tests = planned.filter((task) => task.taskId.endsWith('#test'))
    // The editions' workspaces (`.shelf/*`) exist only while `npm run editions` runs.
    const workspaces = (
      JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { workspaces: string[] }
    ).workspaces.filter((workspace) => !workspace.includes('*'))
    expect(tests).toHaveLength(workspaces.length)
    for (const test of tests) {
      const name = test.taskId.replace(/#test$/, '')
      expect(test.dependencies, name).toContain(`${name}#typecheck`)
      const typecheck = planned.find((task) => task.taskId === `${name}#typecheck`)
      expect(typecheck?.command, name).toBe('tsc --noEmit -p tsconfig.test.json')
      const inputs = Object.keys(typecheck?.inputs ?? {})
      expect(inputs, name).toContain('tsconfig.test.json')
      expect(
        inputs.filter((input) => /^(test|reliability)\/.*\.test\.ts$/.test(input)),
        name
      ).toEqual(
        Object.keys(test.inputs).filter((input) => /^(test|reliability)\/.*\.test\.ts$/.test(input))
      )
    }
  })
})
