// The pipeline on generated input: manuscripts (plain text and Markdown) with settings, raw
// text and raw bytes, through `colophon check` and `colophon build --json --html`. Whatever the
// input, the command ends with 0, 1 or 2 and never an internal error; what it writes is whole
// and valid; for a manuscript that fails, it writes nothing. A failing input is kept in
// `fuzz-found/` and replayed by every later run. `npm test` runs a few of each kind (seeded);
// `npm run fuzz` many more (COLOPHON_FUZZ runs of each, COLOPHON_FUZZ_SEED to change the seed).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '@colophon/cli'
import { validateEdition } from '@colophon/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  expectSkippedUnder,
  fileBytes,
  manuscriptText,
  rawText,
  settingsArb
} from '../../packages/parser/test/helpers.js'
import { inventory, scratch } from './run.js'

const runs = Number(process.env.COLOPHON_FUZZ ?? 15)
const seed = Number(process.env.COLOPHON_FUZZ_SEED ?? 20_261_206)
const found = new URL('./fuzz-found/', import.meta.url)

interface Case {
  extension: 'txt' | 'md'
  text: string | Uint8Array
  settings?: unknown
}

/** `colophon ARGS` in this process, its exit code and what it printed to stderr. */
async function colophon(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const here = process.cwd()
  process.chdir(cwd)
  try {
    const code = await main(args, { stdout: () => {}, stderr: (text) => (stderr += `${text}\n`) })
    return { code, stderr }
  } finally {
    process.chdir(here)
  }
}

/**
 * What must hold for any input: see the top of this file. Throws with the reason; tells whether
 * the input was built (and its output checked) or refused (and nothing written checked).
 */
async function holds(input: Case): Promise<'built' | 'refused'> {
  const folder = scratch('fuzz')
  const name = `manuscript.${input.extension}`
  writeFileSync(join(folder, name), input.text)
  // YAML reads JSON: settings are written as JSON.
  if (input.settings !== undefined) {
    writeFileSync(join(folder, 'manuscript.yaml'), JSON.stringify(input.settings))
  }
  const before = inventory(folder)
  const checked = await colophon(['check', name], folder)
  expect([0, 1, 2], checked.stderr).toContain(checked.code)
  expect(checked.stderr).not.toContain('internal error')
  const built = await colophon(['build', name, '--out', 'out', '--json', '--html'], folder)
  expect([0, 1, 2], built.stderr).toContain(built.code)
  expect(built.stderr).not.toContain('internal error')
  if (built.code !== 0) {
    expect(inventory(folder), built.stderr).toEqual(before)
    return 'refused'
  }
  const tree = JSON.parse(readFileSync(join(folder, 'out/manuscript/manuscript.json'), 'utf8'))
  const valid = validateEdition(tree)
  expect(valid.ok ? [] : valid.problems).toEqual([])
  expect(readFileSync(join(folder, 'out/manuscript/manuscript.html'), 'utf8')).toMatch(
    /^<!doctype html>[\s\S]*<\/html>\n?$/i
  )
  const left = [...inventory(folder).keys()].filter((path) => path.endsWith('.colophon-partial'))
  expect(left).toEqual([])
  return 'built'
}

/** Keeps a failing input in `fuzz-found/`, named by its hash, for every later run to replay. */
function keep(input: Case): string {
  const bytes = typeof input.text === 'string' ? Buffer.from(input.text) : input.text
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12)
  const folder = new URL(`${hash}/`, found)
  mkdirSync(folder, { recursive: true })
  writeFileSync(new URL(`manuscript.${input.extension}`, folder), bytes)
  if (input.settings !== undefined) {
    writeFileSync(new URL('manuscript.yaml', folder), JSON.stringify(input.settings))
  }
  return hash
}

/**
 * Runs `holds` over `arbitrary`, counting the inputs refused: for them only the absence of any
 * output is checked, so a kind whose inputs are nearly all refused (nine in ten) fails, as it
 * would check next to nothing of what a build writes. (Refusals are common, not a fault: about
 * 58 % of generated manuscripts with settings have errors in their notes.)
 */
async function property(arbitrary: fc.Arbitrary<Case>): Promise<void> {
  const tally = { runs: 0, skipped: 0 }
  const counted = async (input: Case) => {
    tally.runs++
    if ((await holds(input)) === 'refused') tally.skipped++
  }
  const result = await fc.check(fc.asyncProperty(arbitrary, counted), { numRuns: runs, seed })
  if (!result.failed) return expectSkippedUnder(tally, 0.9)
  const input = result.counterexample?.[0] as Case
  const hash = keep(input)
  throw new Error(
    `Input kept as fuzz-found/${hash} (seed ${seed}): ${String(result.errorInstance).slice(0, 2000)}`
  )
}

const extension = fc.constantFrom<'txt' | 'md'>('txt', 'md')

describe(`the pipeline on generated input (${runs} of each kind, seed ${seed})`, () => {
  it(
    'manuscripts with settings',
    () =>
      property(
        fc.record({
          extension,
          text: manuscriptText,
          settings: fc.option(settingsArb, { nil: undefined })
        })
      ),
    600_000
  )

  it('raw text', () => property(fc.record({ extension, text: rawText })), 600_000)

  it('raw bytes', () => property(fc.record({ extension, text: fileBytes })), 600_000)
})

const kept = existsSync(found) ? readdirSync(found) : []

describe.skipIf(kept.length === 0)('inputs that once failed (fuzz-found/)', () => {
  for (const hash of kept) {
    it(hash, async () => {
      const folder = new URL(`${hash}/`, found)
      const [file] = readdirSync(folder).filter(
        (name) => name.startsWith('manuscript.') && !name.endsWith('.yaml')
      )
      const settings = existsSync(new URL('manuscript.yaml', folder))
        ? JSON.parse(readFileSync(new URL('manuscript.yaml', folder), 'utf8'))
        : undefined
      await holds({
        extension: file?.endsWith('.md') ? 'md' : 'txt',
        text: readFileSync(new URL(file ?? 'manuscript.txt', folder)),
        settings
      })
    })
  }
})
