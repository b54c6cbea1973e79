// The fallback face, Noto Serif (SIL Open Font License), from @fontsource: the Latin letters
// Source Serif 4 lacks (`latin`, `latin-ext`: the narrow no-break space, ĭ), polytonic Greek (`greek-ext`: ἰ, ὴ) and raised letters
// (`math`: ⁿ), which scholarly texts use. Embedded only where the words need them, named after
// the typeface in every `font-family`, so the typeface sets every character it has. Which
// characters a face has is read from its font file (`generated/coverage.ts`), not from the
// package's ranges (Noto Serif's `math` names → and ⟨ ⟩, which its file lacks).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { coverage } from './generated/coverage.js'

export const fallbackFamily = 'Noto Serif'

const require = createRequire(import.meta.url)
const subsets = ['latin', 'latin-ext', 'greek-ext', 'math'] as const
export type FallbackSubset = (typeof subsets)[number]

const faces = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' }
] as const

let ranges: Record<string, string> | undefined
let tests: (readonly [FallbackSubset, (code: number) => boolean])[] | undefined

function rangesOf(): Record<string, string> {
  ranges ??= JSON.parse(
    readFileSync(require.resolve('@fontsource/noto-serif/unicode.json'), 'utf8')
  ) as Record<string, string>
  return ranges
}

/** A test of whether a code point is in `runs`, [first, last] pairs in order. */
export function within(runs: readonly (readonly [number, number])[]): (code: number) => boolean {
  return (code) => {
    let lo = 0
    let hi = runs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [first, last] = runs[mid] as readonly [number, number]
      if (code < first) hi = mid - 1
      else if (code > last) lo = mid + 1
      else return true
    }
    return false
  }
}

/** The fallback subset that has code point `code`, if one does. */
export function fallbackSubsetOf(code: number): FallbackSubset | undefined {
  tests ??= subsets.map((subset) => [subset, within(coverage.fallback[subset])] as const)
  return tests.find(([, test]) => test(code))?.[0]
}

const cached = new Map<string, string>()

/** The `@font-face` rules of the fallback's `used` subsets. */
export function fallbackFaces(used: readonly FallbackSubset[]): string {
  const key = used.join(' ')
  const known = cached.get(key)
  if (known !== undefined) return known
  const rules: string[] = []
  for (const { weight, style } of faces) {
    for (const subset of used) {
      const file = require.resolve(
        `@fontsource/noto-serif/files/noto-serif-${subset}-${weight}-${style}.woff2`
      )
      const data = readFileSync(file).toString('base64')
      rules.push(
        `@font-face{font-family:'${fallbackFamily}';font-style:${style};font-weight:${weight};font-display:swap;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${rangesOf()[subset]}}`
      )
    }
  }
  const faceRules = rules.join('\n')
  cached.set(key, faceRules)
  return faceRules
}
