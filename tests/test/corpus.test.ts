// The conformance corpus: every text scores at least its recorded figures (`corpus/scores.json`),
// so that a fix for one note convention cannot quietly break another.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from '@colophon/parser'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: the scoreboard is a plain script, without type declarations
import * as scoreboard from '../../corpus/score.mjs'

interface Score {
  id: string
  unreadable?: true
  [figure: string]: unknown
}

// @ts-expect-error: likewise
import * as claims from '../../corpus/claims.mjs'

const { readClaims } = claims as {
  readClaims: (path: string) => { line: number; sentences: string[] }[]
}

// @ts-expect-error: likewise
import * as markdownSource from '../../corpus/markdown.mjs'

const { countNonProse, footnoteRows, nonProseRanges } = markdownSource as {
  countNonProse: (
    tree: unknown,
    text: string
  ) => { nonProse: number; nonProseByKind: Record<string, number> }
  footnoteRows: (text: string) => (string | number)[][]
  nonProseRanges: (text: string) => { kind: string; start: number; end: number }[]
}

const { corpusTexts, mainFile, readOracle, recordOf, regressions, scoreText } = scoreboard as {
  corpusTexts: () => string[]
  mainFile: (id: string) => string
  readOracle: (path: string) => { markers: unknown[]; bodies: unknown[] }
  recordOf: (score: Score) => Record<string, number>
  regressions: (score: Score, record: Record<string, number> | undefined) => string[]
  scoreText: (id: string) => Score
}

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))
const recorded = JSON.parse(readFileSync(`${corpus}scores.json`, 'utf8')) as Record<
  string,
  Record<string, number>
>
const texts = corpusTexts()

describe('the conformance corpus', () => {
  it('has at least 18 texts in English, German, French and Spanish, each with recorded figures', () => {
    expect(texts.length).toBeGreaterThanOrEqual(18)
    expect(new Set(texts.map((id) => id.split('-')[0]))).toEqual(new Set(['de', 'en', 'es', 'fr']))
    expect(Object.keys(recorded).sort()).toEqual(texts)
  })

  it('names every text in SOURCES.md, with the SHA-256 of its slice', async () => {
    const { createHash } = await import('node:crypto')
    const sources = readFileSync(`${corpus}SOURCES.md`, 'utf8')
    for (const id of texts) {
      const hash = createHash('sha256')
        .update(readFileSync(`${corpus}${id}/${mainFile(id)}`))
        .digest('hex')
      expect(sources).toContain(`## ${id}\n`)
      expect(sources).toContain(hash)
    }
  })

  for (const id of texts) {
    it(`${id} scores at least its recorded figures`, () => {
      const score = scoreText(id)
      expect(score.unreadable).toBeUndefined()
      expect(regressions(score, recorded[id])).toEqual([])
    })
  }

  it('has a sentence gold set of at least 600 boundaries, 150 of them German and 150 French', () => {
    const byLanguage: Record<string, number> = {}
    for (const id of texts) {
      const path = `${corpus}${id}/claims.tsv`
      if (!existsSync(path)) continue
      const language = id.split('-')[0] as string
      for (const paragraph of readClaims(path)) {
        byLanguage[language] = (byLanguage[language] ?? 0) + paragraph.sentences.length - 1
      }
    }
    const all = Object.values(byLanguage).reduce((sum, count) => sum + count, 0)
    expect(all).toBeGreaterThanOrEqual(600)
    expect(byLanguage.de).toBeGreaterThanOrEqual(150)
    expect(byLanguage.fr).toBeGreaterThanOrEqual(150)
    expect(byLanguage.en).toBeGreaterThanOrEqual(150)
  })

  it('holds every text with a gold set to recorded floors of claim precision and recall', () => {
    for (const id of texts) {
      if (!existsSync(`${corpus}${id}/claims.tsv`)) continue
      expect(recorded[id]?.claimPrecision, id).toBeGreaterThanOrEqual(0.98)
      expect(recorded[id]?.claimRecall, id).toBeGreaterThanOrEqual(0.98)
    }
  })

  it('reports claim precision below its record', () => {
    const id = 'fr-voltaire-candide'
    const score = scoreText(id)
    const better = { ...recordOf(score), claimPrecision: 1.5 }
    expect(regressions(score, better)).toEqual([
      `${id}: claimPrecision ${score.claimPrecision} < 1.5`
    ])
  })

  it('reports a score below its record, figure by figure', () => {
    const id = texts[0] as string
    const score = scoreText(id)
    const better = { ...recordOf(score), markers: Number(score.markers) + 1, falseMarkers: -1 }
    expect(regressions(score, better)).toEqual([
      `${id}: markers ${score.markers} < ${better.markers}`,
      `${id}: falseMarkers ${score.falseMarkers} > -1`
    ])
  })

  it('counts the paragraphs of a Markdown text that are code, tables, HTML, images or breaks', () => {
    const text = [
      '# One',
      '',
      'Prose with a note.[^fn]',
      '',
      '```js',
      'const a = 1',
      '',
      'const b = 2',
      '```',
      '',
      '    indented code',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '<div>',
      'raw',
      '</div>',
      '',
      '![A figure](figure.png)',
      '',
      'An image ![inline](x.png) in prose.',
      '',
      '***',
      '',
      '> Quoted prose.',
      '',
      '[^fn]: A note.',
      '',
      '    ```',
      '    code in a note',
      '    ```',
      ''
    ].join('\n')
    expect(nonProseRanges(text).map((range) => range.kind)).toEqual([
      'code',
      'code',
      'table',
      'html',
      'image',
      'break',
      'code'
    ])
    const { tree } = parse(text, { format: 'markdown' })
    const counted = countNonProse(tree, text)
    // A break, raw HTML, code, tables and a figure (the image alone) are no paragraphs of the
    // tree, and the code in the note is not running text.
    expect(counted.nonProseByKind).toEqual({})
    expect(counted.nonProse).toBe(0)
    expect(footnoteRows(text)).toEqual([
      ['marker', 3, 19, 'fn', 'book'],
      ['body', 29, 33, 'fn', 'book']
    ])
  })

  it('holds a Markdown text to its count of non-prose paragraphs', () => {
    const score = { id: 'x', nonProse: 3 }
    expect(regressions(score, { nonProse: 2 })).toEqual(['x: nonProse 3 > 2'])
    expect(regressions(score, { nonProse: 3 })).toEqual([])
    expect(recordOf(score)).toEqual({ nonProse: 3 })
  })

  it('refuses a malformed oracle row, naming its line', () => {
    const bad = `${corpus}../tests/test/fixtures-bad-oracle.tsv`
    expect(() => readOracle(bad)).toThrow(/fixtures-bad-oracle.tsv:2: `x` is not a number/)
  })
})
