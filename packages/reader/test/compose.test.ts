// Composition on the seed chapter, as a reader would take it: the whole chapter, excerpts by
// section, paragraph range and claim range, under each note-numbering policy. Every composed
// tree must validate against the edition schema and carry exactly the notes its text cites.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from '@colophon/parser'
import type { Block, Chapter, Inline, Root } from '@colophon/schema'
import { paragraphsOf, validateEdition } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { type ComposeEntry, compose } from '../src/compose.js'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const seedPath = 'source/snyder-bloodlands-ch2-class-terror.txt'
const seedText = readFileSync(`${repository}${seedPath}`)
const settings = {
  title: 'Class Terror',
  author: 'Timothy Snyder',
  work: 'Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2',
  language: 'en',
  exclude: [
    { text: 'Military history' },
    { pattern: '^If you find an error or have any questions' }
  ]
}

/** The seed with note bodies: note N is `Source N.` and a sentence of the chapter. */
function notedSeed(): Root {
  const lines = Array.from({ length: 65 }, (_, k) => `${k + 1}. Source ${k + 1}. A note body.`)
  const { tree } = parse(seedText, {
    path: seedPath,
    settings: { ...settings, notes: { file: 'notes.txt' } },
    notes: { path: 'source/notes.txt', value: `${lines.join('\n\n')}\n` }
  })
  if (!tree) throw new Error('Expected the seed to parse')
  return tree
}

function references(chapter: Chapter): { identifier: string; label: string; original?: string }[] {
  const found: { identifier: string; label: string; original?: string }[] = []
  const walk = (children: readonly Inline[]) => {
    for (const child of children) {
      if (child.type === 'footnoteReference') {
        found.push({
          identifier: child.identifier,
          label: child.label,
          ...(child.original === undefined ? {} : { original: child.original })
        })
      } else if ('children' in child) walk(child.children)
    }
  }
  for (const section of chapter.children) {
    for (const paragraph of paragraphsOf(section))
      for (const claim of paragraph.children) walk(claim.children)
  }
  return found
}

function run(entries: ComposeEntry[], numbering?: 'source' | 'chapter' | 'continuous') {
  const trees = entries.map(() => notedSeed())
  const result = compose(entries, trees, { title: 'A Reader', manifest: 'reader.yaml', numbering })
  const validation = validateEdition(result.tree)
  expect(validation.ok ? [] : validation.problems).toEqual([])
  return result
}

/** Each chapter defines exactly the notes its text refers to. */
function expectNotesIntact(tree: Root): void {
  for (const chapter of tree.children) {
    const cited = new Set(references(chapter).map((reference) => reference.identifier))
    expect(new Set(chapter.notes.map((note) => note.identifier))).toEqual(cited)
  }
}

describe('compose', () => {
  it('keeps a note cited from a section’s title, renumbered with the notes of its text', () => {
    const text =
      'I.[3]\n\nThe first letter says a thing.[4]\n\nII.\n\nThe second letter.\n\n' +
      'Notes\n\n3. On the first letter.\n\n4. On the thing.\n'
    const source = parse(text, { path: 'letters.txt' }).tree
    if (!source) throw new Error('Expected the letters to parse')
    const entries: ComposeEntry[] = [{ select: { paragraphs: ['p1'] } }]
    const result = compose(entries, [source], {
      title: 'A Reader',
      manifest: 'reader.yaml',
      numbering: 'chapter'
    })
    const validation = validateEdition(result.tree)
    expect(validation.ok ? [] : validation.problems).toEqual([])
    const chapter = result.tree.children[0] as Chapter
    const [, titled] = chapter.children[0]?.titleContent ?? []
    expect(titled).toMatchObject({ type: 'footnoteReference', label: '1', original: '3' })
    expect(chapter.notes.map((note) => `${note.label} ${note.original}`)).toEqual(['1 3', '2 4'])
  })

  it('keeps the code between the paragraphs it takes, and none beyond them', () => {
    const text = 'First.\n\n```js\nlet a = 1\n```\n\nSecond.\n\n```\nlet b = 2\n```\n\nThird.\n'
    const source = parse(text, { path: 'lesson.md' }).tree
    if (!source) throw new Error('Expected the lesson to parse')
    const blocks = (paragraphs: [string, ...string[]] | undefined) => {
      const entries: ComposeEntry[] = paragraphs ? [{ select: { paragraphs } }] : [{}]
      const { tree } = compose(entries, [source], { title: 'R', manifest: 'reader.yaml' })
      const validation = validateEdition(tree)
      expect(validation.ok ? [] : validation.problems).toEqual([])
      const chapter = tree.children[0] as Chapter
      return chapter.children.flatMap((section) => section.children.map((block) => block.id))
    }
    expect(blocks(undefined)).toEqual(['c1-p1', 'c1-code1', 'c1-p2', 'c1-code2', 'c1-p3'])
    expect(blocks(['p1-p2'])).toEqual(['c1-p1', 'c1-code1', 'c1-p2'])
    expect(blocks(['p2'])).toEqual(['c1-p2'])
  })

  it('keeps a quotation with the paragraphs of it an excerpt takes', () => {
    const text = 'First.\n\n> Quoted one.\n>\n> Quoted two.\n\nLast.\n'
    const source = parse(text, { path: 'letters.md' }).tree
    if (!source) throw new Error('Expected the letters to parse')
    const blocks = (paragraphs: [string, ...string[]] | undefined) => {
      const entries: ComposeEntry[] = paragraphs ? [{ select: { paragraphs } }] : [{}]
      const { tree } = compose(entries, [source], { title: 'R', manifest: 'reader.yaml' })
      const validation = validateEdition(tree)
      expect(validation.ok ? [] : validation.problems).toEqual([])
      const chapter = tree.children[0] as Chapter
      return chapter.children.flatMap((section) =>
        section.children.map((block) =>
          block.type === 'quote' ? `${block.id}(${block.children.map((p) => p.id)})` : block.id
        )
      )
    }
    expect(blocks(undefined)).toEqual(['c1-p1', 'c1-q1(c1-p2,c1-p3)', 'c1-p4'])
    expect(blocks(['p3-p4'])).toEqual(['c1-q1(c1-p3)', 'c1-p4'])
  })

  it('keeps the list inside a quotation, and the table inside a list item, that an excerpt takes', () => {
    const text = [
      'First.',
      '',
      '> Quoted.',
      '>',
      '> - Item one.',
      '> - Item two.',
      '',
      '1. Step with a table:',
      '',
      '   | a |',
      '   |---|',
      '   | 1 |',
      ''
    ].join('\n')
    const source = parse(text, { path: 'lesson.md' }).tree
    if (!source) throw new Error('Expected the lesson to parse')
    const shape = (block: Block): string =>
      block.type === 'quote'
        ? `${block.id}(${block.children.map(shape)})`
        : block.type === 'list'
          ? `${block.id}[${block.children.map((item) => item.children.map(shape).join(' '))}]`
          : block.id
    const blocks = (paragraphs: [string, ...string[]]) => {
      const { tree } = compose([{ select: { paragraphs } }], [source], {
        title: 'R',
        manifest: 'reader.yaml'
      })
      const validation = validateEdition(tree)
      expect(validation.ok ? [] : validation.problems).toEqual([])
      const chapter = tree.children[0] as Chapter
      return chapter.children.flatMap((section) => section.children.map(shape))
    }
    expect(blocks(['p3'])).toEqual(['c1-q1(c1-l1[c1-p3])'])
    expect(blocks(['p3-p5'])).toEqual(['c1-q1(c1-l1[c1-p3,c1-p4])', 'c1-l2[c1-p5 c1-table1]'])
  })

  it('keeps a list with the items an excerpt takes, numbered as it was', () => {
    const text = 'First.\n\n3. Three.\n4. Four.\n\nLast.\n'
    const source = parse(text, { path: 'steps.md' }).tree
    if (!source) throw new Error('Expected the steps to parse')
    const { tree } = compose([{ select: { paragraphs: ['p3-p4'] } }], [source], {
      title: 'R',
      manifest: 'reader.yaml'
    })
    const validation = validateEdition(tree)
    expect(validation.ok ? [] : validation.problems).toEqual([])
    const [list, last] = (tree.children[0] as Chapter).children[0]?.children ?? []
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3, id: 'c1-l1' })
    expect(list?.type === 'list' ? list.children.map((item) => item.children[0]?.id) : []).toEqual([
      'c1-p3'
    ])
    expect(last?.id).toBe('c1-p4')
  })

  it('keeps the nested items an excerpt takes, with their lists and their items’ code', () => {
    const text =
      'First.\n\n1. One.\n   - Under one.\n     - Deeper.\n\n     ```\n     code\n     ```\n2. Two.\n'
    const source = parse(text, { path: 'steps.md' }).tree
    if (!source) throw new Error('Expected the steps to parse')
    const { tree } = compose([{ select: { paragraphs: ['p4-p5'] } }], [source], {
      title: 'R',
      manifest: 'reader.yaml'
    })
    const validation = validateEdition(tree)
    expect(validation.ok ? [] : validation.problems).toEqual([])
    const shape = (block: Block): string =>
      block.type === 'list'
        ? `${block.id}[${block.children.map((item) => item.children.map(shape).join(' ')).join(', ')}]`
        : block.id
    const blocks = (tree.children[0] as Chapter).children[0]?.children ?? []
    expect(blocks.map(shape)).toEqual(['c1-l1[c1-l2[c1-l3[c1-p4] c1-code1], c1-p5]'])
  })

  it('keeps a figure between kept paragraphs, its image embedded and its caption’s note carried', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const text = 'One.\n\nTwo.\n\n![A map](map.png)\nThe map.[^1]\n\nThree.\n\n[^1]: Plate.\n'
    const source = parse(text, { path: 'maps.md', readImage: () => png }).tree
    if (!source) throw new Error('Expected the maps to parse')
    const { tree } = compose([{ select: { paragraphs: ['p2-p3'] } }], [source], {
      title: 'R',
      manifest: 'reader.yaml'
    })
    const validation = validateEdition(tree)
    expect(validation.ok ? [] : validation.problems).toEqual([])
    const chapter = tree.children[0] as Chapter
    const blocks = chapter.children[0]?.children ?? []
    expect(blocks.map((block) => block.id)).toEqual(['c1-p2', 'c1-figure1', 'c1-p3'])
    const figure = blocks[1]
    if (figure?.type !== 'figure') throw new Error('Expected a figure')
    expect(figure.children[0].src).toMatch(/^data:image\/png;base64,/)
    expect(figure.caption?.[1]).toMatchObject({ type: 'footnoteReference', identifier: 'c1-n1' })
    expect(chapter.notes.map((note) => note.identifier)).toEqual(['c1-n1'])
  })

  it('takes a whole chapter: every paragraph, every note, the source named', () => {
    const { tree, messages } = run([{}])
    expect(messages).toEqual([])
    const chapter = tree.children[0] as Chapter
    expect(chapter.id).toBe('c1')
    expect(chapter.notes).toHaveLength(65)
    expect(chapter.origin).toEqual({
      title: 'Class Terror',
      author: 'Timothy Snyder',
      work: 'Bloodlands: Europe Between Hitler and Stalin (2010), chapter 2',
      paragraphs: '1–75'
    })
    expect(tree.meta.sources).toHaveLength(2)
    expectNotesIntact(tree)
  })

  it('takes two excerpts with exactly the notes they cite, keeping the source’s paragraph numbers', () => {
    const { tree, messages } = run([
      { title: 'The Great Terror begins', select: { paragraphs: ['p60-p62'] } },
      { select: { claims: ['p12.3-p13.1'] } }
    ])
    expect(messages).toEqual([])
    const [first, second] = tree.children as [Chapter, Chapter]
    expect(first.title).toBe('The Great Terror begins')
    const numbers = first.children.flatMap((section) =>
      paragraphsOf(section).map((paragraph) => paragraph.n)
    )
    expect(numbers).toEqual([60, 61, 62])
    expect(first.children[0]?.children[0]?.id).toBe('c1-p60')
    expect(first.origin?.paragraphs).toBe('60–62')
    const claims = second.children.flatMap((section) =>
      paragraphsOf(section).flatMap((paragraph) => paragraph.children.map((claim) => claim.id))
    )
    expect(claims[0]).toBe('c2-p12.3')
    expect(claims.at(-1)).toBe('c2-p13.1')
    expect(claims.some((id) => id.startsWith('c2-p12.1') || id === 'c2-p12.2')).toBe(false)
    expectNotesIntact(tree)
    expect(first.notes.length).toBeGreaterThan(0)
    expect(first.notes.every((note) => note.identifier.startsWith('c1-n'))).toBe(true)
  })

  it('marks paragraphs left out inside a section as an elision', () => {
    const { tree } = run([{ select: { paragraphs: ['p60', 'p63'] } }])
    const paragraphs = (tree.children[0] as Chapter).children.flatMap(paragraphsOf)
    expect(paragraphs.map((paragraph) => [paragraph.n, paragraph.elided])).toEqual([
      [60, undefined],
      [63, 2]
    ])
  })

  it('counts paragraphs left out across the end of a section, the break kept', () => {
    const { tree } = run([{ select: { paragraphs: ['p66', 'p71'] } }])
    const sections = (tree.children[0] as Chapter).children
    expect(sections).toHaveLength(2)
    const paragraphs = sections.flatMap(paragraphsOf)
    expect(paragraphs.map((paragraph) => [paragraph.n, paragraph.elided])).toEqual([
      [66, undefined],
      [71, 4]
    ])
  })

  it('marks sentences left out of a paragraph, before, between and after the kept ones', () => {
    const source = notedSeed()
    const p12 = source.children[0]?.children.flatMap(paragraphsOf).find((p) => p.id === 'p12')
    const count = p12?.children.length ?? 0
    expect(count).toBeGreaterThan(3)
    const { tree } = run([{ select: { claims: ['p12.2', 'p12.4'] } }])
    const [paragraph] = (tree.children[0] as Chapter).children.flatMap(paragraphsOf)
    expect(paragraph?.children.map((claim) => [claim.id, claim.elided])).toEqual([
      ['c1-p12.2', 1],
      ['c1-p12.4', 1]
    ])
    expect(paragraph?.elidedAfter).toBe(count > 4 ? count - 4 : undefined)
  })

  it('names the instructor as the editor, never as the author', () => {
    const trees = [notedSeed()]
    const result = compose([{ select: { paragraphs: ['p60'] } }], trees, {
      title: 'A Reader',
      manifest: 'reader.yaml',
      instructor: 'A. Teacher'
    })
    expect(result.tree.meta.editor).toBe('A. Teacher')
    expect(result.tree.meta.author).toBeUndefined()
  })

  it('keeps the source’s note numbers by default', () => {
    const { tree, numbering } = run([{ select: { paragraphs: ['p60-p62'] } }])
    const labels = references(tree.children[0] as Chapter).map((reference) => reference.label)
    expect(labels.length).toBeGreaterThan(0)
    expect(Number(labels[0])).toBeGreaterThan(40)
    expect(numbering).toEqual([])
  })

  it('renumbers per chapter from 1, each note keeping its source label', () => {
    const { tree } = run(
      [{ select: { paragraphs: ['p60-p62'] } }, { select: { paragraphs: ['p20-p22'] } }],
      'chapter'
    )
    for (const chapter of tree.children) {
      const found = references(chapter)
      expect(found.map((reference) => reference.label)).toEqual(found.map((_, k) => String(k + 1)))
      expect(chapter.notes.map((note) => note.label)).toEqual(
        chapter.notes.map((_, k) => String(k + 1))
      )
      expect(found.every((reference) => reference.original !== undefined)).toBe(true)
      expect(chapter.notes[0]?.original).toBe(found[0]?.original)
    }
    expectNotesIntact(tree)
  })

  it('renumbers continuously through the reader, with a table back to the source', () => {
    const { tree, numbering } = run(
      [{ select: { paragraphs: ['p60-p62'] } }, { select: { paragraphs: ['p20-p22'] } }],
      'continuous'
    )
    const labels = tree.children.flatMap((chapter) =>
      references(chapter).map((reference) => reference.label)
    )
    expect(labels).toEqual(labels.map((_, k) => String(k + 1)))
    expect(numbering.map((row) => row.number)).toEqual(labels.map((_, k) => k + 1))
    expect(numbering[0]).toMatchObject({ chapter: 'c1', source: seedPath })
    expectNotesIntact(tree)
  })

  it('gives a chapter the editor’s introduction, apart from the source’s numbered text', () => {
    const { tree, messages } = run([
      { select: { paragraphs: ['p60-p61'] }, introduction: 'Read *this* first.\n' },
      { select: { paragraphs: ['p62'] } }
    ])
    expect(messages).toEqual([])
    const [first, second] = tree.children as [Chapter, Chapter]
    expect(first.introduction).toEqual({
      type: 'introduction',
      children: [
        {
          type: 'introParagraph',
          children: [
            { type: 'text', value: 'Read ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'this' }] },
            { type: 'text', value: ' first.' }
          ]
        }
      ]
    })
    expect(second.introduction).toBeUndefined()
    // The source's text is as it would be without an introduction.
    const without = run([{ select: { paragraphs: ['p60-p61'] } }])
    expect(first.children).toEqual((without.tree.children[0] as Chapter).children)
  })

  it('warns, at the introduction in the manifest, of Markdown it changed', () => {
    const result = compose(
      [
        { select: { paragraphs: ['p60'] } },
        { select: { paragraphs: ['p61'] }, introduction: '# Week 3\n\nRead <em>this</em>.' }
      ],
      [notedSeed(), notedSeed()],
      {
        title: 'A Reader',
        manifest: 'reader.yaml',
        places: [undefined, { line: 9, column: 5 }],
        introductions: [undefined, { line: 12, column: 5 }]
      }
    )
    expect(validateEdition(result.tree).ok).toBe(true)
    expect(
      result.messages.map((message) => [
        message.ruleId,
        message.file,
        message.line,
        message.column,
        message.fatal,
        message.reason.split(' in the introduction')[0]
      ])
    ).toEqual([
      ['reader-introduction', 'reader.yaml', 12, 5, false, 'Heading `Week 3`'],
      ['reader-introduction', 'reader.yaml', 12, 5, false, 'Raw HTML `<em>` (and 1 more like it)']
    ])
    const introduction = (result.tree.children[1] as Chapter).introduction
    expect(introduction?.children[1]).toEqual({
      type: 'introParagraph',
      children: [{ type: 'text', value: 'Read <em>this</em>.' }]
    })
  })

  it('reports a selection that names nothing of the source, at the manifest', () => {
    const result = compose(
      [{ select: { sections: [99], paragraphs: ['p20-p5', 'p999'], claims: ['p12.40'] } }],
      [notedSeed()],
      { title: 'A Reader', manifest: 'reader.yaml', places: [{ line: 7, column: 5 }] }
    )
    expect(result.messages.map((message) => [message.ruleId, message.file, message.line])).toEqual([
      ['reader-selection', 'reader.yaml', 7],
      ['reader-selection', 'reader.yaml', 7],
      ['reader-selection', 'reader.yaml', 7],
      ['reader-selection', 'reader.yaml', 7],
      ['reader-selection', 'reader.yaml', 7]
    ])
    expect(result.messages[0]?.reason).toBe(
      'Section `99` is not in the source of entry 1, which has 11; check the number'
    )
  })
})
