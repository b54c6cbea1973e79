// A reader's introductions: the editor's words between a chapter's heading and its text, in a
// section of their own, with no paragraph numbers and no claims, on screen and in print; and,
// like everything else, text that can never become markup.
import type { Introduction, Root, Text } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { edition, note, ref, text, validate, withoutStyle } from './helpers.js'

/** A text node of an introduction. */
function words(value: string): Text {
  return { type: 'text', value }
}

const introduction: Introduction = {
  type: 'introduction',
  children: [
    {
      type: 'introParagraph',
      children: [
        words('Read '),
        { type: 'emphasis', children: [words('slowly')] },
        words(', then see '),
        { type: 'link', url: 'https://example.org/map', children: [words('the map')] },
        words('.')
      ]
    },
    {
      type: 'introList',
      ordered: true,
      children: [
        { type: 'introListItem', children: [words('Who gave the order?')] },
        { type: 'introListItem', children: [{ type: 'strong', children: [words('Where?')] }] }
      ]
    },
    {
      type: 'introQuote',
      children: [{ type: 'introParagraph', children: [words('Once a Pole, always a kulak.')] }]
    }
  ]
}

/** A reader's chapter: a title, where it comes from, and `value` as its introduction. */
function reader(value: Introduction = introduction, options: { untitled?: boolean } = {}) {
  const tree = edition([[[text('Kept.'), ref(1)]], [[text('Also kept.')]]], {
    notes: [note(1, 'A note.')],
    ...(options.untitled ? {} : { title: 'Class Terror' })
  })
  const chapter = tree.children[0]
  if (!chapter) throw new Error('Expected a chapter')
  chapter.origin = { title: 'Bloodlands', author: 'Timothy Snyder', paragraphs: '1–2' }
  chapter.introduction = value
  return tree
}

/** The introduction's section in `html`. */
function section(html: string): string {
  const start = html.indexOf('<section id="c1-introduction"')
  expect(start).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length)
}

describe('introduction', () => {
  it('sets the editor’s introduction after the chapter’s heading and before its text', async () => {
    const html = renderHtml(reader())
    expect(html).toContain(
      [
        '</header>',
        '<section id="c1-introduction" class="introduction" aria-labelledby="c1-introduction-title">',
        '<h3 id="c1-introduction-title">Editor’s introduction</h3>',
        '<p>Read <em>slowly</em>, then see <a href="https://example.org/map" rel="noreferrer">the map</a>.</p>',
        '<ol>',
        '<li>Who gave the order?</li>',
        '<li><strong>Where?</strong></li>',
        '</ol>',
        '<blockquote>',
        '<p>Once a Pole, always a kulak.</p>',
        '</blockquote>',
        '</section>',
        '<section id="s1" class="section">'
      ].join('\n')
    )
    expect(await validate(html)).toEqual([])
  })

  it('numbers none of its paragraphs and makes no claims of them, on screen or in print', async () => {
    for (const notes of ['end', 'foot'] as const) {
      const html = renderHtml(reader(), {
        profile: notes === 'foot' ? 'print' : 'screen',
        notes
      })
      const own = section(html)
      expect(own).not.toMatch(/class="(pn|claim)"|data-n=|\sid="p/)
      // The source's paragraphs keep their numbers.
      expect(html).toContain('<p id="p1" data-n="1"><a class="pn" href="#p1"')
      expect(await validate(html)).toEqual([])
    }
  })

  it('heads the introduction one level below the chapter: at `h2` when the chapter has no title', () => {
    const tree = reader(introduction, { untitled: true })
    expect(section(renderHtml(tree))).toContain(
      '<h2 id="c1-introduction-title">Editor’s introduction</h2>'
    )
  })

  it('lists without numbers when the list is not ordered', () => {
    const list: Introduction = {
      type: 'introduction',
      children: [
        {
          type: 'introList',
          ordered: false,
          children: [{ type: 'introListItem', children: [words('One')] }]
        }
      ]
    }
    expect(section(renderHtml(reader(list)))).toContain('<ul>\n<li>One</li>\n</ul>')
  })

  it('keeps the notice that the source lacks its notes out of the introduction', () => {
    const tree: Root = reader(introduction, { untitled: true })
    const chapter = tree.children[0]
    if (!chapter) throw new Error('Expected a chapter')
    chapter.notes = [note(1)]
    const html = renderHtml(tree, { profile: 'print' })
    expect(html.match(/class="footnote notice"/g)).toHaveLength(1)
    expect(section(html)).not.toContain('notice')
  })
})

describe('introduction: safety', () => {
  const script = '<script>alert(1)</script>'

  it('escapes markup in its text and drops a link to a script', async () => {
    const html = renderHtml(
      reader({
        type: 'introduction',
        children: [
          {
            type: 'introParagraph',
            children: [
              words(`A ${script} and <img src=x onerror=alert(1)>.`),
              { type: 'link', url: 'javascript:alert(1)', children: [words('click')] }
            ]
          },
          {
            type: 'introList',
            ordered: false,
            children: [{ type: 'introListItem', children: [words(script)] }]
          }
        ]
      })
    )
    const own = section(html)
    expect(own).toContain(
      '<p>A &#x3C;script>alert(1)&#x3C;/script> and &#x3C;img src=x onerror=alert(1)>.<span class="link">click</span></p>'
    )
    expect(own).toContain('<li>&#x3C;script>alert(1)&#x3C;/script></li>')
    expect(withoutStyle(html)).not.toMatch(/<script|<img|javascript:/)
    expect(await validate(html)).toEqual([])
  })
})
