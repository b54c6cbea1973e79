// The words an edition prints, by the primary subtag of its BCP 47 language (`de-AT` prints
// German); English for a language without words of its own.
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import type { Words } from './types.js'

export type { Phrase, Words, Work } from './types.js'

const byLanguage = new Map<string, Words>([en, de, fr, es].map((words) => [words.language, words]))

/** The words for `language` (a BCP 47 tag such as `de` or `fr-CA`), English when it has none. */
export function wordsFor(language: string): Words {
  const primary = language.split('-')[0]?.toLowerCase() ?? ''
  return byLanguage.get(primary) ?? en
}
