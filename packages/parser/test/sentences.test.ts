// Tests for the sentence segmenter: one table per rule, then properties on a real chapter.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Span, sentences } from '../src/shared/sentences.js'

// Any UTF-16 text, lone surrogates included.
const anyText = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units))

function split(text: string, attached?: readonly Span[]): string[] {
  return sentences(text, attached).map(([s, e]) => text.slice(s, e))
}

// The span of each `marker` in `text`, searched left to right.
function markers(text: string, ...marks: string[]): Span[] {
  const spans: Span[] = []
  let from = 0
  for (const mark of marks) {
    const at = text.indexOf(mark, from)
    if (at < 0) throw new Error(`no ${mark} in ${text}`)
    spans.push([at, at + mark.length])
    from = at + mark.length
  }
  return spans
}

type Case = [text: string, expected: string[]]

function table(cases: Case[]): void {
  it.each(cases)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected)
  })
}

describe('boundaries', () => {
  table([
    ['One. Two? Three! Four…', ['One.', 'Two?', 'Three!', 'Four…']],
    ['Really?! Yes... Fine.', ['Really?!', 'Yes...', 'Fine.']],
    ['He said “go.” Then he left.', ['He said “go.”', 'Then he left.']],
    ['Was it ‘fine?’ No, it was not.', ['Was it ‘fine?’', 'No, it was not.']],
    ['Was it fine!’ Yes.', ['Was it fine!’', 'Yes.']],
    ['It ended (finally.) Then came peace.', ['It ended (finally.)', 'Then came peace.']],
    ['He wrote (“the end.”) Then he slept.', ['He wrote (“the end.”)', 'Then he slept.']],
    ['See [the note.] And so on.', ['See [the note.]', 'And so on.']],
    ['Il dit «non.» Then he left.', ['Il dit «non.»', 'Then he left.']],
    ['He said "stop." Then he left.', ['He said "stop."', 'Then he left.']],
    ["He said 'stop.' Then he left.", ["He said 'stop.'", 'Then he left.']],
    ['He left. “Why?” she asked.', ['He left.', '“Why?” she asked.']],
    ['He left. ‘Why?’ she asked.', ['He left.', '‘Why?’ she asked.']],
    [
      'He left. (It rained.) [Sic.] «Non.» "Yes." \'No.\'',
      ['He left.', '(It rained.)', '[Sic.]', '«Non.»', '"Yes."', "'No.'"]
    ],
    ['It was 1933. 1934 was worse.', ['It was 1933.', '1934 was worse.']],
    [
      'He met Stalin. Ёжов came later. Éric too. Ǆemal last.',
      ['He met Stalin.', 'Ёжов came later.', 'Éric too.', 'Ǆemal last.']
    ],
    ['He met Stalin. ǅemal came.', ['He met Stalin.', 'ǅemal came.']]
  ])
})

describe('spacing', () => {
  table([
    ['', []],
    ['   \n\t  ', []],
    ['no terminal punctuation here', ['no terminal punctuation here']],
    ['  Leading and trailing.  Spaces.  ', ['Leading and trailing.', 'Spaces.']],
    ['One.\n\nTwo.\tThree.\r\nFour.', ['One.', 'Two.', 'Three.', 'Four.']],
    ['One.\u00a0Two.\u2009Three.', ['One.', 'Two.', 'Three.']],
    ['A line\nbroken mid-sentence. Next.', ['A line\nbroken mid-sentence.', 'Next.']],
    ['Visit example.com today.Now.', ['Visit example.com today.Now.']],
    ['... The paragraph opens with an ellipsis.', ['... The paragraph opens with an ellipsis.']],
    ['“...” He said nothing.', ['“...” He said nothing.']],
    ['.', ['.']],
    ['1. The first point. 2. The second point.', ['1. The first point.', '2. The second point.']]
  ])
})

describe('abbreviations', () => {
  const titles = [
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'St',
    'Mt',
    'Prof',
    'Gen',
    'Col',
    'Lt',
    'Capt',
    'Sgt',
    'Rev',
    'Hon',
    'Gov',
    'Sen',
    'Rep',
    'Pres',
    'Adm',
    'Maj',
    'Cpl',
    'Pvt',
    'Fr',
    'Messrs',
    'Mme',
    'Mlle'
  ]
  it.each(titles)('%s. before a name', (title) => {
    expect(split(`He met ${title}. Smith there. He left.`)).toEqual([
      `He met ${title}. Smith there.`,
      'He left.'
    ])
  })
  table([
    [
      'Mr. Jones met Mrs. Smith and Dr. Brown on St. Mark’s Square.',
      ['Mr. Jones met Mrs. Smith and Dr. Brown on St. Mark’s Square.']
    ],
    [
      'See Vol. II and vol. 3, ch. 4, Ch. V, pp. 12–14, p. 7, fig. 2 and Fig. 3. Then stop.',
      ['See Vol. II and vol. 3, ch. 4, Ch. V, pp. 12–14, p. 7, fig. 2 and Fig. 3.', 'Then stop.']
    ],
    [
      'Compare cf. Smith, e.g. Stalin, i.e. Hitler, viz. Germany, vs. France. Done.',
      ['Compare cf. Smith, e.g. Stalin, i.e. Hitler, viz. Germany, vs. France.', 'Done.']
    ],
    [
      'It lasted approx. 40 years, ca. 1900 to c. 1940. Then it ended.',
      ['It lasted approx. 40 years, ca. 1900 to c. 1940.', 'Then it ended.']
    ],
    // `No.` abbreviates only before a number; as an answer it ends a sentence.
    [
      'The order was No. 5 and Nos. 6–7. No. He refused.',
      ['The order was No. 5 and Nos. 6–7.', 'No.', 'He refused.']
    ],
    [
      'It began on Jan. 1, Feb. 2, Mar. 3, Apr. 4, Jun. 5, Jul. 6, Aug. 7 and Sep. 8. Sept. 9, Oct. 10, Nov. 11 and Dec. 12 followed.',
      [
        'It began on Jan. 1, Feb. 2, Mar. 3, Apr. 4, Jun. 5, Jul. 6, Aug. 7 and Sep. 8.',
        'Sept. 9, Oct. 10, Nov. 11 and Dec. 12 followed.'
      ]
    ],
    // A month abbreviation before a word ends the sentence.
    ['They met in Dec. Then they parted.', ['They met in Dec.', 'Then they parted.']],
    // `etc.`, `Jr.` and `Sr.` close a phrase: before a capital they close the sentence too.
    [
      'They took grain, tools, etc. The villages starved.',
      ['They took grain, tools, etc.', 'The villages starved.']
    ],
    ['They took grain, tools, etc. and cattle.', ['They took grain, tools, etc. and cattle.']],
    [
      'He met Martin Luther King Jr. The talk was brief.',
      ['He met Martin Luther King Jr.', 'The talk was brief.']
    ],
    ['He met John Smith Sr. and his son.', ['He met John Smith Sr. and his son.']],
    [
      'The U.S. Army arrived. The U.K. Foreign Office and the U.N. Security Council objected. The U.S.S.R. Academy agreed.',
      [
        'The U.S. Army arrived.',
        'The U.K. Foreign Office and the U.N. Security Council objected.',
        'The U.S.S.R. Academy agreed.'
      ]
    ],
    // An era marker opening the sentence cannot end it; after a verb it can.
    ['In 55 B.C. Caesar crossed to Britain.', ['In 55 B.C. Caesar crossed to Britain.']],
    [
      'Rome was founded in 753 B.C. Caesar came much later.',
      ['Rome was founded in 753 B.C.', 'Caesar came much later.']
    ],
    [
      'Rome was founded in 753 BC. Caesar came later.',
      ['Rome was founded in 753 BC.', 'Caesar came later.']
    ],
    [
      'Charlemagne was crowned in A.D. 800 in Rome.',
      ['Charlemagne was crowned in A.D. 800 in Rome.']
    ],
    [
      'They met at 9 a.m. on Monday and at 5 p.m. on Tuesday.',
      ['They met at 9 a.m. on Monday and at 5 p.m. on Tuesday.']
    ],
    ['They met at 9 p.m. The talks failed.', ['They met at 9 p.m.', 'The talks failed.']],
    ['He wrote it to Ph.D. students.', ['He wrote it to Ph.D. students.']]
  ])
})

describe('initials and acronyms', () => {
  table([
    [
      'J. V. Stalin and W. E. B. Du Bois never met.',
      ['J. V. Stalin and W. E. B. Du Bois never met.']
    ],
    ['J.R.R. Tolkien wrote it. He was English.', ['J.R.R. Tolkien wrote it.', 'He was English.']],
    ['Then А. Я. Вышинский spoke.', ['Then А. Я. Вышинский spoke.']],
    ['Then É. Durkheim spoke.', ['Then É. Durkheim spoke.']],
    ['The N.K.V.D. was feared. It killed.', ['The N.K.V.D. was feared.', 'It killed.']],
    // `the` makes a dotted acronym an institution, which can end a sentence.
    ['He joined the N.K.V.D. The work was grim.', ['He joined the N.K.V.D.', 'The work was grim.']],
    ['He joined the NKVD. The work was grim.', ['He joined the NKVD.', 'The work was grim.']],
    // A lone capital is read as an initial unless an everyday sentence opener follows it.
    ['He chose Plan B. Then he left.', ['He chose Plan B.', 'Then he left.']],
    ['He chose Plan B. Smith left.', ['He chose Plan B. Smith left.']],
    // After a closing quote no initial or abbreviation is possible.
    ['The answer was “No.” Then silence.', ['The answer was “No.”', 'Then silence.']],
    ['He wrote “Mr.” Then he stopped.', ['He wrote “Mr.”', 'Then he stopped.']]
  ])
})

describe('numbers', () => {
  table([
    ['The party won 43.9 percent. It governed.', ['The party won 43.9 percent.', 'It governed.']],
    [
      'Version 1.2.3 shipped in 1904-1905 at 3.5 rubles. Nobody cared.',
      ['Version 1.2.3 shipped in 1904-1905 at 3.5 rubles.', 'Nobody cared.']
    ],
    ['It cost 1,301.50 rubles.', ['It cost 1,301.50 rubles.']]
  ])
})

describe('ellipses', () => {
  table([
    ['And then… and then it ended.', ['And then… and then it ended.']],
    ['And then... and then it ended.', ['And then... and then it ended.']],
    ['He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
    ['He paused…? Then he spoke.', ['He paused…?', 'Then he spoke.']],
    ['He hesitated . . . and left.', ['He hesitated . . . and left.']],
    ['He hesitated . . . Then he left.', ['He hesitated . . .', 'Then he left.']]
  ])
})

describe('quotations', () => {
  table([
    ['“Who?” he asked. “Me,” she said.', ['“Who?” he asked.', '“Me,” she said.']],
    ['“Stop!” cried the guard.', ['“Stop!” cried the guard.']],
    [
      'Stalin called them “fascists?” They agreed.',
      ['Stalin called them “fascists?”', 'They agreed.']
    ],
    ['He called them “fascists.” They agreed.', ['He called them “fascists.”', 'They agreed.']],
    ['He said “Who?” and left.', ['He said “Who?” and left.']],
    ['She said “Wait. Stop.” and ran.', ['She said “Wait. Stop.” and ran.']],
    ['She said "Wait. Stop." and ran.', ['She said "Wait. Stop." and ran.']],
    [
      '“Go home. You are tired,” he said. Then he left.',
      ['“Go home. You are tired,” he said.', 'Then he left.']
    ],
    [
      'He wrote: “We will win. The task is clear.” The Politburo agreed.',
      ['He wrote: “We will win.', 'The task is clear.”', 'The Politburo agreed.']
    ]
  ])
})

describe('attached markers', () => {
  it.each<[string, string[], string[]]>([
    [
      'He felt the “pure primitive worship.”1 When Jones made for Moscow he was traveling.',
      ['1'],
      ['He felt the “pure primitive worship.”1', 'When Jones made for Moscow he was traveling.']
    ],
    [
      'This was what Stalin called his “fascists.”34 They agreed that there was no middle ground.',
      ['34'],
      [
        'This was what Stalin called his “fascists.”34',
        'They agreed that there was no middle ground.'
      ]
    ],
    [
      'It won both July 1932 and March 1933.7 Then it ruled.',
      ['7'],
      ['It won both July 1932 and March 1933.7', 'Then it ruled.']
    ],
    ['He felt the “pure primitive worship.”1', ['1'], ['He felt the “pure primitive worship.”1']],
    [
      'He felt the “pure primitive worship.”1  \n',
      ['1'],
      ['He felt the “pure primitive worship.”1']
    ],
    ['It ended in 1934.16 1935 was calm.', ['16'], ['It ended in 1934.16', '1935 was calm.']],
    ['It ended in 1934.16\n\n“Now,” he said.', ['16'], ['It ended in 1934.16', '“Now,” he said.']],
    ['Was it over?12 Yes.', ['12'], ['Was it over?12', 'Yes.']],
    ['He left.1 2 Then he came back.', ['1', '2'], ['He left.1 2', 'Then he came back.']],
    ['He left.12 Then he came back.', ['1', '2'], ['He left.12', 'Then he came back.']],
    // A marker never starts a sentence, even after a space.
    ['He left. 12 Then he came back.', ['12'], ['He left. 12', 'Then he came back.']],
    ['1 He left.', ['1'], ['1 He left.']],
    ['His “fascists.”34 and others agreed.', ['34'], ['His “fascists.”34 and others agreed.']],
    ['His “fascists.”34They agreed.', ['34'], ['His “fascists.”34They agreed.']],
    ['He left. 12Then he came back.', ['12'], ['He left. 12Then he came back.']],
    ['Mr. Smith came.3 Mr. Jones left.4', ['3', '4'], ['Mr. Smith came.3', 'Mr. Jones left.4']]
  ])('%s', (text, marks, expected) => {
    expect(split(text, markers(text, ...marks))).toEqual(expected)
  })

  it('reads `1933.7` as a number without the marker', () => {
    expect(split('It won in March 1933.7 Then it ruled.')).toEqual([
      'It won in March 1933.7 Then it ruled.'
    ])
  })

  it('survives spans that are out of order, empty or outside the text', () => {
    const text = 'He left.1 Then he came back. Fine.'
    const bad: Span[] = [
      [40, 50],
      [9, 8],
      [Number.NaN, Number.NaN],
      [8, 9],
      [0, 0]
    ]
    expect(() => sentences(text, bad)).not.toThrow()
    expect(split(text, [[8, 100]])).toEqual(['He left.1 Then he came back. Fine.'])
  })
})

// Every non-space character sits in exactly one span, each span trimmed, in order.
function expectPartition(text: string, spans: Span[]): void {
  let covered = 0
  for (const [s, e] of spans) {
    expect(s).toBeGreaterThanOrEqual(covered)
    expect(e).toBeGreaterThan(s)
    expect(text.slice(covered, s).trim()).toBe('')
    expect(text.slice(s, e)).toBe(text.slice(s, e).trim())
    covered = e
  }
  expect(text.slice(covered).trim()).toBe('')
}

describe('properties', () => {
  const tokens = fc.constantFrom(
    'Mr.',
    'J.',
    'U.S.',
    'etc.',
    'word',
    'Word',
    '43.9',
    '1933.',
    '...',
    '…',
    '?!',
    '“',
    '”',
    '’',
    '(',
    ')',
    '.',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    'Ёж',
    '𝐀.',
    'No.',
    'B.C.',
    '1'
  )
  const texts = fc.array(tokens, { maxLength: 40 }).map((parts) => parts.join(''))

  it('partitions any text into trimmed, ordered spans', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expectPartition(text, sentences(text))
      })
    )
  })

  it('keeps every marker inside a sentence and never starts a sentence with one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const marks: Span[] = []
        for (let i = text.indexOf('1'); i >= 0; i = text.indexOf('1', i + 1)) marks.push([i, i + 1])
        const spans = sentences(text, marks)
        expectPartition(text, spans)
        for (const [s] of spans.slice(1)) expect(marks.some(([m]) => m === s)).toBe(false)
      })
    )
  })

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectPartition(text, sentences(text))
      })
    )
  })
})

interface Paragraph {
  text: string
  marks: Span[]
  spans: Span[]
}

// The chapter's paragraphs, with its 65 note numbers found in order as attached markers.
function chapter(): Paragraph[] {
  const url = new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
  const lines = readFileSync(url, 'utf8').trimEnd().split('\n')
  const body = lines.slice(1, -1).join('\n')
  let note = 1
  return body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((text) => {
      const marks: Span[] = []
      for (;;) {
        const digits = String(note)
        const found = new RegExp(`[.?!…][”’")\\]]*(${digits})(?=\\s|$)`, 'g')
        found.lastIndex = marks.at(-1)?.[1] ?? 0
        const m = found.exec(text)
        if (m === null) break
        const at = m.index + m[0].length - digits.length
        marks.push([at, at + digits.length])
        note++
      }
      return { text, marks, spans: sentences(text, marks) }
    })
}

describe('Bloodlands, chapter 2', () => {
  const paragraphs = chapter()
  const all = paragraphs.flatMap((p) => p.spans.map(([s, e]) => p.text.slice(s, e)))

  it('finds every note number and ends a sentence at each', () => {
    expect(paragraphs).toHaveLength(75)
    expect(paragraphs.flatMap((p) => p.marks)).toHaveLength(65)
    for (const p of paragraphs) {
      for (const [, end] of p.marks) expect(p.spans.some(([, e]) => e === end)).toBe(true)
    }
  })

  it('splits into the sentences a reader counts', () => {
    expect(all).toHaveLength(546)
  })

  it('partitions each paragraph into trimmed, ordered spans', () => {
    for (const p of paragraphs) expectPartition(p.text, p.spans)
  })

  it('starts every sentence with a capital, a digit or an opening mark', () => {
    // The chapter has no sentence that legitimately starts in lowercase.
    for (const s of all) expect(s).toMatch(/^[\p{Lu}\d“(]/u)
  })

  it('never ends a sentence on a title or an initial', () => {
    for (const s of all) expect(s).not.toMatch(/(?:^|[\s(])(?:Mr|Mrs|Dr|St|\p{Lu})\.$/u)
  })

  it('keeps 43.9 percent inside its sentence', () => {
    expect(all.filter((s) => s.includes('43.9'))).toEqual([
      'In an atmosphere of insecurity, the Nazis decisively won the elections on 5 March, with 43.9 percent of the vote and 288 seats in the Reichstag.'
    ])
  })

  it.each([
    '“If this aeroplane should crash,” he wrote, “the whole history of Europe would be changed.”',
    'He felt the “pure primitive worship.”1',
    'When Jones made for Moscow he was traveling from, as he put it, “a land where dictatorship has just begun” to “the dictatorship of the working class.”',
    'As an SS officer said to the guards at Dachau: “Any of the comrades who can’t see blood should resign.',
    'The more of these bastards go down, the fewer of them we’ll have to feed.”4',
    'Surely reasonable people would want to be on the side of the anti-fascists, rather than that of the fascists?',
    'Anyone who was against the Soviet Union, was the suggestion, was probably a fascist or at least a sympathizer.',
    'This, of course, was the shared binary logic of National Socialism and the Popular Front: Hitler called his enemies “Marxists,” and Stalin called his “fascists.”34',
    'They agreed that there was no middle ground.',
    '(Only a very few of those arrested were not sentenced at all.)',
    'In all of these ways, Stalin’s uncompromising stand in foreign policy during collectivization and famine in the Soviet Union helped Hitler win the elections of both July 1932 and March 1933.7',
    'Whereas Stalin had achieved by 1933 the authority and gathered the coercive power to force through collectivization on a massive scale, Hitler had to move far more slowly.',
    'In a kind of operational shorthand, NKVD officers said: “Once a Pole, always a kulak.”62',
    'Again, given the difference in population size, the chances that a Soviet citizen would be executed in the kulak action were about seven hundred times greater than the chances that a German citizen would be sentenced to death in Nazi Germany for any offense.65'
  ])('keeps %s', (sentence) => {
    expect(all).toContain(sentence)
  })
})
