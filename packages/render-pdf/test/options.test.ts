// Options and small pieces: trim sizes, roman folios, the options' checks, hyphenation, and
// the package's public API.
import type { Element, ElementContent } from 'hast'
import { describe, expect, it } from 'vitest'
import { hyphenateTree, hyphenatorFor } from '../src/hyphenate.js'
import * as api from '../src/index.js'
import { layoutOf, pageCss } from '../src/layout.js'
import { longestRun } from '../src/long-words.js'
import { settingsOf } from '../src/options.js'
import { parsePageSize } from '../src/page-size.js'
import { toRoman } from '../src/roman.js'

describe('trim sizes', () => {
  it('knows the named sizes and reads any size with a unit', () => {
    expect(parsePageSize('6x9in')).toEqual({ name: '6x9in', width: 432, height: 648 })
    expect(parsePageSize('A4')).toEqual({ name: 'A4', width: 595.276, height: 841.89 })
    expect(parsePageSize('a5')).toEqual({ name: 'A5', width: 419.528, height: 595.276 })
    expect(parsePageSize('Letter')).toEqual({ name: 'Letter', width: 612, height: 792 })
    expect(parsePageSize('148 × 210 mm')).toEqual({
      name: '148x210mm',
      width: 419.528,
      height: 595.276
    })
    expect(parsePageSize('432x648pt')).toMatchObject({ width: 432, height: 648 })
  })

  it('says which sizes there are when it does not know one', () => {
    expect(parsePageSize('B5')).toEqual({
      error:
        'Unexpected page size `B5`, expected `A4`, `A5`, `Letter` or a width and height with a unit such as `6x9in` or `148x210mm`'
    })
    expect(parsePageSize('1x9in')).toEqual({
      error: 'Unexpected page size `1x9in`: each side must be between 2 in and 40 in'
    })
    expect('error' in parsePageSize('__proto__')).toBe(true)
  })
})

describe('options', () => {
  it('fills in the defaults', () => {
    const settings = settingsOf({ env: {} })
    expect(settings).toMatchObject({
      size: { name: '6x9in' },
      notes: 'foot',
      print: false,
      paragraphs: 'indented',
      maxPages: 3000,
      budgets: { launch: 60_000, paginate: 300_000, print: 120_000, finish: 300_000 }
    })
    expect(settings.date).toBeUndefined()
  })

  it('sets paragraphs indented by default, apart by space with `block`, and refuses another style', () => {
    expect(settingsOf({ env: {}, paragraphs: 'block' }).paragraphs).toBe('block')
    const size = parsePageSize('6x9in')
    if ('error' in size) throw new Error(size.error)
    expect(pageCss(layoutOf(size))).toContain('text-indent: 1.5em')
    // Not the paragraph after the mark of paragraphs left out (`[…]`), nor the mark itself.
    expect(pageCss(layoutOf(size))).toContain('p:not(.elision) + p:not(.elision) { text-indent')
    expect(pageCss(layoutOf(size, 'block'))).not.toContain('text-indent')
    expect(() => settingsOf({ env: {}, paragraphs: 'spaced' as 'block' })).toThrow(
      'Unexpected paragraphs `spaced`, expected `indented` or `block`'
    )
  })

  it('pins the date to SOURCE_DATE_EPOCH and refuses a malformed one', () => {
    expect(settingsOf({ env: { SOURCE_DATE_EPOCH: '1790000000' } }).date?.toISOString()).toBe(
      '2026-09-21T14:13:20.000Z'
    )
    expect(() => settingsOf({ env: { SOURCE_DATE_EPOCH: 'yesterday' } })).toThrow(
      'Unexpected SOURCE_DATE_EPOCH `yesterday`, expected whole seconds since 1970'
    )
  })

  it('throws on an option it cannot use, naming it', () => {
    expect(() => settingsOf({ size: 'B5' })).toThrow(/page size `B5`/)
    expect(() => settingsOf({ notes: 'side' as 'foot' })).toThrow('Unexpected notes `side`')
    expect(() => settingsOf({ budgets: { paginate: -1 } })).toThrow(
      'Unexpected paginate budget `-1`'
    )
    expect(() => settingsOf({ budgets: { render: 1 } as never })).toThrow(
      'Unexpected budget `render`'
    )
    expect(() => settingsOf({ maxPages: 0 })).toThrow('Unexpected maxPages `0`')
    expect(() => settingsOf({ concurrency: 1.5 })).toThrow('Unexpected concurrency `1.5`')
  })
})

describe('roman folios', () => {
  it('counts the front matter', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 1999].map(toRoman)).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
      'ix',
      'xiv',
      'xl',
      'mcmxcix'
    ])
    expect(() => toRoman(0)).toThrow(RangeError)
  })
})

describe('hyphenation', () => {
  it('puts soft hyphens where the language’s patterns allow, and has none for unknown tags', () => {
    expect(hyphenatorFor('en')?.('collectivization')).toBe('col\u00adlec\u00adtiviza\u00adtion')
    // British patterns for a British tag.
    expect(hyphenatorFor('en-GB')?.('collectivization')).toBe(
      'col\u00adlect\u00adiv\u00adiz\u00ada\u00adtion'
    )
    expect(hyphenatorFor('de')?.('Kollektivierung')).toContain('\u00ad')
    expect(hyphenatorFor('x-klingon')).toBeUndefined()
    expect(hyphenatorFor('zz')).toBeUndefined()
  })

  it('leaves four letters on each side of a break, the last word whole, and numbers alone', () => {
    const paragraph = (...children: ElementContent[]): Element => ({
      type: 'element',
      tagName: 'p',
      properties: {},
      children
    })
    const noteref: Element = {
      type: 'element',
      tagName: 'sup',
      properties: { className: ['noteref'] },
      children: [{ type: 'text', value: '12' }]
    }
    for (const language of ['en', 'de', 'fr', 'es']) {
      const hyphenate = hyphenatorFor(language)
      if (!hyphenate) throw new Error(`no patterns for ${language}`)
      const words = 'everywhere reading aboveboard interest abc123defghijk x1930sabcdef'
      const tree = paragraph(
        { type: 'text', value: `${words} considerations, administration` },
        noteref,
        { type: 'text', value: '.' }
      )
      hyphenateTree(tree, hyphenate)
      const value = (tree.children[0] as { value: string }).value
      for (const found of value.split(/[\s,.]+/)) {
        for (const [at] of [...found.matchAll(/\u00ad/g)].map((m) => [m.index])) {
          const before = found.slice(0, at).replaceAll('\u00ad', '')
          const after = found.slice((at ?? 0) + 1).replaceAll('\u00ad', '')
          expect(before.length, `${language} ${found}`).toBeGreaterThanOrEqual(4)
          expect(after.length, `${language} ${found}`).toBeGreaterThanOrEqual(4)
        }
      }
      expect(value).toContain(' abc123defghijk x1930sabcdef ')
      expect(value.endsWith(' administration')).toBe(true)
    }
    // The English patterns would break `ev-ery`, `read-ing`, `con-sider-ations`: not at two
    // letters or three; a word of seven letters has no room for a break.
    const english = paragraph({
      type: 'text',
      value: 'everywhere reading considerations, and the rest'
    })
    hyphenateTree(english, hyphenatorFor('en') as (text: string) => string)
    expect((english.children[0] as { value: string }).value).toBe(
      'every\u00adwhere reading consid\u00ader\u00ada\u00adtions, and the rest'
    )
  })

  it('leaves whole a run of letters longer than any word, in time that does not grow with it', () => {
    const hyphenate = hyphenatorFor('en')
    if (!hyphenate) throw new Error('no English patterns')
    const long = 'x'.repeat(200_000)
    const word = `${'a'.repeat(longestRun - 7)}ization`
    const tree = {
      type: 'root' as const,
      children: [
        {
          type: 'element' as const,
          tagName: 'p',
          properties: {},
          children: [{ type: 'text' as const, value: `A ${long} and ${word} word.` }]
        }
      ]
    }
    const started = performance.now()
    hyphenateTree(tree, hyphenate)
    const value = tree.children[0]?.children[0]?.value ?? ''
    expect(value).toContain(` ${long} `)
    // The longest word that is still a word is hyphenated.
    expect(value).not.toContain(` ${word} `)
    expect(value.replaceAll('\u00ad', '')).toBe(`A ${long} and ${word} word.`)
    // Not a timing test: a bound only the unbounded patterns (about a minute) can miss.
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BrowserNotFoundError',
      'RenderError',
      'findBrowser',
      'parsePageSize',
      'renderPdf'
    ])
  })
})
