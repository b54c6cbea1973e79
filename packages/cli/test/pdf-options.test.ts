// The PDF options of `colophon build` from its flags and the environment.
import { describe, expect, it } from 'vitest'
import { pdfOptions } from '../src/pdf.js'

describe('pdfOptions: how many parts are laid out at once', () => {
  it('takes --concurrency, else COLOPHON_CONCURRENCY, else leaves it to the renderer', () => {
    expect(pdfOptions({ concurrency: '3' }, { COLOPHON_CONCURRENCY: '1' })).toMatchObject({
      concurrency: 3
    })
    expect(pdfOptions({}, { COLOPHON_CONCURRENCY: '1' })).toMatchObject({ concurrency: 1 })
    expect(pdfOptions({}, {})).not.toHaveProperty('concurrency')
  })

  it('refuses what is not a whole number of 1 or more, naming where it came from', () => {
    expect(pdfOptions({ concurrency: '0' }, {})).toEqual({
      error: 'Unexpected `--concurrency 0`, expected a whole number of 1 or more'
    })
    expect(pdfOptions({}, { COLOPHON_CONCURRENCY: 'two' })).toEqual({
      error: 'Unexpected `COLOPHON_CONCURRENCY=two`, expected a whole number of 1 or more'
    })
  })
})

describe('pdfOptions: how paragraphs follow one another', () => {
  it('passes `--paragraphs block` on, leaves the default to the renderer, and refuses another', () => {
    expect(pdfOptions({ paragraphs: 'block' }, {})).toMatchObject({ paragraphs: 'block' })
    expect(pdfOptions({}, {})).not.toHaveProperty('paragraphs')
    expect(pdfOptions({ paragraphs: 'spaced' }, {})).toEqual({
      error: 'Unexpected `--paragraphs spaced`, expected `indented` or `block`'
    })
  })
})
