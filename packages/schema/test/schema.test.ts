// The schemas, their generated types and validators.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import {
  type Block,
  blocksIn,
  paragraphsIn,
  type ReaderManifest,
  validateEdition,
  validateReader,
  validateReport,
  validateSettings
} from '../src/index.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))

describe('@colophon/schema', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'blocksIn',
      'bookSchema',
      'editionSchema',
      'isCode',
      'isFigure',
      'isList',
      'isParagraph',
      'isQuote',
      'isTable',
      'paragraphsIn',
      'paragraphsOf',
      'readerSchema',
      'reportSchema',
      'settingsSchema',
      'validateBook',
      'validateEdition',
      'validateReader',
      'validateReport',
      'validateSettings'
    ])
  })

  it('has generated files that match the schemas', () => {
    // Exits non-zero, naming the stale file, when a schema changed without `npm run generate`.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate.mjs', '--check'], {
        cwd: packageRoot,
        stdio: 'pipe'
      })
    ).not.toThrow()
  })
})

describe('validateEdition', () => {
  const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
  const minimal = {
    type: 'root',
    meta: { title: 'T', language: 'en', sources: [] },
    children: [
      {
        type: 'chapter',
        id: 'c1',
        source: { path: 'a.txt', format: 'text', sha256: 'a'.repeat(64) },
        children: [
          {
            type: 'section',
            id: 's1',
            children: [
              {
                type: 'paragraph',
                id: 'p1',
                n: 1,
                children: [
                  {
                    type: 'claim',
                    id: 'p1.1',
                    kinds: ['figure'],
                    citedBy: 'n1',
                    children: [
                      {
                        type: 'text',
                        value: 'Five.',
                        position: { start: point(0), end: point(5) }
                      },
                      {
                        type: 'footnoteReference',
                        identifier: 'n1',
                        label: '1',
                        number: 1,
                        marker: 'glued'
                      }
                    ]
                  }
                ]
              }
            ]
          }
        ],
        notes: [
          {
            type: 'footnoteDefinition',
            identifier: 'n1',
            label: '1',
            number: 1,
            status: 'missing',
            children: []
          }
        ]
      }
    ]
  }

  it('accepts a well-formed tree', () => {
    expect(validateEdition(minimal)).toEqual({ ok: true, value: minimal })
  })

  it('rejects unknown node types, unknown fields and bad kinds, with a JSON pointer', () => {
    const broken = structuredClone(minimal) as typeof minimal & Record<string, unknown>
    const claim = broken.children[0]?.children[0]?.children[0]?.children[0] as Record<
      string,
      unknown
    >
    claim.kinds = ['rumour']
    const result = validateEdition(broken)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problems[0]?.path).toBe('/children/0/children/0/children/0/children/0/kinds/0')

    const extra = structuredClone(minimal) as Record<string, unknown>
    Object.setPrototypeOf(extra, { polluted: true })
    Object.defineProperty(extra, 'script', { value: '<script>', enumerable: true })
    const second = validateEdition(extra)
    expect(second.ok).toBe(false)
    if (!second.ok) expect(second.problems[0]?.message).toContain('`script`')
  })

  it('accepts list items and quotations that hold any block, to any depth, and no chapter in them', () => {
    const paragraph = (n: number) => ({ type: 'paragraph', id: `p${n}`, n, children: [] })
    const list = (id: string, children: unknown[]) => ({
      type: 'list',
      id,
      ordered: false,
      children: [{ type: 'listItem', checked: true, children }]
    })
    const code = { type: 'code', id: 'code1', value: 'x' }
    const table = { type: 'table', id: 'table1', children: [] }
    const quote = { type: 'quote', id: 'q1', children: [paragraph(4), list('l4', [paragraph(5)])] }
    const nested = list('l1', [
      paragraph(1),
      list('l2', [paragraph(2), list('l3', [paragraph(3)])]),
      code,
      quote,
      table
    ])
    const tree = structuredClone(minimal)
    const section = tree.children[0]?.children[0] as { children: unknown[] }
    section.children = [nested]
    const valid = validateEdition(tree)
    expect(valid.ok ? [] : valid.problems).toEqual([])
    expect(paragraphsIn(nested as Block).map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'])
    expect(blocksIn(nested as Block).map((b) => b.id)).toEqual([
      'l1',
      'p1',
      'l2',
      'p2',
      'l3',
      'p3',
      'code1',
      'q1',
      'p4',
      'l4',
      'p5',
      'table1'
    ])
    section.children = [list('l1', [{ type: 'chapter', id: 'c2', children: [], notes: [] }])]
    const result = validateEdition(tree)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.path).toBe('/children/0/children/0/children/0')
  })

  it('accepts a note of paragraphs, code, a table, a list and a quotation, and no figure', () => {
    const paragraph = (n: number) => ({ type: 'paragraph', id: `c1-n7.p${n}`, n, children: [] })
    const blocks = [
      paragraph(1),
      { type: 'code', id: 'c1-n7.code1', lang: 'xml', value: '<x/>' },
      { type: 'table', id: 'c1-n7.table1', children: [] },
      {
        type: 'list',
        id: 'c1-n7.l1',
        ordered: true,
        children: [{ type: 'listItem', children: [paragraph(2)] }]
      },
      { type: 'quote', id: 'c1-n-x2a-3.q1', children: [paragraph(3)] }
    ]
    const tree = structuredClone(minimal)
    const note = tree.children[0]?.notes[0] as { status: string; children: unknown[] }
    note.status = 'present'
    note.children = blocks
    expect(validateEdition(tree).ok).toBe(true)
    expect(blocks.flatMap((block) => paragraphsIn(block as Block)).map((p) => p.n)).toEqual([
      1, 2, 3
    ])
    note.children = [{ type: 'figure', id: 'figure1', children: [] }]
    const result = validateEdition(tree)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.path).toBe('/children/0/notes/0/children/0')
  })

  it('accepts an editor’s introduction of paragraphs, lists and quotations, and nothing of the source’s in it', () => {
    const text = (value: string) => ({ type: 'text', value })
    const introduction = {
      type: 'introduction',
      children: [
        {
          type: 'introParagraph',
          children: [
            text('Read '),
            { type: 'emphasis', children: [text('this')] },
            { type: 'break' },
            {
              type: 'link',
              url: 'https://example.org',
              children: [{ type: 'strong', children: [text('map')] }]
            }
          ]
        },
        {
          type: 'introList',
          ordered: false,
          children: [{ type: 'introListItem', children: [text('One')] }]
        },
        { type: 'introQuote', children: [{ type: 'introParagraph', children: [text('Quoted.')] }] }
      ]
    }
    const withIntroduction = (value: unknown) => {
      const tree = structuredClone(minimal) as Record<string, unknown> & typeof minimal
      ;(tree.children[0] as Record<string, unknown>).introduction = value
      return validateEdition(tree)
    }
    expect(withIntroduction(introduction).ok).toBe(true)
    const reference = {
      type: 'footnoteReference',
      identifier: 'n1',
      label: '1',
      number: 1,
      marker: 'glued'
    }
    for (const [what, value, path] of [
      [
        'a note reference, even inside emphasis',
        { type: 'introParagraph', children: [{ type: 'emphasis', children: [reference] }] },
        '/children/0/introduction/children/0'
      ],
      [
        'a numbered paragraph of the source',
        { type: 'paragraph', id: 'p1', n: 1, children: [] },
        '/children/0/introduction/children/0'
      ],
      [
        'an empty list',
        { type: 'introList', ordered: true, children: [] },
        '/children/0/introduction/children/0'
      ]
    ] as const) {
      const result = withIntroduction({ type: 'introduction', children: [value] })
      expect(result.ok, what).toBe(false)
      if (!result.ok) expect(result.problems[0]?.path.startsWith(path), what).toBe(true)
    }
    expect(withIntroduction({ type: 'introduction', children: [], position: {} }).ok).toBe(false)
  })

  it('bounds the number of problems it reports', () => {
    const many = structuredClone(minimal)
    const paragraph = many.children[0]?.children[0]?.children[0]
    if (!paragraph) throw new Error('fixture')
    paragraph.children = Array.from({ length: 100 }, () => ({ type: 'claim' }) as never)
    const result = validateEdition(many)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(20)
  })
})

describe('validateSettings', () => {
  it('accepts the settings of the first manuscript', () => {
    const settings = {
      title: 'Class Terror',
      author: 'Timothy Snyder',
      language: 'en',
      exclude: [{ text: 'Military history' }, { pattern: '^If you find an error' }],
      notes: { bodies: 'absent' }
    }
    expect(validateSettings(settings).ok).toBe(true)
  })

  it('rejects a misspelt setting and names it', () => {
    const result = validateSettings({ titel: 'x' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.message).toBe('has unknown property `titel`')
  })

  it('accepts rule levels and note repeats, and rejects an unknown rule or level', () => {
    const settings = {
      notes: { bodies: 'absent', repeats: 'allow' },
      rules: { 'claim-cited': 'off', 'note-sequence': 'warn', 'marker-ambiguous': 'error' }
    }
    expect(validateSettings(settings).ok).toBe(true)
    const typo = validateSettings({ rules: { 'note-sequense': 'off' } })
    expect(typo.ok).toBe(false)
    if (!typo.ok)
      expect(typo.problems[0]).toEqual({
        path: '/rules',
        message: 'has unknown property `note-sequense`',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'note-sequense' }
      })
    const level = validateSettings({ rules: { 'note-sequence': 'warning' } })
    expect(level.ok).toBe(false)
    if (!level.ok) expect(level.problems[0]?.path).toBe('/rules/note-sequence')
    expect(validateSettings({ notes: { repeats: 'sometimes' } }).ok).toBe(false)
  })

  it('rejects an exclusion of block 0 and an unknown encoding', () => {
    expect(validateSettings({ exclude: [{ block: 0 }] }).ok).toBe(false)
    const encoding = validateSettings({ encoding: 'ebcdic' })
    expect(encoding.ok).toBe(false)
    if (!encoding.ok) expect(encoding.problems[0]?.message).toContain('`windows-1252`')
  })
})

describe('validateReader', () => {
  const manifest: ReaderManifest = {
    title: 'Europe Between the Wars',
    subtitle: 'Readings',
    course: 'HIST 210',
    instructor: 'A. Teacher',
    term: 'Spring',
    notice: 'Reproduced for teaching under fair use.',
    language: 'en-GB',
    page: { size: '6x9in' },
    notes: { placement: 'chapter', numbering: 'continuous' },
    entries: [
      { source: 'snyder.txt' },
      {
        source: 'sources/other.md',
        title: 'Class Terror',
        select: { sections: [1, 3], paragraphs: ['p5-p20', 'p7'], claims: ['p12.3-p14.2', 'p2.1'] },
        introduction: 'Read this *first*.'
      }
    ]
  }

  /** The first problem `value` gives, which must exist. */
  function firstProblem(value: unknown) {
    const result = validateReader(value)
    expect(result.ok).toBe(false)
    if (result.ok) throw new Error('expected a problem')
    return result.problems[0]
  }

  it('accepts a manifest with every field, and one with only the required ones', () => {
    expect(validateReader(manifest)).toEqual({ ok: true, value: manifest })
    expect(validateReader({ title: 'R', entries: [{ source: 'a.txt' }] }).ok).toBe(true)
  })

  it('accepts every kind of page size', () => {
    for (const size of ['A4', 'A5', 'Letter', '6x9in', '148x210mm', '15.6x23.4cm', '432x648pt']) {
      expect(validateReader({ ...manifest, page: { size } }).ok).toBe(true)
    }
    for (const size of ['a4', '6x9', 'x9in', '6 x 9in', '6x9ft', '']) {
      expect(firstProblem({ ...manifest, page: { size } })?.path).toBe('/page/size')
    }
  })

  it('requires a title and at least one entry, each with a source', () => {
    const { title: _, ...untitled } = manifest
    expect(firstProblem(untitled)).toEqual({
      path: '',
      message: "must have required property 'title'",
      keyword: 'required',
      params: { missingProperty: 'title' }
    })
    expect(firstProblem({ ...manifest, entries: [] })?.path).toBe('/entries')
    expect(firstProblem({ title: 'R' })?.message).toBe("must have required property 'entries'")
    expect(firstProblem({ ...manifest, entries: [{ title: 'x' }] })).toEqual({
      path: '/entries/0',
      message: "must have required property 'source'",
      keyword: 'required',
      params: { missingProperty: 'source' }
    })
    expect(firstProblem({ ...manifest, title: '' })?.path).toBe('/title')
  })

  it('rejects unknown properties at every level and names them', () => {
    expect(firstProblem({ ...manifest, auhtor: 'x' })).toEqual({
      path: '',
      message: 'has unknown property `auhtor`',
      keyword: 'additionalProperties',
      params: { additionalProperty: 'auhtor' }
    })
    expect(firstProblem({ ...manifest, entries: [{ source: 'a.txt', from: 'p1' }] })).toEqual({
      path: '/entries/0',
      message: 'has unknown property `from`',
      keyword: 'additionalProperties',
      params: { additionalProperty: 'from' }
    })
    const selection = { ...manifest, entries: [{ source: 'a.txt', select: { chapters: [1] } }] }
    expect(firstProblem(selection)?.path).toBe('/entries/0/select')
    expect(firstProblem({ ...manifest, notes: { style: 'x' } })?.path).toBe('/notes')
    expect(firstProblem({ ...manifest, page: { margin: '1in' } })?.path).toBe('/page')
  })

  it('rejects an unknown note placement or numbering, listing the allowed values', () => {
    expect(firstProblem({ ...manifest, notes: { placement: 'end' } })).toEqual({
      path: '/notes/placement',
      message: 'must be one of `foot`, `chapter`, `reader`',
      keyword: 'enum',
      params: { allowedValues: ['foot', 'chapter', 'reader'] }
    })
    expect(firstProblem({ ...manifest, notes: { numbering: 'roman' } })?.message).toBe(
      'must be one of `source`, `chapter`, `continuous`'
    )
  })

  it('checks the form of sections, paragraph ranges and claim ranges, not their order', () => {
    const select = (value: unknown) => ({
      ...manifest,
      entries: [{ source: 'a.txt', select: value }]
    })
    // Order and existence are for the composer, which knows the source.
    expect(validateReader(select({ paragraphs: ['p20-p5'], claims: ['p14.2-p12.3'] })).ok).toBe(
      true
    )
    for (const bad of ['5-20', 'p0', 'p5-20', 'p5–p20', 'p5-p', ' p5', 'p5.1']) {
      expect(firstProblem(select({ paragraphs: [bad] }))?.path).toBe(
        '/entries/0/select/paragraphs/0'
      )
    }
    for (const bad of ['p12', 'p12.0', 'p12.3-p14', 'p12.3-14.2', 'p12.3.1']) {
      expect(firstProblem(select({ claims: [bad] }))?.path).toBe('/entries/0/select/claims/0')
    }
    expect(firstProblem(select({ sections: [0] }))?.path).toBe('/entries/0/select/sections/0')
    expect(firstProblem(select({ sections: [1.5] }))?.path).toBe('/entries/0/select/sections/0')
    expect(firstProblem(select({ sections: [2, 2] }))?.path).toBe('/entries/0/select/sections')
    expect(firstProblem(select({ sections: [] }))?.path).toBe('/entries/0/select/sections')
    expect(firstProblem(select({}))?.path).toBe('/entries/0/select')
  })

  it('rejects a bad language tag and values of the wrong type', () => {
    expect(firstProblem({ ...manifest, language: 'english!' })?.path).toBe('/language')
    expect(firstProblem({ ...manifest, entries: 'a.txt' })).toEqual({
      path: '/entries',
      message: 'must be array',
      keyword: 'type',
      params: { type: 'array' }
    })
    expect(firstProblem({ ...manifest, entries: [{ source: 7 }] })?.path).toBe('/entries/0/source')
  })
})

describe('validateReport', () => {
  const report = {
    files: [
      {
        path: 'book.txt',
        messages: [
          {
            ruleId: 'note-sequence',
            severity: 'error',
            message: 'Expected note `17`, found `18`; add the missing note or renumber the notes',
            line: 49,
            column: 1067,
            endLine: 49,
            endColumn: 1069
          },
          {
            ruleId: 'file-unreadable',
            severity: 'error',
            message: 'File not found; check the path'
          }
        ]
      }
    ],
    counts: { error: 2, warning: 0, info: 0 }
  }

  it('accepts a report, with and without places', () => {
    expect(validateReport(report)).toEqual({ ok: true, value: report })
  })

  it('rejects an unknown severity and a column of 0', () => {
    const broken = structuredClone(report)
    const first = broken.files[0]?.messages[0]
    if (!first) throw new Error('fixture')
    first.severity = 'fatal'
    expect(validateReport(broken).ok).toBe(false)
    first.severity = 'error'
    first.column = 0
    const result = validateReport(broken)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.path).toBe('/files/0/messages/0/column')
  })
})
