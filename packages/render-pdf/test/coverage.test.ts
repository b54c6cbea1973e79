// Characters the typeface lacks are named at their first place before any layout, on real
// text: the corpus's Hoffman, whose key to its spelling has a small raised `ⁿ`.
import { readFileSync } from 'node:fs'
import { parse } from '@colophon/parser'
import { describe, expect, it } from 'vitest'
import { missingCharacters } from '../src/coverage.js'

const hoffman = readFileSync(
  new URL('../../../corpus/en-hoffman-midewiwin/en-hoffman-midewiwin.txt', import.meta.url)
)

describe('missingCharacters', () => {
  it('names each character the typeface lacks at its first place, with its count', () => {
    const { tree } = parse(hoffman, { path: 'hoffman.txt' })
    if (!tree) throw new Error('Expected the text to parse')
    const messages = missingCharacters(tree)
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      'hoffman.txt:16:5 pdf-font'
    ])
    expect(messages[0]?.reason).toContain('Character `ⁿ` (U+207F), here and in 57 other places')
    expect(messages[0]?.fatal).toBe(true)
  })

  it('says nothing of Greek, Cyrillic or Vietnamese letters, which the typeface has', () => {
    const { tree } = parse('Die Winkel α und β, Толстой, Việt Nam.\n', { path: 'a.txt' })
    if (!tree) throw new Error('Expected the text to parse')
    expect(missingCharacters(tree)).toEqual([])
  })
})
