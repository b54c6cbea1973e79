// End to end: `colophon build` on the example reader in source/ (its excerpts, their notes and
// the editor's introductions), on manifests whose sources it must refuse, naming the manifest's
// line and writing nothing, and on an introduction whose Markdown it must change.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
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
import { paragraphsOf, validateEdition } from '@colophon/schema'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { pageTexts } from '../../packages/render-pdf/test/helpers.js'

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
    for (const paragraph of paragraphsOf(section))
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
    // Cited as a bibliography cites a chapter: the book in italics, no nested parentheses.
    expect(html).toContain(
      '<p class="origin">From Timothy Snyder, “Class Terror,” in <cite>Bloodlands: Europe Between Hitler and Stalin</cite> (2010), chapter 2: paragraphs 60–64 of the source.</p>'
    )
    // Paragraphs 67–70, left out between 66 and 71 across a section's end, are marked.
    expect(html).toContain('aria-label="4 paragraphs of the source left out">[…]</p>')
    // The instructor is named under the title, never as the author.
    expect(html).toContain('<p class="editor">Course staff</p>')
    expect(html).not.toContain('<meta name="author"')
    expect(html).toContain('id="c1-p60" data-n="60"')
    expect(html).toContain(
      '<p class="subtitle">Two excerpts from Timothy Snyder, Bloodlands, chapter 2</p>'
    )
    expect(html).toContain('<p class="notice">Excerpts reproduced for teaching and study.')
    // Each entry's introduction, between the excerpt's heading and its text.
    for (const [k, opening] of [
      [1, 'Order 00447, signed by the NKVD chief Nikolai Yezhov on 30 July 1937'],
      [2, 'In Soviet Ukraine the kulak operation killed on a vast scale']
    ] as const) {
      const chapter = tree.children[k - 1]
      const first = chapter?.introduction?.children[0]
      expect(first?.type === 'introParagraph' && first.children[0]).toMatchObject({
        type: 'text',
        value: expect.stringContaining(opening)
      })
      // (`30 July` is kept on one line: a no-break space.)
      expect(html.replaceAll('\u00a0', ' ')).toContain(
        `<section id="c${k}-introduction" class="introduction" aria-labelledby="c${k}-introduction-title">\n<h3 id="c${k}-introduction-title">Editor’s introduction</h3>\n<p>${opening}`
      )
      expect(html.indexOf(`id="c${k}-introduction"`)).toBeLessThan(html.indexOf(`id="c${k}-s1"`))
    }
    expect(html).toContain('three-person <em>troikas</em>, to executions')
  })
})

describe('colophon build on a reader whose introduction has raw HTML and a heading', () => {
  it('builds, showing the HTML as text, and warns at the introduction’s line in the manifest', () => {
    const folder = project(
      `title: A reader\nentries:\n  - source: ${seed}.txt\n    select:\n      paragraphs: [p60]\n    introduction: |\n      # Week 3\n\n      Read <script>alert(1)</script> *first*.\n`
    )
    const out = join(folder, 'editions')
    const run = colophon(['build', 'source/course.reader.yaml', '--html', '--out', out], folder)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      'source/course.reader.yaml:6:5  warning  Heading `Week 3` in the introduction of entry 1 is set as a paragraph of bold text'
    )
    expect(run.stderr).toMatch(
      /source\/course\.reader\.yaml:6:5 {2}warning {2}Raw HTML `<script>` \(and 1 more like it\) in the introduction of entry 1 is shown as text.* {2}reader-introduction/
    )
    const html = readFileSync(join(out, 'course', 'course.html'), 'utf8')
    expect(html).toContain(
      '<p><strong>Week 3</strong></p>\n<p>Read &#x3C;script>alert(1)&#x3C;/script> <em>first</em>.</p>'
    )
    expect(html).not.toContain('<script')
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
    // The checks after layout (every claim's text, no paragraph's last line alone) hold, the
    // editor's introductions on the pages with them. (Run as root, the browser's sandbox is off,
    // which an info message says: `pdf-sandbox` is no finding about the book.)
    // The typographic audit's findings (`pdf-audit-*`) are a report on the pages, not faults.
    expect(run.stderr).not.toMatch(/ {2}pdf-(?!sandbox$|audit)[a-z-]+$/m)
    const bytes = new Uint8Array(readFileSync(join(out, 'great-terror', 'great-terror.pdf')))
    const concordance = JSON.parse(
      readFileSync(join(out, 'great-terror', 'great-terror.concordance.json'), 'utf8')
    ) as { folios: string[]; ids: Record<string, { page: string; index: number }> }
    const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise
    const texts = await pageTexts(pdf)
    expect(await pdf.getPageLabels()).toEqual(concordance.folios)
    expect(texts[0]).toContain('The Great Terror')
    expect(texts[0]).toContain('Course staff')
    // The running heads carry the reader's title, on versos too; the instructor is no Author.
    const heads = texts.slice(concordance.ids.c1?.index ?? 0).map((text) => text.slice(0, 60))
    expect(heads.some((text) => /The Great Terror/.test(text))).toBe(true)
    expect(texts.slice(1).some((text) => text.includes('Course staff'))).toBe(false)
    expect((await pdf.getMetadata()).info).not.toHaveProperty('Author')
    expect(texts[1]).toContain('Excerpts reproduced for teaching and study.')
    // Spaced capitals extract as words (`CONTENTS`, not `C ON T E N T S`).
    const contents = texts.find((text) => /\bCONTENTS\b/.test(text)) ?? ''
    for (const [id, title] of [
      ['c1', 'The kulak operation'],
      ['c2', 'The killing in Soviet Ukraine, and the Nazi terror beside it']
    ] as const) {
      const start = concordance.ids[id]
      expect(start).toBeDefined()
      // The contents give the folio of the page the excerpt's title is printed on.
      expect(contents).toMatch(new RegExp(`${title}\\s+${start?.page}\\b`))
      expect(texts[start?.index ?? -1]).toContain(title)
      // The editor's introduction is on the excerpt's first page, under its own heading.
      expect(texts[start?.index ?? -1]).toMatch(/\bEDITOR.S INTRODUCTION\b/)
      expect(concordance.folios[start?.index ?? -1]).toBe(start?.page)
    }
    // It closes with its source and the source's hash, after the last excerpt.
    const sources = concordance.ids.sources
    expect(sources?.index).toBe(texts.length - 1)
    expect(Number(sources?.page)).toBeGreaterThan(Number(concordance.ids.c2?.page))
    const hash = createHash('sha256')
      .update(readFileSync(join(repo, 'source', `${seed}.txt`)))
      .digest('hex')
    expect(texts.at(-1)?.replace(/\s+/g, '')).toContain(hash)
    expect(texts.at(-1)).toMatch(/Chapter 1, “The kulak operation”: paragraphs 60–64/)
  }, 120_000)
})

describe('a reader with its notes at the end, from a manuscript with note bodies', () => {
  it('gathers the notes, renumbered through the reader, after the last chapter in the HTML and the PDF', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-reader-notes-'))
    mkdirSync(join(folder, 'source'))
    writeFileSync(join(folder, 'package.json'), '{}\n')
    copyFileSync(
      join(repo, 'packages/parser/test/fixtures/gutenberg-footnotes/input.txt'),
      join(folder, 'source', 'thucydides.txt')
    )
    writeFileSync(
      join(folder, 'source', 'war.reader.yaml'),
      [
        'title: The war',
        'notes:',
        '  placement: reader',
        '  numbering: continuous',
        'entries:',
        '  - source: thucydides.txt',
        '    title: The causes',
        '    select: { sections: [1] }',
        '  - source: thucydides.txt',
        '    title: The empire',
        '    select: { sections: [2] }',
        ''
      ].join('\n')
    )
    const out = join(folder, 'editions')
    const run = colophon(['build', 'source/war.reader.yaml', '--out', out, '--no-cache'], folder)
    expect(run.stderr).not.toMatch(/ error /)
    expect(run.code).toBe(0)
    const html = readFileSync(join(out, 'war', 'war.html'), 'utf8')
    const notes = html.indexOf('<section id="notes" class="book-notes"')
    expect(notes).toBeGreaterThan(html.lastIndexOf('<article'))
    expect(html.slice(0, notes)).not.toContain('role="doc-endnotes"')
    expect(html.slice(notes)).toContain('The war began in 431 B.C.')

    const concordance = JSON.parse(
      readFileSync(join(out, 'war', 'war.concordance.json'), 'utf8')
    ) as { ids: Record<string, { page: string; index: number }> }
    const pdf = await getDocument({
      data: new Uint8Array(readFileSync(join(out, 'war', 'war.pdf'))),
      verbosity: 0
    }).promise
    const texts = await pageTexts(pdf)
    const at = concordance.ids.notes?.index ?? -1
    expect(at).toBeGreaterThan(concordance.ids.c2?.index ?? texts.length)
    const back = texts.slice(at, concordance.ids.sources?.index).join(' ')
    const text = texts.slice(0, at).join(' ')
    for (const body of ['The war began in 431 B.C.', 'See Book I, ch. 89.']) {
      expect(back).toContain(body)
      expect(text).not.toContain(body)
    }
    // Continuous numbers, each saying what it was in the source.
    expect(back).toMatch(/note 1 in the source/)
    expect(back.replace(/\s+/g, ' ')).toMatch(/The empire/)
  }, 120_000)
})
