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
  try {
    const compiled = RE2JS.compile(pattern, engineFlags(flags))
    return { pattern: { test: (value) => compiled.matcher(value).find() } }
  } catch (error) {
    return { error: reasonOf(error) }
  }
}
