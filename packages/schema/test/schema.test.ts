// The schemas, their generated types and validators.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { validateEdition, validateSettings } from '../src/index.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))

describe('@colophon/schema', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'editionSchema',
      'settingsSchema',
      'validateEdition',
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
    extra.__proto__ = { polluted: true }
    Object.defineProperty(extra, 'script', { value: '<script>', enumerable: true })
    const second = validateEdition(extra)
    expect(second.ok).toBe(false)
    if (!second.ok) expect(second.problems[0]?.message).toContain('`script`')
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

  it('rejects an exclusion of block 0 and an unknown encoding', () => {
    expect(validateSettings({ exclude: [{ block: 0 }] }).ok).toBe(false)
    const encoding = validateSettings({ encoding: 'ebcdic' })
    expect(encoding.ok).toBe(false)
    if (!encoding.ok) expect(encoding.problems[0]?.message).toContain('`windows-1252`')
  })
})
