// The edits made to Chromium's content streams, on text of the kind it writes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { operations } from '../src/finish/content-ops.js'
import { clearSoftHyphens, grayColours, markArtifacts } from '../src/finish/index.js'

const span = (glyph: string) => `/Span<</ActualText <FEFF00AD> >> BDC\n7.28 0 Td ${glyph} Tj\nEMC\n`

describe('clearSoftHyphens', () => {
  it('takes U+00AD out of every ActualText: soft hyphens where the line goes on and where it ends', () => {
    // As Chromium writes them: the space glyph with no advance, and at a line's end the hyphen
    // drawn after it in a text object of its own.
    const text = `BT\n<0024> Tj\n${span('<0001>')}0 0 Td <002A> Tj\n${span('<0001>')}ET\nBT\n<00B2> Tj\nET\n`
    const empty = '/Span<</ActualText () >> BDC\n7.28 0 Td <0001> Tj\nEMC\n'
    expect(clearSoftHyphens(text)).toBe(
      `BT\n<0024> Tj\n${empty}0 0 Td <002A> Tj\n${empty}ET\nBT\n<00B2> Tj\nET\n`
    )
  })

  it('keeps the letters of a ligature across a soft hyphen, and leaves other spans alone', () => {
    const ligature = '/Span<</ActualText <FEFF006600AD00660069> >> BDC\n<0082> Tj\n<0001> Tj\nEMC\n'
    const apostrophe = '/Span<</ActualText <FEFF2019> >> BDC\n<00A9> Tj\nEMC\n'
    expect(clearSoftHyphens(ligature + apostrophe)).toBe(
      `/Span<</ActualText <FEFF006600660069> >> BDC\n<0082> Tj\n<0001> Tj\nEMC\n${apostrophe}`
    )
    // A code unit ending in AD that is not U+00AD (U+01AD) stays.
    const other = '/Span<</ActualText <FEFF01AD> >> BDC\n<0001> Tj\nEMC\n'
    expect(clearSoftHyphens(other)).toBe(other)
  })
})

describe('grayColours', () => {
  it('sets RGB black and greys as DeviceGray, and leaves a colour as it is', () => {
    expect(grayColours('q\n0 0 0 RG 0 0 0 rg\n.2667 .2667 .2667 rg\n0 0 1 rg\n1 1 1 RG\nQ\n')).toBe(
      'q\n0 G 0 g\n.2667 g\n0 0 1 rg\n1 G\nQ\n'
    )
  })
})

describe('operations', () => {
  const names = (text: string) => [...operations(text)].map(({ name }) => name)

  it('gives each operator with its operands, from the first to the operator', () => {
    const text = '/NonStruct <</MCID 0 >>BDC\nBT /F4 14 Tf 1 0 0 -1 101.6 5271 Tm <0002> Tj ET'
    expect([...operations(text)].map(({ start, end }) => text.slice(start, end))).toEqual([
      '/NonStruct <</MCID 0 >>BDC',
      'BT',
      '/F4 14 Tf',
      '1 0 0 -1 101.6 5271 Tm',
      '<0002> Tj',
      'ET'
    ])
  })

  it('reads strings, arrays, numbers and comments as operands, not operators', () => {
    expect(
      names('(a (b) \\) Tj ET) Tj [(x) -2.5 <00 1a>] TJ % q Q\n.5 +1 -2. true null d0')
    ).toEqual(['Tj', 'TJ', 'd0'])
  })

  it('skips the data of an inline image whole, as its EI', () => {
    expect(names('q BI /W 2 /H 1 ID \u00ffQ\u0000EMC EI Q')).toEqual(['q', 'BI', 'EI', 'Q'])
  })

  it('skips the lines of glyphs after an operator when asked, and nothing else', () => {
    const text =
      '/P <</MCID 0 >>BDC\nBT\n/F4 14 Tf\n1 0 0 -1 65.7 951 Tm\n<0029> Tj\n9.0019684 0 Td <0001> Tj\n' +
      '-4.57 0 Td <001C> Tj\n/Span<</ActualText () >> BDC\n8.79 0 Td <0001> Tj\nEMC\n<0028> Tj\nET\nEMC'
    const read = (skipAfter: string) => {
      const ops = operations(text)
      const seen: string[] = []
      for (let step = ops.next(); !step.done; step = ops.next(step.value.name === skipAfter)) {
        seen.push(text.slice(step.value.start, step.value.end))
      }
      return seen
    }
    expect(read('Tm')).toEqual([
      '/P <</MCID 0 >>BDC',
      'BT',
      '/F4 14 Tf',
      '1 0 0 -1 65.7 951 Tm',
      '/Span<</ActualText () >> BDC',
      '8.79 0 Td',
      '<0001> Tj',
      'EMC',
      '<0028> Tj',
      'ET',
      'EMC'
    ])
    expect(read('none')).toHaveLength(16)
    // A word that only begins like a glyph's line is read whole: `Tjx` is an operator of its own.
    expect(names('BT\n<01> Tjx\nET')).toEqual(['BT', 'Tjx', 'ET'])
    const odd = operations('BT\n<01> Tjx\nET')
    expect(odd.next().value).toMatchObject({ name: 'BT' })
    expect(odd.next(true).value).toMatchObject({ name: 'Tjx' })
  })

  it('throws on a token no content stream has', () => {
    expect(() => [...operations('q <0x> Tj')]).toThrow('Unexpected `<` at 2 in a content stream')
    expect(() => [...operations('q ) Q')]).toThrow('Unexpected `)` at 2 in a content stream')
  })
})

describe('markArtifacts', () => {
  it('wraps the shown text of a text object outside every marked sequence', () => {
    expect(
      markArtifacts('BT /F5 11.89 Tf 1 0 0 -1 412 911 Tm <0015> Tj 7.01 0 Td <0024> Tj ET')
    ).toBe(
      'BT /F5 11.89 Tf 1 0 0 -1 412 911 Tm /Artifact BMC\n<0015> Tj 7.01 0 Td <0024> Tj\nEMC ET'
    )
  })

  it('wraps the lines of glyphs between tagged sequences, as Chromium writes them', () => {
    const glyphs = '<0015> Tj\n7.01 0 Td <0024> Tj\n3.8 0 Td <0028> Tj'
    const tagged = `/NonStruct <</MCID 0 >>BDC\nBT\n/F4 14 Tf\n1 0 0 -1 57.5 951 Tm\n${glyphs}\nET\nEMC\n`
    const bare = `BT\n/F9 11.89 Tf\n1 0 0 -1 57.5 911 Tm\n${glyphs}\nET\n`
    expect(markArtifacts(tagged + bare + tagged)).toBe(
      `${tagged}BT\n/F9 11.89 Tf\n1 0 0 -1 57.5 911 Tm\n/Artifact BMC\n${glyphs}\nEMC\nET\n${tagged}`
    )
  })

  it('leaves tagged content and artifacts as they are, and wraps a bare path at its paint', () => {
    const tagged = '/P <</MCID 3 >>BDC BT <01> Tj ET EMC /Artifact BMC 0 0 m 5 0 l S EMC'
    expect(markArtifacts(tagged)).toBe(tagged)
    expect(markArtifacts('q 1 0 0 1 0 0 cm 0 0 m 5 0 l S Q')).toBe(
      'q 1 0 0 1 0 0 cm /Artifact BMC\n0 0 m 5 0 l S\nEMC Q'
    )
  })
})

describe('grayColours, against the pattern it replaces', () => {
  // The rule as a regular expression: three equal numbers one space apart, after white space
  // or the start, before `rg` or `RG` and white space.
  const pattern = /(^|\s)(-?\d*\.?\d+) \2 \2 (rg|RG)(?=\s)/g
  const byPattern = (text: string) =>
    text.replace(
      pattern,
      (_, before: string, value: string, operator: string) =>
        `${before}${value} ${operator === 'rg' ? 'g' : 'G'}`
    )
  // Few tokens, so that the operands line up often enough: equal numbers, unequal ones, ones
  // that are not numbers, the operators, and what Chromium writes between them.
  const token = fc.constantFrom('0', '0', '.5', '-.5', '1.5.5', 'x0', 'rg', 'RG', 'g', '0 0 0 rg')
  const gap = fc.constantFrom(' ', ' ', ' ', '\n', '  ', '\t')

  it('gives the same text on generated content', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(token, gap), { maxLength: 40 }),
        fc.boolean(),
        (pairs, endsInGap) => {
          const text = pairs.map(([t, g]) => t + g).join('') + (endsInGap ? '' : 'Q')
          expect(grayColours(text)).toBe(byPattern(text))
        }
      ),
      { numRuns: 5000 }
    )
  })
})
