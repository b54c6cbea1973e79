// The edits made to Chromium's content streams, on text of the kind it writes.
import { describe, expect, it } from 'vitest'
import { clearSoftHyphens, grayColours } from '../src/finish/index.js'

const span = (glyph: string) => `/Span<</ActualText <FEFF00AD> >> BDC\n7.28 0 Td ${glyph} Tj\nEMC\n`

describe('clearSoftHyphens', () => {
  it('empties the ActualText of a soft hyphen where the line goes on, not of one ending it', () => {
    const text = `BT\n<0024> Tj\n${span('<0001>')}0 0 Td <002A> Tj\n${span('<0001>')}ET\n`
    expect(clearSoftHyphens(text)).toBe(
      `BT\n<0024> Tj\n/Span<</ActualText () >> BDC\n7.28 0 Td <0001> Tj\nEMC\n0 0 Td <002A> Tj\n${span('<0001>')}ET\n`
    )
  })
})

describe('grayColours', () => {
  it('sets RGB black and greys as DeviceGray, and leaves a colour as it is', () => {
    expect(grayColours('q\n0 0 0 RG 0 0 0 rg\n.2667 .2667 .2667 rg\n0 0 1 rg\n1 1 1 RG\nQ\n')).toBe(
      'q\n0 G 0 g\n.2667 g\n0 0 1 rg\n1 G\nQ\n'
    )
  })
})
