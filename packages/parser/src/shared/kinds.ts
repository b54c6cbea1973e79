// Claim kinds: what a fact-checker has to verify in a sentence, read off its surface text.

export type ClaimKind = 'quotation' | 'figure' | 'date' | 'attribution'

// Sentences without any of these cannot hold a quotation; most sentences leave here. A lone `’`
// counts only after a stop or comma (the end of a quotation begun earlier: `near.’`), since
// otherwise it is an apostrophe: `Stalin’s` no longer sends a sentence through both loops below
// (quotation detection 25 → 15 ms on the chapter repeated 100 times).
const QUOTE_MARK = /[“”"‘']|[.,?!…]’/

// Scale words are counts on their own (`hundreds of thousands`, `a million`); units below ten
// are not (`one of the few`, `the two regimes`), nor are fractions (`a third`, `half`).
const COUNTS = [
  ...['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'].flatMap(singularPlural),
  ...['ten', 'eleven', 'twelve', 'percent', 'per cent'],
  ...['thir', 'four', 'fif', 'six', 'seven', 'eigh', 'nine'].map((stem) => `${stem}teen`),
  ...['twen', 'thir', 'for', 'fif', 'six', 'seven', 'eigh', 'nine'].map((stem) => `${stem}ty`)
]

// A currency is a figure only with an amount: `five rubles`, not `paid in dollars`.
const CURRENCIES = [
  ...['ruble', 'rouble', 'kopek', 'kopeck', 'dollar', 'cent', 'pound'].flatMap(singularPlural),
  ...['shilling', 'euro', 'franc', 'mark', 'reichsmark'].flatMap(singularPlural),
  ...['pence', 'yen'],
  ...['zloty', 'złoty'].flatMap((word) => [word, `${word}s`, `${word}ch`])
]

// A space in these stands for any run of white space (in `per cent` above, for one space).
const SAYING = [
  ...['wrote', 'writes', 'said', 'says', 'told', 'asked', 'replied', 'shouted', 'exclaimed'],
  ...['reported', 'declared', 'claimed', 'stated', 'noted', 'observed', 'remarked'],
  ...['announced', 'proclaimed', 'asserted', 'recalled', 'recalls', 'argued', 'argues'],
  ...['explained', 'insisted', 'complained', 'testified', 'admitted'],
  ...['according to', 'in the words of', 'put it']
].map((words) => words.replace(/ /g, '\\s+'))

function singularPlural(word: string): string[] {
  return [word, `${word}s`]
}

/**
 * The words as one alternation that shares their beginnings, `t(?:en|w(?:elve|enty))` for `ten
 * twelve twenty`, so that the expression reads each letter once where it tried every word in
 * turn (the words of all three kinds in the chapter repeated 100 times: 35 → 28 ms). A `\s+`
 * counts as one letter.
 */
function alternation(words: readonly string[]): string {
  const rests = new Map<string, string[]>()
  let whole = false
  for (const word of words) {
    if (word === '') whole = true
    else {
      const first = word.startsWith('\\s+') ? '\\s+' : (word[0] as string)
      const after = rests.get(first) ?? []
      after.push(word.slice(first.length))
      rests.set(first, after)
    }
  }
  const branches = [...rests].map(([first, after]) => first + alternation(after))
  if (branches.length === 0) return ''
  const body = branches.length === 1 && !whole ? branches[0] : `(?:${branches.join('|')})`
  return whole ? `${body}?` : (body as string)
}

// The words of figures and attributions, found in one pass: group 1 a count, 2 a currency,
// 3 a verb of saying. Case is ignored (`Ł` as well as `ł`).
const WORD = new RegExp(
  `\\b(?:(${alternation(COUNTS)})|(${alternation(CURRENCIES)})|(${alternation(SAYING)}))\\b`,
  'gi'
)

// Amounts a currency word needs in words; numerals before a word are counts anyway.
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])

const SIGN = /%|[$£€¥₽]\s?\d|\d\s?[$£€¥₽]/

// `the ’30s`: a decade without its century.
const SHORT_DECADE = /[’']\d0s\b/

// Numerals, and `%`, which is a figure on its own (as in SIGN): one scan then also tells whether
// the text has a digit at all, without which SIGN and SHORT_DECADE cannot match.
const NUMERAL = /\d+(?:[.,]\d+)*|%/g
const GROUPED = /^\d{1,3}(?:,\d{3})+$/
const ORDINAL = /^(?:st|nd|rd|th)(?!\p{L})/u
const DAY_RANGE = /(?:\s+(?:and|to|or|through|until)\s+|\s*[-–]\s*)\d{1,2}(?:st|nd|rd|th)?/y

const MONTHS = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec'
])

// Words after a numeral that make it a year outside 1000–2099: `753 B.C.`, `800 AD`.
const ERA = new Set(['B.C', 'A.D', 'B.C.E', 'C.E', 'BC', 'AD', 'BCE', 'CE'])

// Words after a numeral that make it a clock time, not a count.
const CLOCK = new Set(['a.m', 'p.m', 'am', 'pm', 'o’clock', "o'clock"])

// Latin, Greek and Cyrillic letters: enough for names in English prose, and cheap.
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f
}

// The letters (with inner dots and apostrophes) of the word after a run of spaces from `i`.
function wordAfter(text: string, i: number): string {
  let s = i
  while (s < text.length && isSpace(text.charCodeAt(s))) s++
  if (s === i) return ''
  let e = s
  while (e < text.length && e - s < 12) {
    const c = text.charCodeAt(e)
    if (isLetter(c) || ((c === 0x2e || c === 0x2019 || c === 0x27) && e > s)) e++
    else break
  }
  return text.slice(s, e).replace(/\.$/, '')
}

// The word before a run of spaces ending at `i`, without an abbreviating dot: `Feb. 27`.
function wordBefore(text: string, i: number): string {
  let e = i
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--
  if (e === i) return ''
  if (e > 0 && text.charCodeAt(e - 1) === 0x2e) e--
  let s = e
  while (s > 0 && e - s < 12 && isLetter(text.charCodeAt(s - 1))) s--
  return text.slice(s, e)
}

// What `readNumbers` found, as bits of one number: no object to allocate per sentence.
const FIGURE = 1
const DATE = 2
const DIGIT = 4

// One pass over the numerals, since the same digits are a year, a day of a month, or a count.
function readNumbers(text: string): number {
  let found = 0
  NUMERAL.lastIndex = 0
  for (let m = NUMERAL.exec(text); m !== null; m = NUMERAL.exec(text)) {
    const digits = m[0]
    const s = m.index
    if (digits === '%') {
      found |= FIGURE
      continue
    }
    found |= DIGIT
    const e = s + digits.length
    const before = s > 0 ? text.charCodeAt(s - 1) : 0x20
    const after = e < text.length ? text.charCodeAt(e) : 0x20
    // `T34`, `B52`: part of a name.
    if (isLetter(before)) continue
    if (digits.includes(',')) {
      if (GROUPED.test(digits)) found |= FIGURE
    } else if (digits.includes('.')) {
      found |= FIGURE
    } else if (digits.length === 4 && digits >= '1000' && digits <= '2099') {
      // `1933`, `1930s`, `1933’s`, but not `1933rd`.
      const s4 = after === 0x73 && !isLetter(text.charCodeAt(e + 1))
      if (!isLetter(after) || s4) found |= DATE
    } else if (isLetter(after)) {
      const ordinal = ORDINAL.exec(text.slice(e, e + 3))
      if (ordinal !== null && digits.length <= 2 && MONTHS.has(wordBefore(text, s))) {
        found |= DATE
      }
    } else if (digits.length <= 2 && (MONTHS.has(wordBefore(text, s)) || isDayBefore(text, e))) {
      found |= DATE
    } else if (digits.charCodeAt(0) === 0x30 && digits.length > 1) {
      // `Order 00447`: a leading zero makes a number a name.
    } else if (after === 0x25) {
      found |= FIGURE
    } else if (after === 0x2d && isLetter(text.charCodeAt(e + 1))) {
      found |= FIGURE
    } else {
      const word = wordAfter(text, e)
      if (ERA.has(word)) found |= DATE
      else if (word !== '' && !CLOCK.has(word.toLowerCase())) found |= FIGURE
    }
    if ((found & (FIGURE | DATE)) === (FIGURE | DATE)) break
  }
  return found
}

// `25 February`, or the first day of a range: `between 19 and 24 August`, `19–24 August`.
function isDayBefore(text: string, e: number): boolean {
  if (MONTHS.has(wordAfter(text, e))) return true
  DAY_RANGE.lastIndex = e
  const range = DAY_RANGE.exec(text)
  return range !== null && MONTHS.has(wordAfter(text, e + range[0].length))
}

function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c)
}

const DOUBLE_QUOTE = /[\u201c\u201d"]/g

// Double quotes never double as apostrophes, so any quoted word counts, even a scare quote.
// A quotation that runs over several sentences leaves one of its marks in each: an opening
// mark with words after it, or a closing mark with words before it, still shows a quotation.
// The marks are found by an expression that jumps from one to the next, and only the start of
// the words between is read (for a word before or inside a quotation): reading every character
// took a quarter of the time of claim kinds beside the words of figures and attributions.
function hasDoubleQuotation(text: string): boolean {
  let open = false
  let inside = false
  let before = false
  let from = 0
  DOUBLE_QUOTE.lastIndex = 0
  for (;;) {
    const found = DOUBLE_QUOTE.test(text)
    const i = found ? DOUBLE_QUOTE.lastIndex - 1 : text.length
    if (hasWordChar(text, from, i)) {
      if (open) inside = true
      else before = true
    }
    if (!found) return open && inside
    const c = text.charCodeAt(i)
    if (c === 0x201c || (c === 0x22 && opensStraight(text, i))) {
      open = true
      inside = false
    } else {
      // `5'10"` is a height: a straight mark after a digit with nothing open.
      const inches = c === 0x22 && !open && isDigit(text.charCodeAt(i - 1))
      if (open ? inside : before && !inches) return true
      open = false
      before = false
    }
    from = i + 1
  }
}

function hasWordChar(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordChar(text.charCodeAt(k))) return true
  return false
}

function opensStraight(text: string, i: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20
  return (isSpace(prev) || prev === 0x28 || prev === 0x5b || prev === 0x2014) && !isSpace(next)
}

// Single quotes share ’ with the apostrophe (`Stalin’s`, `we’ll`, `the kulaks’ land`), so they
// count only around two words or more: an apostrophe alone never makes a quotation. A closing
// ’ must not be followed by a letter, which is what an apostrophe inside a word is.
function hasSingleQuotation(text: string): boolean {
  let open = -1
  let curly = false
  let spaced = false
  let words = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20
    if (c === 0x2018 || (c === 0x27 && opensStraight(text, i) && isWordChar(next))) {
      open = i
      curly = c === 0x2018
      spaced = false
      words = false
    } else if ((c === 0x2019 || c === 0x27) && !isLetter(next) && i > 0) {
      const prev = text.charCodeAt(i - 1)
      if (isSpace(prev)) continue
      if (open >= 0 && spaced) return true
      // The end of a quotation begun in an earlier sentence: `near.’`
      if (open < 0 && c === 0x2019 && isTerminalOrComma(prev)) return true
      // A one-word quotation such as `‘Aryan’` closes here, before a later `kulaks’` could.
      open = -1
    } else if (open >= 0) {
      if (isSpace(c)) spaced = true
      else if (spaced) words = true
    }
  }
  return open >= 0 && curly && words
}

function isTerminalOrComma(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3f || c === 0x21 || c === 0x2026
}

// Every possible answer, indexed by a bit per kind in the fixed order: quotation 1, figure 2,
// date 4, attribution 8. An answer is handed out as a copy (`slice`), so no two claims share an
// array; a copy of an array written out as a literal shares its elements until either is changed,
// and has exactly its length where an array grown by `push` reserves room for 16 elements. With
// the chapter repeated 100 times, the kinds arrays take 1.0 MB instead of 4.2 MB.
const ANSWERS: readonly (readonly ClaimKind[])[] = [
  [],
  ['quotation'],
  ['figure'],
  ['quotation', 'figure'],
  ['date'],
  ['quotation', 'date'],
  ['figure', 'date'],
  ['quotation', 'figure', 'date'],
  ['attribution'],
  ['quotation', 'attribution'],
  ['figure', 'attribution'],
  ['quotation', 'figure', 'attribution'],
  ['date', 'attribution'],
  ['quotation', 'date', 'attribution'],
  ['figure', 'date', 'attribution'],
  ['quotation', 'figure', 'date', 'attribution']
]

/**
 * The kinds a claim's text shows, in this fixed order: quotation, figure, date, attribution;
 * no duplicates.
 */
export function claimKinds(text: string): ClaimKind[] {
  if (typeof text !== 'string') return []
  const quotation = QUOTE_MARK.test(text) && (hasDoubleQuotation(text) || hasSingleQuotation(text))
  const numbers = readNumbers(text)
  const digit = (numbers & DIGIT) !== 0
  let figure = (numbers & FIGURE) !== 0 || (digit && SIGN.test(text))
  let attribution = false
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m !== null && !(figure && attribution); m = WORD.exec(text)) {
    if (m[1] !== undefined) figure = true
    else if (m[2] !== undefined) figure ||= UNITS.has(wordBefore(text, m.index).toLowerCase())
    else attribution = true
  }
  const date = (numbers & DATE) !== 0 || (digit && SHORT_DECADE.test(text))
  const bits = (quotation ? 1 : 0) | (figure ? 2 : 0) | (date ? 4 : 0) | (attribution ? 8 : 0)
  return (ANSWERS[bits] as readonly ClaimKind[]).slice()
}
