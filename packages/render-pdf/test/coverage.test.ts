// Characters the edition's faces lack are named at their first place before any layout, on
// real text: the corpus's transcription guide, whose polytonic Greek has two combining marks no
// face has; the OpenSSF guide, whose `→` DejaVu Serif has; and Hoffman, whose `ⁿ` Noto Serif has.
import { readFileSync } from 'node:fs'
import { parse } from '@colophon/parser'
import { describe, expect, it } from 'vitest'
import { missingCharacters } from '../src/coverage.js'

const corpus = (id: string, extension: string) =>
  readFileSync(new URL(`../../../corpus/${id}/${id}.${extension}`, import.meta.url))

describe('missingCharacters', () => {
  it('names each character the faces lack at its first place, with its count', () => {
    const { tree } = parse(corpus('fr-vidal-gorene-transcription', 'md'), { path: 'vidal.md' })
    if (!tree) throw new Error('Expected the text to parse')
    const messages = missingCharacters(tree)
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      'vidal.md:232:265 pdf-font',
      'vidal.md:232:270 pdf-font'
    ])
    expect(messages[0]?.reason).toContain('Character `\u0342` (U+0342), here and in 1 other place')
    expect(messages[0]?.fatal).toBe(true)
  })

  it('says nothing of the OpenSSF guide’s `→`, which the last fallback face has', () => {
    const { tree } = parse(corpus('en-ossf-compiler-hardening', 'md'), { path: 'guide.md' })
    if (!tree) throw new Error('Expected the text to parse')
    expect(missingCharacters(tree)).toEqual([])
  })

  it('says nothing of Hoffman’s `ⁿ`, which the fallback face has', () => {
    const { tree } = parse(corpus('en-hoffman-midewiwin', 'txt'), { path: 'hoffman.txt' })
    if (!tree) throw new Error('Expected the text to parse')
    expect(missingCharacters(tree)).toEqual([])
  })

  it('says nothing of Greek, Cyrillic or Vietnamese letters, which the typeface has', () => {
    const { tree } = parse('Die Winkel α und β, Толстой, Việt Nam, ἰδέα.\n', { path: 'a.txt' })
    if (!tree) throw new Error('Expected the text to parse')
    expect(missingCharacters(tree)).toEqual([])
  })
})
