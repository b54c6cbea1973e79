// The plan of a shelf, the names of its workspaces, the checksums of an edition, the report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { checksumsOf, planShelf, verifyChecksums, workspaceName } from '../src/index.js'
import { outcomes, reportLines } from '../src/report.js'

const temporary = mkdtempSync(join(tmpdir(), 'colophon-shelf-unit-'))
afterAll(() => rmSync(temporary, { recursive: true, force: true }))

describe('@colophon/shelf', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'checksumsOf',
      'planShelf',
      'removeWorkspaces',
      'shelfFolder',
      'shelfMain',
      'verifyChecksums',
      'workspaceName',
      'writeWorkspaces'
    ])
  })
})

describe('planShelf', () => {
  it('gives each edition its inputs from the root, and refuses two editions of one name', async () => {
    const root = join(temporary, 'plan')
    mkdirSync(join(root, 'source', 'more'), { recursive: true })
    writeFileSync(join(root, 'package.json'), '{}\n')
    writeFileSync(join(root, 'source', 'a.txt'), 'A\n\nText.\n')
    writeFileSync(join(root, 'source', 'a.yaml'), 'title: A\n')
    writeFileSync(join(root, 'source', 'more', 'a.txt'), 'A again\n\nText.\n')
    const plan = await planShelf(root, [join(root, 'source')])
    expect(plan.editions).toEqual([
      { name: 'a', workspace: 'a', path: 'source/a.txt', inputs: ['source/a.txt', 'source/a.yaml'] }
    ])
    expect(plan.problems).toEqual([
      "source/more/a.txt: its edition `a` is also source/a.txt's; rename one of them"
    ])
  })
})

describe('workspaceName', () => {
  it('keeps a name npm accepts, and makes one of any other', () => {
    expect(workspaceName('great-terror', new Set())).toBe('great-terror')
    expect(workspaceName('Great Terror', new Set())).toMatch(/^great-terror-[0-9a-f]{8}$/)
    expect(workspaceName('_x', new Set())).toMatch(/^x-[0-9a-f]{8}$/)
    expect(workspaceName('a', new Set(['a']))).toMatch(/^a-[0-9a-f]{8}$/)
    expect(workspaceName('Ἰλιάς', new Set())).toMatch(/^[0-9a-f]{8}$/)
  })
})

describe('checksums', () => {
  it('says what is wrong with a restored edition: a file missing or changed, no list', () => {
    const root = join(temporary, 'sums')
    mkdirSync(join(root, 'editions', 'a'), { recursive: true })
    writeFileSync(join(root, 'editions', 'a', 'a.json'), '{}\n')
    writeFileSync(join(root, 'editions', 'a', 'a.html'), '<p>a</p>\n')
    const list = join(root, 'outputs.sha256')
    writeFileSync(list, checksumsOf(root, 'editions/a'))
    expect(verifyChecksums(root, list)).toBeUndefined()
    writeFileSync(join(root, 'editions', 'a', 'a.html'), '<p>b</p>\n')
    expect(verifyChecksums(root, list)).toBe('`editions/a/a.html` differs from its checksum')
    writeFileSync(join(root, 'editions', 'a', 'a.html'), '<p>a</p>\n')
    rmSync(join(root, 'editions', 'a', 'a.json'))
    expect(verifyChecksums(root, list)).toBe('`editions/a/a.json` is missing')
    expect(verifyChecksums(root, join(root, 'none'))).toBe('its list of checksums is missing')
  })
})

describe('the report', () => {
  it('says of each edition whether it was restored (and from where), built or failed', () => {
    const editions = ['a', 'b', 'c', 'd'].map((name) => ({
      name,
      workspace: name,
      path: `source/${name}.txt`,
      inputs: []
    }))
    const run = (name: string, status: 'HIT' | 'MISS', source?: 'LOCAL' | 'REMOTE', code = 0) => ({
      package: `@shelf/${name}`,
      hash: name,
      status,
      source,
      exitCode: code
    })
    const found = outcomes(
      editions,
      [
        run('a', 'HIT', 'LOCAL'),
        run('b', 'HIT', 'REMOTE'),
        run('c', 'MISS'),
        run('d', 'MISS', undefined, 1)
      ],
      '@shelf'
    )
    expect(reportLines(found)).toEqual([
      'restored           a',
      'restored (remote)  b',
      'built              c',
      'failed             d',
      'editions: 2 restored (1 from the remote cache), 1 built, 1 failed or not run'
    ])
  })
})
