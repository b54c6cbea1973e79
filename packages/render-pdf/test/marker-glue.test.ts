// A note's number is glued to the word before it in print, so that no line starts with it.
import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import { glueMarkers } from '../src/marker-glue.js'

const group = (n: number): Element =>
  h('span.noteref-group', [h('span.footnote', `Note ${n}.`), h('sup.noteref', String(n))])

function glued(root: Root): string {
  glueMarkers(root)
  return toHtml(root)
}

describe('glueMarkers', () => {
  it('wraps the last word before a note number with it, the text before still free to break', () => {
    const root: Root = {
      type: 'root',
      children: [h('p', ['outside the Soviet Union.', group(33)])]
    }
    expect(glued(root)).toBe(
      '<p>outside the Soviet <span class="nobr">Union.<span class="noteref-group"><span class="footnote">Note 33.</span><sup class="noteref">33</sup></span></span></p>'
    )
  })

  it('takes a word in emphasis whole, but never a sentence’s span', () => {
    const word: Root = { type: 'root', children: [h('p', ['the ', h('em', 'Pravda'), group(5)])] }
    expect(glued(word)).toContain(
      'the <span class="nobr"><em>Pravda</em><span class="noteref-group">'
    )
    const sentence: Root = {
      type: 'root',
      children: [h('p', [h('span.claim', 'A whole sentence here.'), group(6)])]
    }
    expect(glued(sentence)).toContain('here.</span><span class="noteref-group">')
    expect(glued(sentence)).not.toContain('nobr')
  })

  it('glues numbers inside nested spans, and leaves a group with nothing before it alone', () => {
    const root: Root = {
      type: 'root',
      children: [h('p', [h('span.claim', ['He said so.', group(1)]), group(2)])]
    }
    const html = glued(root)
    expect(html).toContain(
      '<span class="claim">He said <span class="nobr">so.<span class="noteref-group">'
    )
    expect(html.match(/nobr/g)).toHaveLength(1)
  })
})
