// The words of a manuscript's language that the parser reads: the headings of notes sections.
// English is read in every language: editions in other languages often keep an English
// apparatus (`NOTES`, `FOOTNOTES:`).

/** Headings of a notes section, by primary language subtag. */
const notesHeadings: Readonly<Record<string, readonly string[]>> = {
  en: [
    'notes',
    'footnotes',
    'endnotes',
    'notes and references',
    'references and notes',
    'notes and illustrations'
  ],
  de: ['anmerkungen', 'fußnoten', 'fussnoten', 'endnoten', 'erläuterungen'],
  fr: ['notes', 'remarques', 'notes et remarques', 'notes et éclaircissements'],
  es: ['notas', 'notas y referencias']
}

/** What may follow a notes heading's word: `NOTES TO BOOK II`, `Anmerkungen zum ersten Teil`. */
const headingTail =
  '(?:[ \\t]+(?:to|on|for|of|zu|zum|zur|de|du|des|à|al|del|a)[ \\t]+[^.!?]{1,60})?'

const cache = new Map<string, RegExp>()

/** The primary subtag of a BCP 47 tag, lowercased: `de-CH` is `de`; none is `en`. */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? 'en').split('-')[0]?.toLowerCase() || 'en'
}

const startCache = new Map<string, RegExp>()

/** Whether a line may open with a notes heading in `language`: its first word is one. */
export function notesHeadingStart(
  language: string | undefined,
  headings: readonly string[] = []
): RegExp {
  const key = cacheKey(language, headings)
  let pattern = startCache.get(key)
  if (!pattern) {
    const words = headingWords(language, headings)
    pattern = new RegExp(`^[ \\t]*(?:${words.join('|')})(?!\\p{L})`, 'iu')
    startCache.set(key, pattern)
  }
  return pattern
}

/** The headings of notes sections in `language`, English's and those the settings name, as patterns. */
function headingWords(language: string | undefined, headings: readonly string[]): string[] {
  const primary = primaryLanguage(language)
  const named = headings.map((heading) =>
    heading
      .trim()
      .replace(/[.:]$/, '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '[ \\t]+')
  )
  return [...new Set([...named, ...(notesHeadings[primary] ?? []), ...(notesHeadings.en ?? [])])]
}

function cacheKey(language: string | undefined, headings: readonly string[]): string {
  return [primaryLanguage(language), ...headings].join('\n')
}

/**
 * The pattern of a notes section's heading in `language`: `NOTES`, `Footnotes:`,
 * `NOTES TO BOOK III`, `Anmerkungen.`
 */
export function notesHeading(
  language: string | undefined,
  headings: readonly string[] = []
): RegExp {
  const key = cacheKey(language, headings)
  let pattern = cache.get(key)
  if (!pattern) {
    const words = headingWords(language, headings)
    pattern = new RegExp(`^(?:${words.join('|')})${headingTail}[ \\t]*[.:]?$`, 'iu')
    cache.set(key, pattern)
  }
  return pattern
}

/**
 * Closing quotation marks that only some languages close with, after which a glued numeral
 * may be a note: German and its neighbours close `„…“` and `‚…‘` (in English `“` and `‘`
 * open a quotation: `“2 weeks”` holds no note); French and others close `‹…›`. The marks
 * every language closes with (`”`, `’`, `»`, `"`) are read everywhere.
 */
const languageClosers: Readonly<Record<string, string>> = {
  de: '“‘',
  cs: '“‘',
  sk: '“‘',
  sl: '“‘',
  hr: '“‘',
  da: '“‘',
  is: '“‘',
  lt: '“‘',
  et: '“‘',
  fr: '›',
  it: '›',
  es: '›'
}

/** The closing quotation marks `language` uses beyond those every language does. */
export function closingQuotes(language: string | undefined): string {
  return languageClosers[primaryLanguage(language)] ?? ''
}
