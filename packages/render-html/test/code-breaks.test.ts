// Places a line may break inside code in the text: by the rule for URLs and code, and none that
// changes the code.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codePieces, longest } from '../src/code-breaks.js'
import { renderHtml } from '../src/index.js'
import { edition, text } from './helpers.js'

describe('codePieces', () => {
  it.each([
    ['-Werror=incompatible-pointer-types', ['-Werror=', 'incompatible-pointer-types']],
    ['-D_FORTIFY_SOURCE=3', ['-D', '_FORTIFY', '_SOURCE=', '3']],
    ['/usr/lib/libc.so', ['/usr', '/lib', '/libc', '.so']],
    ['https://example.org/a', ['https://', 'example', '.org', '/a']],
    ['std::vector', ['std::', 'vector']],
    ['__attribute__', ['__attribute__']],
    ['x == 1.5', ['x == 1.5']],
    ['a,b', ['a', ',b']],
    ['printf', ['printf']]
  ])('%s', (value, pieces) => {
    expect(codePieces(value)).toEqual(pieces)
  })

  it(`leaves no run of more than ${longest} characters without a place to break`, () => {
    expect(codePieces('0123456789abcdef0123456789abcdef01')).toEqual([
      '0123456789abcdef',
      '0123456789abcdef',
      '01'
    ])
  })

  it('gives the code back whole, in pieces none of them empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), (value) => {
        const pieces = codePieces(value)
        expect(pieces.join('')).toBe(value)
        if (value !== '') expect(pieces.every((piece) => piece !== '')).toBe(true)
        for (const piece of pieces) expect(/[^\s-]{17}/.test(piece)).toBe(false)
      }),
      { seed: 20261206, numRuns: 500 }
    )
  })
})

describe('code in the text', () => {
  it('is rendered with <wbr> at those places, its text unchanged', () => {
    const flag = '-D_FORTIFY_SOURCE=3'
    const html = renderHtml(
      edition([[[text('Pass '), { type: 'inlineCode', value: flag }, text('.')]]])
    )
    expect(html).toContain('<code class="inline">-D<wbr>_FORTIFY<wbr>_SOURCE=<wbr>3</code>')
    expect(html).toContain('div.table code.inline { overflow-wrap: break-word; }')
  })
})
