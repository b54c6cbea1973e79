// Golden HTML: the document for each of the parser's fixture trees and for the seed chapter,
// in test/golden/ with the stylesheet left out (it has its own goldens, fonts abbreviated).
// `UPDATE=1 npx vitest run test/golden.test.ts` rewrites them; review the diff before
// committing. Every document must also pass html-validate and come out the same twice.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { stylesheet } from '../src/style.js'
import {
  fixtureNames,
  fixtureTree,
  imagesTree,
  markdownTree,
  seedTree,
  validate,
  withoutStyle
} from './helpers.js'

const golden = new URL('golden/', import.meta.url)
const update = process.env.UPDATE === '1'

function compare(name: string, actual: string): void {
  const path = new URL(name, golden)
  if (update || !existsSync(path)) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

const cases: [string, () => Root][] = [
  ...fixtureNames().map((name): [string, () => Root] => [name, () => fixtureTree(name)]),
  ['seed', seedTree],
  ['images', imagesTree],
  ['nested-lists', () => markdownTree('nested-lists')],
  ['footnote-blocks', () => markdownTree('footnote-blocks')],
  ['footnote-blocks-nested', () => markdownTree('footnote-blocks-nested')]
]

describe('golden HTML', () => {
  for (const [name, tree] of cases) {
    it(name, async () => {
      const html = renderHtml(tree())
      compare(`${name}.html`, withoutStyle(html))
      expect(await validate(html)).toEqual([])
      expect(renderHtml(tree())).toBe(html)
    })
  }

  it('print profile of the seed: plain note numbers and one footnote on their absence', async () => {
    const screen = renderHtml(seedTree())
    const print = renderHtml(seedTree(), { profile: 'print' })
    compare('seed-print.html', withoutStyle(print))
    expect(withoutStyle(print)).not.toBe(withoutStyle(screen))
    expect(print.match(/class="footnote notice"/g)).toHaveLength(1)
    // Keyed to the title, which opens the one untitled chapter, not to the text's first word.
    expect(print).toContain(
      '<h1 id="edition-title">Class Terror<sup class="noteref notice">*</sup>'
    )
    expect(print).not.toContain('doc-endnotes')
    expect(print).not.toContain('doc-noteref')
    expect(await validate(print)).toEqual([])
  })

  it('print profile of nested lists: lists, code and quotations inside items, tasks at every depth', async () => {
    const print = renderHtml(markdownTree('nested-lists'), { profile: 'print' })
    compare('nested-lists-print.html', withoutStyle(print))
    expect(print.match(/<(?:ol|ul) id="l[0-9]+"/g)).toHaveLength(5)
    expect(print.match(/class="task"/g)).toHaveLength(3)
    expect(await validate(print)).toEqual([])
  })

  // A note's code, table, list and quotation: blocks in the notes at the end; at the foot, spans
  // inside the paragraph that refers to the note (a `<pre>` or `<table>` there would close it).
  for (const name of ['footnote-blocks', 'footnote-blocks-nested']) {
    it(`${name}, notes at the foot and at the end in print`, async () => {
      const foot = renderHtml(markdownTree(name), { profile: 'print', notes: 'foot' })
      compare(`${name}-foot.html`, withoutStyle(foot))
      expect(await validate(foot)).toEqual([])
      const notes = foot.match(/<span id="fn-[^"]*" class="footnote"[\s\S]*?<\/p>/g) ?? []
      expect(notes.length).toBeGreaterThan(0)
      for (const note of notes) expect(note).not.toMatch(/<(?:pre|table|ul|ol|blockquote|div)\b/)
      expect(foot).toMatch(/<span id="n1\.code1" class="fn-code code"><code class="language-/)
      const end = renderHtml(markdownTree(name), { profile: 'print', notes: 'end' })
      expect(end).toMatch(/<pre id="n1\.code1" class="code">/)
      expect(end).not.toMatch(/data-n="[0-9]+"[^>]*id="n|id="n[0-9]+\.p[0-9]+" data-n/)
      expect(await validate(end)).toEqual([])
    })
  }

  // Notes at the foot: each body right after its first reference.
  for (const name of ['gutenberg-footnotes', 'notes-section', 'notes-gap', 'letters-restart']) {
    it(`${name}, notes at the foot`, async () => {
      const html = renderHtml(fixtureTree(name), { profile: 'print', notes: 'foot' })
      compare(`${name}-foot.html`, withoutStyle(html))
      expect(await validate(html)).toEqual([])
    })
  }
})

describe('golden stylesheets', () => {
  for (const profile of ['screen', 'print'] as const) {
    it(profile, () => {
      const css = stylesheet(profile).replace(
        /base64,[A-Za-z0-9+/=]+/g,
        (data) => `base64,…(${data.length - 7} characters)`
      )
      compare(`stylesheet-${profile}.css.txt`, css)
    })
  }
})
