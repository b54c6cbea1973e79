// Where a line may break inside code set in the text: a path, a flag or an identifier has no
// spaces and often no hyphen, and code must not be hyphenated. The places follow the usual rule
// for URLs and code in running text (Chicago): before a period, a comma, an underscore, a
// tilde, a number sign, a percent sign, a question mark or a single slash; after a colon, a
// double slash, an equals sign or an ampersand. A run still longer than `longest` characters
// gets a place every `longest` characters, so that no table column is forced wider than that.
// The code's text is unchanged: the places are `<wbr>`, which adds no character.

/** Characters a line may break before. */
const before = new Set(['.', ',', '_', '~', '#', '%', '?', '/'])
/** Characters a line may break after. */
const after = new Set([':', '=', '&'])
/** Characters a line already breaks at (spaces, hyphens), which end a run. */
const own = /[\s\-\u2010]/

/** The longest run of code with no place to break, in characters. */
export const longest = 16

/**
 * `value` cut where a line may break, in order: the pieces joined give `value` back. No piece
 * is empty, and no break stands at the start or the end.
 */
export function codePieces(value: string): string[] {
  const pieces: string[] = []
  let start = 0
  // Where the run being read began: after a space or hyphen, or at the last place found.
  let run = 0
  for (let at = 1; at < value.length; at++) {
    if (own.test(value[at - 1] as string)) run = at
    if (at === run || own.test(value[at] as string)) continue
    if (breaksBetween(value, at) || at - run >= longest) {
      pieces.push(value.slice(start, at))
      start = at
      run = at
    }
  }
  pieces.push(value.slice(start))
  return pieces
}

/** A break between `value[at - 1]` and `value[at]`, by the rule above. */
function breaksBetween(value: string, at: number): boolean {
  const previous = value[at - 1] as string
  const here = value[at] as string
  // A run of one character (`__init__`, `::`, `//`, `==`) is not broken inside.
  if (here === previous) return false
  if (before.has(here)) return opensMore(value, at) && !(here === '/' && value[at + 1] === '/')
  return after.has(previous) || (previous === '/' && value[at - 2] === '/')
}

/**
 * What a break before `value[at]` would carry to the next line goes on past its marks to a
 * letter or digit (`_MODE`, `.h`, `/lib`, not the `__` closing `__init__`), and is not the
 * decimals of a number (`1.5`, `1,000`).
 */
function opensMore(value: string, at: number): boolean {
  const mark = value[at] as string
  let next = at
  while (value[next] === mark) next++
  const word = /[\p{L}\p{N}]/u
  if (!word.test(value[next] ?? '')) return false
  return !(
    /[.,]/.test(mark) &&
    /\d/.test(value[at - 1] as string) &&
    /\d/.test(value[next] as string)
  )
}
