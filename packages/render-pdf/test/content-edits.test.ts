// The edits made to Chromium's content streams, on text of the kind it writes.
import { describe, expect, it } from 'vitest'
import { clearSoftHyphens, grayColours } from '../src/finish/index.js'

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
