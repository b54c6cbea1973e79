// Tests for reading a manifest: the real seed in a project of its own, and each problem placed at
// the YAML node where it can be fixed.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VFileMessage } from 'vfile-message'
import { afterEach, describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { readManifest } from '../src/index.js'

const seedName = 'snyder-bloodlands-ch2-class-terror'
const seed = fileURLToPath(new URL(`../../../source/${seedName}.txt`, import.meta.url))
const fixture = fileURLToPath(new URL('fixtures/reader.yaml', import.meta.url))

const made: string[] = []
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A project in a new temporary folder: a `package.json`, the seed in `sources/`, and `files`. */
function project(files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'colophon-reader-')))
  made.push(root)
  writeFileSync(join(root, 'package.json'), '{}\n')
  mkdirSync(join(root, 'sources'))
  copyFileSync(seed, join(root, 'sources', `${seedName}.txt`))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

/** Reads `text` as `reader.yaml` in a new project. */
function read(text: string) {
  const root = project({ 'reader.yaml': text })
  return readManifest(join(root, 'reader.yaml'))
}

/** What a test compares of a message. */
function summary(message: VFileMessage) {
  return {
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    source: message.source,
    fatal: message.fatal
  }
}

/** The one message `text` gives, checked to be a fatal `ruleId` at `line:column`. */
function problem(text: string, line: number, column: number, ruleId = 'reader-invalid') {
  const result = read(text)
  expect(result.manifest).toBeUndefined()
  expect(result.messages.map(summary)).toEqual([
    { ruleId, line, column, source: 'colophon', fatal: true }
  ])
  const [message] = result.messages
  if (!message) throw new Error('no message')
  expect(message.reason).not.toMatch(/[\r\n]/)
  return message
}

const source = `sources/${seedName}.txt`

describe('@colophon/reader', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'bookChapters',
      'compose',
      'findProjectRoot',
      'isBookManifest',
      'readBook',
      'readManifest',
      'resolveSource'
    ])
  })
})

describe('readManifest: a valid manifest', () => {
  it('reads the fixture beside the real seed, with every field', () => {
    const root = project({ 'readers/reader.yaml': readFileSync(fixture, 'utf8') })
    const result = readManifest(join(root, 'readers', 'reader.yaml'))
    expect(result.messages).toEqual([])
    expect(result.manifest).toEqual({
      title: 'Europe Between Hitler and Stalin',
      subtitle: 'Readings for weeks 3 and 4',
      course: 'HIST 210',
      instructor: 'A. Teacher',
      term: 'Spring',
      notice: 'Excerpts reproduced for teaching, under fair use.',
      language: 'en',
      page: { size: '6x9in' },
      notes: { placement: 'chapter', numbering: 'continuous' },
      entries: [
        { source: `../${source}` },
        {
          source: `../${source}`,
          title: 'Class Terror, abridged',
          select: { sections: [1], paragraphs: ['p5-p20', 'p7'], claims: ['p12.3-p14.2', 'p2.1'] },
          introduction: 'Read this *before* the seminar.\n'
        }
      ]
    })
    const path = join(root, source)
    expect(result.sources).toEqual([
      { entry: 0, path, relative: `../${source}` },
      { entry: 1, path, relative: `../${source}` }
    ])
    // Where to point messages about each entry's selection and introduction.
    expect(result.selections).toEqual([
      { line: 15, column: 5 },
      { line: 19, column: 7 }
    ])
    expect(result.introductions).toEqual([undefined, { line: 22, column: 5 }])
  })

  it('accepts a relative manifest path and a manifest with only the required fields', () => {
    const root = project({ 'reader.yaml': `title: R\nentries:\n  - source: ./${source}\n` })
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const result = readManifest('reader.yaml')
      expect(result.messages).toEqual([])
      expect(result.manifest).toEqual({ title: 'R', entries: [{ source: `./${source}` }] })
      expect(result.sources).toEqual([
        { entry: 0, path: join(root, source), relative: `./${source}` }
      ])
    } finally {
      process.chdir(cwd)
    }
  })

  it('writes nothing', () => {
    const root = project({ 'reader.yaml': readFileSync(fixture, 'utf8').replaceAll('../', '') })
    const before = readdirSync(root, { recursive: true }).sort()
    expect(readManifest(join(root, 'reader.yaml')).messages).toEqual([])
    readManifest(join(root, 'reader.yaml'), { allowOutside: true })
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before)
  })
})

describe('readManifest: YAML problems', () => {
  it('places a syntax error at its line and column', () => {
    const message = problem(`title: R\nentries:\n  - source: "${source}\n`, 3, 13)
    expect(message.reason).toBe(
      'Manifest is not valid YAML: the quoted text that starts here is never closed; add the closing `"`'
    )
  })

  it('places a bad indentation and a repeated field', () => {
    problem(`title: R\nentries:\n  - source: a.txt\n   title: x\n`, 4, 1)
    const twice = problem(`title: R\ntitle: S\nentries:\n  - source: ${source}\n`, 2, 1)
    expect(twice.reason).toBe(
      'Field `title` is given twice, first at line 1, column 1 and again here; keep only one'
    )
  })

  it('names both places of a key given twice, nested too', () => {
    const twice = problem(
      `title: R\nentries:\n  - source: ${source}\n    title: A\n    title: B\n`,
      5,
      5
    )
    expect(twice.reason).toContain('first at line 4, column 5 and again here')
  })

  it('warns of a lone surrogate in a title at its place and reads it as U+FFFD', () => {
    const result = read(`title: "Half \\uD800 here"\nentries:\n  - source: ${source}\n`)
    expect(result.messages.map(summary)).toEqual([
      { ruleId: 'reader-invalid', line: 1, column: 8, source: 'colophon', fatal: false }
    ])
    expect(result.messages[0]?.reason).toContain('`\\uD800`, half of a character')
    expect(result.manifest?.title).toBe('Half \uFFFD here')
  })

  it('counts the schema problems after the first twenty', () => {
    const entries = Array.from(
      { length: 500 },
      (_, i) => `  - source: ${source}\n    bogus${i}: x\n`
    )
    const result = read(`title: R\nentries:\n${entries.join('')}`)
    expect(result.manifest).toBeUndefined()
    expect(result.messages).toHaveLength(21)
    const last = result.messages[20]
    expect(last?.reason).toContain('480 more problems in this file after these')
    expect([last?.line, last?.fatal]).toEqual([44, true])
  })

  it('refuses an empty manifest and one that is not a mapping', () => {
    expect(problem('# nothing yet\n', 1, 1).reason).toContain('expected a `title` and `entries`')
    expect(problem('- source: a.txt\n', 1, 1).reason).toContain('not a list')
  })

  it('bounds nesting and alias expansion', () => {
    problem(`title: R\nentries: ${'['.repeat(100)}${']'.repeat(100)}\n`, 2, 73)
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'title: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'
    ].join('\n')
    const result = read(laughs)
    expect(result.manifest).toBeUndefined()
    expect(result.messages.some((message) => /more than 10000 values/.test(message.reason))).toBe(
      true
    )
  })

  it('keeps `__proto__` a field of its own, refused as unknown', () => {
    const message = problem(
      `title: R\n__proto__:\n  polluted: 1\nentries:\n  - source: ${source}\n`,
      2,
      1
    )
    expect(message.reason).toContain('Unknown field `__proto__`')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('readManifest: schema problems', () => {
  it('places an unknown field at its key and suggests the near one', () => {
    const message = problem(
      `title: R\nentries:\n  - source: ${source}\n    titel: Class Terror\n`,
      4,
      5
    )
    expect(message.reason).toBe(
      'Unknown field `entries[0].titel`, expected one of `source`, `title`, `select`, `introduction`; rename it to `title` or remove it'
    )
    expect(message.actual).toBe('titel')
    expect(message.expected).toEqual(['title'])
  })

  it('places a badly written range at the range', () => {
    const message = problem(
      `title: R\nentries:\n  - source: ${source}\n    select:\n      paragraphs: [p5, p5-20]\n`,
      5,
      24
    )
    expect(message.reason).toBe(
      'Field `entries[0].select.paragraphs[1]` is `p5-20`, expected a paragraph id such as `p7` or a range such as `p5-p20`; fix the id'
    )
    expect(message.line).toBe(5)
    expect(message.place).toMatchObject({ end: { line: 5, column: 29 } })
  })

  it('leaves the order of a range to composition', () => {
    const result = read(
      `title: R\nentries:\n  - source: ${source}\n    select:\n      paragraphs: [p20-p5]\n`
    )
    expect(result.messages).toEqual([])
  })

  it('reports a missing title at the start of the manifest', () => {
    const message = problem(`# A reader\n\nentries:\n  - source: ${source}\n`, 3, 1)
    expect(message.reason).toBe(
      'Manifest has no `title`, expected one; add a `title` line, such as `title: Readings in European History`'
    )
  })

  it('reports an entry without a source at the entry', () => {
    const message = problem('title: R\nentries:\n  - title: Class Terror\n', 3, 5)
    expect(message.reason).toContain('Entry `entries[0]` has no `source`')
  })

  it('reports an empty list of entries, a bad enum and a bad page size', () => {
    expect(problem('title: R\nentries: []\n', 2, 10).reason).toContain(
      'expected at least one entry'
    )
    const placement = problem(
      `title: R\nnotes:\n  placement: end\nentries:\n  - source: ${source}\n`,
      3,
      14
    )
    expect(placement.reason).toBe(
      'Field `notes.placement` is `end`, expected one of `foot`, `chapter`, `reader`; use one of those'
    )
    const size = problem(
      `title: R\npage: { size: 6 by 9 }\nentries:\n  - source: ${source}\n`,
      2,
      15
    )
    expect(size.reason).toContain('expected `A4`, `A5`, `Letter` or width by height')
  })

  it('reports a problem in each field and each entry in one reading', () => {
    const result = read(
      [
        'titl: R',
        'language: english!',
        'entries:',
        `  - source: ${source}`,
        '    select: { sections: [0] }',
        '  - source: 7',
        `  - source: ${source}`,
        '    select: {}'
      ].join('\n')
    )
    expect(result.manifest).toBeUndefined()
    expect(result.messages.map((message) => [message.line, message.column])).toEqual([
      [1, 1],
      [1, 1],
      [2, 11],
      [5, 26],
      [6, 13],
      [8, 13]
    ])
    expect(result.messages.map((message) => message.reason)).toEqual([
      'Manifest has no `title`, expected one; add a `title` line, such as `title: Readings in European History`',
      'Unknown field `titl`, expected one of `title`, `subtitle`, `course`, `instructor`, `term`, `notice`, `language`, `page`, `notes`, `entries`; rename it to `title` or remove it',
      'Field `language` is `english!`, expected a language tag such as `en` or `pt-BR`; fix the tag',
      'Field `entries[0].select.sections[0]` is `0`, expected a section number counting from `1`; fix the number',
      'Field `entries[1].source` is `7`, expected text; fix the value',
      'Field `entries[2].select` selects nothing, expected `sections`, `paragraphs` or `claims`; add one, or remove `select` to take the whole manuscript'
    ])
  })
})

describe('readManifest: the manifest itself', () => {
  it('reports a manifest that does not exist or is a folder', () => {
    const root = project()
    const missing = readManifest(join(root, 'nope.yaml'))
    expect(missing.manifest).toBeUndefined()
    expect(missing.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['file-unreadable', 'File not found; check the path']
    ])
    expect(readManifest(root).messages[0]?.ruleId).toBe('file-unreadable')
  })

  it('reports a manifest that is not UTF-8', () => {
    const root = project()
    writeFileSync(join(root, 'reader.yaml'), Buffer.from([0x74, 0x3a, 0x20, 0xff, 0x0a]))
    const result = readManifest(join(root, 'reader.yaml'))
    expect(result.messages.map(summary)).toEqual([
      { ruleId: 'reader-invalid', line: 1, column: 1, source: 'colophon', fatal: true }
    ])
  })

  it('throws on misuse', () => {
    expect(() => readManifest(7 as unknown as string)).toThrow(TypeError)
    expect(() => readManifest('')).toThrow(TypeError)
    expect(() => readManifest('reader.yaml', { root: 7 as unknown as string })).toThrow(TypeError)
    expect(() =>
      readManifest('reader.yaml', { allowOutside: 'yes' as unknown as boolean })
    ).toThrow(TypeError)
  })
})
