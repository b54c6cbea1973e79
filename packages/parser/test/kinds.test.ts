// Tests for claim kinds: tables per kind, then sentences of a real chapter.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ClaimKind, claimKinds } from '../src/shared/kinds.js'
import { sentences } from '../src/shared/sentences.js'

// Any UTF-16 text, lone surrogates included.
const anyText = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units))

type Case = [text: string, expected: ClaimKind[]]

function table(cases: Case[]): void {
  it.each(cases)('%s', (text, expected) => {
    expect(claimKinds(text)).toEqual(expected)
  })
}

describe('quotation', () => {
  table([
    ['The Nazis called it “Aryanization” at the time.', ['quotation']],
    ['He called it "treason" at once.', ['quotation']],
    ['They spoke of ‘the final reckoning’ often.', ['quotation']],
    ["They spoke of 'the final reckoning' often.", ['quotation']],
    ['Stalin called his enemies “fascists.”', ['quotation']],
    // A quotation over several sentences leaves one mark in each.
    ['As an SS officer put it: “Any of the comrades should resign.', ['quotation', 'attribution']],
    ['The more of these bastards go down, the fewer we’ll have to feed.”', ['quotation']],
    ['‘We must act now.', ['quotation']],
    ['The enemy is near.’', ['quotation']],
    // Apostrophes, and single quotes around one word, are not quotations.
    ['The ‘Leader’ spoke.', []],
    ['Stalin’s revolution, we’ll see; the kulaks’ land was taken.', []],
    ["Stalin's revolution, we'll see; the kulaks' land was taken.", []],
    ['The ‘Leader’ took the kulaks’ land.', []],
    ['rock ’n’ roll', []],
    ['He stood 5\'10" tall.', []],
    ['An empty “” mark.', []]
  ])
})

describe('figure', () => {
  table([
    ['Some 37,000 German Jews emigrated.', ['figure']],
    ['They shot 378,326 of them.', ['figure']],
    ['They won 43.9 percent.', ['figure']],
    ['They won 43 per cent.', ['figure']],
    ['They won 12% of the vote.', ['figure']],
    ['It cost $5 then.', ['figure']],
    ['It cost £3 a week.', ['figure']],
    ['It cost € 20 or 20 € there.', ['figure']],
    ['It cost 5 rubles.', ['figure']],
    ['It cost five rubles.', ['figure']],
    ['A lot was paid in dollars.', []],
    ['In the end 267 people were sentenced.', ['figure']],
    ['Of them, some 98 were shot.', ['figure']],
    ['It lasted eighteen months.', ['figure']],
    ['It killed hundreds of thousands.', ['figure']],
    ['It killed tens of thousands.', ['figure']],
    ['Two million peasants starved.', ['figure']],
    ['It was seven hundred times greater.', ['figure']],
    ['A thousand came, then a million, then a billion.', ['figure']],
    ['Dozens of victims died.', ['figure']],
    ['They had a 20-year plan.', ['figure']],
    ['It had 3000 members and 2100 more.', ['figure']],
    // Fractions, small number words, identifiers, ordinals and clock times are not counts.
    ['A third of the peasants and half the party left.', []],
    ['One of the two regimes fell.', []],
    ['It was Order 00447.', []],
    ['It was Order 00447 that did it.', []],
    ['The 5th Army moved.', []],
    ['They met at 5 p.m. on Monday.', []],
    ['They fought the T34 tank.', []]
  ])
})

describe('date', () => {
  table([
    ['It happened in 1933.', ['date']],
    ['It happened in 1937 and 1938.', ['date']],
    ['On 25 February 1933 he flew.', ['date']],
    ['In March 1933 he flew.', ['date']],
    ['On February 27 he flew.', ['date']],
    ['On February 27th he flew.', ['date']],
    ['On 5 March the Nazis won.', ['date']],
    ['On Nov. 7 they marched.', ['date']],
    ['They were tried between 19 and 24 August.', ['date']],
    ['They were tried on 19–24 August.', ['date']],
    ['It changed in the 1930s.', ['date']],
    ['It changed in the ’30s.', ['date']],
    ['It was the 1930s’ worst year.', ['date']],
    ['It was 1933’s worst month.', ['date']],
    ['The war of 1904-1905 was lost.', ['date']],
    ['It was 2099.', ['date']],
    ['It was 999 AD.', ['date']],
    ['Rome was founded in 753 B.C. by legend.', ['date']],
    ['They had 1,933 rifles.', ['figure']],
    ['In May the peasants may go.', []]
  ])
})

describe('attribution', () => {
  const verbs = [
    'wrote',
    'said',
    'says',
    'reported',
    'told',
    'declared',
    'claimed',
    'stated',
    'noted',
    'recalled',
    'argued',
    'explained',
    'announced',
    'insisted',
    'complained',
    'testified',
    'admitted',
    'shouted',
    'asked',
    'replied',
    'observed',
    'remarked'
  ]
  it.each(verbs)('%s', (verb) => {
    expect(claimKinds(`Then he ${verb} it.`)).toEqual(['attribution'])
    expect(claimKinds(`Then he ${verb.toUpperCase()} it.`)).toEqual(['attribution'])
  })
  table([
    ['According to the NKVD, it was a plot.', ['attribution']],
    ['In the words of Orwell, it was squalid.', ['attribution']],
    ['As he put it, the land was lost.', ['attribution']],
    ['As Orwell wrote in his memoir, it was squalid.', ['attribution']],
    // Whole words only.
    ['The unsaid thing was masked and rewrote nothing.', []],
    ['He toldo the reporteds.', []]
  ])
})

describe('order and duplicates', () => {
  table([
    [
      '“Go,” he said on 5 March 1933 to 267 people, and said it twice, “go.”',
      ['quotation', 'figure', 'date', 'attribution']
    ],
    ['He said in 1933 that two million starved.', ['figure', 'date', 'attribution']]
  ])

  it('lists each kind once, in the fixed order, for any text', () => {
    const order: ClaimKind[] = ['quotation', 'figure', 'date', 'attribution']
    fc.assert(
      fc.property(anyText, (text) => {
        const kinds = claimKinds(text)
        expect(kinds).toEqual(order.filter((k) => kinds.includes(k)))
      })
    )
  })
})

// The chapter's sentences, with note numbers cut out as the parser does before classifying.
function chapterSentences(): string[] {
  const url = new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
  const lines = readFileSync(url, 'utf8').trimEnd().split('\n')
  const out: string[] = []
  let note = 1
  for (const paragraph of lines
    .slice(1, -1)
    .join('\n')
    .split(/\n[ \t]*\n/)) {
    const text = paragraph.trim()
    const marks: [number, number][] = []
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
    for (const [s, e] of sentences(text, marks)) {
      let sentence = ''
      let from = s
      for (const [ms, me] of marks) {
        if (ms >= s && me <= e) {
          sentence += text.slice(from, ms)
          from = me
        }
      }
      out.push(sentence + text.slice(from, e))
    }
  }
  return out
}

describe('Bloodlands, chapter 2', () => {
  const all = chapterSentences()
  const find = (start: string): string => {
    const found = all.find((s) => s.startsWith(start))
    if (found === undefined) throw new Error(`no sentence starts with ${start}`)
    return found
  }

  it.each<[string, ClaimKind[]]>([
    ['Stalin’s second revolution', []],
    ['In an atmosphere of insecurity', ['figure', 'date']],
    ['“If this aeroplane should crash,”', ['quotation', 'attribution']],
    ['He felt the “pure primitive worship.”', ['quotation']],
    ['Starvation within the Soviet Union came to an end in 1934.', ['date']],
    ['His men once sentenced 1,301 people', ['figure']],
    ['Hitler told the parliament on 14 July 1935', ['figure', 'date', 'attribution']],
    ['Lev Kamenev and Grigory Zinoviev', ['date']],
    ['The troikas who fulfilled Order 00447', []],
    ['Some 40,530 people in Soviet Ukraine', ['figure']],
    ['To the camps at Dachau and Lichtenberg', ['date']],
    ['It would be five more years', ['quotation']],
    ['In the years 1937 and 1938, 267 people', ['figure', 'date']],
    ['To a gathering at the Berlin Sportpalast', ['quotation', 'figure', 'date', 'attribution']]
  ])('%s… is %j', (start, expected) => {
    expect(claimKinds(find(start))).toEqual(expected)
  })

  it('sees a quotation only where a sentence has a quotation mark', () => {
    for (const s of all) {
      if (!/[“”"‘]/.test(s)) expect(claimKinds(s)).not.toContain('quotation')
    }
  })

  it('sees every curly double quotation', () => {
    for (const s of all) if (/“[^”]*\p{L}/u.test(s)) expect(claimKinds(s)).toContain('quotation')
  })
})
