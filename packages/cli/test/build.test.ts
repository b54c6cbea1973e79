// `colophon build` runs the checks first: a manuscript with errors at the severities in force
// is not built, and the others still are.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exit, main } from '../src/index.js'

const temporary = mkdtempSync(join(tmpdir(), 'colophon-cli-build-'))
afterAll(() => rmSync(temporary, { recursive: true, force: true }))

async function build(folder: string): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await main(['build', folder, '--out', join(folder, 'out'), '--json', '--html'], {
    stdout: () => {},
    stderr: (text) => {
      stderr += `${text}\n`
    },
    env: {}
  })
  return { code, stderr }
}

/** A folder with a manuscript whose note 2 has no body, and a clean one. */
function shelf(name: string): string {
  const folder = join(temporary, name)
  mkdirSync(folder)
  writeFileSync(join(folder, 'broken.txt'), 'Broken\n\nOne.1 Two.2\n\nNotes\n\n1. A source.\n')
  writeFileSync(join(folder, 'clean.txt'), 'Clean\n\nA sentence with no note at all.\n')
  return folder
}

describe('colophon build: the checks come first', () => {
  it('exits 1 and writes nothing for a manuscript with errors; the others are built', async () => {
    const folder = shelf('errors')
    const run = await build(folder)
    expect(run.code).toBe(exit.errors)
    expect(run.stderr).toContain(
      'broken.txt:3:11  error  Note `2` has no body; add its text to the notes'
    )
    expect(run.stderr).toContain(
      "broken.txt: no edition written; fix the error above, or lower a rule's severity in the settings (`rules: { note-defined: warn }`)"
    )
    expect(existsSync(join(folder, 'out', 'broken'))).toBe(false)
    expect(existsSync(join(folder, 'out', 'clean', 'clean.json'))).toBe(true)
    expect(existsSync(join(folder, 'out', 'clean', 'clean.html'))).toBe(true)
  })

  it('builds the same manuscript when the settings lower the rule to a warning', async () => {
    const folder = shelf('lowered')
    writeFileSync(join(folder, 'broken.yaml'), 'rules:\n  note-defined: warn\n')
    const run = await build(folder)
    expect(run.code).toBe(exit.ok)
    expect(run.stderr).toContain('broken.txt:3:11  warning  Note `2` has no body')
    expect(existsSync(join(folder, 'out', 'broken', 'broken.json'))).toBe(true)
  })
})
