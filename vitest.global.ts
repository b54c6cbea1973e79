// Every package's test run has a temporary folder of its own, made under the system's and set
// as TMPDIR for its test workers and every process they start (the `colophon` command,
// Chromium): when the run ends it goes, and with it whatever the tests left there. A whole
// `npm test` had left about 110 folders behind in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const before = process.env.TMPDIR
  const folder = mkdtempSync(join(tmpdir(), 'colophon-tests-'))
  process.env.TMPDIR = folder
  return () => {
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 })
  }
}
