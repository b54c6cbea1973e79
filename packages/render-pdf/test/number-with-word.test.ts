// The word before a note's number goes into the number's inline block, so that no line parts
// them; a long run (an address) stays where it is.
import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import { keepNumbersWithWords } from '../src/number-with-word.js'

const group = (n: string): Element =>
  h('span.noteref-group', [h('span.footnote', `Note ${n}.`), h('sup.noteref', n)])

const kept = (tree: Root): string => {
  keepNumbersWithWords(tree)
  return toHtml(tree)
}

describe('keepNumbersWithWords', () => {
  it('takes the word and its stop before a number into its block', () => {
    const tree = h(null, [h('p', ['and went their way when they were satisfied.', group('83')])])
    expect(kept(tree)).toBe(
      '<p>and went their way when they were <span class="noteref-group">satisfied.<span class="footnote">Note 83.</span><sup class="noteref">83</sup></span></p>'
    )
  })

  it('takes a space set before the number with its word, and a lone word whole', () => {
    const tree = h(null, [
      h('p', ['upon the head ', group('43'), ' they']),
      h('p', ['Then', group('1')])
    ])
    expect(kept(tree)).toBe(
      '<p>upon the <span class="noteref-group">head <span class="footnote">Note 43.</span><sup class="noteref">43</sup></span> they</p><p><span class="noteref-group">Then<span class="footnote">Note 1.</span><sup class="noteref">1</sup></span></p>'
    )
  })

  it('makes numbers in a row one block, with the word before the first', () => {
    const tree = h(null, [h('p', ['in parliament.', group('1'), group('2'), ' Then'])])
    expect(kept(tree)).toBe(
      '<p>in <span class="noteref-group">parliament.<span class="footnote">Note 1.</span><sup class="noteref">1</sup><span class="footnote">Note 2.</span><sup class="noteref">2</sup></span> Then</p>'
    )
  })

  it('leaves a run longer than a word, and a number after an element, as they are', () => {
    const address = 'https://example.org/a/very/long/address/of/a/page.html'
    const tree = h(null, [h('p', [`see ${address}`, group('2'), h('em', 'Kampf'), group('3')])])
    const before = toHtml(tree)
    expect(kept(tree)).toBe(before)
  })
})
