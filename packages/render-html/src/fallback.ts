// The fallback face, Noto Serif (SIL Open Font License), from @fontsource: the Latin letters
// Source Serif 4 lacks (`latin`, `latin-ext`: ĭ), polytonic Greek (`greek-ext`: ἰ, ὴ) and raised letters
// (`math`: ⁿ), which scholarly texts use. Embedded only where the words need them, named after
// the typeface in every `font-family`, so the typeface sets every character it has. Which
// characters a face has is read from its font file (`generated/coverage.ts`), not from the
// package's ranges (Noto Serif's `math` names → and ⟨ ⟩, which its file lacks). Last comes DejaVu
// Serif (free: Bitstream Vera licence, its changes public domain), for the symbols neither has
// (⟨ ⟩, →), in its regular style alone (a symbol in italics or bold is slanted or thickened by the
// browser), named after the two in every `font-family`.
import { type FontFile, faceFiles, faceRules, regular, within } from './font-files.js'
import { coverage } from './generated/coverage.js'

export const fallbackFamily = 'Noto Serif'

export const symbolFamily = 'DejaVu Serif'

const font = { family: fallbackFamily, package: '@fontsource/noto-serif', prefix: 'noto-serif' }
// Its package names no range: it is the last face asked, so any character may come to it.
const symbolFont = {
  family: symbolFamily,
  package: '@fontsource/dejavu-serif',
  prefix: 'dejavu-serif',
  ranges: { latin: 'U+0000-10FFFF' }
}
const subsets = ['latin', 'latin-ext', 'greek-ext', 'math'] as const
/** Noto Serif's subsets, and `symbols`: DejaVu Serif's one file. */
export type FallbackSubset = (typeof subsets)[number] | 'symbols'

let tests: (readonly [FallbackSubset, (code: number) => boolean])[] | undefined

/** The fallback subset that has code point `code`, if one does. */
export function fallbackSubsetOf(code: number): FallbackSubset | undefined {
  tests ??= [
    ...subsets.map((subset) => [subset, within(coverage.fallback[subset])] as const),
    ['symbols', within(coverage.symbols.latin)] as const
  ]
  return tests.find(([, test]) => test(code))?.[0]
}

/** The `@font-face` rules of the fallback's `used` subsets. */
export function fallbackFaces(used: readonly FallbackSubset[]): string {
  const noto = used.filter((subset) => subset !== 'symbols')
  const rules = noto.length > 0 ? [faceRules(font, noto)] : []
  if (used.includes('symbols')) rules.push(faceRules(symbolFont, ['latin'], [regular]))
  return rules.join('\n')
}

/** The files of the fallback's `used` subsets. */
export function fallbackFiles(used: readonly FallbackSubset[]): FontFile[] {
  const noto = used.filter((subset) => subset !== 'symbols')
  return [
    ...(noto.length > 0 ? faceFiles(font, noto) : []),
    ...(used.includes('symbols') ? faceFiles(symbolFont, ['latin'], [regular]) : [])
  ]
}
