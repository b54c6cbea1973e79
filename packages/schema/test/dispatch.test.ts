// The validators pick a node's branch by its `type`: they must accept exactly what the schema
// as written accepts, and report the problems the schema as written reports.
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withDispatch } from '../scripts/dispatch.mjs'
import * as generated from '../src/generated/validators.js'
import { editionSchema, readerSchema, reportSchema, settingsSchema } from '../src/index.js'
import { validateEdition, validateSettings } from '../src/validate.js'

const ajv = new Ajv2020({ strict: true, allErrors: false, $data: false })
const asWritten = ajv.compile(editionSchema)

/**
 * The generated validator and `validateEdition` against the schema as written: same verdict,
 * same problem paths.
 */
function expectAsWritten(tree: unknown): void {
  const result = validateEdition(tree)
  const ok = asWritten(tree)
  expect(generated.edition(tree)).toBe(ok)
  expect(result.ok).toBe(ok)
  if (!result.ok) {
    const paths = (asWritten.errors ?? []).slice(0, 20).map((error) => error.instancePath)
    expect(result.problems.map((problem) => problem.path)).toEqual(paths)
  }
}

const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
const text = (value: string) => ({ type: 'text', value })

/** An edition whose one claim holds `inline`, and whose introduction holds `block`. */
function tree(inline: unknown, block: unknown = { type: 'introParagraph', children: [] }) {
  return {
    type: 'root',
    meta: { title: 'T', language: 'en', sources: [] },
    children: [
      {
        type: 'chapter',
        id: 'c1',
        introduction: { type: 'introduction', children: [block] },
        children: [
          {
            type: 'section',
            id: 's1',
            children: [
              {
                type: 'paragraph',
                id: 'p1',
                n: 1,
                children: [{ type: 'claim', id: 'p1.1', kinds: [], children: [inline] }]
              }
            ]
          }
        ]
      }
    ]
  }
}

const inlines: unknown[] = [
  { ...text('Five.'), position: { start: point(0), end: point(5) } },
  { type: 'emphasis', children: [text('a')] },
  { type: 'strong', children: [{ type: 'emphasis', children: [] }] },
  { type: 'link', url: 'https://example.org', children: [text('a')] },
  { type: 'break' },
  { type: 'footnoteReference', identifier: 'n1', label: '1', number: 1, marker: 'glued' },
  'a string',
  null,
  7,
  [],
  {},
  { type: 7, value: 'a' },
  { type: 'bogus', value: 'a' },
  { type: 'paragraph', id: 'p2', n: 2, children: [] },
  { type: 'text' },
  { type: 'text', value: 'a', extra: 1 },
  { type: 'text', value: 'a', position: { start: point(0) } },
  { type: 'emphasis', value: 'a' },
  { type: 'emphasis', children: [{ type: 'break', value: 'a' }] },
  { type: 'break', value: 'a' },
  { type: 'link', children: [] },
  { type: 'footnoteReference', identifier: 'n1' },
  { type: 'footnoteReference', identifier: 'n1', label: '1', number: -1, marker: 'glued' },
  { type: 'introParagraph', children: [] }
]

const blocks: unknown[] = [
  { type: 'introList', ordered: true, children: [{ type: 'introListItem', children: [] }] },
  { type: 'introList', ordered: true, children: [] },
  { type: 'introQuote', children: [{ type: 'introParagraph', children: [text('a')] }] },
  { type: 'introQuote', children: [{ type: 'introList', ordered: true, children: [] }] },
  {
    type: 'introParagraph',
    children: [{ type: 'footnoteReference', identifier: 'n1', label: '1', number: 1 }]
  },
  { type: 'paragraph', id: 'p2', n: 2, children: [] },
  { children: [] },
  'a string'
]

describe('withDispatch', () => {
  it('dispatches on `type` where the branches are node types, and nowhere else', () => {
    const copy = withDispatch(editionSchema) as unknown as {
      $defs: Record<string, Record<string, unknown>>
    }
    const dispatched = Object.entries(copy.$defs)
      .filter(([, definition]) => definition.discriminator !== undefined)
      .map(([name]) => name)
    expect(dispatched.sort()).toEqual(['block', 'inline', 'introBlock', 'introInline', 'noteBlock'])
    expect(copy.$defs.inline?.type).toBe('object')
    expect(JSON.stringify(editionSchema)).not.toContain('discriminator')
    expect(withDispatch(settingsSchema)).toBeUndefined()
    expect(withDispatch(readerSchema)).toBeUndefined()
    expect(withDispatch(reportSchema)).toBeUndefined()
  })

  it('leaves a `oneOf` alone when two branches share a `type` or one does not require it', () => {
    const branch = (tag: string, required: string[]) => ({
      type: 'object',
      required,
      properties: { type: { const: tag } }
    })
    expect(withDispatch({ oneOf: [branch('a', ['type']), branch('a', ['type'])] })).toBe(undefined)
    expect(withDispatch({ oneOf: [branch('a', ['type']), branch('b', [])] })).toBeUndefined()
    expect(withDispatch({ const: { oneOf: [branch('a', ['type'])] } })).toBeUndefined()
    expect(withDispatch({ oneOf: [branch('a', ['type'])] })).toEqual({
      oneOf: [branch('a', ['type'])],
      type: 'object',
      discriminator: { propertyName: 'type' }
    })
  })
})

describe('the generated validators', () => {
  it('agree with the settings schema as written', () => {
    const settings = ajv.compile(settingsSchema)
    for (const value of [
      { title: 'T', notes: { bodies: 'absent' } },
      { title: 'T', exclude: [{ text: 'Military history' }, { pattern: '^If' }] },
      { exclude: [{ text: '' }] },
      { exclude: [{ text: 'a', pattern: 'b' }] },
      { titel: 'T' },
      { rules: { 'note-sequence': 'warn' } },
      { rules: { 'note-sequense': 'warn' } },
      'title: T',
      null
    ]) {
      expect(generated.settings(value)).toBe(settings(value))
      expect(validateSettings(value).ok).toBe(settings(value))
    }
  })
})

describe('validateEdition, picking a branch by `type`', () => {
  it('agrees with the schema as written on inline nodes and introduction blocks', () => {
    for (const inline of inlines) expectAsWritten(tree(inline))
    for (const block of blocks) expectAsWritten(tree(text('a'), block))
  })

  it('agrees with the schema as written on any value in an inline place', () => {
    const node = fc.record(
      {
        type: fc.constantFrom('text', 'emphasis', 'break', 'link', 'footnoteReference', 'x'),
        value: fc.oneof(fc.string(), fc.integer()),
        children: fc.array(fc.constant(text('a')), { maxLength: 2 }),
        url: fc.string(),
        identifier: fc.string(),
        label: fc.string(),
        number: fc.integer({ min: -1, max: 3 }),
        marker: fc.constantFrom('glued', 'spaced', 'nope')
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(fc.oneof(node, fc.anything()), (inline) => expectAsWritten(tree(inline))),
      { numRuns: 500 }
    )
  })
})
