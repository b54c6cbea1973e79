// The conformance corpus: every text scores at least its recorded figures (`corpus/scores.json`),
// so that a fix for one note convention cannot quietly break another.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: the scoreboard is a plain script, without type declarations
import * as scoreboard from '../../corpus/score.mjs'

interface Score {
  id: string
  unreadable?: true
  [figure: string]: unknown
}

const { corpusTexts, readOracle, recordOf, regressions, scoreText } = scoreboard as {
  corpusTexts: () => string[]
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
        .update(readFileSync(`${corpus}${id}/${id}.txt`))
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

  it('reports a score below its record, figure by figure', () => {
    const id = texts[0] as string
    const score = scoreText(id)
    const better = { ...recordOf(score), markers: Number(score.markers) + 1, falseMarkers: -1 }
    expect(regressions(score, better)).toEqual([
      `${id}: markers ${score.markers} < ${better.markers}`,
      `${id}: falseMarkers ${score.falseMarkers} > -1`
    ])
  })

  it('refuses a malformed oracle row, naming its line', () => {
    const bad = `${corpus}../tests/test/fixtures-bad-oracle.tsv`
    expect(() => readOracle(bad)).toThrow(/fixtures-bad-oracle.tsv:2: `x` is not a number/)
  })
})
