// The GitHub Actions workflow a press can copy: it must run what the README says.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(`${repo}README.md`, 'utf8')
const workflow = parse(readFileSync(`${repo}.github/workflows/colophon.yml`, 'utf8')) as {
  jobs: Record<
    string,
    {
      steps: {
        run?: string
        uses?: string
        with?: Record<string, unknown>
        env?: Record<string, string>
      }[]
    }
  >
}

/** The shell commands of the README's "On a fresh machine" section, in order. */
function freshMachineCommands(): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('On a fresh machine'))
  if (!section) throw new Error('README has no "On a fresh machine" section')
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => (match[1] as string).trim())
}

const runs = Object.values(workflow.jobs).flatMap((job) =>
  job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []))
)

describe('the workflow', () => {
  it('runs exactly the README commands for a fresh machine', () => {
    const commands = freshMachineCommands()
    expect(commands).toEqual(['npm ci && npm run editions', 'npm test'])
    expect(runs).toContain(commands[0])
    expect(runs).toContain(commands[1])
  })

  it('checks every manuscript, with annotations and a SARIF upload', () => {
    expect(runs).toContain('npx colophon check source --format github')
    expect(
      runs.some((run) =>
        run.startsWith('npx colophon check source --format sarif --out colophon.sarif')
      )
    ).toBe(true)
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.map((step) => step.uses ?? '')
    )
    expect(uses).toContain('github/codeql-action/upload-sarif@v3')
    expect(uses).toContain('actions/upload-artifact@v4')
  })

  it('points the editions at the remote cache of the press, from its variables and secrets', () => {
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((found) => found.run?.trim() === 'npm ci && npm run editions')
    // GitHub's expressions, `$` then the braces, as the workflow writes them.
    const expression = (name: string) => `$${'{{'} ${name} }}`
    expect(step?.env).toEqual({
      TURBO_API: expression('vars.TURBO_API'),
      TURBO_TOKEN: expression('secrets.TURBO_TOKEN'),
      TURBO_TEAM: expression('vars.TURBO_TEAM')
    })
  })

  it('is what .ci/run runs too', () => {
    const ci = readFileSync(`${repo}.ci/run`, 'utf8')
    for (const command of freshMachineCommands()) expect(ci).toContain(command)
  })
})
