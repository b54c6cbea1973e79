// Singular or plural, by the language's own rule (French counts 0 as singular, English does
// not), and whether a run of paragraph numbers names one paragraph or several.

const rules = new Map<string, Intl.PluralRules>()

/** Whether `n` takes the singular form in `language`. */
export function isOne(language: string, n: number): boolean {
  let rule = rules.get(language)
  if (rule === undefined) {
    rule = new Intl.PluralRules(language)
    rules.set(language, rule)
  }
  return rule.select(n) === 'one'
}

/** Whether `runs` (`5–9, 12`) is a single paragraph number. */
export function isOneParagraph(runs: string): boolean {
  return /^\s*\d+\s*$/.test(runs)
}
