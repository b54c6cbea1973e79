// Spaces a line must not break at, made no-break spaces (U+00A0) as the text is rendered: between
// a day and its month (`25 February`, `February 25`, `25. Februar`, `25 février`, `25 de
// febrero`) and after an initial (`J. R. R. Tolkien`, `A. Hitler`). The tree keeps its spaces.

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
 * One expression for a language: group 1 a day before its month (with `de` between them in
 * Spanish), group 2 a month before its day, group 3 an initial; each followed by the space.
 */
function patternOf(language: string): RegExp {
  let pattern = patterns.get(language)
  if (pattern === undefined) {
    const names = (months[language] ?? months.en ?? []).join('|')
    const day = '\\b\\d{1,2}\\.?'
    pattern = new RegExp(
      `(${day}(?: de)?)[ ](?=(?:${names})\\b)|\\b((?:${names}))[ ](?=\\d{1,2}\\b)|(?<![\\p{L}\\p{M}.])(\\p{Lu}\\.)[ ](?=\\p{Lu})`,
      'giu'
    )
    patterns.set(language, pattern)
  }
  return pattern
}

/** `value` with the spaces inside a date and after an initial made no-break spaces. */
export function keepTogether(value: string, language: string): string {
  if (!value.includes(' ')) return value
  const pattern = patternOf(language)
  pattern.lastIndex = 0
  return value.replace(pattern, (_, day, month, initial) => {
    const kept = (day ?? month ?? initial) as string
    // A Spanish `25 de febrero` keeps both its spaces.
    return `${kept.replace(/ /g, '\u00a0')}\u00a0`
  })
}
