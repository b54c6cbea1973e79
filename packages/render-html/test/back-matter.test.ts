// What follows the last chapter: every chapter's notes together when they are placed at the
// end of the book, and a reader's list of its sources with what each excerpt took from them.
import type { Chapter, Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { edition, note, ref, text } from './helpers.js'

/** A book of two chapters, `c1` and `c2`, each citing its own note 1 (`c1-n1`, `c2-n1`). */
function book(bodies: boolean): Root {
  const chapters = [1, 2].map((k): Chapter => {
    const one = edition([[[text(`Chapter ${k} says a thing.`), ref(1)]], [[text('More.')]]], {
      notes: [note(1, bodies ? `Note of chapter ${k}.` : undefined)],
      title: `Chapter title ${k}`
    })
    // Ids as a book of several chapters has them.
    const json = JSON.stringify(one.children[0])
      .replaceAll('"c1"', `"c${k}"`)
      .replaceAll('"s1"', `"c${k}-s1"`)
      .replace(/"(p\d+(?:\.\d+)?)"/g, `"c${k}-$1"`)
      .replace(/"(n1(?:\.p1(?:\.1)?)?)"/g, `"c${k}-$1"`)
    return JSON.parse(json) as Chapter
  })
  const base = edition([])
  return { ...base, children: chapters }
}

function excerpted(): Root {
  const tree = book(true)
  const second = { path: 'other.md', format: 'markdown' as const, sha256: 'a'.repeat(64) }
  tree.meta.sources.push(second)
  const [first, other] = tree.children as [Chapter, Chapter]
  first.origin = { title: 'Bloodlands', author: 'Timothy Snyder', paragraphs: '60–64' }
  other.source = second
  other.origin = { title: 'Another work', paragraphs: '3, 5–6' }
  return tree
}

describe('notes at the end of the book', () => {
  it('gathers every chapter’s notes after the last chapter, under each chapter’s title', () => {
    const html = renderHtml(book(true), { notes: 'book' })
    expect(html).not.toContain('id="c1-notes"><h2')
    const end = html.indexOf('<section id="notes" class="book-notes"')
    expect(end).toBeGreaterThan(html.lastIndexOf('<article'))
    expect(html.indexOf('</article>', html.lastIndexOf('<article'))).toBeLessThan(end)
    const notes = html.slice(end)
    expect(notes).toContain('<h2 id="notes-title">Notes</h2>')
    for (const k of [1, 2]) {
      expect(notes).toContain(`<h3 id="c${k}-notes-title">Chapter title ${k}</h3>`)
      expect(notes).toContain(`<li id="fn-c${k}-n1">`)
      expect(notes).toContain(`Note of chapter ${k}.`)
      // The reference in the text still links to its note, and the note back to it.
      expect(html).toContain(`href="#fn-c${k}-n1"`)
      expect(notes).toContain(`href="#fnref-c${k}-n1"`)
    }
    // Chapter 1's notes come first.
    expect(notes.indexOf('fn-c1-n1')).toBeLessThan(notes.indexOf('fn-c2-n1'))
    // No notes inside the chapters.
    expect(html.slice(0, end)).not.toContain('role="doc-endnotes"')
  })

  it('in print, without any note body: the one footnote on their absence and no list', () => {
    const html = renderHtml(book(false), { notes: 'book', profile: 'print' })
    // One in each chapter, as a chapter printed alone has it.
    expect(html.match(/class="footnote notice"/g)).toHaveLength(2)
    expect(html).not.toContain('class="book-notes"')
    // On screen the numbers are listed, each linking back.
    const screen = renderHtml(book(false), { notes: 'book' })
    expect(screen).toContain('class="book-notes"')
    expect(screen).toContain('<p class="notes-absent">')
  })

  it('leaves a book with no notes without the section', () => {
    const tree = book(true)
    for (const chapter of tree.children) chapter.notes = []
    expect(renderHtml(tree, { notes: 'book' })).not.toContain('class="book-notes"')
  })
})

describe('the sources of a reader', () => {
  it('lists each source with its hash and the chapters taken from it, and links them', () => {
    const html = renderHtml(excerpted())
    const at = html.indexOf('<section id="sources" class="sources"')
    expect(at).toBeGreaterThan(html.lastIndexOf('</article>'))
    const sources = html.slice(at, html.indexOf('</section>', at))
    expect(sources).toContain('<h2 id="sources-title">Sources</h2>')
    expect(sources).toContain(
      '<p class="source-title">Timothy Snyder, <cite>Bloodlands</cite>.</p>'
    )
    expect(sources).toContain(
      `<p class="source-file"><code>test.txt</code>, SHA-256 <code class="hash">${'0'.repeat(64)}</code></p>`
    )
    expect(sources).toContain(
      '<li><a href="#c1">Chapter 1, “Chapter title 1”</a>: paragraphs 60–64</li>'
    )
    expect(sources).toContain('<p class="source-title"><cite>Another work</cite>.</p>')
    expect(sources).toContain(
      '<li><a href="#c2">Chapter 2, “Chapter title 2”</a>: paragraphs 3, 5–6</li>'
    )
    // The footer does not list them a second time.
    const footer = html.slice(html.indexOf('<footer'))
    expect(footer).toContain('Made with Colophon from the sources listed under “Sources”.')
    expect(footer).not.toContain('SHA-256')
  })

  it('escapes what the sources say', () => {
    const tree = excerpted()
    const first = tree.children[0] as Chapter
    if (first.origin) first.origin.title = '<script>alert(1)</script>'
    const html = renderHtml(tree)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('<cite>&#x3C;script>alert(1)&#x3C;/script></cite>')
  })

  it('is not added to an edition that is not made of excerpts', () => {
    const html = renderHtml(book(true))
    expect(html).not.toContain('class="sources"')
    expect(html.slice(html.indexOf('<footer'))).toContain('SHA-256')
  })
})
