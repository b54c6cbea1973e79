// A note cited from a heading, as real books cite them from a poem's or a story's title: the
// heading shows its marker in place and links to the note; contents and notes show the words.
import { parse } from '@colophon/parser'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'

const text = [
  'THE FATAL SISTERS.',
  'FROM THE NORSE TONGUE.[1]',
  '',
  'Now the storm begins to lower,',
  'Haste, the loom of Hell prepare.',
  '',
  'VI. THE GREAT STONE FACE[2] (1850)',
  '',
  'One afternoon a mother and her little boy sat at the door of their cottage.',
  '',
  'Notes',
  '',
  '1. The Fatal Sisters, from the Norse.',
  '',
  '2. From "The Snow Image."',
  ''
].join('\n')

function tree() {
  const parsed = parse(text, { path: 'book.txt' }).tree
  if (!parsed) throw new Error('no tree')
  return parsed
}

describe('a note cited from a heading', () => {
  it('puts its marker in the heading, linked to the note, and the note links back', () => {
    const html = renderHtml(tree())
    expect(html).toMatch(
      /<h2 id="c2-title">VI\. THE GREAT STONE FACE<sup class="noteref"><a href="#fn-c2-n2" id="fnref-c2-n2" role="doc-noteref"[^>]*>2<\/a><\/sup> \(1850\)<\/h2>/
    )
    expect(html).toContain('href="#fnref-c2-n2"')
    // The contents give the title's words only.
    expect(html).toMatch(/<a href="#c2">VI\. THE GREAT STONE FACE \(1850\)<\/a>/)
  })

  it('places the note at the foot after the heading’s marker when notes go to the foot', () => {
    const html = renderHtml(tree(), { notes: 'foot' })
    const heading = html.slice(
      html.indexOf('<h2 id="c2-title">'),
      html.indexOf('</h2>', html.indexOf('<h2 id="c2-title">'))
    )
    expect(heading).toContain(
      '<sup id="fnref-c2-n2" class="noteref" data-fn="c2-n2"><a href="#fn-c2-n2" role="doc-noteref" aria-label="Note 2">2</a></sup>'
    )
    expect(heading).toContain('From "The\u00a0Snow\u00a0Image."')
  })
})
