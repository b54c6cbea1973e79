// The spaces a line must not break at: inside a date, after an initial; in four languages.
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { keepTogether } from '../src/nobreak.js'
import { edition, text } from './helpers.js'

const shown = (value: string, language = 'en') =>
  keepTogether(value, language).replaceAll('\u00a0', '~')

describe('keepTogether', () => {
  it('keeps a day with its month, either way round, in English, German, French and Spanish', () => {
    expect(shown('On 25 February 1933, he flew')).toBe('On 25~February 1933, he flew')
    expect(shown('On February 25, 1933')).toBe('On February~25, 1933')
    expect(shown('Am 25. Februar 1933', 'de')).toBe('Am 25.~Februar 1933')
    expect(shown('le 25 février 1933', 'fr')).toBe('le 25~février 1933')
    expect(shown('el 25 de febrero', 'es')).toBe('el 25~de~febrero')
  })

  it('keeps an initial with the name after it', () => {
    expect(shown('J. R. R. Tolkien met A. Hitler')).toBe('J.~R.~R.~Tolkien met A.~Hitler')
  })

  it('on screen, keeps a name of two or three capitalised words together, not a longer run', () => {
    const named = (value: string) => keepTogether(value, 'en', true).replaceAll('\u00a0', '~')
    expect(named('Gareth Jones flew with Adolf Hitler from Berlin')).toBe(
      'Gareth~Jones flew with Adolf~Hitler from Berlin'
    )
    expect(named('the Union of Soviet Socialist Republics')).toBe(
      'the Union of Soviet~Socialist~Republics'
    )
    expect(named('The Great Terror Of The Soviet Union')).toBe(
      'The Great Terror Of The Soviet Union'
    )
    // In print, where lines are justified, names may break as any words do.
    expect(shown('Gareth Jones flew')).toBe('Gareth Jones flew')
  })

  it('leaves other spaces, and a number that is no day, alone', () => {
    expect(shown('In 1933 the famine came; 250 February reports')).toBe(
      'In 1933 the famine came; 250 February reports'
    )
    expect(shown('the U.S.A. and its allies')).toBe('the U.S.A. and its allies')
  })

  it('reaches the edition, the tree keeping its spaces', () => {
    const tree = edition([[[text('On 25 February 1933 he flew.')]]])
    const html = renderHtml(tree)
    expect(html).toContain('On 25\u00a0February 1933 he flew.')
    const named = renderHtml(edition([[[text('So came Gareth Jones.')]]]))
    expect(named).toContain('So came Gareth\u00a0Jones.')
    const printed = renderHtml(edition([[[text('So came Gareth Jones.')]]]), { profile: 'print' })
    expect(printed).toContain('So came Gareth Jones.')
    expect(JSON.stringify(tree)).toContain('On 25 February 1933 he flew.')
  })
})
