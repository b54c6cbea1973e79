// What the document holds, on hand-made trees and on every fixture: notes linked both ways,
// missing bodies said in words, headings without gaps, the source's characters kept.

import { parse } from '@colophon/parser'
import { type Claim, type Inline, paragraphsOf, type Root } from '@colophon/schema'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { renderHtml, toHast } from '../src/index.js'
import { edition, fixtureNames, fixtureTree, note, ref, seedTree, text } from './helpers.js'

const all: [string, () => Root][] = [
  ...fixtureNames().map((name): [string, () => Root] => [name, () => fixtureTree(name)]),
  ['seed', seedTree]
]

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string)
}

function fragments(html: string): string[] {
  return [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1] as string)
}

function textsOf(children: readonly Inline[]): string[] {
  return children.flatMap((child) =>
    child.type === 'text' ? [child.value] : 'children' in child ? textsOf(child.children) : []
  )
}

describe('every fixture and the seed', () => {
  for (const [name, tree] of all) {
    it(`${name}: ids unique, every fragment link resolves, every reference has its backlink`, () => {
      const html = renderHtml(tree())
      const list = ids(html)
      expect(list.length).toBe(new Set(list).size)
      const known = new Set(list)
      expect(fragments(html).filter((id) => !known.has(id))).toEqual([])
      const references = list.filter((id) => id.startsWith('fnref-'))
      const backlinks = [...html.matchAll(/<a href="#(fnref-[^"]+)" role="doc-backlink"/g)].map(
        (m) => m[1]
      )
      expect(backlinks.sort()).toEqual(references.sort())
    })

    it(`${name}: headings skip no level, the source's text is kept`, () => {
      const source = tree()
      // Kept letter for letter; a space inside a date or after an initial may be a no-break one.
      const html = renderHtml(source).replaceAll('\u00a0', ' ')
      const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]))
      expect(levels[0]).toBe(1)
      levels.forEach((level, i) => {
        if (i > 0) expect(level - (levels[i - 1] as number)).toBeLessThanOrEqual(1)
      })
      const escaped = (value: string) => value.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;')
      for (const chapter of source.children) {
        for (const section of chapter.children) {
          for (const paragraph of paragraphsOf(section)) {
            for (const claim of paragraph.children) {
              for (const value of textsOf(claim.children)) expect(html).toContain(escaped(value))
            }
          }
        }
      }
    })
  }
})

describe('notes', () => {
  const tree = () =>
    edition(
      [
        [
          [text('First.'), ref(1)],
          [text('Second.'), ref(2)]
        ],
        [
          [text('Again.'), ref(1)],
          [text('Third.'), ref(3)]
        ]
      ],
      { notes: [note(1, 'A present note.'), note(2), note(3, 'Another.')] }
    )

  it('numbers a second reference to a note `fnref-n1-2` and links back to both', () => {
    const html = renderHtml(tree())
    expect(html).toContain(
      '<sup class="noteref"><a href="#fn-n1" id="fnref-n1" role="doc-noteref" aria-label="Note 1">1</a></sup>'
    )
    expect(html).toContain(
      '<sup class="noteref"><a href="#fn-n1" id="fnref-n1-2" role="doc-noteref" aria-label="Note 1">1</a></sup>'
    )
    expect(html).toContain(
      '<li id="fn-n1"><span class="fn-label">1</span><p id="n1.p1"><span id="n1.p1.1" class="claim">A present note.</span> <a href="#fnref-n1" role="doc-backlink" aria-label="Back to reference 1">↩</a> <a href="#fnref-n1-2" role="doc-backlink" aria-label="Back to reference 2 of note 1">↩<sup>2</sup></a></p></li>'
    )
  })

  it('says in words that a body is missing, with its backlinks', () => {
    expect(renderHtml(tree())).toContain(
      '<li id="fn-n2" class="missing"><span class="fn-label">2</span><p><em>Note 2 is not in the source.</em> <a href="#fnref-n2" role="doc-backlink" aria-label="Back to reference 2">↩</a></p></li>'
    )
  })

  it('at the foot: each body once, just before its first reference, the two linked both ways; a second reference links to it too', () => {
    const html = renderHtml(tree(), { profile: 'print', notes: 'foot' })
    expect(html.match(/<span id="fn-n1" class="footnote"/g)).toHaveLength(1)
    expect(html).toContain(
      'First.<span class="noteref-group"><span id="fn-n1" class="footnote" data-fn="n1"><span id="n1.p1" class="fn-p"><a class="fn-label" href="#fnref-n1" role="doc-backlink">1</a> <span id="n1.p1.1" class="claim">A present note.</span></span></span><sup id="fnref-n1" class="noteref" data-fn="n1"><a href="#fn-n1" role="doc-noteref" aria-label="Note 1">1</a></sup></span>'
    )
    expect(html).toContain(
      'Again.<sup id="fnref-n1-2" class="noteref" data-fn="n1"><a href="#fn-n1" role="doc-noteref" aria-label="Note 1">1</a></sup></span>'
    )
    expect(html).toContain('<em>Note 2 is not in the source.</em>')
    expect(html).not.toContain('doc-endnotes')
  })

  it('at the foot: a note longer than `longNotes` is listed after the chapter, its number a link', () => {
    const long = 'A very long note that goes on and on. '.repeat(4)
    const tree = edition(
      [
        [
          [text('Short.'), ref(1)],
          [text('Long.'), ref(2)]
        ]
      ],
      {
        notes: [note(1, 'A short note.'), note(2, long)]
      }
    )
    const html = renderHtml(tree, { profile: 'print', notes: 'foot', longNotes: 100 })
    expect(html).toContain('<span id="fn-n1" class="footnote"')
    expect(html).not.toContain('<span id="fn-n2" class="footnote"')
    expect(html).toContain('<sup class="noteref"><a href="#fn-n2" id="fnref-n2" role="doc-noteref"')
    expect(html).toMatch(
      /<section id="c1-long-notes" class="notes long-notes"[^>]*>\n<h\d[^>]*>Longer notes<\/h\d>\n<ol>\n<li id="fn-n2" class="long">/
    )
    expect(html).not.toContain('Notes without a reference in the text')
    expect(() => renderHtml(tree, { profile: 'print', notes: 'foot', longNotes: 0 })).toThrow(
      /Unexpected longNotes/
    )
  })

  it('leads a `#name` link to the manuscript’s anchor of that name, once on the page', () => {
    const tree = edition([
      [
        [
          text('See '),
          { type: 'link', url: '#-Wall', children: [text('the flag')] },
          text(' and '),
          { type: 'link', url: '#elsewhere', children: [text('a place not named')] },
          text('.')
        ],
        [{ type: 'anchor', name: '-Wall' }, text('Warnings.'), { type: 'anchor', name: '-Wall' }]
      ]
    ])
    const html = renderHtml(tree)
    expect(html).toContain('<a href="#a--Wall">the flag</a>')
    expect(html).toContain('<a href="#elsewhere">a place not named</a>')
    expect(html.match(/<span id="a--Wall" class="anchor"><\/span>/g)).toHaveLength(1)
  })

  it('leads `#slug` links to the chapter or section whose title it is, as GitHub slugs them', () => {
    const tree = edition(
      [
        [
          [
            text('See '),
            { type: 'link', url: '#recommended-compiler-options', children: [text('above')] },
            text(' and '),
            { type: 'link', url: '#Background', children: [text('the background')] },
            text('.')
          ]
        ]
      ],
      { title: 'Recommended Compiler Options' }
    )
    const section = tree.children[0]?.children[0]
    if (!section) throw new Error('Expected a section')
    section.title = 'Background'
    const html = renderHtml(tree)
    expect(html).toContain(`<a href="#${tree.children[0]?.id}">above</a>`)
    expect(html).toContain(`<a href="#${section.id}">the background</a>`)
    expect(html).toContain(`<section id="${section.id}"`)
  })

  it('at the foot: a note nothing refers to is listed after the chapter', () => {
    const unreferenced = edition([[[text('Only.'), ref(1)]]], {
      notes: [note(1, 'Cited.'), note(2, 'Never cited.')]
    })
    const html = renderHtml(unreferenced, { profile: 'print', notes: 'foot' })
    expect(html).toContain('Notes without a reference in the text')
    expect(html).toContain('<li id="fn-n2"><span class="fn-label">2</span>')
    expect(html).not.toContain('<li id="fn-n1"')
  })

  it('without any note body, in print: no list of numbers, one footnote on their absence', () => {
    const absent = edition([[[text('One.'), ref(1)]], [[text('Two.'), ref(2)]]], {
      notes: [note(1), note(2)],
      title: 'A chapter'
    })
    for (const notes of ['end', 'foot'] as const) {
      const html = renderHtml(absent, { profile: 'print', notes })
      expect(html.match(/class="footnote notice"/g)).toHaveLength(1)
      expect(html).toContain('One.<sup id="fnref-n1" class="noteref" data-fn="n1">1</sup>')
      expect(html).not.toContain('<ol')
      expect(
        renderHtml(absent, { profile: 'print', notes, notesAbsentNotice: false })
      ).not.toContain('class="footnote notice"')
    }
  })

  it('refuses a placement it does not know', () => {
    expect(() => renderHtml(tree(), { notes: 'side' as 'end' })).toThrow(
      'Unexpected notes `side`, expected `end`, `foot` or `book`'
    )
  })

  it('puts the notes of a chapter in a `doc-endnotes` section', () => {
    expect(renderHtml(tree())).toContain(
      '<section id="c1-notes" class="notes" role="doc-endnotes" aria-labelledby="c1-notes-title">\n<h2 id="c1-notes-title">Notes</h2>\n<ol>'
    )
  })

  it('when every body is missing: one explanation and a compact list of numbers', () => {
    const html = renderHtml(
      edition(
        [
          [
            [text('One.'), ref(1)],
            [text('Two.'), ref(2), text(' And '), ref(2)]
          ]
        ],
        {
          notes: [note(1), note(2), note(3)]
        }
      )
    )
    expect(html.match(/does not include the text of its notes/g)).toHaveLength(1)
    expect(html).not.toContain('is not in the source')
    expect(html).toContain(
      [
        '<ol class="compact">',
        '<li id="fn-n1" class="missing"><a href="#fnref-n1" role="doc-backlink" aria-label="Back to reference 1">1</a></li>',
        '<li id="fn-n2" class="missing"><a href="#fnref-n2" role="doc-backlink" aria-label="Back to reference 2">2</a> <a href="#fnref-n2-2" role="doc-backlink" aria-label="Back to reference 2 of note 2">2<sup>2</sup></a></li>',
        '<li id="fn-n3" class="missing">3</li>',
        '</ol>'
      ].join('\n')
    )
  })

  it('leaves a reference to a note the edition lacks unlinked', () => {
    const html = renderHtml(edition([[[text('Text.'), ref(9)]]]))
    expect(html).toContain('Text.<sup class="noteref unresolved">9</sup>')
    expect(html).not.toContain('role="doc-endnotes"')
  })
})

describe('readers', () => {
  it('shows a subtitle under the title and a notice with the sources', () => {
    const tree = edition([[[text('One.')]]], {
      meta: { subtitle: 'Two excerpts', notice: 'For teaching only.' }
    })
    const html = renderHtml(tree)
    expect(html).toContain('<h1 id="edition-title">Test</h1>\n<p class="subtitle">Two excerpts</p>')
    expect(html).toContain('<p class="notice">For teaching only.</p>')
  })

  it('marks skipped paragraphs, says where an excerpt comes from, and gives a renumbered note its source label', () => {
    const tree = edition([[[text('Kept.'), ref(1)]], [[text('Also kept.')]]], {
      notes: [{ ...note(1, 'A note.'), original: '12' }],
      title: 'Class Terror'
    })
    const chapter = tree.children[0]
    if (!chapter) throw new Error('Expected a chapter')
    chapter.origin = {
      title: 'Class Terror',
      author: 'Timothy Snyder',
      work: 'Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2',
      paragraphs: '5, 9'
    }
    const second = chapter.children[0]?.children[1]
    if (second?.type === 'paragraph') second.elided = 3
    for (const notes of ['end', 'foot'] as const) {
      const html = renderHtml(tree, { profile: notes === 'foot' ? 'print' : 'screen', notes })
      expect(html).toContain(
        '<p class="origin">From Timothy Snyder, “Class Terror,” in <cite>Bloodlands: Europe Between Hitler and Stalin</cite> (2010), chapter 2: paragraphs 5, 9 of the source.</p>'
      )
      expect(html).toContain(
        '<p class="elision" role="note" aria-label="3 paragraphs of the source left out">[…]</p>'
      )
      expect(html).toContain('<span class="fn-original">(note 12 in the source)')
    }
  })

  it('marks sentences left out of a paragraph with […], on screen and in print', () => {
    const tree = edition([[[text('Second.')], [text('Fourth.')]]])
    const paragraph = tree.children[0]?.children[0]?.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('Expected a paragraph')
    const [second, fourth] = paragraph.children as [Claim, Claim]
    second.elided = 1
    fourth.elided = 1
    paragraph.elidedAfter = 2
    const mark = (label: string) =>
      `<span class="elision" role="note" aria-label="${label}">[…]</span>`
    const one = mark('One sentence of the source left out')
    const screen = renderHtml(tree)
    expect(screen).toContain(
      `${one} <span id="p1.1" class="claim">Second.</span> ${one} <span id="p1.2" class="claim">Fourth.</span> ${mark('2 sentences of the source left out')}</p>`
    )
    const print = renderHtml(tree, { profile: 'print', notes: 'foot' })
    expect(print).toContain(
      `${one}<span id="p1.1" class="claim"> Second.</span><span class="elision" role="note" aria-label="One sentence of the source left out"> […]</span>`
    )
  })
})

describe('structure', () => {
  it('numbers paragraphs in the margin with a link to themselves', () => {
    expect(renderHtml(edition([[[text('A.')], [text('B.')]]]))).toContain(
      '<p id="p1" data-n="1"><a class="pn" href="#p1" aria-label="Paragraph 1">1</a> <span id="p1.1" class="claim">A.</span> <span id="p1.2" class="claim">B.</span></p>'
    )
  })

  it('marks claims with their kinds', () => {
    const tree = edition([[[text('“Yes,” he said in 1933.')]]])
    const paragraph = tree.children[0]?.children[0]?.children[0]
    const claim = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    if (!claim) throw new Error('Expected a claim')
    claim.kinds = ['quotation', 'date', 'attribution']
    expect(renderHtml(tree)).toContain(
      '<span id="p1.1" class="claim" data-kinds="quotation date attribution">“Yes,” he said in 1933.</span>'
    )
  })

  it('heads a chapter with its title, a line break where it has one, its part above', () => {
    const tree = fixtureTree('gutenberg-footnotes')
    const first = tree.children[0]
    if (!first) throw new Error('Expected a chapter')
    first.part = 'BOOK I'
    const html = renderHtml(tree)
    expect(html).toContain(
      '<article id="c1" class="chapter" aria-labelledby="c1-title">\n<header>\n<p class="part">BOOK I</p>\n<h2 id="c1-title">CHAPTER I.<br>The Causes of the War</h2>\n</header>'
    )
    expect(html).toContain('<nav class="contents" aria-label="Contents">')
    expect(html).toContain(
      '<li><span class="toc-part">BOOK I</span> <a href="#c1">CHAPTER I. The Causes of the War</a></li>'
    )
  })

  it('has no contents with one chapter; an untitled one is labelled by the edition title', () => {
    const html = renderHtml(edition([[[text('A.')]]]))
    expect(html).not.toContain('<nav')
    expect(html).toContain('<article id="c1" class="chapter" aria-labelledby="edition-title">')
  })

  it('sets off an untitled section with a break; labels a titled one by its heading', () => {
    const tree = fixtureTree('capital-headings')
    expect(renderHtml(tree)).toContain(
      '<section id="c2-s1" class="section" aria-labelledby="c2-s1-title">\n<h3 id="c2-s1-title">I.</h3>'
    )
    expect(renderHtml(fixtureTree('verse'))).toContain(
      '</section>\n<hr class="section-break">\n<section id="s2"'
    )
  })

  it('heads a table’s columns with its first row, but leaves an empty cell of it a `<td>`', () => {
    const { tree } = parse('# T\n\n|  | Signs |\n|---|---|\n| a | b |\n', { format: 'markdown' })
    if (!tree) throw new Error('Expected a tree')
    expect(renderHtml(tree)).toContain(
      '<thead><tr><td></td><th scope="col">Signs</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody>'
    )
  })

  it('keeps the line breaks of verse, between claims too', () => {
    expect(renderHtml(fixtureTree('verse'))).toContain(
      '<span id="p1.1" class="claim">Shall I compare thee to a summer\'s day?</span><br>\n<span id="p1.2" class="claim">Thou art more lovely and more temperate:<br>\nRough winds'
    )
  })

  it('keeps emphasis, strong and line breaks', () => {
    const html = renderHtml(
      edition([
        [
          [
            { type: 'emphasis', children: [text('em')] },
            { type: 'strong', children: [text('strong')] },
            { type: 'break' },
            text('after')
          ]
        ]
      ])
    )
    expect(html).toContain('<em>em</em><strong>strong</strong><br>\nafter')
  })

  it('describes the edition in the head: title, author, work, sources', () => {
    const html = renderHtml(seedTree())
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<title>Class Terror — Timothy Snyder</title>')
    expect(html).toContain('<meta name="author" content="Timothy Snyder">')
    expect(html).toContain(
      '<meta name="description" content="Class Terror, by Timothy Snyder. Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2">'
    )
    expect(html).toContain(
      '<meta name="colophon:source" content="source/snyder-bloodlands-ch2-class-terror.txt">\n<meta name="colophon:sha256" content="c19f4a8f6d89b8328981cf1308eab9e654d9a8be2d907e0501420eef627009b8">'
    )
  })

  it('embeds the typeface: regular, italic and bold, latin and latin-ext, as data URLs', () => {
    const html = renderHtml(edition([[[text('A.')]]]))
    const faces = [...html.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1] as string)
    expect(
      faces.map((face) => {
        const style = /font-style:(\w+)/.exec(face)?.[1]
        const weight = /font-weight:(\d+)/.exec(face)?.[1]
        const data = /src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\)/.test(
          face
        )
        const range = /unicode-range:U\+0000-00FF/.test(face) ? 'latin' : 'latin-ext'
        return `${style} ${weight} ${range} ${data}`
      })
    ).toEqual([
      'normal 400 latin-ext true',
      'normal 400 latin true',
      'italic 400 latin-ext true',
      'italic 400 latin true',
      'normal 700 latin-ext true',
      'normal 700 latin true'
    ])
    expect(html).not.toMatch(/url\((?!data:)/)
  })

  it('toHast serialises to the string renderHtml returns', () => {
    for (const profile of ['screen', 'print'] as const) {
      const tree = seedTree()
      expect(toHtml(toHast(tree, { profile }), { upperDoctype: true })).toBe(
        renderHtml(tree, { profile })
      )
    }
  })

  it('toHast gives the document as a hast root: doctype, then html', () => {
    const root = toHast(edition([[[text('A.')]]]))
    expect(root.type).toBe('root')
    expect(
      root.children.map((child) => (child.type === 'element' ? child.tagName : child.type))
    ).toEqual(['doctype', 'text', 'html', 'text'])
  })
})
