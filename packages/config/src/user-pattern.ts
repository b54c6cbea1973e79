// Regular expressions written in a settings file (`exclude: [{ pattern }]`). They come from
// whoever wrote the settings, so they run in a linear-time engine (RE2's semantics): a
// pattern such as `^(a+)+$` cannot stall a build on a line of `a`s, as it would in
// JavaScript's backtracking engine.
import { RE2JS } from 're2js'

/** A compiled pattern: whether a value holds a match anywhere (unanchored, like `test`). */
export interface UserPattern {
  test: (value: string) => boolean
}

/** What the settings' flags mean to the engine: `u` is how it always reads text. */
function engineFlags(flags: string): number {
  let bits = 0
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE
  if (flags.includes('m')) bits |= RE2JS.MULTILINE
  if (flags.includes('s')) bits |= RE2JS.DOTALL
  return bits
}

/** The reason the engine gives, without its prefix: `missing closing ): \`(\``. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^error parsing regexp: /, '')
}

/**
 * The pattern compiled, or the reason it cannot be: bad syntax, a repeated flag, or a
 * construct of JavaScript's engine that has no linear-time form (look-around, back-references).
 */
export function compileUserPattern(
  pattern: string,
  flags: string
): { pattern: UserPattern } | { error: string } {
  if (new Set(flags).size !== flags.length) return { error: 'a flag is given twice' }
  const literal = literalTest(pattern, flags)
  if (literal !== undefined) return { pattern: { test: literal } }
  try {
    const compiled = RE2JS.compile(pattern, engineFlags(flags))
    return { pattern: { test: (value) => compiled.matcher(value).find() } }
  } catch (error) {
    return { error: reasonOf(error) }
  }
}

/** Characters with a meaning in the engine's syntax; a pattern without any is its own text. */
const SYNTAX = /[\\.+*?()|[\]{}^$]/
/** Surrogates and U+FFFD: the engine reads a lone surrogate in a value as U+FFFD. */
const UNPAIRED = /[\uD800-\uDFFF\uFFFD]/

/**
 * The test of a pattern that is plain text, or plain text after `^`, without `i` or `m`: a
 * search for that text, or a look at the value's start. The engine's test is the same, and
 * ten times slower on a manuscript's blocks (`^If you find an error`, on 7,700 blocks: 3–11
 * ms against 0.4–2.8 ms), and each block is tested.
 */
function literalTest(pattern: string, flags: string): UserPattern['test'] | undefined {
  if (/[^su]/.test(flags)) return undefined
  const anchored = pattern.startsWith('^')
  const text = anchored ? pattern.slice(1) : pattern
  if (text === '' || SYNTAX.test(text) || UNPAIRED.test(text)) return undefined
  return anchored ? (value) => value.startsWith(text) : (value) => value.includes(text)
}
