// Every package's test run has a temporary folder of its own, made under the system's and set
// as TMPDIR for its test workers and every process they start (the `colophon` command,
// Chromium): when the run ends it goes, and with it whatever the tests left there. A whole
// `npm test` had left about 110 folders behind in the system's temporary folder.
//
// The npm Chromium, once unpacked into the system's temporary folder (`colophon-npm-chromium-<version>`,
// whole by construction: see @colophon/browser), is linked into the run's folder rather than
// unpacked again for every package's run; removing the run's folder removes the link alone.
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const unpackedChromium = /^colophon-npm-chromium-\d+\.\d+\.\d+$/

export default function setup(): () => void {
  const before = process.env.TMPDIR
  const system = tmpdir()
  const folder = mkdtempSync(join(system, 'colophon-tests-'))
  for (const name of readdirSync(system).filter((entry) => unpackedChromium.test(entry))) {
    symlinkSync(join(system, name), join(folder, name), 'dir')
  }
  process.env.TMPDIR = folder
  return () => {
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 })
  }
}
