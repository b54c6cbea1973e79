// Tests for sentence segmentation by language: one table per rule, each case taken from a text
// of the corpus (`corpus/<id>/<id>.txt`, named above it) unless it says otherwise, then the
// language carried from the settings to the claims.
import { paragraphsOf } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { sentences } from '../src/shared/sentences.js'

type Case = [text: string, expected: string[]]

function table(language: string, cases: Case[]): void {
  it.each(cases)('%s', (text, expected) => {
    expect(sentences(text, [], language).map(([s, e]) => text.slice(s, e))).toEqual(expected)
  })
}

describe('German abbreviations', () => {
  // de-goethe-leipziger-freunde
  table('de', [
    [
      'Sie Hr. Schönkopf sitzen auf dem Canapee am warmen Ofen.',
      ['Sie Hr. Schönkopf sitzen auf dem Canapee am warmen Ofen.']
    ],
    [
      'Hrn. Kreuchauf, Hrn. Cravinus, Hrn. v. Hardenberg, Hrn. v. Lieven, Hrn. Huber, bitte ich insbesondere meine Hochachtung zu versichern.',
      [
        'Hrn. Kreuchauf, Hrn. Cravinus, Hrn. v. Hardenberg, Hrn. v. Lieven, Hrn. Huber, bitte ich insbesondere meine Hochachtung zu versichern.'
      ]
    ],
    // First names as scholars shorten them.
    [
      'des Lustspiels _Herzog Michel_ von _Joh. Christ. Krüger_ gemacht. _Goethe_ hatte',
      ['des Lustspiels _Herzog Michel_ von _Joh. Christ. Krüger_ gemacht.', '_Goethe_ hatte']
    ],
    // `vgl.` and a page: nothing ends before `S. 340`.
    [
      'Eckermann Gespräche II. S. 328 vgl. I. S. 340.',
      ['Eckermann Gespräche II. S. 328 vgl. I. S. 340.']
    ],
    // `u. s. w.` closes a list, and may end the sentence; a lone letter elsewhere does not.
    [
      'Hechte, Fasanen, Austern u. s. w. Das erscheinet Taglich.',
      ['Hechte, Fasanen, Austern u. s. w.', 'Das erscheinet Taglich.']
    ],
    ['Kurz l. N. meine Welt war ein großes Buch.', ['Kurz l. N. meine Welt war ein großes Buch.']],
    // The tail of a word with an apostrophe is a word: `dencke's.` ends the sentence.
    [
      "Ich dencke's. So lang der Wachtmeister noch da war.",
      ["Ich dencke's.", 'So lang der Wachtmeister noch da war.']
    ]
  ])
  // Not from the corpus, which has none of them: the common abbreviations of modern German.
  table('de', [
    [
      'Er las z. B. Goethe, d. h. den jungen. Vgl. S. 12 bzw. Nr. 4 u. a. m. Dann ging er.',
      ['Er las z. B. Goethe, d. h. den jungen.', 'Vgl. S. 12 bzw. Nr. 4 u. a. m.', 'Dann ging er.']
    ],
    ['Er kam am 3. März. Sie blieb.', ['Er kam am 3. März.', 'Sie blieb.']]
  ])
})

describe('German ordinals', () => {
  // de-goethe-leipziger-freunde
  table('de', [
    [
      '_Adam Friedrich Oeser_[58] wurde am 17. Febr. 1717 in Preßburg geboren.',
      ['_Adam Friedrich Oeser_[58] wurde am 17. Febr. 1717 in Preßburg geboren.']
    ],
    [
      '„Ich seufze nach meinen Freunden,“ schreibt er an Riese (28. April 1766), „und wenn ich',
      ['„Ich seufze nach meinen Freunden,“ schreibt er an Riese (28. April 1766), „und wenn ich']
    ],
    [
      'Oeser starb an einem Stickfluß den 18. März 1799; Goethe ehrte sein Andenken.',
      ['Oeser starb an einem Stickfluß den 18. März 1799; Goethe ehrte sein Andenken.']
    ],
    // Numbers in a row are items cited.
    [
      'aufs Jahr 1773 (2. 3. 7. 16.) und 1776 (4. 6. 10. 13.), so wie',
      ['aufs Jahr 1773 (2. 3. 7. 16.) und 1776 (4. 6. 10. 13.), so wie']
    ],
    // A number after a word that is no article nor preposition ends the sentence.
    ['Horn soll 5 nehmen. Ich 6. Lebt wohl.', ['Horn soll 5 nehmen.', 'Ich 6.', 'Lebt wohl.']]
  ])
  // In English a stop after a day's number ends the sentence (en-carlyle-revolution has none).
  table('en', [['He came on the 3. March was cold.', ['He came on the 3.', 'March was cold.']]])
})

describe('French abbreviations and dialogue', () => {
  table('fr', [
    // fr-voltaire-candide
    [
      "leurs mains s'égarèrent. M. le baron de Thunder-ten-tronckh passa",
      ["leurs mains s'égarèrent.", 'M. le baron de Thunder-ten-tronckh passa']
    ],
    [
      'des éditeurs de Kehl, MM. Condorcet et Decroix.',
      ['des éditeurs de Kehl, MM. Condorcet et Decroix.']
    ],
    // A dash after a stop opens the next speaker's sentence.
    [
      "j'aime tendrement mademoiselle Cunégonde.--Non, dit l'un de ces messieurs",
      ["j'aime tendrement mademoiselle Cunégonde.", "--Non, dit l'un de ces messieurs"]
    ],
    // A stop before a lowercase word ends nothing.
    ["Hélas! dit l'autre, c'est l'amour.", ["Hélas! dit l'autre, c'est l'amour."]],
    // fr-hugo-notre-dame: an ellipsis, a closing guillemet, then the dash.
    ['sans les tributs...»--Etc.', ['sans les tributs...»', '--Etc.']]
  ])
})

describe('Spanish abbreviations', () => {
  // Not from the corpus, which has no Spanish text.
  table('es', [
    [
      'El Sr. García y la Sra. Díaz leyeron la pág. 5 con el Dr. Ruiz. Luego se fueron.',
      ['El Sr. García y la Sra. Díaz leyeron la pág. 5 con el Dr. Ruiz.', 'Luego se fueron.']
    ],
    ['¿Qué hora es? ¡Son las tres! Vamos.', ['¿Qué hora es?', '¡Son las tres!', 'Vamos.']],
    ['Lo dijo Ud. ayer. Lo sé.', ['Lo dijo Ud. ayer.', 'Lo sé.']]
  ])
})

describe('initials, numerals and references', () => {
  table('en', [
    // en-einstein-relativity: a capital that names a point ends the sentence before an opener.
    [
      'is accelerated relatively to K. But since a gravitational field',
      ['is accelerated relatively to K.', 'But since a gravitational field']
    ],
    // en-gama-first-voyage: an initial before another.
    [
      'designed by Captain A. A. Baldaque da Silva',
      ['designed by Captain A. A. Baldaque da Silva']
    ],
    // en-biddulph-nineteenth: honours after a name end it; a title does not end.
    [
      'Major General John Yorke, C.B. In his place Major General and Honorary Lieut. General Coote',
      [
        'Major General John Yorke, C.B.',
        'In his place Major General and Honorary Lieut. General Coote'
      ]
    ],
    ['The late Genl. Sir H. Stewart told me', ['The late Genl. Sir H. Stewart told me']],
    // en-gama-first-voyage: a folio and a codex cited.
    [
      '(Codices 1910, f. 61, and 2112b), and (Port. 1, and Port. 36).',
      ['(Codices 1910, f. 61, and 2112b), and (Port. 1, and Port. 36).']
    ],
    // en-white-selborne: a chapter in roman numerals before its verse.
    ['brightness thereof. Eccles., xliii. 11.', ['brightness thereof.', 'Eccles., xliii. 11.']],
    // en-hoffman-midewiwin: a figure's number is not a sentence's end.
    [
      '[Illustration: Fig. 1.--Herbalist preparing medicine.]',
      ['[Illustration: Fig. 1.--Herbalist preparing medicine.]']
    ],
    // en-white-selborne: a parenthesis opening on a lowercase word goes with what is before.
    [
      'But John Ellis, Esq., F.R.S. (the coralline Ellis), asserts',
      ['But John Ellis, Esq., F.R.S. (the coralline Ellis), asserts']
    ],
    // en-herodotus-euterpe: an item's letter opens a sentence.
    [
      'do the opposite of these things. (a) This king, they said',
      ['do the opposite of these things.', '(a) This king, they said']
    ]
  ])
  // de-goethe-leipziger-freunde: an initial before a lowercase word or a page is no sentence.
  table('de', [
    [
      'Und am Ende wäre doch Fr. Dockt. ~C.~ und Fr. Dockt. G. ein herzlich kleiner Unterschied.',
      ['Und am Ende wäre doch Fr. Dockt. ~C.~ und Fr. Dockt. G. ein herzlich kleiner Unterschied.']
    ],
    [
      'in den Propyläen vom Jahr 1800 (~III.~ S. 125 ff.). Man hat sich',
      ['in den Propyläen vom Jahr 1800 (~III.~ S. 125 ff.).', 'Man hat sich']
    ]
  ])
})

describe('quotations, parentheses and markup', () => {
  table('en', [
    // en-einstein-relativity: a quotation closed right after the stop has ended.
    [
      'which we are inclined to accept as "true." Then, on the basis of a logical process',
      ['which we are inclined to accept as "true."', 'Then, on the basis of a logical process']
    ],
    // en-lamb-letters: a quotation that began in an earlier sentence, closed after the stop.
    [
      'Independently of the signature, their superior merit would have sufficiently distinguished them." The "effusions" were four sonnets',
      [
        'Independently of the signature, their superior merit would have sufficiently distinguished them."',
        'The "effusions" were four sonnets'
      ]
    ],
    // en-einstein-relativity and en-lamb-letters: parentheses the sentence runs on after.
    [
      'an independently existing trajectory (lit. "path-curve"*), but only a trajectory',
      ['an independently existing trajectory (lit. "path-curve"*), but only a trajectory']
    ],
    [
      '"a woman and six children" (by the way, why not nine children? It would have been just half as pathetic again); "statues of sleep they seemed;"',
      [
        '"a woman and six children" (by the way, why not nine children? It would have been just half as pathetic again); "statues of sleep they seemed;"'
      ]
    ],
    // en-carlyle-revolution: an em dash after a stop.
    [
      'in favour of the National Representatives.—With such action and reaction',
      ['in favour of the National Representatives.', '—With such action and reaction']
    ],
    // en-lamb-letters: italics over a sentence's end hide nothing.
    ['but no _selection. All_ is, described.', ['but no _selection.', 'All_ is, described.']],
    [
      'to address him as _Mr._ C. L. Love and respects',
      ['to address him as _Mr._ C. L. Love and respects']
    ]
  ])
  // de-goethe-leipziger-freunde: German quotation marks; italics and antiqua markup.
  table('de', [
    [
      'schrieb er ihm: „Ganz Leipzig verachtet ihn. Niemand geht mit ihm um,“ nachdem er eine Beschreibung entworfen:',
      [
        'schrieb er ihm: „Ganz Leipzig verachtet ihn. Niemand geht mit ihm um,“ nachdem er eine Beschreibung entworfen:'
      ]
    ],
    [
      'als wenn er in einem so fremden Tone geschrieben wäre. _Sie! Sie!_ das lautet meinen Ohren so fremd.',
      [
        'als wenn er in einem so fremden Tone geschrieben wäre.',
        '_Sie! Sie!_ das lautet meinen Ohren so fremd.'
      ]
    ],
    [
      'mit euch auch zu keifen. Doch! ~Transeat!~ Wenn ihr es nur nicht wieder tuht.',
      ['mit euch auch zu keifen.', 'Doch!', '~Transeat!~', 'Wenn ihr es nur nicht wieder tuht.']
    ],
    [
      'Das ist mir eine neue kleine Welt. -- Ich wünschte, mich',
      ['Das ist mir eine neue kleine Welt.', '-- Ich wünschte, mich']
    ]
  ])
})

describe('the language of the settings', () => {
  const text = 'Er schrieb an Hrn. Breitkopf am 21. Jan. 1770 einen Brief.\n'

  it('chooses the abbreviations the claims are cut with', () => {
    const claims = (language: string) => {
      const { tree } = parse(text, { settings: { language } })
      const section = tree?.children[0]?.children[0]
      return section && paragraphsOf(section)[0]?.children.length
    }
    expect(claims('de')).toBe(1)
    expect(claims('en')).toBe(2)
  })
})
