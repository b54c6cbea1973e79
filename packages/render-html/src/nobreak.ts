// Spaces a line must not break at, made no-break spaces (U+00A0) as the text is rendered: between
// a day and its month (`25 February`, `February 25`, `25. Februar`, `25 février`, `25 de
// febrero`) and after an initial (`J. R. R. Tolkien`, `A. Hitler`); on screen, where lines are
// ragged and a phone's are short, also inside a name of two or three capitalised words
// (`Gareth Jones`, `Soviet Union`). The tree keeps its spaces.

const months: Record<string, readonly string[]> = {
  en: [
    ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'],
    ...['September', 'October', 'November', 'December']
  ],
  de: [
    ...['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August'],
    ...['September', 'Oktober', 'November', 'Dezember']
  ],
  fr: [
    ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août'],
    ...['septembre', 'octobre', 'novembre', 'décembre']
  ],
  es: [
    ...['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto'],
    ...['septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre']
  ]
}

const patterns = new Map<string, RegExp>()

/**
 * One expression for a language, matching the space itself (what it looks back on includes
 * it), so that the engine looks only at spaces: one between a day and its month (with `de` between them in Spanish), between a month
 * and its day, or after an initial.
 */
function patternOf(language: string): RegExp {
  let pattern = patterns.get(language)
  if (pattern === undefined) {
    const names = `(?:${(months[language] ?? months.en ?? []).join('|')})`
    const dayMonth = `(?<=\\b\\d{1,2}\\.?[ ])(?=(?:de[ ])?${names}\\b)|(?<=\\b\\d{1,2}[ ]de[ ])(?=${names}\\b)`
    const monthDay = `(?<=\\b${names}[ ])(?=\\d{1,2}\\b)`
    const initial = '(?<=(?<![\\p{L}\\p{M}.])\\p{Lu}\\.[ ])(?=\\p{Lu})'
    pattern = new RegExp(`[ ](?:${dayMonth}|${monthDay}|${initial})`, 'giu')
    patterns.set(language, pattern)
  }
  return pattern
}

// Capitalised words in a row, not glued to a letter before them: a name when two or three.
const name = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}’'-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}’'-]+)+/gu
const longestName = 3

/**
 * `value` with the spaces inside a date and after an initial made no-break spaces, and with
 * `names`, those inside a name of two or three capitalised words (a longer run, a title in
 * capitals, may break anywhere).
 */
export function keepTogether(value: string, language: string, names = false): string {
  if (!value.includes(' ')) return value
  const kept = value.replace(patternOf(language), '\u00a0')
  if (!names) return kept
  return kept.replace(name, (run) =>
    run.split(' ').length > longestName ? run : run.replaceAll(' ', '\u00a0')
  )
}
