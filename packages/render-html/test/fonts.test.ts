// The typeface's subsets: latin and latin-ext in every edition, Greek, Cyrillic and Vietnamese
// only where the words need them (real words from the corpus: Humboldt's Greek letters).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { subsetsFor } from '../src/fonts.js'
import {
  faceRule,
  families,
  fontFacesFor,
  fontFilesFor,
  inTypeface,
  renderHtml
} from '../src/index.js'
import { edition, seedTree, text } from './helpers.js'

describe('the subsets of the typeface', () => {
  it('carries latin and latin-ext alone for a text in those letters', () => {
    expect(subsetsFor(['Les Misérables', 'Łódź, Ærøskøbing', 'naïve – “quoted”'])).toEqual([
      'latin-ext',
      'latin'
    ])
    expect(fontFacesFor(seedTree()).match(/@font-face/g)).toHaveLength(6)
  })

  it('adds Greek, Cyrillic and Vietnamese where the words use them', () => {
    expect(subsetsFor(['die Winkel α und β des Dreiecks'])).toEqual(['latin-ext', 'latin', 'greek'])
    expect(subsetsFor(['Толстой', 'Việt Nam'])).toEqual([
      'latin-ext',
      'latin',
      'cyrillic',
      'vietnamese'
    ])
    const greek = edition([[[text('Die Winkel α und β.')]]])
    const html = renderHtml(greek)
    expect(html.match(/@font-face/g)).toHaveLength(9)
    expect(html).toContain('unicode-range:U+0370-0377')
  })

  it('adds the monospace face, Source Code Pro, where the edition has code', () => {
    const withCode = edition([[[text('Pass '), { type: 'inlineCode', value: '-Wall' }, text('.')]]])
    const faces = fontFacesFor(withCode)
    expect(faces.match(/font-family:'Source Code Pro'/g)).toHaveLength(2)
    expect(faces.match(/font-family:'Source Serif 4'/g)).toHaveLength(6)
    const html = renderHtml(withCode)
    expect(html).toContain('<code class="inline">-Wall</code>')
    expect(html).toContain("font-family:'Source Code Pro'")
    expect(renderHtml(seedTree())).not.toContain("font-family:'Source Code Pro'")
  })

  it('knows which characters the faces have, from their files: Noto Serif for ἰ and ⁿ, DejaVu Serif for → and ⟨, none for ☞ or 🙂', () => {
    const has = (char: string) => inTypeface(char.codePointAt(0) as number)
    expect(['α', 'ā', 'ἰ', 'ῥ', 'ⁿ'].map(has)).toEqual([true, true, true, true, true])
    // Noto Serif's `math` subset names → and ⟨ ⟩ in its range but its file lacks them; DejaVu
    // Serif's file has them.
    expect(['→', '⟨', '⟩', '˙'].map(has)).toEqual([true, true, true, true])
    expect(['☞', '🙂', 'ꙮ'].map(has)).toEqual([false, false, false])
  })

  it('embeds DejaVu Serif, regular only, only where the text has a symbol neither other face has', () => {
    const faces = fontFacesFor(edition([[[text('the word ⟨kata⟩ → form')]]]))
    expect(faces.match(/font-family:'DejaVu Serif'[^}]*/g)).toEqual([
      expect.stringContaining('font-style:normal;font-weight:400')
    ])
    expect(faces).not.toContain("font-family:'Noto Serif'")
    expect(fontFacesFor(seedTree())).not.toContain("font-family:'DejaVu Serif'")
  })

  it('embeds Noto Serif’s polytonic Greek only where the text has it', () => {
    const polytonic = edition([[[text('ἰδέα and ῥυθμός')]]])
    expect(fontFacesFor(polytonic)).toContain("font-family:'Noto Serif'")
    expect(fontFacesFor(seedTree())).not.toContain("font-family:'Noto Serif'")
  })

  it('has a coverage table that matches the font files', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    expect(() =>
      execFileSync(process.execPath, ['scripts/coverage.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe'
      })
    ).not.toThrow()
  })
})

describe('the font files', () => {
  it('are the files of the rules, in their order, for a renderer that ships them as files', () => {
    const tree = edition([[[text('Die Winkel α und β.')]]])
    const files = fontFilesFor(tree)
    const rules = fontFacesFor(tree).split('\n')
    expect(files).toHaveLength(rules.length)
    for (const [k, file] of files.entries()) {
      expect(file.path).toMatch(/\.woff2$/)
      const data = readFileSync(file.path).toString('base64')
      expect(rules[k]).toBe(faceRule(file, `data:font/woff2;base64,${data}`))
    }
    expect(files.map((file) => file.subset)).toContain('greek')
    expect(new Set(files.map((file) => file.family))).toEqual(new Set([families.text]))
  })
})
