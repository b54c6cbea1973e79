import fc from 'fast-check'
import { RE2JS } from 're2js'
import { describe, expect, it } from 'vitest'
import { compileUserPattern } from '../src/index.js'

function test(pattern: string, flags: string, value: string): boolean {
  const compiled = compileUserPattern(pattern, flags)
  if (!('pattern' in compiled)) throw new Error(compiled.error)
  return compiled.pattern.test(value)
}

function engine(pattern: string, flags: string, value: string): boolean {
  const bits = flags.includes('s') ? RE2JS.DOTALL : 0
  return RE2JS.compile(pattern, bits).matcher(value).find()
}

describe('compileUserPattern', () => {
  it('tests a pattern of plain text as the engine does', () => {
    const letters = fc.constantFrom('a', 'b', ' ', '\n', 'ł', '’', '\uD83D', '\uDE00', '\uFFFD')
    const text = fc.array(letters, { maxLength: 8 }).map((chars) => chars.join(''))
    const pattern = fc
      .tuple(fc.boolean(), text)
      .map(([anchored, body]) => (anchored ? '^' : '') + body)
    fc.assert(
      fc.property(pattern, text, fc.constantFrom('', 's', 'u', 'su'), (source, value, flags) => {
        let expected: boolean
        try {
          expected = engine(source, flags, value)
        } catch {
          return
        }
        expect(test(source, flags, value)).toBe(expected)
      }),
      { numRuns: 2000 }
    )
  })

  it('reads `^` as the start of the value, and other syntax by the engine', () => {
    expect(test('^If you', '', 'If you find')).toBe(true)
    expect(test('^If you', '', 'And If you find')).toBe(false)
    expect(test('If you', '', 'And If you find')).toBe(true)
    expect(test('if you', 'i', 'If you find')).toBe(true)
    expect(test('^b', 'm', 'a\nb')).toBe(true)
    expect(test('a.c', '', 'abc')).toBe(true)
  })
})
