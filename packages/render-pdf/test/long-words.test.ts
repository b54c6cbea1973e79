// Runs of text longer than any word, cut into spans for Paged.js: the cuts, and a paragraph of
// one 60,000-letter run laid out into pages with its letters all there.
import { parse } from '@colophon/parser'
import type { Element, ElementContent, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { breakLongRuns, longestRun } from '../src/long-words.js'
import { open, pageTexts } from './helpers.js'

function paragraph(value: string): Root {
  return {
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] }
    ]
  }
}

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' || node.type === 'root') {
    return (node.children as ElementContent[]).map(textOf).join('')
  }
  return ''
}

function spans(tree: Root): Element[] {
  const p = tree.children[0] as Element
  return p.children.filter((child): child is Element => child.type === 'element')
}

describe('breakLongRuns', () => {
  it('leaves words and text of ordinary length as they are', () => {
    const word = 'x'.repeat(longestRun)
    const tree = paragraph(`A ${word} and a URL https://example.org/a/b/c?d=e.`)
    breakLongRuns(tree)
    expect(spans(tree)).toEqual([])
  })

  it('cuts a long run into spans of at most 10 letters, the text unchanged', () => {
    const value = `Before ${'ab'.repeat(5_000)} after.`
    const tree = paragraph(value)
    breakLongRuns(tree)
    expect(textOf(tree)).toBe(value)
    const cut = spans(tree)
    expect(cut.length).toBeGreaterThan(900)
    // The first span holds the words before the run as well.
    expect(cut.slice(1).every((span) => textOf(span).length === 10)).toBe(true)
  })

  it('cuts a run of 5,000,000 letters, far more pieces than a call takes arguments', () => {
    const tree = paragraph(`A ${'x'.repeat(5_000_000)} word.`)
    breakLongRuns(tree)
    expect(spans(tree).length).toBeGreaterThan(499_000)
    expect(textOf(tree).length).toBe(5_000_008)
  })

  it('splits no surrogate pair and takes no mark from its letter', () => {
    const value = `${'😀'.repeat(150)} ${'e\u0301'.repeat(150)}`
    const tree = paragraph(value)
    breakLongRuns(tree)
    expect(textOf(tree)).toBe(value)
    for (const span of spans(tree)) {
      const text = textOf(span)
      // No piece starts with the second half of a pair or a mark, or ends with a first half.
      const first = text.charCodeAt(0)
      const last = text.charCodeAt(text.length - 1)
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false)
      expect(first).not.toBe(0x301)
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false)
    }
  })
})

describe('a paragraph of one 60,000-letter run, as a PDF', () => {
  it('is laid out over pages, every letter there', async () => {
    let seed = 7
    // Letters in no repeating order, so that a line lost or doubled cannot pass unseen.
    const run = Array.from({ length: 60_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % 3 === 0 ? 'q' : 'z'
    }).join('')
    const { tree } = parse(`Data\n\nThe sample reads ${run} and ends here.\n`, {
      settings: { notes: { bodies: 'absent' } }
    })
    if (!tree) throw new Error('Expected a tree')
    const result = await renderPdf(tree, {})
    const texts = await pageTexts(await open(result.pdf))
    expect(texts.length).toBeGreaterThan(20)
    // The run's lines, in order: every stretch of its letters, the running heads and folios
    // between pages left out.
    const letters = texts.flatMap((text) => text.match(/[qz]{5,}/g) ?? []).join('')
    expect(letters.length).toBe(run.length)
    expect(letters).toBe(run)
  }, 120_000)
})
