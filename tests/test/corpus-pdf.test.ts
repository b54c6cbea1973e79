// Every text of the conformance corpus becomes a PDF whose checks after layout pass: no note lost
// or misplaced, no text dropped or changed, no page count out of bounds. The one error allowed
// is a character none of the edition's faces has, named, as recorded here per text; anything
// else the layout gets wrong fails the suite (a page's text run past its foot among it). The
// typographic audit's rate of broken line ends stays within its limit, and its uneven spreads
// within what each text had when last measured.
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { renderPdf } from '@colophon/render-pdf'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: the scoreboard is a plain script, without type declarations
import * as scoreboard from '../../corpus/score.mjs'

const { corpusTexts, mainFile } = scoreboard as {
  corpusTexts: () => string[]
  mainFile: (id: string) => string
}
const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }

/**
 * The characters of each text that none of the edition's faces (Source Serif 4, Noto Serif,
 * DejaVu Serif) has (U+…): combining polytonic Greek marks.
 */
const lacking: Record<string, string[]> = {
  'fr-vidal-gorene-transcription': ['0342', '0345']
}

/**
 * Facing pages each text still leaves ending at different depths (the audit's
 * `pdf-audit-spread`), as last measured: none. A text named here may have as many as it says;
 * every other text has none.
 */
const unevenSpreads: Record<string, number> = {}

describe('the corpus as PDF', () => {
  for (const id of corpusTexts()) {
    it(`${id}: lays out with no error but the characters its faces lack`, async () => {
      const { tree } = parseFile(`${corpus}${id}/${mainFile(id)}`)
      if (!tree) throw new Error(`Expected ${id} to parse`)
      const result = await renderPdf(tree, { env })
      const errors = result.messages.filter((message) => message.fatal === true)
      expect(
        errors.filter((message) => message.ruleId !== 'pdf-font').map((m) => m.reason)
      ).toEqual([])
      const named = errors.map((message) => /\(U\+([0-9A-F]+)\)/.exec(message.reason)?.[1])
      expect(named).toEqual(lacking[id] ?? [])
      // At most 8% of the lines end in a broken word (0.6–6.0% when last measured).
      expect(result.audit?.rate).toBeLessThanOrEqual(8)
      expect(result.audit?.counts['pdf-audit-spread']).toBeLessThanOrEqual(unevenSpreads[id] ?? 0)
    }, 240_000)
  }
})
