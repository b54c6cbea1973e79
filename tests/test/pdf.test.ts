// End to end: `colophon build --pdf` on the first manuscript, the PDF read back with pdf.js
// and pdf-lib; and the ways a PDF build can fail, none of which leaves a file behind.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { paragraphsOf } from '@colophon/schema'
import { PDFDocument } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { boxOf } from '../../packages/render-pdf/test/helpers.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(repo, 'packages/cli/bin/colophon.js')
const name = 'snyder-bloodlands-ch2-class-terror'

function colophon(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1790000000', ...env }
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'colophon-pdf-'))
  copyFileSync(join(repo, 'source', `${name}.txt`), join(folder, `${name}.txt`))
  copyFileSync(join(repo, 'source', `${name}.yaml`), join(folder, `${name}.yaml`))
  return folder
}

describe('colophon build --pdf on the first manuscript', () => {
  const folder = scratch()
  const out = join(folder, 'editions')
  let run: ReturnType<typeof colophon>
  let bytes: Uint8Array
  let concordance: {
    pages: number
    folios: string[]
    ids: Record<string, { page: string; index: number }>
  }

  beforeAll(() => {
    const cache = join(folder, 'cache')
    run = colophon(['build', join(folder, `${name}.txt`), '--pdf', '--out', out, '--cache', cache])
    bytes = new Uint8Array(readFileSync(join(out, name, `${name}.pdf`)))
    concordance = JSON.parse(readFileSync(join(out, name, `${name}.concordance.json`), 'utf8'))
  }, 180_000)

  it('exits 0, reports progress on stderr, and writes the PDF and its concordance only', () => {
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Paginating')
    expect(run.stderr).toMatch(/Done: \d+ pages/)
    expect(readdirSync(join(out, name)).sort()).toEqual([`${name}.concordance.json`, `${name}.pdf`])
  })

  it('is a PDF of 6×9 in pages whose labels are the concordance’s folios', async () => {
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
    expect(pdf.numPages).toBe(concordance.pages)
    expect(await pdf.getPageLabels()).toEqual(concordance.folios)
    const [x0, y0, x1, y1] = boxOf((await pdf.getPage(3)).view)
    expect([x1 - x0, y1 - y0]).toEqual([432, 648])
    const { info } = await pdf.getMetadata()
    expect(info).toMatchObject({ Title: 'Class Terror', Author: 'Timothy Snyder' })
  })

  it('lets a student cite “p. N, ¶12”: paragraph 12’s page holds its first words', async () => {
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
    const entry = concordance.ids.p12
    expect(entry).toBeDefined()
    const page = await pdf.getPage((entry?.index ?? 0) + 1)
    const text = (await page.getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join('')
      .replace(/[\s\u00ad-]+/g, '')
    const { tree } = parseFile(join(repo, 'source', `${name}.txt`))
    const paragraph = tree?.children[0]?.children
      .flatMap(paragraphsOf)
      .find((item) => item.id === 'p12')
    const first = paragraph?.children[0]?.children[0]
    const words = first?.type === 'text' ? first.value.replace(/\s+/g, '').slice(0, 20) : '?'
    expect(text).toContain(words)
    expect(entry?.page).toBe(concordance.folios[entry?.index ?? -1])
  })

  it('builds the same bytes again, laid out afresh or from the cache', () => {
    for (const [k, flags] of [['--no-cache'], ['--cache', join(folder, 'cache')]].entries()) {
      const again = join(folder, `again-${k}`)
      const run = colophon([
        'build',
        join(folder, `${name}.txt`),
        '--pdf',
        '--out',
        again,
        ...flags
      ])
      expect(run.code).toBe(0)
      // The first build kept its parts in the cache: a build with it lays out nothing.
      expect(run.stderr.includes('Paginating ')).toBe(flags[0] === '--no-cache')
      if (flags[0] === '--cache') expect(run.stderr).toContain('2 of 2 parts from the cache')
      const built = readFileSync(join(again, name, `${name}.pdf`))
      expect(Buffer.compare(built, Buffer.from(bytes))).toBe(0)
    }
  }, 180_000)
})

describe('colophon build --pdf --print --size A5', () => {
  it('sets the trim to A5 with a 3 mm bleed on every page', async () => {
    const folder = scratch()
    const out = join(folder, 'editions')
    const run = colophon(['build', folder, '--pdf', '--print', '--size', 'A5', '--out', out])
    expect(run.code).toBe(0)
    const doc = await PDFDocument.load(readFileSync(join(out, name, `${name}.pdf`)))
    for (const page of doc.getPages()) {
      const trim = page.getTrimBox()
      expect(trim.width).toBeCloseTo(419.528, 2)
      expect(page.getBleedBox().width).toBeCloseTo(419.528 + (6 * 72) / 25.4, 2)
    }
  }, 180_000)
})

describe('a PDF build that fails', () => {
  it('over its time budget: exit 1, the budget named, no file written, the old PDF untouched', () => {
    const folder = scratch()
    const out = join(folder, 'editions')
    mkdirSync(join(out, name), { recursive: true })
    writeFileSync(join(out, name, `${name}.pdf`), 'the previous edition')
    // Laid out afresh: a part from the cache needs no time to paginate.
    const run = colophon(['build', folder, '--budget', 'paginate=0.01', '--out', out, '--no-cache'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'took longer than its budget of 0 s; raise it with `--budget paginate=SECONDS`'
    )
    expect(run.stderr).toContain('no edition written')
    expect(readdirSync(join(out, name))).toEqual([`${name}.pdf`])
    expect(readFileSync(join(out, name, `${name}.pdf`), 'utf8')).toBe('the previous edition')
  }, 120_000)

  it('with a size it does not know: exit 2, before any work', () => {
    const run = colophon(['build', scratch(), '--pdf', '--size', 'B5'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Unexpected page size `B5`')
  })

  it('with a browser that is not there: exit 2, naming it', () => {
    const folder = scratch()
    const run = colophon([
      'build',
      folder,
      '--pdf',
      '--browser',
      join(folder, 'no-chromium'),
      '--out',
      join(folder, 'e')
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no-chromium')
    expect(existsSync(join(folder, 'e'))).toBe(false)
  })
})
