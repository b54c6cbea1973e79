// How the plain-text front end reads the conventions of real books, each in a small case taken
// from a form met in the conformance corpus (`corpus/`), where the whole texts are scored.
import {
  type Chapter,
  type FootnoteDefinition,
  type FootnoteReference,
  isParagraph,
  paragraphsOf,
  type Root
} from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { firstDoubled } from './helpers.js'

function read(text: string, settings = {}) {
  const { tree, messages } = parse(text, { path: 'book.txt', settings })
  if (!tree) throw new Error('no tree')
  return { tree, messages: messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`) }
}

function references(chapter: Chapter): FootnoteReference[] {
  const found: FootnoteReference[] = []
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'footnoteReference') found.push(node as FootnoteReference)
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] })
  }
  for (const section of chapter.children) visit(section)
  return found
}

/** Each chapter's title and its notes as `identifier status first-line`. */
function notesOf(tree: Root): [string | undefined, string[]][] {
  return tree.children.map((chapter) => [
    chapter.title,
    chapter.notes.map(
      (note: FootnoteDefinition) =>
        `${note.identifier} ${note.status}${note.position ? ` ${note.position.start.line}` : ''}`
    )
  ])
}

describe('bylines and stanza labels', () => {
  it('keeps a byline under a story’s title in the story, and reads `VERSE 1ST` as a section', () => {
    const { tree } = read(
      [
        'Stories',
        '',
        'VI. THE GREAT STONE FACE (1850)',
        '',
        'BY NATHANIEL HAWTHORNE (1804-1864)',
        '',
        'One afternoon, when the sun was going down, a mother and her son sat talking.',
        '',
        'EASTER HOLIDAYS',
        '',
        '  VERSE 1ST',
        '',
        '  Hail! festal Easter that dost bring',
        '  Approach of sweetly-smiling spring,',
        '',
        '  VERSE 2ND',
        '',
        '  But hark! the bell, the sound of war,',
        '  Breaks on the ear from afar.',
        ''
      ].join('\n')
    )
    expect(tree.children.map((chapter) => chapter.title)).toEqual([
      'VI. THE GREAT STONE FACE (1850)',
      'EASTER HOLIDAYS'
    ])
    expect(tree.children[0]?.children[0]?.children).toHaveLength(2)
    expect(tree.children[1]?.children.map((section) => section.title)).toEqual([
      'VERSE 1ST',
      'VERSE 2ND'
    ])
  })
})

describe('headings', () => {
  it('reads `CHAPTER I.` with its title on the next line, no blank line between, as one heading', () => {
    const { tree } = read(
      'CHAPTER I.\nThe Beginning\n\nText one.1 More.\n\nCHAPTER II.\nThe Middle\n\nText two.1\n' +
        '\nNotes\n\n1. First.\n\n1. Second.\n'
    )
    expect(tree.children.map((chapter) => chapter.title)).toEqual([
      'CHAPTER I.\nThe Beginning',
      'CHAPTER II.\nThe Middle'
    ])
    const paragraphs = tree.children.flatMap((c) => c.children.flatMap(paragraphsOf))
    expect(paragraphs.map((p) => p.verse ?? false)).toEqual([false, false])
    expect(notesOf(tree)).toEqual([
      ['CHAPTER I.\nThe Beginning', ['c1-n1 present 13']],
      ['CHAPTER II.\nThe Middle', ['c2-n1 present 15']]
    ])
  })
})

describe('notes cited from headings', () => {
  it('reads a note on a story’s title, the title keeping its words and the note in its place', () => {
    const text = [
      'VI. THE GREAT STONE FACE[*] (1850)',
      '',
      '[* From "The Snow Image." Used by permission.]',
      '',
      'One afternoon, when the sun was going down, a mother and her little boy sat at the door.',
      ''
    ].join('\n')
    const { tree, messages } = read(text)
    const chapter = tree.children[0] as Chapter
    expect(chapter.title).toBe('VI. THE GREAT STONE FACE (1850)')
    expect(chapter.titleContent?.map((node) => node.type)).toEqual([
      'text',
      'footnoteReference',
      'text'
    ])
    const [, reference] = chapter.titleContent ?? []
    expect(reference).toMatchObject({ label: '*', position: { start: { line: 1, column: 25 } } })
    expect(notesOf(tree)).toEqual([['VI. THE GREAT STONE FACE (1850)', ['n-x2a-1 present 3']]])
    expect(messages).toEqual([])
  })

  it('cuts the space before a marker that comes before the stop, and reads `IV.[116]` as a section', () => {
    const text = [
      'TO THOMAS MANNING [1].',
      '',
      'I hope by this time you are prepared to say so.',
      '',
      'IV.[2]',
      '',
      'Dear friend, a second letter.',
      '',
      'Notes',
      '',
      '1. Manning was a friend of Lamb.',
      '',
      '2. Written from Leipzig.',
      ''
    ].join('\n')
    const { tree } = read(text)
    const chapter = tree.children[0] as Chapter
    expect(chapter.title).toBe('TO THOMAS MANNING.')
    expect(chapter.children[1]?.title).toBe('IV.')
    expect(chapter.children[1]?.titleContent?.[1]).toMatchObject({ label: '2' })
    expect(notesOf(tree)).toEqual([['TO THOMAS MANNING.', ['n1 present 11', 'n2 present 13']]])
  })
})

describe('notes sections', () => {
  it('gives each body of a section numbered straight through the book to the chapter citing it', () => {
    const { tree } = read(
      'CHAPTER I.\n\nOne.1 Two.2\n\nCHAPTER II.\n\nThree.3 Four.4\n\nCHAPTER III.\n\nFive.5\n\n' +
        'NOTES\n\n1. A.\n\n2. B.\n\n3. C.\n\n4. D.\n\n5. E.\n\n6. Cited nowhere.\n'
    )
    expect(notesOf(tree).map(([, notes]) => notes)).toEqual([
      ['c1-n1 present 15', 'c1-n2 present 17'],
      ['c2-n3 present 19', 'c2-n4 present 21'],
      ['c3-n5 present 23', 'c3-n6 present 25']
    ])
  })

  it('still gives one run per chapter to a section numbered afresh in each chapter', () => {
    const { tree } = read(
      'CHAPTER I.\n\nOne.1 Two.2\n\nCHAPTER II.\n\nThree.1\n\n' +
        'NOTES\n\n1. A.\n\n2. B.\n\n1. C.\n'
    )
    expect(notesOf(tree).map(([, notes]) => notes)).toEqual([
      ['c1-n1 present 11', 'c1-n2 present 13'],
      ['c2-n1 present 15']
    ])
  })
})

describe('a marker moved to the start of a paragraph', () => {
  it('is the note expected when a body has its number, and a guess said so', () => {
    const text =
      'Pericles spoke.[22]\n\n    "Persuasion sat upon his lips."\n\n[23] But could Pericles do so?\n'
    const { tree, messages } = parse(text, {
      path: 'letters.txt',
      settings: { notes: { file: 'notes.txt' } },
      notes: { path: 'notes.txt', value: '22. Thucydides.\n\n23. Eupolis.\n' }
    })
    if (!tree) throw new Error('no tree')
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['22', '23'])
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '5:1 marker-ambiguous'
    ])
  })

  it('is the label of a body nothing cites when a body stands just before it', () => {
    const text =
      'LETTER I\n\nAlice.[1] Anna.[2]\n\n[1] From "A Very Woman."\n\n[2] An allusion.\n\n' +
      '[3] The earliest sonnets of Bowles, cited nowhere.\n\n' +
      'LETTER II\n\nOne.[1] Two.[2] Three.[3]\n\n[1] a\n\n[2] b\n\n[3] c\n'
    const { tree } = read(text)
    const cited = tree.children.map((chapter) =>
      references(chapter).map((reference) => reference.label)
    )
    expect(cited).toEqual([
      ['1', '2'],
      ['1', '2', '3']
    ])
  })
})

describe('a contents page that copies markers', () => {
  it('does not take the notes of the book, which go to the chapters citing most of them', () => {
    const text =
      'CONTENTS\n\nXVI -- TO CATILIUS SEVERUS [2]\n\n' +
      'LETTERS\n\nOne letter.[1] Another.[2] A third.[3]\n'
    const { tree } = parse(text, {
      path: 'letters.txt',
      settings: { notes: { file: 'notes.txt' } },
      notes: { path: 'notes.txt', value: '1. One.\n\n2. Two.\n\n3. Three.\n' }
    })
    if (!tree) throw new Error('no tree')
    const notes = tree.children.map((chapter) => [
      chapter.title,
      chapter.notes.map((note) => `${note.label} ${note.status}`)
    ])
    // The contents' copy of `[2]` cites the letter's note, whose one body is in the letters.
    expect(notes).toEqual([
      ['XVI -- TO CATILIUS SEVERUS', []],
      ['LETTERS', ['1 present', '2 present', '3 present']]
    ])
    expect(
      tree.children[0]?.titleContent?.find((n) => n.type === 'footnoteReference')
    ).toMatchObject({ identifier: 'c2-n2' })
  })
})

describe('notes sections of a volume of several works', () => {
  it('gives each work’s closing section to the chapters of that work, numbered afresh in each', () => {
    const { tree } = read(
      [
        'RELIGIO MEDICI.\n\nThe first work.<1> It goes on.<2>\n',
        'PART THE SECOND.\n\nStill the first work.<3>\n',
        'HYDRIOTAPHIA.\n\nThe second work.<1> Urns.<2>\n',
        'LETTER TO A FRIEND.\n\nThe third work.<1>\n',
        'NOTES TO THE RELIGIO MEDICI.\n\n  1.  One.\n  2.  Two.\n  3.  Three.\n',
        'NOTES TO HYDRIOTAPHIA.\n\n  1.  Urn one.\n  2.  Urn two.\n',
        'NOTES TO LETTER TO A FRIEND.\n\n  1.  Friend.\n'
      ].join('\n')
    )
    expect(notesOf(tree).map(([, notes]) => notes)).toEqual([
      ['c1-n1 present 19', 'c1-n2 present 20'],
      ['c2-n3 present 21'],
      ['c3-n1 present 25', 'c3-n2 present 26'],
      ['c4-n1 present 30']
    ])
  })
})

describe('a note cited where no body of its number stands', () => {
  it('is missing in its own chapter when bodies of that number stand in several others', () => {
    const { tree } = read(
      [
        'CHAPTER I.',
        '',
        'The first letter.[1]',
        '',
        '[1] Its note.',
        '',
        'CHAPTER II.',
        '',
        'The second letter.[1]',
        '',
        '[1] Its own note.',
        '',
        'CHAPTER III.',
        '',
        'The third letter, whose note was lost.[1]',
        ''
      ].join('\n')
    )
    expect(tree.children).toHaveLength(3)
    const third = tree.children[2] as Chapter
    expect(references(third).map((r) => r.identifier)).toEqual(['c3-n1'])
    expect(notesOf(tree)[2]?.[1]).toEqual(['c3-n1 missing'])
  })
})

describe('note bodies', () => {
  it('reads `NOTES TO BOOK II` and bodies in brackets after their number, over blank lines', () => {
    const { tree, messages } = read(
      'Text.[1] More.[2]\n\nNOTES TO BOOK II\n\n1 [ A short one.]\n\n2 [ A long one,\n\nin two paragraphs.]\n'
    )
    expect(notesOf(tree)).toEqual([[undefined, ['n1 present 5', 'n2 present 7']]])
    expect(tree.children[0]?.notes[1]?.children.length).toBe(2)
    expect(messages).toEqual([])
  })

  it('reads a note in braces set inside another’s body as a note of its own, not merged', () => {
    const { tree, messages } = read(
      [
        'wenn der Dichter 8) auf ein Kunstwerk zerbrechend vorgestellet wird 9)?',
        '',
        '{8. Lucretius de R. N. lib. V. v. 736-747',
        '',
        '  It Ver, et Venus, et Veneris praenuntius ante',
        '',
        '{9. Aeneid. lib. VIII. v. 728.}',
        '',
        'Spence erkennet diese Stelle für eine von den schönsten.}',
        ''
      ].join('\n')
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n8 present 3', 'n9 present 7'])
    const [eight, nine] = tree.children[0]?.notes ?? []
    const words = (note: typeof eight) => JSON.stringify(note?.children).match(/"value":"[^"]*"/g)
    expect(words(eight)?.join(' ')).not.toContain('Aeneid')
    expect(words(eight)?.join(' ')).toContain('Spence erkennet')
    expect(words(nine)?.join(' ')).toContain('Aeneid. lib.')
    expect(messages).toEqual([])
  })

  it('reads `N (return) [ … ]` under `FOOTNOTES:`, not the bare word in the contents', () => {
    const { tree } = read(
      'Contents\nFOOTNOTES\n\nText.[1] More.[2]\n\nFOOTNOTES:\n\n1 (return)\n[ First. ]\n\n2 (return)\n[ Second. ]\n'
    )
    expect(notesOf(tree)).toEqual([[undefined, ['n1 present 8', 'n2 present 11']]])
  })

  it('reads a notes heading with its first entry on the next line, no blank line between', () => {
    const text =
      'Each writer was paramount in his field.[1] So it was.[2]\n\n\nFOOTNOTES\n[1]\n' +
      '_Les Heros de Roman_, 1664.\n\n[2]\nThe story of Tellisinda.\n'
    const { tree, messages } = read(text)
    expect(notesOf(tree)).toEqual([[undefined, ['n1 present 5', 'n2 present 8']]])
    expect(tree.omitted?.map((omission) => omission.reason)).toEqual(['notes-heading'])
    expect(messages).toEqual([])
  })

  it('reads a notes heading with its first entry on the same line', () => {
    const text =
      'Steerage.[1001] And the gift.[1002]\n\n' +
      'FOOTNOTES TO THE CORRESPONDENCE WITH THE EMPEROR TRAJAN 1001 (return) [\nThe greater part.]\n\n' +
      '1002 (return) [ A metaphor. ]\n'
    const { tree } = read(text)
    expect(notesOf(tree)).toEqual([[undefined, ['n1001 present 3', 'n1002 present 6']]])
    const note = tree.children[0]?.notes[0]
    expect(note?.position?.start.column).toBe(57)
  })

  it('reads the headings of notes sections in the manuscript’s language', () => {
    const text = 'Text.[1]\n\nFußnoten:\n\n[1] Vgl. oben.\n'
    expect(notesOf(read(text, { language: 'de' }).tree)).toEqual([[undefined, ['n1 present 5']]])
  })

  it('takes `[N] …` under the paragraph that cites `[N]` as its body, not a later one', () => {
    const { tree, messages } = read(
      'One.[1] Two.[2]\n\n  [1] First.\n\n  [2] Second.\n\nThree.\n\n[3] Not a body: nothing cites it.\n'
    )
    // `[3]` is no body (nothing cited it before) and cites nothing (no text before it): it is
    // left as text, and said so.
    expect(notesOf(tree)).toEqual([[undefined, ['n1 present 3', 'n2 present 5']]])
    expect(messages).toContainEqual(
      expect.stringMatching(/^9:1 marker-ambiguous Read `\[3\]` at the start of a paragraph/)
    )
  })

  it('takes `[3] …` after `[1] …` and `[2] …` under a paragraph as a body though nothing cites it', () => {
    const { tree, messages } = read(
      'One.[1] Two.[2]\n\n[1] First.\n\n[2] Second.\n\n[3] Its marker was lost.\n\n[5] Not a body: it does not follow 3.\n'
    )
    expect(notesOf(tree)).toEqual([[undefined, ['n1 present 3', 'n2 present 5', 'n3 present 7']]])
    expect(messages).toContainEqual(
      expect.stringMatching(/^9:1 marker-ambiguous Read `\[5\]` at the start of a paragraph/)
    )
  })

  it('keeps a repeated or out-of-order number in a list of one entry per line as its own body', () => {
    const { tree } = read(
      'One.1 Two.2 Three.3 Four.4\n\nNOTES\n\n1. A.\n2. B.\n2. B again.\n4. D.\n3. C.\n'
    )
    expect(notesOf(tree)).toEqual([
      [
        undefined,
        ['n1 present 5', 'n2 present 6', 'n2-2 present 7', 'n3 present 9', 'n4 present 8']
      ]
    ])
  })

  it('reads a block with no number alone between notes 2 and 4 as note 3, and says so', () => {
    const { tree, messages } = read(
      'One.1 Two.2 Three.3 Four.4\n\nNOTES\n\n1. A.\n2. B.\n\n    "Dulcique senex vicinus Hymetto."\n\n4. D.\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual([
      'n1 present 5',
      'n2 present 6',
      'n3 present 8',
      'n4 present 10'
    ])
    expect(messages).toEqual([
      '8:5 marker-ambiguous Read this block, which has no number, as the body of note 3: it stands alone between notes 2 and 4; if it belongs to note 2, join it to that note with no blank line between, else number it `3.`'
    ])
  })

  it('reads the last block of notes, with no label, as the body of the one letter cited with none, and says so', () => {
    const text =
      'The orbit is known.*) The lines are displaced. [A]\n\n  Notes\n\n*) Venus has a round orbit.\n\nThe displacement was established in 1924. -- translator\n'
    const { tree, messages } = read(text)
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 5', 'n-x41 present 7'])
    expect(messages).toEqual([
      '7:1 marker-ambiguous Read this block, which has no label, as the body of `[A]`, which is cited before the notes and has no body of its own; if it belongs to the note before, join it to that note with no blank line between, else begin it with `[A]`'
    ])
    // With nothing cited and left without a body, the block is the text's own.
    const plain = read(text.replace(' [A]', ''))
    expect(notesOf(plain.tree)[0]?.[1]).toEqual(['n-x2a-1 present 5'])
  })

  it('reads a label broken over two lines whole (`[` / `28]`) as the next note’s too', () => {
    const { tree } = read(
      'One.[27] Two.[28]\n\nNOTES\n\n[27] Fragmente S. 16 f. [\n28] Vgl. Schöll S. 108.\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n27 present 5', 'n28 present 6'])
  })

  it('reads a label broken over two lines (`[` / `F8]`) as the next note’s, and says so', () => {
    const { tree, messages } = read(
      'One.[27] Two.[28]\n\nAnmerkungen.\n\n[27] Fragmente S. 16 f. [\nF8] Vgl. Schöll S. 108.\n',
      { language: 'de' }
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n27 present 5', 'n28 present 6'])
    const notes = tree.children[0]?.notes ?? []
    expect(notes[0]?.position?.end).toMatchObject({ line: 5, column: 24 })
    expect(messages).toEqual([
      "6:1 marker-ambiguous Read `[` at the end of the line before and `F8]` here as the label `[28]`, broken over two lines, and note 28's body as starting here; if so, write `[28]` here"
    ])
  })

  it('reads bodies numbered `(N)` in a notes section, and says a repeated `(N)` in the text is read as text', () => {
    const { tree, messages } = read(
      'One.(1) Two.(2) The Celts in 532.(2) Four.(3)\n\nNOTES\n\n(1) A.\n(2) B.\n(3) C.\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 5', 'n2 present 6', 'n3 present 7'])
    expect(messages).toEqual([
      '1:34 marker-ambiguous Read `(2)` as text, not as a note: note `3` was expected next and none of the next bodies is numbered 2; if it is a note, correct its number; check it'
    ])
    // A numbered list in parentheses, set off by a space, is no marker and says nothing.
    expect(read('Steps: (1) mix, (2) bake.\n').messages).toEqual([])
  })

  it('keeps a second paragraph of a note in it where the numbers run on', () => {
    const { tree, messages } = read(
      'One.1 Two.2 Three.3\n\nNOTES\n\n1. A.\n2. B.\n\nMore of B.\n\n3. C.\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 5', 'n2 present 6', 'n3 present 10'])
    expect(tree.children[0]?.notes[1]?.position?.end.line).toBe(8)
    expect(messages).toEqual([])
  })
})

describe('notes and excluded blocks', () => {
  // Found by the property tests: a note must not run over a block the settings exclude.
  it.each([
    ['[Footnote 01: the\n\nthe]\n\n]\n\n[Footnote 1: “the”]', { exclude: [{ block: 2 }] }],
    [
      'NOTES\n\n2. 43.9\n\nNotes to Part One\n\n1. 43.9\n\n[Footnote 1: “the”\n\n“the”]\n\nNOTES\n\n2. the\n\nThe.1',
      { exclude: [{ pattern: '^\\[Footnote', flags: 'i' }] }
    ],
    // A note goes on over a table only where it follows the entry directly, not past a heading.
    ['NOTES\n\n1. the\n\n2. “the”\n\nNOTES\n\n2 the\n   the\n\n3 the\n\nThe.1', {}]
  ])('accounts for every character once: %j', (text, settings) => {
    expect(firstDoubled(text, read(text, settings).tree)).toBeUndefined()
  })
})

describe('markers', () => {
  it('reads `x[1]` and `K[0]` in a formula as subscripts, and `word[1]` as a marker', () => {
    const { tree } = read(
      "The co-ordinates x[1], x[2] and K[0] are given, as Hela's[2] abode.[1]\n\n[1] A note.\n\n[2] Another.\n"
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['2', '1'])
    expect(notesOf(tree)).toEqual([[undefined, ['n1 present 3', 'n2 present 5']]])
  })

  it('reads the subscripts, exponents and primes of formulas as text, not as notes', () => {
    const text = [
      'So ds2 = g[11]dx[1]^2 + 2g[12]dx[1]dx[2] holds, and mc^2 is small.[1]',
      '',
      "  x'2 - c^2t'2 = x[1]'2 + A^1 + 10^27 + 90^0 (by eq.21, see x'[3]).",
      '',
      '[1] A note.',
      ''
    ].join('\n')
    const { tree } = read(text)
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['1'])
  })

  it('reads a link number glued to the marker after it as text, and says so', () => {
    const { tree, messages } = read(
      'As astronomers expect.[2]* And as ([7]Fig. 2) shows.\n\nNotes\n\n* The note.\n'
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['*'])
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^1:23 marker-ambiguous Read `\[2\]` before `\*` as the number of a link/
      )
    )
    expect(messages).toContainEqual(expect.stringMatching(/^1:36 marker-ambiguous Read `\[7\]`/))
  })
})

describe('numerals set off by spaces', () => {
  // Sections numbered at the head of a paragraph, notes cited by bare numerals, bodies in a
  // closing section with a later sub-note 301: the form of Macaulay's Herodotus.
  const book = [
    '1. When Cyrus had brought to an end his life, Psammetichos 1 became king.',
    '',
    '2. The Egyptians before the reign 2 of this king believed themselves to be the oldest',
    'of all men, and the priests 3 told me so at Memphis. 301',
    '34 thus summer came, and the river rose 4 in flood for four months.',
    '',
    'NOTES TO BOOK II',
    '',
    '1 [ Psammetichos: the first of the kings of Saïs. ]',
    '',
    '2 [ Or "of the king". ]',
    '',
    '3 [ The priests of Hephaistos. ]',
    '',
    '301 [ Added: the text of some manuscripts. ]',
    '',
    '34 [ Repeated from ch. 19. ]',
    '',
    '4 [ In the season of the Etesian winds. ]',
    ''
  ].join('\n')

  it('reads them as notes in the order of the bodies, never the section numbers', () => {
    const { tree } = read(book)
    const cited = references(tree.children[0] as Chapter).map(
      (reference) => `${reference.label} ${reference.marker}`
    )
    expect(cited).toEqual([
      '1 spaced',
      '2 spaced',
      '3 spaced',
      '301 spaced',
      '34 spaced',
      '4 spaced'
    ])
    expect(notesOf(tree)[0]?.[1]).toEqual([
      'n1 present 9',
      'n2 present 11',
      'n3 present 13',
      'n4 present 19',
      'n34 present 17',
      'n301 present 15'
    ])
  })

  it('does not read them where numbers only happen to rise (tables, an index)', () => {
    const index = [
      'Aldborough, 1',
      '',
      'Bridgenorth, 3, 7',
      '',
      'Bromley, 9',
      '',
      'The rations for the first 10 days were about 5 lb. of grain, and 2 of hay.[12]',
      '',
      'NOTES',
      '',
      ...Array.from({ length: 12 }, (_, k) => `[${k + 1}] Note ${k + 1}.\n`)
    ].join('\n')
    const { tree } = read(index)
    const cited = references(tree.children[0] as Chapter).map((reference) => reference.label)
    expect(cited).toEqual(['12'])
  })
})

describe('other marker forms', () => {
  it('reads `<12>` in pointed brackets, and not the page mark `<p 107>`', () => {
    const { tree } = read(
      'Sir Thomas Browne <p 107> wrote of crambe<1> and Cacus’s oxen<2>, as others had.\n\nNOTES\n\n1. Cabbage served twice.\n2. Cacus stole the oxen of Hercules.\n'
    )
    const cited = references(tree.children[0] as Chapter)
    expect(cited.map((reference) => `${reference.label} ${reference.marker}`)).toEqual([
      '1 angle',
      '2 angle'
    ])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 5', 'n2 present 6'])
  })

  it('reads an editor’s sub-note `[26a]` after `[26]`, and `[1498]` as a year in brackets', () => {
    const { tree, messages } = read(
      'His messages[1] went on.[1a] On Thursday, January 11th [1498][2] they sailed.\n\n[1] A note.\n\n[1a] A later note.\n\n[2] The date.\n'
    )
    const cited = references(tree.children[0] as Chapter).map((reference) => reference.label)
    expect(cited).toEqual(['1', '1a', '2'])
    expect(messages).toContainEqual(
      expect.stringMatching(/^1:56 marker-ambiguous Read `\[1498\]` as a number in brackets/)
    )
  })

  it('reads `[2:1]`, note 1 of the second block of notes, and its body under `FOOTNOTES:`', () => {
    const text = [
      'In forkéd Terror, and destructive state[2:1]                        15',
      'Shall shew with double gloom the horrid scene[2:2]?',
      '',
      'FOOTNOTES:',
      '',
      '[2:1] _State_, Grandeur [1792].',
      '',
      '[2:2] First published in 1893.',
      '',
      'LINENOTES:',
      '',
      '_Anthem._ For the Children, &c.] This Anthem was written as if intended to be sung.',
      '',
      '[3] yours] you MS. O.',
      ''
    ].join('\n')
    const { tree, messages } = read(text)
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['2:1', '2:2'])
    expect(chapter.notes.map((note) => `${note.label} ${note.status}`)).toEqual([
      '2:1 present',
      '2:2 present'
    ])
    expect(messages).toContainEqual(
      expect.stringMatching(/^14:1 marker-ambiguous Read `\[3\]` at the start of a paragraph/)
    )
  })
})

describe('page notes cited by symbols', () => {
  it('gives each `(* …)` body under a paragraph to the nearest `*` before it without a body', () => {
    // The form of White's Selborne: a new `*` on every page, bodies glued under the paragraph.
    const { tree } = read(
      [
        'The stone is called rag.* It is durable, says Plot.** And',
        'the may-fly * haunts the stream, MISS B*****S says.',
        '(* There may be sand in the chalk.)',
        '(** To surbed stone is to set it',
        'edgewise.)',
        '',
        '*       *       *       *',
        '',
        'A second page cites its own note.* And words left out  *  *  *  here.',
        '',
        '(* Brit. Zool. edit. 1776.)',
        ''
      ].join('\n')
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((r) => `${r.label}${r.number} ${r.marker}`)).toEqual([
      '*1 symbol',
      '**1 symbol',
      '*2 symbol',
      '*3 symbol'
    ])
    expect(notesOf(tree)[0]?.[1]).toEqual([
      'n-x2a-1 missing',
      'n-x2a-x2a-1 present 4',
      'n-x2a-2 present 3',
      'n-x2a-3 present 11'
    ])
    const words = chapter.children
      .flatMap(paragraphsOf)
      .map((p) =>
        p.children
          .map((claim) => claim.children.map((c) => ('value' in c ? c.value : '')).join(''))
          .join(' ')
      )
    expect(words[0]).not.toMatch(/There may be sand/)
  })

  it('runs a `(* …` body glued under its paragraph on over a blank line, once, to its `)`', () => {
    const text =
      'The soil of this parish is chalk, and every now\nand then comes up a friable stone.*\n(* Its figures, from Plot:\n\n  Marl  676\n  Chalk 1781)\n\nThe next paragraph goes on with the account.\n'
    const { tree, messages } = read(text)
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 3'])
    const note = tree.children[0]?.notes[0]
    expect(note?.position?.end.line).toBe(6)
    expect(firstDoubled(text, tree)).toBeUndefined()
    expect(messages.filter((m) => m.includes('note-unclosed'))).toEqual([])
  })

  it('reads the bodies gathered under a `Notes` heading after the section, `*)` and `**` alike', () => {
    const { tree } = read(
      'The rod is laid off n times.* Then the place** is given.\n\n  Notes\n\n*) Here we have assumed a whole number.\n\n** Times Square, New York.\n\nThe next section, with § 3 of the law.\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 5', 'n-x2a-x2a-1 present 7'])
    expect(references(tree.children[0] as Chapter)).toHaveLength(2)
  })

  it('reads a body whose stars are glued to a bracketed word, `***[Note] …`', () => {
    const { tree } = read(
      'The energy of the body rises at the present time (1920; see *** Note, p. 48).\n\n  Notes\n\n***[Note] The equation E = mc^2 has been thoroughly proved.\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-x2a-x2a-1 present 5'])
    expect(JSON.stringify(tree.children[0]?.notes)).toContain('[Note] The equation')
  })

  it('reads a body whose star is glued to a capital, `*A. U. C. - …`, under a table', () => {
    const { tree } = read(
      [
        'TABLE OF CALENDAR EQUIVALENTS',
        '',
        'A.U.C.*           B.C.',
        '000               753',
        '100               653',
        '',
        '*A. U. C. - Ab Urbe Condita (from the founding of the City of Rome)',
        '',
        '*Emphasis* in a line of its own stays text.',
        ''
      ].join('\n')
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 7'])
    expect(JSON.stringify(tree)).toContain('*Emphasis* in a line of its own stays text.')
  })
  it('reads an editor’s `**A` among the author’s stars, also where it starts a line, by its body', () => {
    const { tree, messages } = read(
      [
        'The rod is laid off n times.* If I analyse the place',
        '**A I arrive at the following result, and the point in space.**B',
        '',
        'A sentence with *A Tale of Two Cities* in it.',
        '',
        '  Notes',
        '',
        '* Here we have assumed a whole number.',
        '',
        '**A Einstein used another square in the original text.',
        '',
        '**B It is not necessary here to go further.',
        ''
      ].join('\n')
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((r) => `${r.label} ${r.position?.start.line}`)).toEqual([
      '* 1',
      '**A 2',
      '**B 2'
    ])
    expect(notesOf(tree)[0]?.[1]).toEqual([
      'n-x2a-1 present 8',
      'n-x2a-x2a-x41-1 present 10',
      'n-x2a-x2a-x42-1 present 12'
    ])
    expect(JSON.stringify(chapter)).toContain('*A Tale of Two Cities*')
    expect(messages).toEqual([])
  })

  it('reads `sun,*x and` as the marker `*` and a stray letter where a `*` body stands, and says so', () => {
    const text =
      'Light is bent by the sun,*x and lines are displaced.\n\n  Notes\n\n*) First observed in 1919.\n'
    const { tree, messages } = read(text)
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 5'])
    expect(messages).toEqual([
      "1:26 marker-ambiguous Read `*x` as the marker `*` and a stray `x`, for a note's body opens with `*`; check it"
    ])
    const formula = read('Solve a*x and then b,*y for the sum.\n').tree
    expect(references(formula.children[0] as Chapter)).toEqual([])
  })
})

describe('quotation marks of the manuscript’s language', () => {
  const text =
    'Er sagte: „Das ist gut.“1 Sie schrieb ‚kurz‘2 und «so»3 gesagt.\n\nAnmerkungen\n\n1. Brief.\n\n2. Heft.\n\n3. Zitat.\n'
  const labels = (language: string) => {
    const chapter = read(text, { language }).tree.children[0] as Chapter
    return references(chapter).map((reference) => reference.label)
  }

  it('reads a note glued after `“` and `‘` where they close a quotation (German)', () => {
    expect(labels('de-CH')).toEqual(['1', '2', '3'])
  })

  it('does not where they open one (English: `“2 weeks”`)', () => {
    expect(labels('en')).toEqual(['3'])
  })
})

describe('page notes cited by a transcriber’s symbols', () => {
  it('reads `+ # $ ||` glued to words, and several bodies on one line after wide spaces', () => {
    const text = [
      'Many urns are red, as at Little Massingham;+ these but of a',
      'black colour, as the righteous.#  Ulysses sought a noble tomb.$',
      'We lay in the nether part of the earth,|| and 2 + 2 is four.',
      '',
      '        + In Norfolk.  # St Matt. xxiii.',
      '                $ <i>Euripides</i>.  || Psal. lxiii.',
      '',
      'Which begat some doubt, whether they were burnt.',
      ''
    ].join('\n')
    const { tree, messages } = read(text)
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['+', '#', '$', '||'])
    const bodies = chapter.notes.map((note) => {
      const claim = note.children.filter(isParagraph)[0]?.children[0]
      const words = claim?.children.map((child) => ('value' in child ? child.value : '')).join('')
      return `${note.label} ${note.status} ${words}`
    })
    expect(bodies).toEqual([
      '+ present In Norfolk.',
      '# present St Matt. xxiii.',
      '$ present <i>Euripides</i>.',
      '|| present Psal. lxiii.'
    ])
    expect(messages).toEqual([])
  })

  it('leaves `+`, `#` and `$` as text where no body has them', () => {
    const { tree } = read('Grade B+ costs $5 in C++, or #3.* Enough.\n\n* A note.\n')
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((reference) => reference.label)).toEqual(['*'])
  })
})

describe('bodies standing in the text', () => {
  it('answers the marker before them, though a stanza heading between reads as a chapter', () => {
    // The form of Gilfillan's Gray: `[Footnote N: …]` after the poem, whose numbered stanzas
    // open with headings; numbers start afresh in each poem.
    const { tree } = read(
      [
        'THE BARD.',
        '',
        'II.--1.',
        '',
        '    Helm nor hauberk’s[1] twisted mail,',
        '    Nor e’en thy virtues, Tyrant, shall avail',
        '',
        'II.--2.',
        '',
        '    Stout Glo’ster[2] stood aghast in speechless trance:',
        '    To arms! cried Mortimer, and couch’d his quivering lance.',
        '',
        '[Footnote 1: ‘Hauberk:’ the coat of mail.]',
        '',
        '[Footnote 2: Gilbert de Clare, Earl of Gloucester.]',
        ''
      ].join('\n')
    )
    const resolved = tree.children.flatMap((chapter) =>
      chapter.notes.map((note) => `${chapter.title} ${note.label} ${note.status}`)
    )
    expect(resolved).toEqual(['II.--1. 1 present', 'II.--2. 2 present'])
  })
})

describe('bracketed symbols', () => {
  it('reads `[*]` markers and `[* …]` bodies below them, each answering the `[*]` before it', () => {
    const { tree } = read(
      '"Walk-ER!"[*] exclaimed the boy.\n\n[* "Walker!" means "What a story!"]\n\nHe would drink up Esil,[*] or eat\na crocodile.\n\n[*: Esil, "vinegar" (Hamlet, V, i, 299).]\n'
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((r) => `${r.label}${r.number} ${r.marker}`)).toEqual([
      '*1 symbol',
      '*2 symbol'
    ])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 3', 'n-x2a-2 present 8'])
  })

  it('reads an editor’s letter `[a]` as a note where its `[a] …` body stands, else as text', () => {
    const { tree, messages } = read(
      [
        'Je suis la fille du pape Urbain X et de',
        'la princesse de Palestrine[a].  On m’éleva jusqu’à quatorze ans.',
        '',
        '  [a] Voyez l’extrême discrétion de l’auteur; il n’y eut jusqu’à',
        '  présent aucun pape nommé Urbain X.',
        '',
        'The clause [b] stands for the buyer, [c] for the seller.',
        ''
      ].join('\n')
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((r) => `${r.label} ${r.marker}`)).toEqual(['a symbol'])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x61 present 4'])
    expect(JSON.stringify(chapter)).toContain('The clause [b] stands for the buyer, [c]')
    expect(messages).toEqual([])
  })

  it('reads a capital `[A]` as a note where its `[A] …` body stands under the paragraph', () => {
    const { tree, messages } = read(
      'Some text here.[A] And more text that goes on.\n\n[A] The first body.\n\nThe grades [B] and [C] stay text.\n'
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((r) => `${r.label} ${r.marker}`)).toEqual(['A symbol'])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x41 present 3'])
    expect(JSON.stringify(chapter)).toContain('The grades [B] and [C] stay text.')
    expect(messages).toEqual([])
  })

  it('says where a glued `[A]` cites no body in a text with lettered notes, and keeps it as text', () => {
    const { tree, messages } = read(
      'Some text here.[a] More.\n\n[a] The first body.\n\nThe mass of the heavenly bodies.[A]\n'
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x61 present 3'])
    expect(JSON.stringify(tree)).toContain('heavenly bodies.[A]')
    expect(messages).toEqual([
      "5:33 marker-ambiguous Read `[A]` as text, not as a note: no note's body is labelled `A`; if it is a note, label its body `[A] …` under the paragraph; check it"
    ])
  })
})

describe('numerals in parentheses', () => {
  it('reads `(1)` as the note whose body is numbered so, `[Footnote: (1) …]`, in a verse line', () => {
    const { tree, messages } = read(
      [
        'ON A DISTANT PROSPECT OF ETON COLLEGE.',
        '',
        '  Ye distant spires! ye antique towers!',
        '     That crown the watery glade',
        '  Where grateful Science still adores',
        "     Her Henry's (1) holy shade;",
        '',
        'He gave the lads (2) two fields.',
        '',
        "[Footnote: (1) 'Henry:' King Henry VI., founder of the College.]",
        ''
      ].join('\n')
    )
    const chapter = tree.children[0] as Chapter
    expect(references(chapter).map((r) => `${r.label} ${r.marker}`)).toEqual(['1 paren'])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 10'])
    expect(JSON.stringify(chapter)).toContain('He gave the lads (2) two fields.')
    expect(messages).toEqual([])
  })

  it('reads `(12)` as a note where the text cites its bodies so, not a year `(558)` or a list', () => {
    const { tree } = read(
      [
        'He took the surname of Asiagenus.(1) A more (558) honest man reigned',
        'as a "God of silver";(2) and tithes were dedicated(3) to the gods.',
        '',
        'The law named (1) the consuls and (2) the censors.(4)',
        '',
        'Notes for Chapter XIII',
        '',
        '1. Properly Asiagenes.',
        '',
        '2. Deus argentinus.',
        '',
        '3. The tenths of Hercules.',
        '',
        '4. Livy, xxxix. 44.',
        ''
      ].join('\n')
    )
    const cited = references(tree.children[0] as Chapter).map((r) => `${r.label} ${r.marker}`)
    expect(cited).toEqual(['1 paren', '2 paren', '3 paren', '4 paren'])
    expect(notesOf(tree)[0]?.[1]).toEqual([
      'n1 present 8',
      'n2 present 10',
      'n3 present 12',
      'n4 present 14'
    ])
  })
})

describe('superscript numerals', () => {
  it('reads `¹²` as a note, not a power (`x²`, `10²`, `m²`), and `¹ text` as its body', () => {
    const { tree } = read(
      [
        'The Greeks¹ were worthy,² and x² + y² = r² in 10² m² of land.³',
        '',
        'NOTES',
        '',
        '¹ Herodotus, ii. 2.',
        '',
        '²) Ibid.',
        '',
        '³ Strabo.',
        ''
      ].join('\n')
    )
    const cited = references(tree.children[0] as Chapter).map((r) => `${r.label} ${r.marker}`)
    expect(cited).toEqual(['1 superscript', '2 superscript', '3 superscript'])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 5', 'n2 present 7', 'n3 present 9'])
  })

  it('takes a superscript body under the paragraph that cites it', () => {
    const { tree } = read(
      ['He came home¹ at last.', '', '¹ In the spring of 1801.', '', 'Then he left.', ''].join('\n')
    )
    const [chapter] = tree.children as Chapter[]
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 3'])
    expect(chapter?.children.flatMap((section) => section.children)).toHaveLength(2)
  })
})

describe('what the settings state about the notes', () => {
  const text = [
    'Between July 1932 and March 1933.7 it fell [1] and rose.2 The law named (3) the consuls',
    'and the censors 4 who ruled.',
    '',
    'NOTES',
    '',
    '1. One.',
    '',
    '2. Two.',
    '',
    '3. Three.',
    '',
    '4. Four.',
    ''
  ].join('\n')
  const cited = (settings: object) =>
    references(read(text, settings).tree.children[0] as Chapter).map(
      (r) => `${r.label} ${r.marker}`
    )

  it('reads the notes under a heading named in `notes.headings`', () => {
    const book = [
      'He came home.1 Then he left.2',
      '',
      'Illustrative Remarks on Chapter I.',
      '',
      '1. In the spring.',
      '',
      '2. In the autumn.',
      ''
    ].join('\n')
    expect(notesOf(read(book).tree)[0]?.[1]).toEqual(['n1 missing', 'n2 missing'])
    const stated = read(book, { notes: { headings: ['ILLUSTRATIVE REMARKS.'] } }).tree
    expect(notesOf(stated)[0]?.[1]).toEqual(['n1 present 5', 'n2 present 7'])
  })

  it('warns that `notes.labels`, a Markdown setting, does nothing for a plain text', () => {
    const { messages } = read('He left.1\n\nNOTES\n\n1. Home.\n', { notes: { labels: 'keep' } })
    expect(messages.filter((m) => m.includes('settings-unsupported'))).toHaveLength(1)
  })

  it('reads only the marker styles named in `notes.markers`', () => {
    expect(cited({})).toEqual(['1 bracket', '2 glued'])
    expect(cited({ notes: { markers: ['bracket'] } })).toEqual(['1 bracket'])
    expect(cited({ notes: { markers: ['glued'] } })).toEqual(['2 glued'])
  })

  it('reads numerals in parentheses or set off by spaces when the settings name them', () => {
    expect(cited({ notes: { markers: ['bracket', 'glued', 'paren', 'spaced'] } })).toEqual([
      '1 bracket',
      '2 glued',
      '3 paren',
      '4 spaced'
    ])
  })

  it('gives each run of a closing notes section to its chapter with `notes.numbering: chapter`', () => {
    // Chapter II's first marker is lost, so its numbering looks as if it went on.
    const book = [
      'CHAPTER I.',
      '',
      'Alpha said so.[1] Beta too.[2]',
      '',
      'CHAPTER II.',
      '',
      'Gamma said so. Delta too.[2]',
      '',
      'NOTES',
      '',
      '1. One.',
      '',
      '2. Two.',
      '',
      '1. Uno.',
      '',
      '2. Dos.',
      ''
    ].join('\n')
    // Guessed, both runs go to chapter I, and chapter II's `[2]` cites chapter I's first note 2.
    const guessed = read(book).tree
    expect(notesOf(guessed)[1]?.[1]).toEqual([])
    const second = references(guessed.children[1] as Chapter)[0]
    expect(second?.identifier).toBe('c1-n2')
    const stated = notesOf(read(book, { notes: { numbering: 'chapter' } }).tree)
    expect(stated).toEqual([
      ['CHAPTER I.', ['c1-n1 present 11', 'c1-n2 present 13']],
      ['CHAPTER II.', ['c2-n1 present 15', 'c2-n2 present 17']]
    ])
  })
})

describe('notes standing with no heading', () => {
  it('reads entries after a rule as notes when the text cites their numbers in order', () => {
    const { tree } = read(
      [
        'Die Farbe hängt mit dem Klima zusammen(1), wie man sagt.(2) Im Mittel',
        'beträgt sie 1 Meter 57 Centimeter, bei 29°,3 und 28°,7 Wärme.(3)',
        '',
        '                ------------------',
        '',
        '    1 Die Völker an der Küste von Paria.',
        '',
        '    2 S. TACITUS _Germania_. Cap. 4.',
        '',
        '_    3 Tamanacu_ hat in der Mehrzahl _Tamanakemi_.',
        ''
      ].join('\n'),
      { language: 'de' }
    )
    const cited = references(tree.children[0] as Chapter).map((r) => `${r.label} ${r.marker}`)
    expect(cited).toEqual(['1 paren', '2 paren', '3 paren'])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n1 present 6', 'n2 present 8', 'n3 present 10'])
  })

  it('reads them after `THE END.`, though the first numbers were cited before the text began', () => {
    const { tree } = read(
      [
        'She saw Anne.10 Mary stood by the tomb;11 its door was shut.12',
        '',
        'THE END.',
        '',
        '   9 A note cited before.',
        '',
        '   10 Anne was the mother of Mary.',
        '',
        '11 The tomb was new.',
        '',
        '   12 Of stone.',
        ''
      ].join('\n')
    )
    const notes = notesOf(tree).flatMap(([, list]) => list)
    expect(notes.filter((note) => / present /.test(note))).toHaveLength(4)
  })

  it('leaves a numbered list after a rule as text when nothing cites it', () => {
    const { tree } = read(
      ['The horses were sound.', '', '-----', '', '1. Bay.', '', '2. Grey.', ''].join('\n')
    )
    expect(notesOf(tree)[0]?.[1]).toEqual([])
  })
})

describe('a bracketed marker glued to the word after it', () => {
  it('is the note expected when a body has its number and no letter stands before it', () => {
    const { tree, messages } = read(
      [
        'As Morgan has pointed out,[1]is more elaborate. The city had no engines,',
        '[2]buckets, or pumps; and x[3]y is a formula.',
        '',
        'NOTES',
        '',
        '1. Morgan, p. 12.',
        '',
        '2. Pliny, x. 42.',
        '',
        '3. Unused.',
        ''
      ].join('\n')
    )
    const cited = references(tree.children[0] as Chapter).map((r) => `${r.label} ${r.marker}`)
    expect(cited).toEqual(['1 bracket', '2 bracket'])
    expect(messages.filter((m) => m.includes('glued to the word after it'))).toHaveLength(2)
  })
})

describe('two bodies for one note in a chapter', () => {
  it('gives a reference the first body standing after it (letters under one heading, a break between)', () => {
    const { tree } = read(
      [
        'TO COLERIDGE.',
        '',
        'The Chatterton [1] is done, and the Monody [2] too.',
        '',
        '[1] Lapland mountains.',
        '',
        '[2] By Cottle.',
        '',
        '* * *',
        '',
        'I am not satisfied now with the Chatterton, [1] and will try again.',
        '',
        '[1] Coleridge’s “Monody” on Chatterton.',
        ''
      ].join('\n')
    )
    const chapter = tree.children[0] as Chapter
    const lines = new Map(chapter.notes.map((note) => [note.identifier, note.position?.start.line]))
    const answered = references(chapter).map(
      (r) => `${r.position?.start.line} → ${lines.get(r.identifier)}`
    )
    expect(answered).toEqual(['3 → 5', '3 → 7', '11 → 13'])
  })
})

describe('a body in parentheses whose `)` the source lost', () => {
  it('ends where the next body in parentheses opens, and says it is unclosed', () => {
    const { tree, messages } = read(
      [
        'In hot nights woodlarks soar.* The glow-worm lights her fire!**',
        '(* In hot summer nights woodlarks soar to a great height,',
        'and hang singing in the air.',
        '(** The light of the female glow-worm (as she crawls) is a signal.)',
        ''
      ].join('\n')
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 2', 'n-x2a-x2a-1 present 4'])
    expect(messages.filter((m) => m.includes('note-unclosed'))).toEqual([
      '2:1 note-unclosed Note `*` opens a parenthesis that is not closed; close it where the note ends'
    ])
  })
})

describe('numerals closed by a parenthesis, bodies in braces', () => {
  const text = [
    'Laokoon',
    '',
    'I.',
    '',
    'Die Tiefe des Meeres, sagt er 1), bleibt ruhig (v. 14) und still; so',
    'hoben6 die Griechen hervor, wie Winckelmann sagt2).',
    '',
    '{1. Von der Nachahmung der griechischen Werke, S. 21.}',
    '',
    'Der Schmerz ist sichtbar, und doch ein Beweis meiner Kunst." {2. Antiochus.',
    'Harduin legt dieses Epigramm einem Piso bei.}',
    '',
    'II.',
    '',
    'Wer wird dich malen wollen, sagt ein alter Epigrammatist 1) über ihn.',
    '',
    '{1.--scuto ejus, in quo Amazonum proelium caelavit.}',
    ''
  ].join('\n')

  it('reads `1)` and `2)` as notes against the bodies in braces, not `(v. 14)`', () => {
    const { tree } = read(text, { language: 'de' })
    const cited = tree.children.flatMap((chapter) =>
      references(chapter).map((r) => `${r.label} ${r.marker} ${r.position?.start.line}`)
    )
    expect(cited).toEqual(['1 paren 5', '2 paren 6', '1 paren 15'])
  })

  it('cuts a body in braces off the paragraph it ends, and opens a chapter where `II.` restarts the notes', () => {
    const { tree } = read(text, { language: 'de' })
    expect(notesOf(tree)).toEqual([
      [undefined, ['c1-n1 present 8', 'c1-n2 present 10']],
      ['II.', ['c2-n1 present 17']]
    ])
    const paragraph = tree.children[0]?.children[0]?.children[1]
    expect(paragraph?.position?.end.column).toBe(61)
  })
})

describe('caret markers in verse, bodies between stanzas', () => {
  it('reads `^N` in titles and lines, each poem numbering afresh, bodies in `[Footnote N: …]` blocks', () => {
    const { tree } = read(
      [
        'POEMS',
        '',
        'TAM GLEN^1',
        '',
        'My heart is a breaking, dear Tittie,',
        "  But what will I do wi' Tam Glen?^2",
        '',
        '    [Footnote 1: A song of the lassie.]',
        '',
        '    [Footnote 2: Tam is her lover.]',
        '',
        "I'm thinking, wi' sic a braw fellow,",
        '  If I mauna marry Tam Glen?',
        '',
        'THE WINTER NIGHT^1',
        '',
        'When biting Boreas, fell and doure,',
        "  Sharp shivers thro' the leafless bow'r;^2",
        '',
        '    [Footnote 1: Written in winter.]',
        '',
        'Ae night the storm the steeples rocked,',
        '  Duncan^3 deep in sleep was locked,',
        '',
        '    [Footnote 2: The bower.]',
        '',
        '    [Footnote 3: A name.]',
        ''
      ].join('\n')
    )
    expect(notesOf(tree)).toEqual([
      ['TAM GLEN', ['c1-n1 present 8', 'c1-n2 present 10']],
      ['THE WINTER NIGHT', ['c2-n1 present 20', 'c2-n2 present 25', 'c2-n3 present 27']]
    ])
  })
})

describe('a bracket never closed', () => {
  it('reads `[49` as the note expected when a body has its number, a guess said so', () => {
    const { tree, messages } = read(
      [
        'The old walls [1] and towers [2 stood; a list [7 items.',
        '',
        'NOTES',
        '',
        '1. One.',
        '',
        '2. Two.',
        ''
      ].join('\n')
    )
    const cited = references(tree.children[0] as Chapter).map(
      (r) => `${r.label} ${r.position?.start.column}`
    )
    expect(cited).toEqual(['1 15', '2 30'])
    expect(messages.filter((m) => m.includes('closing `]` missing'))).toHaveLength(1)
  })
})

describe('a symbol closed by a parenthesis never opened', () => {
  it('takes the `)` of `Worte*)` into the marker, not that of `(wie man sagt**)`', () => {
    const { tree } = read(
      [
        'Das sind die Worte*) des Dichters, und (wie man sagt**) nicht mehr.',
        '',
        '*) Eine Anmerkung.',
        '',
        '**) Noch eine.',
        ''
      ].join('\n'),
      { language: 'de' }
    )
    const cited = references(tree.children[0] as Chapter).map((r) => {
      const start = r.position?.start.column ?? 0
      const end = r.position?.end.column ?? 0
      return `${r.label} ${end - start}`
    })
    expect(cited).toEqual(['* 2', '** 2'])
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 3', 'n-x2a-x2a-1 present 5'])
  })
})

describe('a block that ends a notes section while opening like a note', () => {
  it('is kept as text with a message at its line, and the notes before it are read', () => {
    const { tree, messages } = read(
      [
        'A place is measured,* and named.',
        '',
        '  Notes',
        '',
        '* Here we have assumed a whole number.',
        '',
        '**A The editor changed the place named.',
        '',
        'The text goes on.',
        ''
      ].join('\n')
    )
    expect(notesOf(tree)[0]?.[1]).toEqual(['n-x2a-1 present 5'])
    expect(messages.filter((m) => m.includes('as text, not as a note'))).toEqual([
      expect.stringMatching(/^7:1 marker-ambiguous Read the block opening `\*\*A` as text/)
    ])
  })

  it('says nothing of the text that follows notes without looking like one', () => {
    const { messages } = read(
      ['A fact.[1]', '', 'NOTES', '', '[1] A note.', '', 'The text goes on.', ''].join('\n')
    )
    expect(messages.filter((m) => m.includes('as text, not as a note'))).toEqual([])
  })
})

describe('a symbol at the head of a line inside a numbered note', () => {
  // Found by the property tests: `§ 5` starting a note's second line was read as a body of its
  // own, twice (one of them ending before it began), inside the note that holds it.
  it('stays in the note, read once', () => {
    const { tree } = read(
      [
        'The law says so.§ And more.[1]',
        '',
        'NOTES',
        '',
        '1. See the act,',
        '   § 5 of which says it.',
        ''
      ].join('\n')
    )
    const notes = tree.children.flatMap((chapter) => chapter.notes)
    expect(notes.map((note) => note.label)).toEqual(['1'])
    expect(firstDoubled(String(tree ? '' : ''), tree)).toBeUndefined()
    expect(JSON.stringify(notes[0])).toContain('§ 5 of which says it.')
  })
})

describe('one body for two waiting markers of its symbol', () => {
  it('answers the one whose word it repeats, says so, and leaves the other without a body', () => {
    const { tree, messages } = read(
      [
        'He broke the rule of Cardan,* and died. Yet in cataceous* fishes it is not so.',
        '',
        '* Cardan in his Encomium reckoneth this among its gifts.',
        ''
      ].join('\n')
    )
    const chapter = tree.children[0] as Chapter
    const cited = references(chapter).map((r) => [r.position?.start.column, r.identifier])
    const present = chapter.notes.filter((note) => note.status === 'present')
    expect(present).toHaveLength(1)
    expect(cited.find(([, id]) => id === present[0]?.identifier)?.[0]).toBe(29)
    expect(messages.filter((m) => m.includes('as the note of'))).toEqual([
      expect.stringMatching(
        /^3:1 marker-ambiguous .* at 1:29, whose word it repeats, not of the one at 1:57/
      )
    ])
  })
})
