// Where the characters that may begin a cited mark stand in a text: `[`, superscript digits, and
// the symbols of page notes. The notes pass reads these places for bracketed and raised markers
// (`CitedLabels` in notes.ts) and for symbols (`SymbolCitations`): one search for all of them
// rather than one each, since each search reads every character of the text.

const MARK_CHARACTER = /[[⁰¹²³⁴-⁹*†‡§+#$|]/g

/** The offsets in `text` of `[`, `⁰`–`⁹` and `* † ‡ § + # $ |`, in order. */
export function markPlaces(text: string): number[] {
  const places: number[] = []
  MARK_CHARACTER.lastIndex = 0
  while (MARK_CHARACTER.test(text)) places.push(MARK_CHARACTER.lastIndex - 1)
  return places
}

/** Whether `c` is a superscript digit, `⁰`–`⁹`. */
export function isSuperscriptDigit(c: number): boolean {
  return c === 0xb2 || c === 0xb3 || c === 0xb9 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079)
}
