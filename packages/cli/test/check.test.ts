// `colophon check`, run in-process on the manuscripts in fixtures/ and on the first manuscript.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { type Report, validateReport } from '@colophon/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { exit, main, type Output } from '../src/index.js'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const source = fileURLToPath(
  new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
)
const temporary = mkdtempSync(join(tmpdir(), 'colophon-cli-check-'))

afterAll(() => rmSync(temporary, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `colophon check …` with its own output; `io` sets the terminal and environment. */
async function colophon(
  args: string[],
  io: Partial<Pick<Output, 'isTTY' | 'env'>> = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(['check', ...args], {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += `${text}\n`
    },
    env: {},
    ...io
  })
  return { code, stdout, stderr }
}

/** Runs the check with `--format json` and returns the report. */
async function report(args: string[]): Promise<{ code: number; report: Report }> {
  const run = await colophon([...args, '--format', 'json'])
  const value = JSON.parse(run.stdout) as Report
  const valid = validateReport(value)
  expect(valid.ok ? [] : valid.problems).toEqual([])
  return { code: run.code, report: value }
}

const fixture = (path: string) => join(fixtures, path)

describe('colophon check: exit codes', () => {
  it('exits 0 on a clean manuscript and says so', async () => {
    const run = await colophon([fixture('clean/bridge.txt')])
    expect(run).toEqual({ code: exit.ok, stdout: '✔ No problems\n', stderr: '' })
  })

  it('exits 1 when a manuscript has errors, after reporting each', async () => {
    const run = await colophon([fixture('errors/gap.txt')])
    expect(run.code).toBe(exit.errors)
    expect(run.stdout).toContain(
      '1:68  error    Expected note `2`, found `3`; add the missing note `2`, or renumber the notes'
    )
    expect(run.stdout).toMatch(/✖ 2 problems \(1 error, 1 warning, 0 info\)\n$/)
  })

  it('exits 0 on warnings, and 1 when there are more than `--max-warnings`', async () => {
    const path = fixture('warnings/uncited.txt')
    expect((await colophon([path])).code).toBe(exit.ok)
    expect((await colophon([path, '--max-warnings', '3'])).code).toBe(exit.ok)
    const over = await colophon([path, '--max-warnings', '2'])
    expect(over.code).toBe(exit.errors)
    expect(over.stderr).toBe('colophon: 3 warnings, more than `--max-warnings 2` allows\n')
  })

  it('exits 2 for an unknown rule, a bad level or a bad number, before checking anything', async () => {
    const path = fixture('errors/gap.txt')
    const unknown = await colophon([path, '--rule', 'note-sequense=off'])
    expect(unknown.code).toBe(exit.usage)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr).toMatch(/^colophon: unknown rule `note-sequense` in `--rule/)
    const level = await colophon([path, '--rule', 'note-sequence=warning'])
    expect(level.code).toBe(exit.usage)
    expect(level.stderr).toContain('one of off, info, warn, error')
    expect((await colophon([path, '--rule', 'note-sequence'])).code).toBe(exit.usage)
    expect((await colophon([path, '--max-warnings', 'some'])).code).toBe(exit.usage)
    expect((await colophon([path, '--format', 'xml'])).code).toBe(exit.usage)
    expect((await colophon([])).code).toBe(exit.usage)
  })

  it('exits 2 when a folder or a glob names no manuscript', async () => {
    const empty = await colophon([fixture('empty')])
    expect(empty.code).toBe(exit.usage)
    expect(empty.stderr).toContain('names no manuscript')
    expect((await colophon([fixture('nowhere/*.txt')])).code).toBe(exit.usage)
  })

  it('reports an unreadable file, still checks the others, and exits 2', async () => {
    const folder = join(temporary, 'unreadable')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'broken.txt'), new Uint8Array([0x54, 0x68, 0x65, 0xff, 0x0a]))
    const missing = join(folder, 'missing.txt')
    const { code, report: value } = await report([
      join(folder, 'broken.txt'),
      missing,
      fixture('errors/gap.txt')
    ])
    expect(code).toBe(exit.usage)
    expect(value.files.map((file) => [file.path, file.messages.map((m) => m.ruleId)])).toEqual([
      [join(folder, 'broken.txt'), ['encoding-invalid']],
      [missing, ['file-unreadable']],
      [fixture('errors/gap.txt'), ['note-sequence', 'note-used']]
    ])
  })
})

describe('colophon check: paths', () => {
  it('checks every .txt and Markdown file in a folder, skipping node_modules, dot-folders and notes files', async () => {
    const { code, report: value } = await report([fixture('tree')])
    expect(code).toBe(exit.ok)
    expect(value.files.map((file) => relative(fixtures, file.path))).toEqual([
      'tree/a.txt',
      'tree/e.mkd',
      'tree/pact.txt',
      'tree/part-one/b.md',
      'tree/part-one/d.markdown'
    ])
  })

  it('expands globs, and checks a file named twice once', async () => {
    const { report: value } = await report([
      fixture('tree/**/*.md'),
      fixture('tree/*.txt'),
      fixture('tree/a.txt')
    ])
    expect(value.files.map((file) => relative(fixtures, file.path))).toEqual([
      'tree/part-one/b.md',
      'tree/a.txt',
      'tree/pact.txt'
    ])
  })
})

describe('colophon check: configuration', () => {
  it('takes rule levels from the sidecar', async () => {
    const run = await colophon([fixture('configured/gap.txt')])
    expect(run.code).toBe(exit.ok)
    expect(run.stdout).toContain('1:68  warning  Expected note `2`, found `3`')
  })

  it('reports a misspelt rule in the sidecar at its line and column, and exits 2', async () => {
    const folder = join(temporary, 'misspelt')
    mkdirSync(folder, { recursive: true })
    copyFileSync(fixture('errors/gap.txt'), join(folder, 'gap.txt'))
    writeFileSync(join(folder, 'gap.yaml'), 'rules:\n  note-sequense: off\n')
    const { code, report: value } = await report([join(folder, 'gap.txt')])
    expect(code).toBe(exit.usage)
    const [message] = value.files.flatMap((file) => file.messages)
    expect(message).toMatchObject({ ruleId: 'settings-invalid', line: 2, column: 3 })
    expect(message?.message).toMatch(
      /^Unknown setting `rules.note-sequense`; rename it to `note-sequence`/
    )
  })

  it('lets `--rule` override the sidecar, the last one winning', async () => {
    const path = fixture('configured/gap.txt')
    expect((await colophon([path, '--rule', 'note-sequence=error'])).code).toBe(exit.errors)
    const off = await colophon([
      path,
      '--rule',
      'note-sequence=error',
      '--rule',
      'note-sequence=off',
      '--rule',
      'note-used=info'
    ])
    expect(off.code).toBe(exit.ok)
    expect(off.stdout).not.toContain('note-sequence')
    expect(off.stdout).toContain('info  Note `2` is never referenced')
  })
})

describe('colophon check: output', () => {
  const path = fixture('errors/gap.txt')

  it('colours the terminal report only on a terminal without NO_COLOR, unless FORCE_COLOR', async () => {
    const ansi = '\u001b['
    expect((await colophon([path], { isTTY: true })).stdout).toContain(ansi)
    expect((await colophon([path], { isTTY: false })).stdout).not.toContain(ansi)
    expect((await colophon([path], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      ansi
    )
    expect((await colophon([path], { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(
      ansi
    )
    expect(
      (await colophon([path], { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout
    ).not.toContain(ansi)
  })

  it('writes SARIF and GitHub annotations', async () => {
    const sarif = JSON.parse((await colophon([path, '--format', 'sarif'])).stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'note-sequence',
      'note-used'
    ])
    const github = await colophon([path, '--format', 'github'])
    expect(github.stdout.split('\n')[0]).toBe(
      `::error file=${path},line=1,col=68,endLine=1,endColumn=69,title=note-sequence::Expected note \`2\`, found \`3\`; add the missing note \`2\`, or renumber the notes`
    )
    expect(github.code).toBe(exit.errors)
  })

  it('writes the report to `--out` instead of stdout, without colour', async () => {
    const out = join(temporary, 'out', 'report.txt')
    const run = await colophon([path, '--out', out], { isTTY: true })
    expect(run.stdout).toBe('')
    expect(run.code).toBe(exit.errors)
    const written = readFileSync(out, 'utf8')
    expect(written).toContain('note-sequence')
    expect(written).not.toContain('\u001b[')
  })

  it('says in words why `--out` cannot be written, with no internal error', async () => {
    const run = await colophon([path, '--out', temporary])
    expect(run.code).toBe(exit.usage)
    expect(run.stderr).toBe(`colophon: cannot write ${temporary}: it is a folder; name a file\n`)
  })
})

describe('colophon check: the first manuscript', () => {
  const sidecar = source.replace(/\.txt$/, '.yaml')
  const text = readFileSync(source, 'utf8')

  /** Writes a changed copy with its settings to a temporary folder; returns its path. */
  function copy(name: string, changed: string): string {
    const folder = join(temporary, name)
    mkdirSync(folder, { recursive: true })
    const path = join(folder, 'snyder-bloodlands-ch2-class-terror.txt')
    writeFileSync(path, changed)
    copyFileSync(sidecar, path.replace(/\.txt$/, '.yaml'))
    return path
  }

  /** The 1-based line and column of `offset` in `value`. */
  function pointAt(value: string, offset: number) {
    const before = value.slice(0, offset)
    return {
      line: before.split('\n').length,
      column: offset - (before.lastIndexOf('\n') + 1) + 1
    }
  }

  it('reports the absent notes once as info, with the parser’s guesses, and exits 0', async () => {
    expect(existsSync(sidecar)).toBe(true)
    const { code, report: value } = await report([source, '--rule', 'claim-cited=off'])
    expect(code).toBe(exit.ok)
    const messages = value.files.flatMap((file) => file.messages)
    expect(messages.filter((m) => m.ruleId === 'notes-absent')).toHaveLength(1)
    expect(new Set(messages.map((m) => `${m.ruleId} ${m.severity}`))).toEqual(
      new Set(['notes-absent info', 'marker-ambiguous info'])
    )
    const guesses = parseFile(source).messages.filter((m) => m.ruleId === 'marker-ambiguous')
    expect(messages.filter((m) => m.ruleId === 'marker-ambiguous')).toHaveLength(guesses.length)
    // Without the override, the uncovered quotations and figures are warnings: still 0.
    const all = await report([source])
    expect(all.code).toBe(exit.ok)
    expect(all.report.counts.error).toBe(0)
    expect(all.report.counts.warning).toBeGreaterThan(0)
  })

  const faults = async (path: string) => {
    const { code, report: value } = await report([path])
    const found = value.files
      .flatMap((file) => file.messages)
      .filter((m) => m.ruleId === 'note-sequence')
    return { code, found }
  }

  it('exits 1 when marker 17 is deleted, reporting it where note 18 stands', async () => {
    const changed = text.replace('destruction.17', 'destruction.')
    const { code, found } = await faults(copy('deleted', changed))
    expect(code).toBe(exit.errors)
    const at = pointAt(changed, changed.indexOf('Terror.18') + 'Terror.'.length)
    expect(found).toEqual([
      expect.objectContaining({ line: at.line, column: at.column, severity: 'error' })
    ])
    expect(found[0]?.message).toMatch(/^Expected note `17`, found `18`/)
  })

  it('exits 1 when marker 40 is repeated, reporting the repeat', async () => {
    const next = text.indexOf('Just as important as the elevation of the SS')
    const stop = text.indexOf('. ', next) + 1
    const changed = `${text.slice(0, stop)}40${text.slice(stop)}`
    const { code, found } = await faults(copy('repeated', changed))
    expect(code).toBe(exit.errors)
    const at = pointAt(changed, stop)
    expect(found.map((m) => [m.line, m.column])).toEqual([[at.line, at.column]])
    expect(found[0]?.message).toMatch(/^Expected note `41`, found `40` again/)
  })

  it('exits 1 when markers 22 and 23 are swapped, reporting both', async () => {
    const changed = text.replace('Union.22', 'Union.23').replace('Two.”23', 'Two.”22')
    const { code, found } = await faults(copy('swapped', changed))
    expect(code).toBe(exit.errors)
    const first = pointAt(changed, changed.indexOf('Union.23') + 'Union.'.length)
    const second = pointAt(changed, changed.indexOf('Two.”22') + 'Two.”'.length)
    expect(found.map((m) => [m.line, m.column, m.message.split(';')[0]])).toEqual([
      [first.line, first.column, 'Expected note `22`, found `23`'],
      [second.line, second.column, 'Expected note `24`, found `22` after `23`']
    ])
  })
})

describe('colophon check on Markdown', () => {
  it('takes its settings from the front matter', async () => {
    const folder = mkdtempSync(join(temporary, 'md-'))
    const manuscript = join(folder, 'essay.md')
    const body = 'The bridge was finished in the spring.[^1] The river rose that summer.[^2]\n'
    writeFileSync(manuscript, `---\nnotes:\n  bodies: absent\n---\n\n${body}`)
    const declared = await colophon([manuscript, '--format', 'json'])
    expect(declared.code).toBe(exit.ok)
    const report = JSON.parse(declared.stdout) as Report
    expect(report.files[0]?.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['notes-absent', 'info']
    ])

    writeFileSync(manuscript, body)
    const undeclared = await colophon([manuscript, '--format', 'json'])
    expect(undeclared.code).toBe(exit.errors)
    const second = JSON.parse(undeclared.stdout) as Report
    expect(second.files[0]?.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['notes-absent', 'error']
    ])
  })
})
