// The Markdown front end: format detection, front matter, notes, the same tree as the plain-text
// front end for the same words, and properties over generated Markdown and raw fuzz: parse never
// throws, trees are valid, positions are consistent and nest, ids are unique, and CRLF gives the
// same tree as LF.
import { readFileSync } from 'node:fs'
import type { Claim, FootnoteReference, Inline, Position, Root } from '@colophon/schema'
import { isParagraph, paragraphsIn, validateEdition } from '@colophon/schema'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkSmartypants from 'remark-smartypants'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { colophonMarkdown, parse, remarkColophon, severityOf } from '../src/index.js'
import { plain } from '../src/shared/paragraph.js'
import {
  expectSkippedUnder,
  fileBytes,
  firstDoubled,
  firstUncovered,
  pointsOf,
  rawText,
  walk,
  withEndings,
  withoutPositions
} from './helpers.js'

const runs = { generated: 300, raw: 400 }

function tree(input: string | Uint8Array, options: Parameters<typeof parse>[1] = {}): Root {
  const result = parse(input, { path: 'test.md', ...options })
  if (!result.tree) throw new Error('parse gave no tree')
  return result.tree
}

function claimTexts(root: Root): string[] {
  return walk(root).claims.map(({ node }) => plain(node.children))
}

function references(root: Root): FootnoteReference[] {
  return walk(root).references.map(({ node }) => node)
}

function slice(source: string, position: Position | undefined): string {
  return position ? source.slice(position.start.offset, position.end.offset) : ''
}

// ---------------------------------------------------------------------------------------------
// Checks over a whole tree; each returns the problems it finds

const show = (p: Position) => `${p.start.offset}-${p.end.offset}`

/**
 * Points agree with their offsets, nodes lie inside their parents in order, and inline nodes
 * slice back to what they say: a text node's value is its source as written (where no escape,
 * character reference or line break makes them differ), a reference is `[^label]`, a break is
 * a line ending.
 */
function positionProblems(source: string, root: Root): string[] {
  const problems: string[] = []
  const pointAt = pointsOf(source)
  const walked = walk(root)
  for (const { path, position } of walked.located) {
    for (const [which, point] of [
      ['start', position.start],
      ['end', position.end]
    ] as const) {
      if (point.offset < 0 || point.offset > source.length) {
        problems.push(`${path}: ${which} offset ${point.offset} outside the text`)
        continue
      }
      const expected = pointAt(point.offset)
      if (expected.line !== point.line || expected.column !== point.column) {
        problems.push(
          `${path}: ${which} ${point.line}:${point.column} is not offset ${point.offset}`
        )
      }
    }
    if (position.start.offset > position.end.offset) problems.push(`${path}: ends before it starts`)
  }
  if (root.position?.start.offset !== 0 || root.position.end.offset !== source.length) {
    problems.push('root: not the whole text')
  }
  const inside = (path: string, child: Position | undefined, parent: Position | undefined) => {
    if (!child) problems.push(`${path}: no position`)
    else if (
      parent &&
      (child.start.offset < parent.start.offset || child.end.offset > parent.end.offset)
    ) {
      problems.push(`${path}: ${show(child)} is not inside ${show(parent)}`)
    }
  }
  const inOrder = (path: string, positions: (Position | undefined)[]) => {
    let end = -1
    for (const position of positions) {
      if (!position) continue
      if (position.start.offset < end) problems.push(`${path}: children overlap or go back`)
      end = position.end.offset
    }
  }
  const inlines = (children: readonly Inline[], path: string, parent: Position | undefined) => {
    inOrder(
      path,
      children.map((child) => child.position)
    )
    children.forEach((child, i) => {
      const here = `${path}/${child.type}[${i}]`
      inside(here, child.position, parent)
      const written = slice(source, child.position)
      if (child.type === 'text') {
        // NUL reads as U+FFFD, as CommonMark has it; a form feed as a space.
        const plainly = !/[\\&\r\n\0]/.test(written)
        if (plainly && written.replaceAll('\f', ' ') !== child.value) {
          problems.push(
            `${here}: value ${JSON.stringify(child.value)} but source ${JSON.stringify(written)}`
          )
        }
        if (child.value.trim() !== '' && written.trim() === '') {
          problems.push(`${here}: words ${JSON.stringify(child.value)} over blank source`)
        }
      } else if (child.type === 'footnoteReference') {
        if (!/^\[\^[^\s\]]+\]$/.test(written) || child.marker !== 'markdown') {
          problems.push(`${here}: reference over ${JSON.stringify(written)}`)
        }
      } else if (child.type === 'break') {
        if (!/^(?:\r\n|\r|\n)$/.test(written))
          problems.push(`${here}: break over ${JSON.stringify(written)}`)
      } else if (child.type === 'image') {
        if (!/^!\[/.test(written)) problems.push(`${here}: image over ${JSON.stringify(written)}`)
      } else if (child.type === 'inlineCode') {
        if (
          !/^`[\s\S]*`$/.test(written) ||
          !written.includes(child.value.replace(/\n/g, '')[0] ?? '')
        )
          problems.push(`${here}: code over ${JSON.stringify(written)}`)
      } else if (child.type === 'anchor') {
        if (!/^</.test(written)) problems.push(`${here}: anchor over ${JSON.stringify(written)}`)
      } else {
        inlines(child.children, here, child.position)
      }
    })
  }
  const claims = (claimList: readonly Claim[], path: string, parent: Position | undefined) => {
    inOrder(
      path,
      claimList.map((claim) => claim.position)
    )
    claimList.forEach((claim, i) => {
      const here = `${path}/claim[${i}]`
      inside(here, claim.position, parent)
      if (claim.children.length === 0) problems.push(`${here}: no children`)
      inlines(claim.children, here, claim.position)
    })
  }
  for (const { node, path } of walked.paragraphs) {
    inside(path, node.position, root.position)
    claims(node.children, path, node.position)
  }
  inOrder(
    'running text',
    walked.paragraphs.map(({ node }) => node.position)
  )
  for (const { node, path } of walked.definitions) {
    node.children.flatMap(paragraphsIn).forEach((paragraph, i) => {
      inside(`${path}/paragraph[${i}]`, paragraph.position, node.position)
      claims(paragraph.children, `${path}/paragraph[${i}]`, paragraph.position)
    })
  }
  inOrder(
    'omitted',
    (root.omitted ?? []).map((omission) => omission.position)
  )
  return problems
}

/** Ids are unique, and every reference names a note of the edition with its number. */
function idProblems(root: Root): string[] {
  const problems: string[] = []
  const walked = walk(root)
  const seen = new Set<string>()
  const ids = [
    ...walked.chapters.map(({ node }) => node.id),
    ...root.children.flatMap((chapter) => chapter.children.map((section) => section.id)),
    ...[...walked.paragraphs, ...walked.noteParagraphs].map(({ node }) => node.id),
    ...walked.claims.map(({ node }) => node.id),
    ...walked.definitions.map(({ node }) => node.identifier)
  ]
  for (const id of ids) {
    if (seen.has(id)) problems.push(`id ${id} twice`)
    seen.add(id)
  }
  const notes = new Map(walked.definitions.map(({ node }) => [node.identifier, node]))
  for (const { node, path } of walked.references) {
    const note = notes.get(node.identifier)
    if (!note) problems.push(`${path}: reference ${node.identifier} names no note`)
    else if (note.number !== node.number || note.label !== node.label) {
      problems.push(
        `${path}: reference ${node.number} ${node.label} to note ${note.number} ${note.label}`
      )
    }
  }
  for (const { node: paragraph, path } of walked.paragraphs) {
    for (const claim of paragraph.children) {
      if (claim.citedBy !== undefined && !notes.has(claim.citedBy)) {
        problems.push(`${path}: citedBy ${claim.citedBy} names no note`)
      }
    }
  }
  return problems
}

function assertNone(what: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.slice(0, 8).join('\n  ')}`)
}

// ---------------------------------------------------------------------------------------------
// Generated Markdown

const words = fc.constantFrom(
  'the',
  'famine',
  'Stalin',
  'peasants',
  'in',
  '1933',
  'Mr.',
  'U.S.',
  'grain.',
  'Ukraine.',
  'worship.”',
  '“Pure',
  'said',
  'it?',
  'No!',
  '7.7',
  'million',
  'e.g.',
  'Kharkiv'
)

const inlineToken = fc.oneof(
  { weight: 12, arbitrary: words },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '*',
      '**',
      '_',
      '__',
      '~~',
      '[^1]',
      '[^2]',
      '[^12]',
      '[^note]',
      '[^Note]',
      '[^x y]',
      '`code. Here`',
      '`[^1]`',
      '\\*',
      '\\[^1]',
      '&amp;',
      '&copy;',
      '&#65;',
      '&bogus;',
      '<b>',
      '</b>',
      '[a link. Here](http://x.org "T")',
      '[ref]',
      '[text][ref]',
      '![An image. Here](p.png)',
      '![](empty.png)',
      'https://example.org.',
      '<http://auto.link>',
      '[',
      ']',
      '(',
      ')',
      '!',
      '\u0000',
      '\ufeff',
      '\t'
    )
  }
)

const separator = fc.oneof(
  { weight: 10, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '  \n', '\\\n', ' \n  ') }
)

const inlineText = fc
  .array(fc.tuple(inlineToken, separator), { minLength: 1, maxLength: 24 })
  .map((pairs) => pairs.map(([token, sep]) => token + sep).join(''))

const block = fc.oneof(
  { weight: 8, arbitrary: inlineText },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('# ', '## ', '### ', '#### '), inlineText)
      .map(([hashes, text]) => hashes + text.replace(/\n/g, ' '))
  },
  {
    weight: 1,
    arbitrary: inlineText.map((text) => `${text.replace(/\n/g, ' ')}\n${'='.repeat(3)}`)
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('> ', '- ', '* ', '1. ', '> > ', '- > ', '  - '), inlineText)
      .map(([prefix, text]) =>
        text
          .split('\n')
          .map((line) => prefix + line)
          .join('\n')
      )
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('[^1]: ', '[^2]: ', '[^note]: ', '[^12]: ', '[^orphan]: '), inlineText)
      .map(([label, text]) => label + text)
  },
  { weight: 1, arbitrary: fc.constantFrom('***', '---', '* * *', '___') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '```\ncode. Block\n```',
      '~~~js\nlet x = 1\n',
      '    indented code',
      '| a | b |\n|---|---|\n| 1. Two | [^1] |',
      '<script>alert(1)</script>',
      '<div>\n*html*\n</div>',
      '[ref]: http://ref.org "Ref"',
      '<!-- comment -->'
    )
  }
)

const frontMatter = fc.constantFrom(
  '',
  '',
  '---\ntitle: A Title\n---\n',
  '---\nexclude:\n  - text: "the"\n  - block: 2\n---\n',
  '---\nlanguage: 12\ncolour: x\n---\n',
  '---\ntitle: [unclosed\n---\n',
  '---\n---\n',
  '---\nnotes:\n  file: notes.md\nencoding: latin1\n---\n'
)

/** Markdown with LF line endings. */
const markdownLf = fc
  .tuple(
    frontMatter,
    fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n')), {
      minLength: 1,
      maxLength: 10
    }),
    fc.constantFrom('', '\n')
  )
  .map(([front, blocks, trailing]) => front + blocks.map(([b, gap]) => b + gap).join('') + trailing)

/** Raw strings heavy in Markdown syntax. */
const markdownNoise = fc.oneof(
  rawText,
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '\n',
          '\r\n',
          '\r',
          ' ',
          '  ',
          '#',
          '>',
          '-',
          '*',
          '_',
          '`',
          '[',
          ']',
          '^',
          ':',
          '(',
          ')',
          '!',
          '\\',
          '&',
          ';',
          '<',
          '|',
          '=',
          '.',
          '1',
          'a',
          'A',
          '---',
          '[^1]',
          '[^1]:',
          '```',
          '    ',
          '&amp;'
        ),
        fc.string({ unit: 'grapheme', maxLength: 3 })
      ),
      { maxLength: 120 }
    )
    .map((parts) => parts.join(''))
)

// ---------------------------------------------------------------------------------------------

describe('a bridge over a remark processor of one’s own', () => {
  const source = '---\ntitle: Tea\n---\n\n"Hello," she said -- and left.[^1]\n\n[^1]: A "note".\n'

  it('turns the mdast its plugins made into the edition AST, positions kept', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkSmartypants)
      .use(remarkColophon)
    const file = new VFile({ path: 'tea.md', value: source })
    const root = await processor.run(processor.parse(file), file)
    expect(validateEdition(root).ok).toBe(true)
    expect(root.meta.title).toBe('Tea')
    expect(claimTexts(root)).toEqual(['“Hello,” she said — and left.', 'A “note”.'])
    // The words changed; their places are still the source's.
    const claims = walk(root).claims.map(({ node }) => slice(source, node.position))
    expect(claims).toEqual(['"Hello," she said -- and left.[^1]', 'A "note".'])
    const own = tree(source, { path: 'tea.md' })
    expect(claimTexts(own)).toEqual(['"Hello," she said -- and left.', 'A "note".'])
    expect(withoutPositions(root)).toEqual(withoutPositions({ ...own, children: root.children }))
  })
})

describe('tables', () => {
  it('reads a table’s cells with their markup and note references, aligned as written', () => {
    const source =
      'Prices.[^1]\n\n| Item | Price |\n|:-----|------:|\n| Bread[^2] | 1.20 |\n| *Tea* | 0.80 |\n\n[^1]: Ledger.\n[^2]: A loaf.\n'
    const result = parse(source, { path: 'prices.md' })
    const root = result.tree as Root
    expect(validateEdition(root).ok).toBe(true)
    const table = root.children[0]?.children[0]?.children[1]
    if (table?.type !== 'table') throw new Error('Expected a table')
    expect(table.id).toBe('table1')
    expect(table.align).toEqual(['left', 'right'])
    const [, bread, tea] = table.children
    expect(bread?.children[0]?.children.map((n) => n.type)).toEqual(['text', 'footnoteReference'])
    expect(bread?.children[0]?.children[1]).toMatchObject({ identifier: 'n2', label: '2' })
    expect(tea?.children[0]?.children[0]).toMatchObject({ type: 'emphasis' })
    expect(root.children[0]?.notes.map((n) => `${n.identifier} ${n.status}`)).toEqual([
      'n1 present',
      'n2 present'
    ])
  })
})

describe('images', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
  const readImage = (path: string) => (path === 'a b.png' ? png : undefined)

  it('makes a paragraph of one image a figure, unnumbered, the line under it its caption', () => {
    const source = 'One.\n\n![A map](a%20b.png)\nThe map.[^1]\n\nTwo.\n\n[^1]: Plate.\n'
    const result = parse(source, { path: 'maps.md', readImage })
    const root = result.tree as Root
    expect(validateEdition(root).ok).toBe(true)
    const blocks = root.children[0]?.children[0]?.children ?? []
    expect(blocks.map((b) => `${b.type} ${b.id}`)).toEqual([
      'paragraph p1',
      'figure figure1',
      'paragraph p2'
    ])
    const figure = blocks[1]
    if (figure?.type !== 'figure') throw new Error('Expected a figure')
    expect(figure.children[0]).toMatchObject({ url: 'a%20b.png', alt: 'A map' })
    expect(figure.children[0].src).toBe(
      `data:image/png;base64,${Buffer.from(png).toString('base64')}`
    )
    expect(figure.caption?.map((n) => n.type)).toEqual(['text', 'footnoteReference'])
    expect(figure.caption?.[1]).toMatchObject({ identifier: 'n1', label: '1' })
    expect(result.messages).toEqual([])
  })

  it('keeps an image inside a sentence in its claim', () => {
    const root = parse('A dot ![red](a%20b.png) here. Next.\n', { path: 'x.md', readImage })
      .tree as Root
    const paragraph = root.children[0]?.children[0]?.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('Expected a paragraph')
    expect(paragraph.children.map((claim) => claim.children.map((n) => n.type))).toEqual([
      ['text', 'image', 'text'],
      ['text']
    ])
  })

  it('reports a missing image as an error and a remote one as a warning, at their places', () => {
    const source = 'Text.\n\n![Gone](gone.png)\n\nSee ![far](https://example.org/a.png).\n'
    const result = parse(source, { path: 'x.md', readImage })
    expect(
      result.messages.map((m) => `${m.line}:${m.column} ${severityOf(m)} ${m.ruleId}`)
    ).toEqual(['3:1 error image-missing', '5:5 warning image-remote'])
    const blocks = (result.tree as Root).children[0]?.children[0]?.children ?? []
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'figure', 'paragraph'])
  })

  it('keeps a figure in its list item, and the list whole', () => {
    const source = '1. One.\n\n   ![A map](a%20b.png)\n\n2. Two.\n3. Three.\n'
    const blocks =
      (parse(source, { path: 'x.md', readImage }).tree as Root).children[0]?.children[0]
        ?.children ?? []
    expect(blocks).toHaveLength(1)
    const list = blocks[0]
    if (list?.type !== 'list') throw new Error(`expected a list, got ${list?.type}`)
    expect(list.children.map((item) => item.children.map((b) => b.type))).toEqual([
      ['paragraph', 'figure'],
      ['paragraph'],
      ['paragraph']
    ])
  })

  it('keeps a table in its list item, and a list and code in a quotation, their claims quotations', () => {
    const source = [
      '> Thus:',
      '>',
      '> - first;',
      '> - second.',
      '>',
      '> ```',
      '> code',
      '> ```',
      '',
      '1. An item with a table:',
      '',
      '   | a | b |',
      '   |---|---|',
      '   | 1 | 2 |',
      '2. After.',
      ''
    ].join('\n')
    const result = parse(source, { path: 'x.md' })
    expect(result.messages).toEqual([])
    const [quote, list] = (result.tree as Root).children[0]?.children[0]?.children ?? []
    if (quote?.type !== 'quote' || list?.type !== 'list')
      throw new Error('expected a quote and a list')
    expect(quote.children.map((b) => `${b.type} ${b.id}`)).toEqual([
      'paragraph p1',
      'list l1',
      'code code1'
    ])
    expect(paragraphsIn(quote).map((p) => [p.id, p.children[0]?.kinds])).toEqual([
      ['p1', ['quotation']],
      ['p2', ['quotation']],
      ['p3', ['quotation']]
    ])
    expect(list.children.map((item) => item.children.map((b) => b.id))).toEqual([
      ['p4', 'table1'],
      ['p5']
    ])
    const valid = validateEdition(result.tree)
    expect(valid.ok ? [] : valid.problems).toEqual([])
  })

  it('reads an HTML figure as the same figure node, without a markdown-html warning', () => {
    const source =
      '<figure>\n<img src="a b.png" alt="A &amp; B">\n<figcaption>The <em>map</em>.</figcaption>\n</figure>\n'
    const result = parse(source, { path: 'x.md', readImage })
    const figure = (result.tree as Root).children[0]?.children[0]?.children[0]
    expect(figure).toMatchObject({
      type: 'figure',
      children: [{ type: 'image', url: 'a b.png', alt: 'A & B' }],
      caption: [{ type: 'text', value: 'The map.' }]
    })
    expect(result.messages).toEqual([])
  })
})

describe('raw HTML', () => {
  it('shows a disclosure open: its summary a paragraph in bold, its tags left out without a word', () => {
    const source =
      '<details>\n<summary>More &amp; <em>less</em></summary>\n\nInside it.\n\n</details>\n'
    const result = parse(source, { path: 'a.md' })
    expect(result.messages).toEqual([])
    const blocks = (result.tree as Root).children[0]?.children[0]?.children ?? []
    const summary = blocks[0]?.type === 'paragraph' ? blocks[0].children[0]?.children[0] : undefined
    expect(summary).toMatchObject({
      type: 'strong',
      children: [
        { type: 'text', value: 'More & ', position: { start: { line: 2, column: 10 } } },
        { type: 'text', value: 'less', position: { start: { line: 2, column: 25 } } }
      ]
    })
    expect(blocks.map((b) => b.id)).toEqual(['p1', 'p2'])
    expect(result.tree?.omitted?.map((o) => o.reason)).toEqual(['html', 'html', 'html', 'html'])
  })

  it.each([
    ['a one-liner', '<details><summary>Hint</summary>Try the second loop.</details>\n'],
    ['lines', '<details>\n<summary>Answer</summary>\nThe answer is 42.\n</details>\n'],
    [
      'inline tags',
      '<details>\n<summary>Why</summary>\n<p>Because <em>this</em> &amp; <code>that</code>.<br>Then.</p><p>Next.</p>\n</details>\n'
    ]
  ])(
    'reads the words a disclosure holds in its own block (%s), every character accounted for',
    (_, source) => {
      const result = parse(source, { path: 'a.md' })
      const root = result.tree as Root
      expect(result.messages).toEqual([])
      expect(positionProblems(source, root)).toEqual([])
      expect(firstUncovered(source, root)).toBeUndefined()
      expect(firstDoubled(source, root)).toBeUndefined()
      expect(JSON.stringify(root)).not.toContain('<')
      expect(claimTexts(root).length).toBeGreaterThan(1)
    }
  )

  it('reads a disclosure in a quotation, its lines opened by `>`', () => {
    const source =
      '> <details>\n> <summary>Hint</summary>\n> Try the loop. Then stop.\n> </details>\n'
    const result = parse(source, { path: 'a.md' })
    const root = result.tree as Root
    expect(result.messages).toEqual([])
    expect(positionProblems(source, root)).toEqual([])
    expect(firstDoubled(source, root)).toBeUndefined()
    expect(claimTexts(root)).toEqual(['Hint', 'Try the loop.', 'Then stop.'])
  })

  it('reads a disclosure in a note, its lines indented under the note', () => {
    const source =
      'Text.[^1]\n\n[^1]: A note.\n\n    <details>\n    <summary>More</summary>\n    Inside the note.\n    </details>\n'
    const result = parse(source, { path: 'a.md' })
    expect(result.messages).toEqual([])
    const note = (result.tree as Root).children[0]?.notes[0]
    const words = (note?.children ?? []).map((block) =>
      block.type === 'paragraph' ? slice(source, block.position) : block.type
    )
    expect(words).toEqual(['A note.', 'More', 'Inside the note.'])
    expect(positionProblems(source, result.tree as Root)).toEqual([])
  })

  it('keeps the warning for a disclosure holding HTML it cannot read (a table)', () => {
    const source =
      '<details>\n<summary>Data</summary>\n<table><tr><td>1</td></tr></table>\n</details>\n'
    const result = parse(source, { path: 'a.md' })
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:1 markdown-html'
    ])
  })

  it('says so when a block opens with a closing tag and runs on with words (found by the property tests)', () => {
    const result = parse('</b>\n===\n\nText.\n\n</div>\n', { path: 'a.md' })
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:1 markdown-html'
    ])
  })

  const text = [
    '# Preface <!-- /preface/ -->',
    '',
    '<div class="note">A boxed remark.</div>',
    '',
    '<!-- a comment',
    'over lines -->',
    '',
    'Text with <a id="here"></a>an anchor, a<br>break and <b>bold</b> words.[^1]',
    '',
    '[^1]: A note <!-- checked --> in <i>italics</i>.',
    ''
  ].join('\n')

  it('is not shown: comments go without a word, other HTML with a warning at its place', () => {
    const result = parse(text, { path: 'a.md' })
    const root = result.tree as Root
    expect(root.children[0]?.title).toBe('Preface')
    expect(claimTexts(root)).toEqual([
      'Text with an anchor, a\nbreak and bold words.',
      'A note  in italics.'
    ])
    expect(JSON.stringify(root)).not.toContain('<')
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '3:1 markdown-html Raw HTML `<div>` is not shown in the edition; write what it holds in Markdown, or remove it',
      '8:54 markdown-html Raw HTML `<b>` is not shown in the edition; write what it holds in Markdown, or remove it',
      '10:34 markdown-html Raw HTML `<i>` is not shown in the edition; write what it holds in Markdown, or remove it'
    ])
    expect(root.omitted?.every((omission) => omission.reason === 'html')).toBe(true)
    expect(root.omitted?.map((omission) => omission.position.start.line)).toEqual([
      3, 5, 8, 8, 8, 10, 10, 10
    ])
  })

  it('keeps `<a id>` and `<span id>` as anchors, which the text’s `#name` links lead to', () => {
    const source =
      '| Option | Use |\n| --- | --- |\n| <span id="-Wall">`-Wall`</span> | warnings |\n\nTurn on <a name=\'all\'></a>[`-Wall`](#-Wall).\n'
    const root = tree(source)
    const anchors = walk(root).inlines.flatMap(({ node }) =>
      node.type === 'anchor' ? [[node.name, slice(source, node.position)]] : []
    )
    expect(anchors).toEqual([['all', "<a name='all'>"]])
    expect(JSON.stringify(root)).toContain('"type":"anchor","name":"-Wall"')
    expect(parse(source, { path: 'a.md' }).messages).toEqual([])
  })
})

describe('template tags', () => {
  it('leaves a paragraph of template tags out of the text, with a warning', () => {
    const text =
      '{% include toc.html %}\n\nWords {% raw %} stay.\n\n{% include figure.html filename="a.png" caption="A" %}\n'
    const result = parse(text, { path: 'a.md' })
    expect(claimTexts(result.tree as Root)).toEqual(['Words {% raw %} stay.'])
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:1 markdown-template',
      '5:1 markdown-template'
    ])
    expect(result.messages[1]?.reason).toBe(
      'Template tag `{% include figure.html %}` is not shown in the edition (a site generator fills it in); write what it stands for in Markdown, or remove it'
    )
    expect(result.tree?.omitted?.map((o) => o.reason)).toEqual(['template', 'template'])
  })
})

describe('front matter of other tools', () => {
  it('ignores keys that are no setting, with a warning that names a near one', () => {
    const result = parse('---\ntitle: The Book\nlayout: chapter\n---\n\nWords.\n', {
      path: 'a.md'
    })
    expect(result.tree?.meta.title).toBe('The Book')
    expect(
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${severityOf(m)}`)
    ).toEqual(['3:1 settings-ignored warning'])
    const typo = parse('---\ntitel: The Book\n---\n\nWords.\n', { path: 'a.md' })
    expect(typo.messages.map((m) => `${m.ruleId} ${severityOf(m)} ${m.reason}`)).toEqual([
      "settings-ignored warning Front matter key `titel` is no setting of Colophon's, so it is ignored (another tool may read it); if you meant `title`, rename it"
    ])
  })
})

describe('format', () => {
  it('is Markdown for .md, .markdown, .mdown and .mkd paths, text otherwise', () => {
    const text = 'He left.[^1]\n\n[^1]: Note.\n'
    expect(tree(text, { path: 'a.md' }).meta.sources[0]?.format).toBe('markdown')
    expect(tree(text, { path: 'a.MARKDOWN' }).meta.sources[0]?.format).toBe('markdown')
    expect(tree(text, { path: 'a.mdown' }).meta.sources[0]?.format).toBe('markdown')
    expect(tree(text, { path: 'a.mkd' }).meta.sources[0]?.format).toBe('markdown')
    expect(tree(text, { path: 'a.mdx' }).meta.sources[0]?.format).toBe('text')
    expect(tree(text, { path: 'a.txt' }).meta.sources[0]?.format).toBe('text')
    expect(tree(text, { path: 'a.txt', format: 'markdown' }).meta.sources[0]?.format).toBe(
      'markdown'
    )
    expect(tree(text, { path: 'a.md', format: 'text' }).meta.sources[0]?.format).toBe('text')
    const bare = parse(text, { format: 'markdown' })
    expect(bare.tree?.meta.sources[0]?.path).toBe('manuscript.md')
    expect(bare.tree?.children[0]?.source.format).toBe('markdown')
  })

  it('refuses an unknown format', () => {
    expect(() => parse('x', { format: 'rst' as 'text' })).toThrow(TypeError)
  })

  it('works as a unified parser plugin', () => {
    const file = new VFile({ path: 'x.md', value: '# Title\n\nWords *here*.\n' })
    const root = unified().use(colophonMarkdown).parse(file)
    expect(root.meta.title).toBe('Title')
    expect(root.meta.sources[0]?.format).toBe('markdown')
    expect(claimTexts(root)).toEqual(['Words here.'])
    expect(validateEdition(root).ok).toBe(true)
  })

  it('decodes bytes as for text: UTF-16 with its mark, control characters reported', () => {
    const text = '# Title\n\nThe famine began in 1932.\n'
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
    expect(claimTexts(tree(utf16))).toEqual(['The famine began in 1932.'])
    const result = parse('Bad \u0001 byte.\n', { path: 'x.md' })
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:5 text-control-character'
    ])
    expect(parse('  \n\n', { path: 'x.md' }).messages.map((m) => m.ruleId)).toEqual(['text-empty'])
  })
})

describe('front matter', () => {
  it('is the settings, omitted from the text', () => {
    const source = '---\ntitle: Set Title\nauthor: A. Writer\n---\n# Heading\n\nWords.\n'
    const root = tree(source)
    expect(root.meta).toMatchObject({ title: 'Set Title', author: 'A. Writer' })
    expect(root.omitted).toEqual([
      {
        reason: 'excluded',
        rule: 'front-matter',
        position: {
          start: { line: 1, column: 1, offset: 0 },
          end: { line: 4, column: 4, offset: source.indexOf('\n#') }
        }
      }
    ])
  })

  it('reports invalid settings at their place in the Markdown file', () => {
    const source = '---\r\ntitle: Fine\r\nlanguage: 12\r\n---\r\nWords.\r\n'
    const result = parse(source, { path: 'x.md' })
    const message = result.messages[0]
    expect(message?.ruleId).toBe('settings-invalid')
    expect(severityOf(message as NonNullable<typeof message>)).toBe('error')
    expect([message?.line, message?.column]).toEqual([3, 11])
    const place = message?.place
    const offset = place && 'offset' in place ? place.offset : undefined
    expect(offset === undefined ? '' : source.slice(offset, offset + 2)).toBe('12')
    expect(message?.file).toBe('x.md')
    // The text is still read, with no settings.
    expect(result.tree?.meta.title).toBe('x')
    expect(claimTexts(result.tree as Root)).toEqual(['Words.'])
  })

  it('replaces settings given beside it, with a warning', () => {
    const result = parse('---\ntitle: Front\n---\nWords.\n', {
      path: 'x.md',
      settings: { title: 'Side', author: 'Someone' }
    })
    expect(result.tree?.meta.title).toBe('Front')
    expect(result.tree?.meta.author).toBeUndefined()
    expect(
      result.messages.map((m) => `${m.line}:${m.column} ${severityOf(m)} ${m.ruleId}`)
    ).toEqual(['1:1 warning settings-ignored'])
  })

  it('gives way to given settings when there is none', () => {
    const root = tree('Words.\n', { settings: { title: 'Side' } })
    expect(root.meta.title).toBe('Side')
  })

  it('warns about settings a Markdown manuscript cannot use', () => {
    const result = parse('---\nencoding: latin1\nnotes:\n  file: n.md\n---\nWords.\n', {
      path: 'x.md'
    })
    expect(result.messages.map((m) => m.ruleId)).toEqual([
      'settings-unsupported',
      'settings-unsupported'
    ])
    const notes = parse('Words.\n', { path: 'x.md', notes: { path: 'n.txt', value: '1. A.' } })
    expect(notes.messages.map((m) => m.ruleId)).toEqual(['settings-unsupported'])
    const styles = parse('Words.[^1]\n\n[^1]: A.\n', {
      path: 'x.md',
      settings: { notes: { markers: ['bracket'], numbering: 'book' } }
    })
    expect(styles.messages.map((m) => m.reason)).toEqual([
      'Setting `notes.markers` is not read for a Markdown manuscript: its notes are cited by footnote references (`[^1]`) alone',
      'Setting `notes.numbering` is not read for a Markdown manuscript: its footnotes are named by their labels, which hold for the whole manuscript'
    ])
  })

  it('applies exclusions to blocks as written or by their words', () => {
    const result = parse('# Share this\n\nKeep me.\n\n*Subscribe* now.\n\nLast.\n', {
      path: 'x.md',
      settings: {
        exclude: [{ text: 'Share this' }, { pattern: '^Subscribe' }, { block: -1 }, { text: 'x' }]
      }
    })
    expect(claimTexts(result.tree as Root)).toEqual(['Keep me.'])
    expect(result.tree?.omitted?.map((o) => o.rule)).toEqual([
      'exclude[0]',
      'exclude[1]',
      'exclude[2]'
    ])
    expect(result.messages.map((m) => m.ruleId)).toEqual(['settings-exclusion-unused'])
  })
})

describe('structure', () => {
  it('opens chapters at # headings and sections at deeper ones and at thematic breaks', () => {
    const root = tree('Before.\n\n# One\n\nA.\n\n## Sub\n\nB.\n\n***\n\nC.\n\n# Two\n\nD.\n')
    expect(
      root.children.map((chapter) => [
        chapter.title,
        chapter.children.map((section) => [section.title, section.children.length])
      ])
    ).toEqual([
      [undefined, [[undefined, 1]]],
      [
        'One',
        [
          [undefined, 1],
          ['Sub', 1],
          [undefined, 1]
        ]
      ],
      ['Two', [[undefined, 1]]]
    ])
    expect(root.meta.title).toBe('test')
    expect(root.omitted?.map((o) => o.reason)).toEqual(['break'])
  })

  it('takes a lone first # heading as the title', () => {
    expect(tree('# The Title\n\n## Part\n\nWords.\n').meta.title).toBe('The Title')
    expect(tree('## First\n\n# The Title\n\nWords.\n').meta.title).toBe('test')
    expect(tree('Words.[^1]\n\n# Notes\n\n[^1]: A note.\n').meta.title).toBe('test')
  })

  it('reads lists as lists, block quotes as quotes, code as code, tables as tables, leaves HTML out', () => {
    const root = tree(
      '- One. Two.\n- Three.\n\n> Four.\n\n```js\nfive. Six\n```\n\n| a |\n|---|\n| b |\n\n<script>alert(1)</script>\n'
    )
    const paragraphs = walk(root).paragraphs.map(({ node }) => [
      node.verse ?? false,
      node.children.map((claim) => plain(claim.children))
    ])
    expect(paragraphs).toEqual([
      [false, ['One.', 'Two.']],
      [false, ['Three.']],
      [false, ['Four.']]
    ])
    // Code is no paragraph: no number, no claims, its lines as written.
    const blocks = root.children[0]?.children.flatMap((section) => section.children) ?? []
    expect(blocks.map((block) => `${block.type} ${block.id}`)).toEqual([
      'list l1',
      'quote q1',
      'code code1',
      'table table1'
    ])
    // A quotation's paragraphs are numbered with the text's, their claims quotations.
    const list = blocks[0]
    expect(
      list?.type === 'list'
        ? [list.ordered, list.children.map((item) => item.children.map((p) => p.id))]
        : []
    ).toEqual([false, [['p1'], ['p2']]])
    const quote = blocks[1]
    expect(
      quote?.type === 'quote' ? paragraphsIn(quote).map((p) => [p.id, p.children[0]?.kinds]) : []
    ).toEqual([['p3', ['quotation']]])
    expect(blocks[2]).toMatchObject({ type: 'code', lang: 'js', value: 'five. Six' })
    const table = blocks[3]
    const cells =
      table?.type === 'table'
        ? table.children.map((row) => row.children.map((cell) => plain(cell.children)))
        : []
    expect(cells).toEqual([['a'], ['b']])
    expect(root.omitted?.map((o) => o.reason)).toEqual(['html'])
    const inlines = walk(root).inlines.map(({ node }) => node.type)
    expect(new Set(inlines)).toEqual(new Set(['text']))
  })

  it('splits emphasis, strong and links at sentence boundaries', () => {
    const source = 'He *left. Then* came [back. Home](http://x "T") **now. Yes**.\n'
    const root = tree(source)
    const claims = walk(root).claims.map(({ node }) => node)
    expect(claims.map((claim) => plain(claim.children))).toEqual([
      'He left.',
      'Then came back.',
      'Home now.',
      'Yes.'
    ])
    const [first, second, third] = claims
    expect(first?.children.map((c) => c.type)).toEqual(['text', 'emphasis'])
    expect(slice(source, first?.children[1]?.position)).toBe('*left.')
    expect(slice(source, second?.children[0]?.position)).toBe('Then*')
    expect(second?.children[2]).toMatchObject({ type: 'link', url: 'http://x', title: 'T' })
    expect(slice(source, second?.children[2]?.position)).toBe('[back.')
    expect(slice(source, third?.children[0]?.position)).toBe('Home](http://x "T")')
    assertNone('positions', positionProblems(source, root))
  })

  it('takes a link’s target from the first definition of its name, as CommonMark does', () => {
    const source = [
      'Read [the text][a] and [b].',
      '',
      '> [b]: /quoted-b',
      '',
      '[a]: /first-a',
      '[a]: /second-a',
      '[b]: /later-b',
      ''
    ].join('\n')
    const links = walk(tree(source)).inlines.flatMap(({ node }) =>
      node.type === 'link' ? [node.url] : []
    )
    expect(links).toEqual(['/first-a', '/quoted-b'])
  })

  it('never cuts inline code into sentences, nor reads an HTML tag’s attributes', () => {
    const root = tree('Run `a. B` now. Then <abbr title="a. B">x</abbr> stop.\n')
    expect(claimTexts(root)).toEqual(['Run a. B now.', 'Then x stop.'])
    const first = walk(root).claims[0]?.node.children
    expect(first?.map((child) => child.type)).toEqual(['text', 'inlineCode', 'text'])
    expect(first?.[1]).toMatchObject({ type: 'inlineCode', value: 'a. B' })
  })

  it('reads what a sentence is from its words, not its code: `-O2` is not a figure', () => {
    const claims = walk(tree('Use `-O2` and `-Wformat=2` here. It cost 40 percent.\n')).claims
    expect(claims.map(({ node }) => node.kinds)).toEqual([[], ['figure']])
  })

  it('keeps inline code as written, backticks left out, spaces and all', () => {
    const source = 'Pass ``-D_FORTIFY_SOURCE=3`` and `` `x` `` to `cc`.\n'
    const codes = walk(tree(source)).inlines.flatMap(({ node }) =>
      node.type === 'inlineCode' ? [[node.value, slice(source, node.position)]] : []
    )
    expect(codes).toEqual([
      ['-D_FORTIFY_SOURCE=3', '``-D_FORTIFY_SOURCE=3``'],
      ['`x`', '`` `x` ``'],
      ['cc', '`cc`']
    ])
  })

  it('keeps positions of text that differs from its source', () => {
    const source = '> AT&amp;T \\*said\\* so\n> quoted  on.\n'
    const root = tree(source)
    const texts = walk(root).inlines.flatMap(({ node }) => (node.type === 'text' ? [node] : []))
    expect(texts.map((t) => [t.value, slice(source, t.position)])).toEqual([
      ['AT&T *said* so\nquoted  on.', 'AT&amp;T \\*said\\* so\n> quoted  on.']
    ])
  })
})

describe('footnotes', () => {
  it('reads a note cited from a heading, numbered in order with the text’s', () => {
    const source =
      '# The Title[^t]\n\n## A *Section*[^s]\n\nText.[^x]\n\n[^t]: On the title.\n[^s]: On the section.\n[^x]: On the text.\n'
    const result = parse(source, { path: 'a.md' })
    const chapter = (result.tree as Root).children[0]
    const section = chapter?.children[0]
    expect(chapter?.title).toBe('The Title')
    expect(
      chapter?.titleContent?.map((child) => (child.type === 'text' ? child.value : child.label))
    ).toEqual(['The Title', '1'])
    expect(section?.title).toBe('A Section')
    expect(
      section?.titleContent?.map((child) => (child.type === 'text' ? child.value : child.label))
    ).toEqual(['A Section', '2'])
    expect(chapter?.notes.map((note) => `${note.label} ${note.status}`)).toEqual([
      '1 present',
      '2 present',
      '3 present'
    ])
    expect(result.messages).toEqual([])
  })

  it('numbers notes in the order of first reference, whatever their labels, as pandoc does', () => {
    const root = tree(
      'A.[^3] B.[^x] C.[^3] D.[^Y] E.[^9]\n\n[^3]: Three.\n[^x]: Ex.\n[^y]: Why.\n[^z]: Unused.\n'
    )
    expect(references(root).map((r) => [r.label, r.number, r.identifier, r.written])).toEqual([
      ['1', 1, 'n1', '3'],
      ['2', 2, 'n2', 'x'],
      ['1', 1, 'n1', '3'],
      ['3', 3, 'n3', 'y'],
      ['4', 4, 'n4', '9']
    ])
    const notes = root.children[0]?.notes ?? []
    expect(notes.map((n) => [n.label, n.number, n.status, n.written])).toEqual([
      ['1', 1, 'present', '3'],
      ['2', 2, 'present', 'x'],
      ['3', 3, 'present', 'y'],
      ['4', 4, 'missing', '9'],
      ['5', 5, 'present', 'z']
    ])
    assertNone('ids', idProblems(root))
  })

  it('with `notes.labels: keep`, numbers numeric labels by value and others by order met', () => {
    const root = tree(
      'A.[^3] B.[^x] C.[^3] D.[^Y] E.[^9]\n\n[^3]: Three.\n[^x]: Ex.\n[^y]: Why.\n[^z]: Unused.\n',
      { settings: { notes: { labels: 'keep' } } }
    )
    expect(references(root).map((r) => [r.label, r.number, r.identifier])).toEqual([
      ['3', 3, 'n3'],
      ['x', 2, 'n-x78'],
      ['3', 3, 'n3'],
      ['y', 3, 'n-x79'],
      ['9', 9, 'n9']
    ])
    const notes = root.children[0]?.notes ?? []
    expect(notes.map((n) => [n.label, n.number, n.status])).toEqual([
      ['x', 2, 'present'],
      ['3', 3, 'present'],
      ['y', 3, 'present'],
      ['z', 5, 'present'],
      ['9', 9, 'missing']
    ])
    expect(notes.every((n) => n.written === undefined)).toBe(true)
    assertNone('ids', idProblems(root))
  })

  it('finds references to undefined notes in the text, but not escaped or in code', () => {
    const source = 'See [^5] here. Not \\[^6] nor `[^7]`.\n'
    const root = tree(source)
    expect(references(root).map((r) => [r.written, slice(source, r.position)])).toEqual([
      ['5', '[^5]']
    ])
    expect(root.children[0]?.notes).toEqual([
      {
        type: 'footnoteDefinition',
        identifier: 'n1',
        label: '1',
        number: 1,
        written: '5',
        status: 'missing',
        children: []
      }
    ])
  })

  it('places a definition in the chapter of its first reference; later chapters point to it', () => {
    const root = tree(
      '# One\n\nA.[^1] B.[^s]\n\n[^1]: One-one.\n\n# Two\n\nC.[^1] D.[^s]\n\n[^1]: Two-one.\n\n# Notes\n\n[^s]: Shared.\n'
    )
    expect(root.children.map((c) => c.title)).toEqual(['One', 'Two'])
    expect(root.omitted?.map((o) => o.reason)).toEqual(['notes-heading'])
    expect(references(root).map((r) => r.identifier)).toEqual(['c1-n1', 'c1-n2', 'c2-n1', 'c1-n2'])
    expect(root.children.map((c) => c.notes.map((n) => n.identifier))).toEqual([
      ['c1-n1', 'c1-n2'],
      ['c2-n1']
    ])
    const citedBy = walk(root).paragraphs.flatMap(({ node }) => node.children.map((c) => c.citedBy))
    expect(citedBy).toEqual(['c1-n1', 'c1-n2', 'c2-n1', 'c1-n2'])
    assertNone('ids', idProblems(root))
  })

  it('keeps references to their notes when kept labels share a number or are huge numerals', () => {
    const root = tree(
      'A.[^1] B.[^01] C.[^123456789012345678901]\n\n[^1]: One.\n[^01]: Zero-one.\n[^123456789012345678901]: Big.\n',
      { settings: { notes: { labels: 'keep' } } }
    )
    const notes = root.children[0]?.notes ?? []
    expect(notes.map((n) => [n.label, n.number, n.identifier])).toEqual([
      ['1', 1, 'n1'],
      ['01', 1, 'n1-2'],
      ['123456789012345678901', 3, 'n3']
    ])
    expect(references(root).map((r) => r.identifier)).toEqual(['n1', 'n1-2', 'n3'])
    expect(walk(root).paragraphs[0]?.node.children.map((c) => c.citedBy)).toEqual([
      'n1',
      'n1-2',
      'n3'
    ])
    assertNone('ids', idProblems(root))
    expect(validateEdition(root).ok).toBe(true)
  })

  it('reads note bodies like the text: paragraphs, claims, references', () => {
    const root = tree('Text.[^1]\n\n[^1]: First. *Second*.\n\n    More[^2].\n\n[^2]: Inner.\n')
    const notes = root.children[0]?.notes ?? []
    expect(
      notes.map((n) =>
        n.children.filter(isParagraph).map((p) => p.children.map((c) => plain(c.children)))
      )
    ).toEqual([[['First.', 'Second.'], ['More.']], [['Inner.']]])
    expect(notes.map((n) => n.identifier)).toEqual(['n1', 'n2'])
  })
})

describe('the same words as plain text and as Markdown', () => {
  it('give the same claims and note numbers', () => {
    const text = [
      'He felt the “pure primitive worship.”1 Then he left in March 1933.2',
      '',
      'Mr. Jones wrote in the U.S. press. The famine took 3.3 million lives.3',
      '',
      'NOTES',
      '',
      '1. Gareth Jones, diary.',
      '2. Ibid.',
      '3. Snyder, Bloodlands.',
      ''
    ].join('\n')
    const markdown = [
      'He felt the “pure primitive worship.”[^1] Then he left in March 1933.[^2]',
      '',
      'Mr. Jones wrote in the *U.S. press*. The famine took **3.3 million** lives.[^3]',
      '',
      '[^1]: Gareth Jones, diary.',
      '[^2]: Ibid.',
      '[^3]: Snyder, *Bloodlands*.',
      ''
    ].join('\n')
    const fromText = tree(text, { path: 'a.txt' })
    const fromMarkdown = tree(markdown, { path: 'a.md' })
    expect(claimTexts(fromMarkdown)).toEqual(claimTexts(fromText))
    const numbering = (root: Root) => ({
      references: references(root).map((r) => [r.number, r.identifier]),
      notes: root.children.flatMap((c) => c.notes.map((n) => [n.number, n.identifier, n.status])),
      citedBy: walk(root).claims.map(({ node }) => node.citedBy),
      kinds: walk(root).claims.map(({ node }) => node.kinds)
    })
    expect(numbering(fromMarkdown)).toEqual(numbering(fromText))
  })
})

describe('line endings', () => {
  it('CRLF gives the tree LF gives, positions aside (the crlf fixture)', () => {
    const crlf = readFileSync(new URL('fixtures-md/crlf/input.md', import.meta.url), 'utf8')
    expect(crlf).toContain('\r\n')
    const lf = withEndings(crlf, '\n')
    expect(withoutPositions(tree(crlf))).toEqual(withoutPositions(tree(lf)))
  })
})

describe('properties', () => {
  const check = (source: string) => {
    const result = parse(source, { path: 'gen.md' })
    const root = result.tree
    if (!root) throw new Error('no tree')
    const valid = validateEdition(root)
    if (!valid.ok) throw new Error(JSON.stringify(valid.problems.slice(0, 3)))
    const text = String(result.file.value)
    assertNone('positions', positionProblems(text, root))
    assertNone('ids', idProblems(root))
  }

  it('parse never throws, trees validate, positions and ids hold: generated Markdown', () => {
    fc.assert(fc.property(markdownLf, check), { numRuns: runs.generated })
  })

  it('parse never throws, trees validate, positions and ids hold: raw fuzz', () => {
    fc.assert(fc.property(markdownNoise, check), { numRuns: runs.raw })
  })

  it('reports Markdown remark cannot read instead of throwing', () => {
    // remark's development build (the one tests load) asserts on this task list item.
    const result = parse('*\n[\n]\n?', { path: 'x.md' })
    expect(result.tree && validateEdition(result.tree).ok).toBe(true)
    expect(result.messages.map((m) => m.ruleId).every((id) => id === 'markdown-unreadable')).toBe(
      true
    )
  })

  it('parse never throws on raw bytes, and gives valid trees for texts written as bytes', () => {
    const tally = { runs: 0, skipped: 0 }
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const result = parse(bytes, { path: 'bytes.md' })
        tally.runs++
        if (!result.tree) {
          tally.skipped++
          return
        }
        expect(validateEdition(result.tree).ok).toBe(true)
      }),
      { numRuns: runs.raw }
    )
    expectSkippedUnder(tally)
  })

  it('CRLF and CR give the tree LF gives, positions aside', () => {
    fc.assert(
      fc.property(markdownLf, fc.constantFrom<'\r\n' | '\r'>('\r\n', '\r'), (lf, ending) => {
        const other = withEndings(lf, ending)
        expect(withoutPositions(tree(other))).toEqual(withoutPositions(tree(lf)))
      }),
      { numRuns: runs.generated }
    )
  })

  it('parsing again gives the same tree', () => {
    fc.assert(
      fc.property(markdownLf, (source) => {
        expect(tree(source)).toEqual(tree(source))
      }),
      { numRuns: 50 }
    )
  })
})
