// `npm run editions` is a turbo task: unchanged manuscripts and unchanged code replay the editions
// from turbo's cache. Read from a dry run, which plans the task without building anything.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../..', import.meta.url))

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

let tasks: DryTask[] = []
let editions: DryTask

beforeAll(() => {
  const json = execFileSync('npx', ['turbo', 'run', 'build:editions', '--dry=json'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }
  })
  tasks = (JSON.parse(json) as { tasks: DryTask[] }).tasks
  const found = tasks.find((task) => task.taskId === '//#build:editions')
  if (!found) throw new Error('turbo plans no `//#build:editions` task')
  editions = found
}, 60_000)

describe('the editions task', () => {
  it('is what `npm run editions` runs, and it builds every edition', () => {
    const scripts = (
      JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as {
        scripts: Record<string, string>
      }
    ).scripts
    expect(scripts.editions).toBe('turbo run build:editions')
    expect(editions.command).toBe('colophon build source --out editions')
  })

  it('is cached, with the editions as its outputs', () => {
    expect(editions.resolvedTaskDefinition.cache).toBe(true)
    expect(editions.resolvedTaskDefinition.outputs).toContain('editions/**')
  })

  it('hashes every file in source/ and nothing it writes', () => {
    const sources = readdirSync(`${repo}source`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath.slice(repo.length)}/${entry.name}`)
    const inputs = Object.keys(editions.inputs)
    expect(sources.length).toBeGreaterThan(0)
    expect(inputs.filter((input) => input.startsWith('source/')).sort()).toEqual(sources.sort())
    expect(inputs.filter((input) => input.startsWith('editions/'))).toEqual([])
    // Besides the manuscripts, turbo always hashes the root's own configuration.
    expect(inputs.filter((input) => !input.startsWith('source/')).sort()).toEqual([
      'package.json',
      'turbo.json'
    ])
  })

  it('runs again when the code of the CLI or of any package it uses changes', () => {
    expect(editions.dependencies).toContain('@colophon/cli#build')
    const cli = JSON.parse(readFileSync(`${repo}packages/cli/package.json`, 'utf8')) as {
      dependencies: Record<string, string>
    }
    const used = Object.keys(cli.dependencies).filter((name) => name.startsWith('@colophon/'))
    expect(used.length).toBeGreaterThan(0)
    const planned = tasks.map((task) => task.taskId)
    for (const name of used) expect(planned).toContain(`${name}#build`)
  })

  it('runs again when a variable that changes the editions changes, and passes on the others', () => {
    const { env, passThroughEnv } = editions.resolvedTaskDefinition
    expect(env).toEqual(expect.arrayContaining(['SOURCE_DATE_EPOCH', 'COLOPHON_BROWSER']))
    // Turbo hands a task only the variables it is told of; this one changes how Chromium is
    // started, not what it prints.
    expect(passThroughEnv).toContain('COLOPHON_BROWSER_NO_SANDBOX')
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
    const workspaces = (
      JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { workspaces: string[] }
    ).workspaces
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
