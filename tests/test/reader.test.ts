// End to end: `colophon build` on the example reader in source/, and on manifests whose
// sources it must refuse, naming the manifest's line and writing nothing.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Chapter, Inline, Root } from '@colophon/schema'
import { validateEdition } from '@colophon/schema'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(repo, 'packages/cli/bin/colophon.js')
const seed = 'snyder-bloodlands-ch2-class-terror'

function colophon(args: string[], cwd = repo) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function cited(chapter: Chapter): Set<string> {
  const found = new Set<string>()
  const walk = (children: readonly Inline[]) => {
    for (const child of children) {
      if (child.type === 'footnoteReference') found.add(child.identifier)
      else if ('children' in child) walk(child.children)
    }
  }
  for (const section of chapter.children) {
    for (const paragraph of section.children)
      for (const claim of paragraph.children) walk(claim.children)
  }
  return found
}

/** A project folder with the seed in `source/` and a manifest in it. */
function project(manifest: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'colophon-reader-'))
  mkdirSync(join(folder, 'source'))
  writeFileSync(join(folder, 'package.json'), '{}\n')
  copyFileSync(join(repo, 'source', `${seed}.txt`), join(folder, 'source', `${seed}.txt`))
  copyFileSync(join(repo, 'source', `${seed}.yaml`), join(folder, 'source', `${seed}.yaml`))
  writeFileSync(join(folder, 'source', 'course.reader.yaml'), manifest)
  return folder
}

describe('colophon build on the example reader', () => {
  it('composes two excerpts with their notes, the source’s numbers and where they come from', () => {
    const out = mkdtempSync(join(tmpdir(), 'colophon-reader-out-'))
    const run = colophon([
      'build',
      'source/great-terror.reader.yaml',
      '--json',
      '--html',
      '--out',
      out
    ])
    expect(run.code).toBe(0)
    const tree = JSON.parse(
      readFileSync(join(out, 'great-terror', 'great-terror.json'), 'utf8')
    ) as Root
    const validation = validateEdition(tree)
    expect(validation.ok ? [] : validation.problems).toEqual([])
    expect(tree.meta.title).toBe('The Great Terror')
    // Sources are recorded as the project names them, not by this machine's folders.
    expect(tree.meta.sources.map((source) => source.path)).toEqual([`source/${seed}.txt`])
    expect(tree.children.map((chapter) => chapter.origin?.paragraphs)).toEqual([
      '60–64',
      '66, 71–73'
    ])
    for (const chapter of tree.children) {
      expect(new Set(chapter.notes.map((note) => note.identifier))).toEqual(cited(chapter))
      expect(chapter.origin?.title).toBe('Class Terror')
    }
    const html = readFileSync(join(out, 'great-terror', 'great-terror.html'), 'utf8')
    expect(html).toContain('<p class="origin">From <cite>Class Terror</cite>, by Timothy Snyder')
    expect(html).toContain('id="c1-p60" data-n="60"')
    expect(html).toContain(
      '<p class="subtitle">Two excerpts from Timothy Snyder, Bloodlands, chapter 2</p>'
    )
    expect(html).toContain('<p class="notice">Excerpts reproduced for teaching and study.')
  })
})

describe('colophon build refuses a reader’s bad sources', () => {
  for (const [what, source, rule] of [
    ['a path out of the project', '../../etc/hostname', 'reader-path'],
    ['an absolute path', '/etc/hostname', 'reader-path'],
    ['a percent-encoded escape', '%2e%2e/secret.txt', 'reader-path'],
    ['a missing source', 'missing.txt', 'reader-source-missing']
  ] as const) {
    it(`${what}: exit 2, the manifest's line named, nothing written`, () => {
      const folder = project(
        `title: A reader\nentries:\n  - source: ${seed}.txt\n  - source: '${source}'\n`
      )
      const out = join(folder, 'editions')
      const run = colophon(['build', 'source/course.reader.yaml', '--json', '--out', out], folder)
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        new RegExp(`source/course\\.reader\\.yaml:4:\\d+  error  .*  ${rule}`)
      )
      expect(existsSync(out)).toBe(false)
    })
  }
})

describe('colophon build on a reader whose selection names nothing', () => {
  it('exits 1 naming the manifest line of that selection, and writes nothing', () => {
    const folder = project(
      `title: A reader\nentries:\n  - source: ${seed}.txt\n    select:\n      paragraphs: [p20-p5]\n`
    )
    const out = join(folder, 'editions')
    const run = colophon(['build', 'source/course.reader.yaml', '--json', '--out', out], folder)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'source/course.reader.yaml:5:7  error  Paragraph range `p20-p5` does not name paragraphs of the source of entry 1 in order'
    )
    expect(existsSync(out)).toBe(false)
  })
})

describe('the example reader as a PDF, read back', () => {
  it('has its title page, and contents whose page numbers are the pages the excerpts begin on', async () => {
    const out = mkdtempSync(join(tmpdir(), 'colophon-reader-pdf-'))
    const run = colophon(['build', 'source/great-terror.reader.yaml', '--pdf', '--out', out])
    expect(run.code).toBe(0)
    const bytes = new Uint8Array(readFileSync(join(out, 'great-terror', 'great-terror.pdf')))
    const concordance = JSON.parse(
      readFileSync(join(out, 'great-terror', 'great-terror.concordance.json'), 'utf8')
    ) as { folios: string[]; ids: Record<string, { page: string; index: number }> }
    const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise
    const texts: string[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent()
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    }
    expect(await pdf.getPageLabels()).toEqual(concordance.folios)
    expect(texts[0]).toContain('The Great Terror')
    expect(texts[0]).toContain('Course staff')
    expect(texts[1]).toContain('Excerpts reproduced for teaching and study.')
    const contents = texts.find((text) => /C\s*O\s*N\s*T\s*E\s*N\s*T\s*S/.test(text)) ?? ''
    for (const [id, title] of [
      ['c1', 'The kulak operation'],
      ['c2', 'The killing in Soviet Ukraine, and the Nazi terror beside it']
    ] as const) {
      const start = concordance.ids[id]
      expect(start).toBeDefined()
      // The contents give the folio of the page the excerpt's title is printed on.
      expect(contents).toMatch(new RegExp(`${title}\\s+${start?.page}\\b`))
      expect(texts[start?.index ?? -1]).toContain(title)
      expect(concordance.folios[start?.index ?? -1]).toBe(start?.page)
    }
  }, 120_000)
})
