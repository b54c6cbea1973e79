// Recognises the headings real plain texts use: `CHAPTER II.`, `BOOK I`, `PREFACE`,
// `LETTER IV`, a title in capitals, a section numeral, an ornamental break.

/** What a one-line block is when it is not running text. */
export type HeadingKind = 'part' | 'chapter' | 'section' | 'break'

const numeral =
  '(?:[0-9]{1,4}|[ivxlcdm]{1,9}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|the [a-z]+)'

/** `BOOK I`, `Part Two: The Terror`. */
const partPattern = new RegExp(
  `^(?:book|part|volume|vol\\.)\\s+${numeral}\\b\\.?(?:\\s*[-–—:.]\\s*\\S.*)?$`,
  'i'
)

/** `CHAPTER II.`, `Chapter 3 — Famine`, `LETTER IV`, `Canto I`. */
const chapterPattern = new RegExp(
  `^(?:chapter|chap\\.|letter|canto|act|epistle|lecture|essay|story)\\s+${numeral}\\b\\.?(?:\\s*[-–—:.]\\s*\\S.*)?$`,
  'i'
)

/** Front and back matter that opens a chapter of its own. */
const matterPattern =
  /^(?:preface|foreword|introduction|prologue|epilogue|afterword|conclusion|postscript|acknowledge?ments|dedication|appendix(?:\s+[a-z0-9]{1,4})?|author['’]s note|translator['’]s (?:note|preface)|note on (?:sources|the text))[.:]?$/i

/** A section numeral standing alone: `I.`, `IV`, `3.`, `§ 2`. */
const sectionPattern = /^(?:§\s*[0-9]{1,4}|[IVXLC]{1,7}|[0-9]{1,3})\.?$/

/** A stanza's label in a poem: `VERSE 1ST`, `Stanza II.`, `Strophe 3`. */
const stanzaPattern = new RegExp(
  `^(?:verse|stanza|strophe)\\s+(?:${numeral}|[0-9]{1,3}(?:st|nd|rd|th))\\.?$`,
  'i'
)

/** A byline: `BY NATHANIEL HAWTHORNE (1804-1864)`, `Von Theodor Storm`, `PAR VICTOR HUGO`. */
const bylinePattern = /^(?:by|von|par|por)\s+\p{Lu}/iu

/** An ornamental break: `* * *`, `***`, `⁂`, `~`, `#`. */
const breakPattern = /^(?:[*⁂~#•·—–-](?:\s*[*⁂~#•·—–-]){0,6})$/

/** The longest line that can be a heading. */
const maxHeading = 100

/** What the one line `line` is, or `undefined` for running text. */
export function headingKind(line: string): HeadingKind | undefined {
  const value = line.trim()
  return namedHeading(value) ?? (isCapitalTitle(value) ? 'chapter' : undefined)
}

/** A heading by its form or its word (`CHAPTER II.`, `PREFACE`, `* * *`), not by its capitals. */
export function namedHeading(line: string): HeadingKind | undefined {
  const value = line.trim()
  if (value.length === 0 || value.length > maxHeading) return undefined
  if (breakPattern.test(value)) return 'break'
  if (partPattern.test(value)) return 'part'
  if (chapterPattern.test(value) || matterPattern.test(value)) return 'chapter'
  if (sectionPattern.test(value) || stanzaPattern.test(value)) return 'section'
  return undefined
}

/** Whether `line` names who wrote what it follows (`BY NATHANIEL HAWTHORNE`). */
export function isByline(line: string): boolean {
  return bylinePattern.test(line.trim())
}

/**
 * A title in capitals: at least two letters, no lowercase letter, no sentence
 * punctuation at its end but an optional full stop.
 */
export function isCapitalTitle(value: string): boolean {
  if (value.length > 80 || /\p{Ll}/u.test(value)) return false
  const letters = value.match(/\p{Lu}/gu)
  if (!letters || letters.length < 2) return false
  return !/[,;:!?]$/.test(value)
}

/**
 * A short line that could name a work or a chapter: no sentence punctuation at
 * its end, at most twelve words.
 */
export function isTitleLike(value: string): boolean {
  const trimmed = value.trim()
  if (trimmed.length === 0 || trimmed.length > 80) return false
  // Sentence punctuation at the end, or before a note marker, or between sentences.
  if (/[.,;:!?…”"’')\]][0-9]*$/.test(trimmed) || /[.!?]["”’]?\s/.test(trimmed)) return false
  if (!/^[\p{Lu}\p{Lt}\p{N}“"‘'(]/u.test(trimmed)) return false
  return trimmed.split(/\s+/).length <= 12
}

/** A heading in capitals that labels what follows: `LINENOTES:`, `VARIANTS:`. */
export function isLabelHeading(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.endsWith(':') && isCapitalTitle(trimmed.slice(0, -1))
}
