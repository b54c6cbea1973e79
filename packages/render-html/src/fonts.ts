// The typeface, Source Serif 4 (SIL Open Font License), from @fontsource: regular, italic and
// bold, latin and latin-ext subsets, as `@font-face` rules with base64 `data:` URLs, so the
// page needs no request. Read once per process.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export const family = 'Source Serif 4'

const require = createRequire(import.meta.url)
const faces = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' }
] as const
const subsets = ['latin-ext', 'latin'] as const

let cached: string | undefined

/** The `@font-face` rules. */
export function fontFaces(): string {
  if (cached !== undefined) return cached
  const ranges = JSON.parse(
    readFileSync(require.resolve('@fontsource/source-serif-4/unicode.json'), 'utf8')
  ) as Record<string, string>
  const rules: string[] = []
  for (const { weight, style } of faces) {
    for (const subset of subsets) {
      const file = require.resolve(
        `@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-${style}.woff2`
      )
      const data = readFileSync(file).toString('base64')
      const range = ranges[subset]
      if (range === undefined) throw new Error(`Expected the unicode range of subset \`${subset}\``)
      rules.push(
        `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};font-display:swap;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`
      )
    }
  }
  cached = rules.join('\n')
  return cached
}
