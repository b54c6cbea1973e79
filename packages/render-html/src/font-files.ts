// The faces' files, from @fontsource packages: `@font-face` rules with the woff2 files as
// base64 `data:` URLs and each subset's `unicode-range`, read once per process for each set of
// subsets asked for; and the test of a code point against the runs a file really has
// (`generated/coverage.ts`).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A face: its CSS family, its package and the prefix of its files' names. */
export interface FontPackage {
  family: string
  package: string
  prefix: string
  /** Each subset's `unicode-range`, where the package gives none. */
  ranges?: Readonly<Record<string, string>>
}

/** A weight and style a face is embedded in. */
export interface FaceStyle {
  weight: 400 | 700
  style: 'normal' | 'italic'
}

/** The regular style alone. */
export const regular: FaceStyle = { weight: 400, style: 'normal' }

/** Regular, italic and bold: what the text is set in. */
export const textStyles: readonly FaceStyle[] = [
  regular,
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' }
]

/** A woff2 file an edition embeds: its face, its subset and that subset's `unicode-range`. */
export interface FontFile {
  family: string
  weight: FaceStyle['weight']
  style: FaceStyle['style']
  subset: string
  range: string
  /** Where the file is on this machine (in its @fontsource package). */
  path: string
}

const ranges = new Map<string, Record<string, string>>()
const rules = new Map<string, string>()

/** The files of `font`'s `subsets` in `styles`, in the order their rules are written. */
export function faceFiles(
  font: FontPackage,
  subsets: readonly string[],
  styles: readonly FaceStyle[] = textStyles
): FontFile[] {
  const files: FontFile[] = []
  for (const { weight, style } of styles) {
    for (const subset of subsets) {
      const range = font.ranges?.[subset] ?? rangesOf(font.package)[subset]
      if (range === undefined) throw new Error(`Expected the unicode range of subset \`${subset}\``)
      const path = require.resolve(
        `${font.package}/files/${font.prefix}-${subset}-${weight}-${style}.woff2`
      )
      files.push({ family: font.family, weight, style, subset, range, path })
    }
  }
  return files
}

/** The `@font-face` rules of `font`'s `subsets` in `styles`, each file as a `data:` URL. */
export function faceRules(
  font: FontPackage,
  subsets: readonly string[],
  styles: readonly FaceStyle[] = textStyles
): string {
  const key = `${font.package} ${subsets.join(' ')} ${styles.map((s) => s.weight + s.style).join(' ')}`
  const known = rules.get(key)
  if (known !== undefined) return known
  const joined = faceFiles(font, subsets, styles)
    .map((file) => {
      const data = readFileSync(file.path).toString('base64')
      return faceRule(file, `data:font/woff2;base64,${data}`)
    })
    .join('\n')
  rules.set(key, joined)
  return joined
}

/** The `@font-face` rule of `file`, its source at `url`. */
export function faceRule(file: FontFile, url: string): string {
  return (
    `@font-face{font-family:'${file.family}';font-style:${file.style};font-weight:${file.weight};font-display:swap;` +
    `src:url(${url}) format('woff2');unicode-range:${file.range}}`
  )
}

/** The `unicode-range` of each subset of a package, as the package gives it. */
function rangesOf(name: string): Record<string, string> {
  let found = ranges.get(name)
  if (found === undefined) {
    found = JSON.parse(readFileSync(require.resolve(`${name}/unicode.json`), 'utf8')) as Record<
      string,
      string
    >
    ranges.set(name, found)
  }
  return found
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
