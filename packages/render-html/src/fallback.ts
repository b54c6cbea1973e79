// The fallback face, Noto Serif (SIL Open Font License), from @fontsource: the Latin letters
// Source Serif 4 lacks (`latin`, `latin-ext`: ĭ), polytonic Greek (`greek-ext`: ἰ, ὴ) and raised letters
// (`math`: ⁿ), which scholarly texts use. Embedded only where the words need them, named after
// the typeface in every `font-family`, so the typeface sets every character it has. Which
// characters a face has is read from its font file (`generated/coverage.ts`), not from the
// package's ranges (Noto Serif's `math` names → and ⟨ ⟩, which its file lacks).
import { type FontFile, faceFiles, faceRules, within } from './font-files.js'
import { coverage } from './generated/coverage.js'

export const fallbackFamily = 'Noto Serif'

const font = { family: fallbackFamily, package: '@fontsource/noto-serif', prefix: 'noto-serif' }
const subsets = ['latin', 'latin-ext', 'greek-ext', 'math'] as const
export type FallbackSubset = (typeof subsets)[number]

let tests: (readonly [FallbackSubset, (code: number) => boolean])[] | undefined

/** The fallback subset that has code point `code`, if one does. */
export function fallbackSubsetOf(code: number): FallbackSubset | undefined {
  tests ??= subsets.map((subset) => [subset, within(coverage.fallback[subset])] as const)
  return tests.find(([, test]) => test(code))?.[0]
}

/** The `@font-face` rules of the fallback's `used` subsets. */
export function fallbackFaces(used: readonly FallbackSubset[]): string {
  return faceRules(font, used)
}

/** The files of the fallback's `used` subsets. */
export function fallbackFiles(used: readonly FallbackSubset[]): FontFile[] {
  return faceFiles(font, used)
}
