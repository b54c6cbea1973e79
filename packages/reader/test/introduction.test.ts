// The editor's introduction from its Markdown: what an introduction holds comes through as it
// is; what it cannot hold (raw HTML, headings, images, code, footnotes…) is changed into text
// it can, each kind reported once; and whatever the Markdown, the result is a valid part of an
// edition.
import type { Chapter, Introduction, Root } from '@colophon/schema'
import { validateEdition } from '@colophon/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toIntroduction } from '../src/introduction.js'

/** The introduction of entry 1, which must have been made without a change. */
function clean(markdown: string): Introduction {
  const { introduction, changes } = toIntroduction(markdown, 1)
  expect(changes).toEqual([])
  return introduction
}

/** An edition of one empty chapter with `introduction`. */
function editionWith(introduction: Introduction): Root {
  const chapter: Chapter = {
    type: 'chapter',
    id: 'c1',
    source: { path: 'a.txt', format: 'text', sha256: 'a'.repeat(64) },
    introduction,
    children: [],
    notes: []
  }
  return { type: 'root', meta: { title: 'R', language: 'en', sources: [] }, children: [chapter] }
}

describe('toIntroduction: what an introduction holds', () => {
  it('keeps paragraphs of text, emphasis, strong text, links and line breaks', () => {
    expect(
      clean(
        'Read *this* with **care**, and see [the map](https://example.org/map "Map").\\\nThen p60.\n\nA second paragraph.\n'
      )
    ).toEqual({
      type: 'introduction',
      children: [
        {
          type: 'introParagraph',
          children: [
            { type: 'text', value: 'Read ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'this' }] },
            { type: 'text', value: ' with ' },
            { type: 'strong', children: [{ type: 'text', value: 'care' }] },
            { type: 'text', value: ', and see ' },
            {
              type: 'link',
              url: 'https://example.org/map',
              title: 'Map',
              children: [{ type: 'text', value: 'the map' }]
            },
            { type: 'text', value: '.' },
            { type: 'break' },
            { type: 'text', value: 'Then p60.' }
          ]
        },
        { type: 'introParagraph', children: [{ type: 'text', value: 'A second paragraph.' }] }
      ]
    })
  })

  it('keeps lists, numbered or not, and quotations', () => {
    expect(
      clean('1. First\n2. *Second*\n\n- one\n- two\n\n> Quoted.\n>\n> Again.\n').children
    ).toEqual([
      {
        type: 'introList',
        ordered: true,
        children: [
          { type: 'introListItem', children: [{ type: 'text', value: 'First' }] },
          {
            type: 'introListItem',
            children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Second' }] }]
          }
        ]
      },
      {
        type: 'introList',
        ordered: false,
        children: [
          { type: 'introListItem', children: [{ type: 'text', value: 'one' }] },
          { type: 'introListItem', children: [{ type: 'text', value: 'two' }] }
        ]
      },
      {
        type: 'introQuote',
        children: [
          { type: 'introParagraph', children: [{ type: 'text', value: 'Quoted.' }] },
          { type: 'introParagraph', children: [{ type: 'text', value: 'Again.' }] }
        ]
      }
    ])
  })

  it('keeps the URL of a link as written, references and bare addresses included', () => {
    const links = (markdown: string) =>
      clean(markdown).children.flatMap((block) =>
        block.type === 'introParagraph'
          ? block.children.flatMap((child) => (child.type === 'link' ? [child.url] : []))
          : []
      )
    expect(links('See [the map][m] or www.example.org.\n\n[m]: https://example.org/m\n')).toEqual([
      'https://example.org/m',
      'http://www.example.org'
    ])
    // The first definition of a label wins, matched as CommonMark matches labels.
    expect(
      links('See [The  Map][M].\n\n[m]: https://example.org/1\n\n[m]: https://example.org/2\n')
    ).toEqual(['https://example.org/1'])
    // Whether it may be followed is the renderer's to decide.
    expect(links('[x](javascript:alert(1))')).toEqual(['javascript:alert(1)'])
  })
})

describe('toIntroduction: what it changes, and says so', () => {
  it('keeps raw HTML as the text it is, inline and as a block, reported once', () => {
    const { introduction, changes } = toIntroduction(
      'A <b>bold</b> claim <script>alert(1)</script>.\n\n<div onclick="x()">\nBlock\n</div>\n',
      2
    )
    expect(introduction.children).toEqual([
      {
        type: 'introParagraph',
        children: [{ type: 'text', value: 'A <b>bold</b> claim <script>alert(1)</script>.' }]
      },
      {
        type: 'introParagraph',
        children: [
          { type: 'text', value: '<div onclick="x()">' },
          { type: 'break' },
          { type: 'text', value: 'Block' },
          { type: 'break' },
          { type: 'text', value: '</div>' }
        ]
      }
    ])
    expect(changes).toEqual([
      'Raw HTML `<b>` (and 4 more like it) in the introduction of entry 2 is shown as text, not markup; write Markdown instead, such as `*emphasis*`, `**strong**` or `[words](https://…)`'
    ])
  })

  it('sets a heading as a paragraph of bold text', () => {
    const { introduction, changes } = toIntroduction('## Before *you* read\n\nText.\n', 1)
    expect(introduction.children[0]).toEqual({
      type: 'introParagraph',
      children: [
        {
          type: 'strong',
          children: [
            { type: 'text', value: 'Before ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'you' }] },
            { type: 'text', value: ' read' }
          ]
        }
      ]
    })
    expect(changes).toEqual([
      'Heading `Before you read` in the introduction of entry 1 is set as a paragraph of bold text; an introduction has no headings, so write `**Before you read**` or leave it out'
    ])
  })

  it('shows an image as its description, code and footnotes as text, and drops a rule', () => {
    const { introduction, changes } = toIntroduction(
      'A ![map of Ukraine](map.png) and `Order 00447`[^1].\n\n---\n\n```\nline one\nline two\n```\n\n[^1]: A note.\n',
      1
    )
    expect(introduction.children).toEqual([
      {
        type: 'introParagraph',
        children: [{ type: 'text', value: 'A map of Ukraine and Order 00447[^1].' }]
      },
      {
        type: 'introParagraph',
        children: [
          { type: 'text', value: 'line one' },
          { type: 'break' },
          { type: 'text', value: 'line two' }
        ]
      },
      { type: 'introParagraph', children: [{ type: 'text', value: '[^1]: A note.' }] }
    ])
    expect(changes.map((reason) => reason.split(' in the introduction')[0])).toEqual([
      'Image `![map of Ukraine](map.png)`',
      'Code `Order 00447` (and 1 more like it)',
      'Footnote `[^1]` (and 1 more like it)',
      'Rule `---`'
    ])
  })

  it('flattens a list inside a list, and says what to write instead of struck-out text and task boxes', () => {
    const { introduction, changes } = toIntroduction(
      '- [x] one\n  - inner\n- ~~two~~\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      3
    )
    expect(introduction.children[0]).toEqual({
      type: 'introList',
      ordered: false,
      children: [
        { type: 'introListItem', children: [{ type: 'text', value: 'one' }] },
        { type: 'introListItem', children: [{ type: 'text', value: 'inner' }] },
        { type: 'introListItem', children: [{ type: 'text', value: 'two' }] }
      ]
    })
    expect(introduction.children[1]).toEqual({
      type: 'introParagraph',
      children: [
        { type: 'text', value: '| a | b |' },
        { type: 'break' },
        { type: 'text', value: '| - | - |' },
        { type: 'break' },
        { type: 'text', value: '| 1 | 2 |' }
      ]
    })
    expect(changes).toEqual([
      'Task box `[x]` in the introduction of entry 3 is left out; write the item without it',
      "A list in a list item in the introduction of entry 3 is flattened into the one around it; an introduction's lists and quotations hold only text, so write them one after another",
      'Struck-out text `~~two~~` in the introduction of entry 3 is set as plain text; remove the `~~`, or the words',
      'Table in the introduction of entry 3 is shown as its Markdown, line by line; write it as a list, one `- item` a row'
    ])
  })

  it('reads Markdown nested past what the parser can follow as plain text, without throwing', () => {
    const deep = `${'> '.repeat(3000)}deep`
    const { introduction, changes } = toIntroduction(deep, 1)
    expect(introduction.children).toEqual([
      { type: 'introParagraph', children: [{ type: 'text', value: deep }] }
    ])
    expect(changes).toEqual([
      'Markdown of the introduction of entry 1 could not be read (`RangeError: Maximum call stack size exceeded`) and is shown as plain text; flatten its nesting'
    ])
    expect(validateEdition(editionWith(introduction)).ok).toBe(true)
  })
})

describe('toIntroduction: any Markdown', () => {
  const piece = fc.constantFrom(
    '*',
    '**',
    '_',
    '~~',
    '`',
    '#',
    '> ',
    '- ',
    '1. ',
    '[',
    ']',
    '(',
    ')',
    '!',
    '[^1]',
    '<b>',
    '</b>',
    '<script>',
    '|',
    '---',
    '\n',
    '\n\n',
    '  ',
    'word',
    'https://example.org',
    '\\'
  )
  it('never throws, and always gives an introduction the edition schema accepts', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        (text) => {
          const { introduction } = toIntroduction(text, 1)
          const validation = validateEdition(editionWith(introduction))
          expect(validation.ok ? [] : validation.problems).toEqual([])
        }
      ),
      { numRuns: 300 }
    )
  })
})
