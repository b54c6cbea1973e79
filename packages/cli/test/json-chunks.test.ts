import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonChunks } from '../src/json-chunks.js'

describe('jsonChunks', () => {
  it('gives the bytes of JSON.stringify, in pieces of about the size asked (0: each text as made)', () => {
    const value = fc.anything({
      withBoxedValues: true,
      withNullPrototype: true,
      withDate: true,
      withSparseArray: true,
      withObjectString: true
    })
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (v, size, depth) => {
          let plain: string | undefined
          try {
            plain = JSON.stringify(v)
          } catch {
            return
          }
          const pieces = [...jsonChunks(v, { size, depth })]
          expect(pieces.length === 0 ? undefined : pieces.join('')).toBe(plain)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('writes members with no JSON as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol('s')], c: { toJSON: () => 'c' } }
    expect([...jsonChunks(value, { size: 1 })].join('')).toBe(JSON.stringify(value))
    expect([...jsonChunks(undefined)]).toEqual([])
  })
})
