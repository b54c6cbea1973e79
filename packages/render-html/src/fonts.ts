// The typeface, Source Serif 4 (SIL Open Font License), from @fontsource: regular, italic and
// bold, latin and latin-ext subsets, and its Greek, Cyrillic and Vietnamese ones where the text
// uses them, as `@font-face` rules with base64 `data:` URLs, so the page needs no request.
// Each set of subsets is read once per process.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type FallbackSubset, fallbackFaces, fallbackSubsetOf, within } from './fallback.js'
import { coverage } from './generated/coverage.js'

export const family = 'Source Serif 4'

const require = createRequire(import.meta.url)
const faces = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' }
] as const

/** The typeface's subsets: latin and latin-ext always, the others where the text uses them. */
const always = ['latin-ext', 'latin'] as const
const optional = ['greek', 'cyrillic-ext', 'cyrillic', 'vietnamese'] as const
export type Subset = (typeof always)[number] | (typeof optional)[number]

let ranges: Record<string, string> | undefined

/** The `unicode-range` of each subset, as the font package gives it. */
function rangesOf(): Record<string, string> {
  ranges ??= JSON.parse(
    readFileSync(require.resolve('@fontsource/source-serif-4/unicode.json'), 'utf8')
  ) as Record<string, string>
  return ranges
}

/** Characters the typeface's latin subset, which every edition carries, has. */
const basic = /^[\t\n\r\u0020-\u007e\u00a0-\u00ff]*$/

/**
 * The subsets whose characters `texts` use beyond latin and latin-ext, which every edition
 * carries: a Greek word, a Cyrillic name, a Vietnamese tone mark.
 */
export function subsetsFor(texts: Iterable<string>): Subset[] {
  const tests = optional.map((subset) => [subset, within(coverage.serif[subset])] as const)
  const used = new Set<Subset>()
  for (const text of texts) {
    if (basic.test(text)) continue
    for (const char of text) {
      const code = char.codePointAt(0) as number
      if (code <= 0x2ff) continue
      for (const [subset, test] of tests) if (!used.has(subset) && test(code)) used.add(subset)
    }
    if (used.size === optional.length) break
  }
  return [...always, ...optional.filter((subset) => used.has(subset))]
}

const cached = new Map<string, string>()

/** The `@font-face` rules of `subsets`. */
export function fontFaces(subsets: readonly Subset[] = always): string {
  const key = subsets.join(' ')
  const known = cached.get(key)
  if (known !== undefined) return known
  const rules: string[] = []
  for (const { weight, style } of faces) {
    for (const subset of subsets) {
      const file = require.resolve(
        `@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-${style}.woff2`
      )
      const data = readFileSync(file).toString('base64')
      const range = rangesOf()[subset]
      if (range === undefined) throw new Error(`Expected the unicode range of subset \`${subset}\``)
      rules.push(
        `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};font-display:swap;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`
      )
    }
  }
  const faceRules = rules.join('\n')
  cached.set(key, faceRules)
  return faceRules
}

/** What faces an edition needs: the typeface's subsets, and the monospace face for its code. */
export interface FontNeeds {
  subsets: Subset[]
  /** The fallback's subsets for the characters the typeface lacks (see `fallback.ts`). */
  fallback: FallbackSubset[]
  mono: boolean
}

const known = new WeakMap<object, FontNeeds>()

/** What the words of `tree` need (its strings, not its embedded images); once a tree. */
export function needsOfTree(tree: object): FontNeeds {
  let found = known.get(tree)
  if (found === undefined) {
    const seen = { beyond: [] as string[], mono: false }
    collect(tree, seen)
    found = {
      subsets: subsetsFor(seen.beyond),
      fallback: fallbackFor(seen.beyond),
      mono: seen.mono
    }
    known.set(tree, found)
  }
  return found
}

/** The fallback's subsets that `texts` need: for the characters no subset of the typeface has. */
function fallbackFor(texts: readonly string[]): FallbackSubset[] {
  const used = new Set<FallbackSubset>()
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0) as number
      if (inSerif(code)) continue
      const subset = fallbackSubsetOf(code)
      if (subset) used.add(subset)
    }
  }
  return [...used].sort()
}

/** Keys whose strings are not words: ids, paths, hashes, an image's bytes. */
const notWords = new Set(['type', 'id', 'identifier', 'src', 'url', 'sha256', 'path', 'format'])

/** Notes in `seen` the strings of `node` with a character past latin-ext's, and any code. */
function collect(node: unknown, seen: { beyond: string[]; mono: boolean }): void {
  if (typeof node === 'string') {
    if (!basic.test(node)) seen.beyond.push(node)
  } else if (Array.isArray(node)) {
    for (const item of node) collect(item, seen)
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>
    if (record.type === 'code' || record.type === 'inlineCode') seen.mono = true
    for (const key in record) {
      if (key !== 'position' && !notWords.has(key)) collect(record[key], seen)
    }
  }
}

/** The `@font-face` rules an edition of `tree` needs. */
export function fontFacesFor(tree: object): string {
  return facesOf(needsOfTree(tree))
}

/** The `@font-face` rules of `needs`: the typeface's, the fallback's, the monospace face's. */
export function facesOf(needs: FontNeeds | undefined): string {
  const rules = [fontFaces(needs?.subsets)]
  if (needs && needs.fallback.length > 0) rules.push(fallbackFaces(needs.fallback))
  if (needs?.mono) rules.push(monoFaces())
  return rules.join('\n')
}

/** The monospace face for code, Source Code Pro (SIL Open Font License), beside the typeface. */
export const monoFamily = 'Source Code Pro'

let mono: string | undefined

/** The monospace face's `@font-face` rules: regular, latin and latin-ext. */
export function monoFaces(): string {
  if (mono !== undefined) return mono
  const ranges = JSON.parse(
    readFileSync(require.resolve('@fontsource/source-code-pro/unicode.json'), 'utf8')
  ) as Record<string, string>
  mono = always
    .map((subset) => {
      const file = require.resolve(
        `@fontsource/source-code-pro/files/source-code-pro-${subset}-400-normal.woff2`
      )
      const data = readFileSync(file).toString('base64')
      return (
        `@font-face{font-family:'${monoFamily}';font-style:normal;font-weight:400;font-display:swap;` +
        `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges[subset]}}`
      )
    })
    .join('\n')
  return mono
}

let all: ((code: number) => boolean)[] | undefined

/** Whether Source Serif 4 has code point `code`, in any of its subsets. */
function inSerif(code: number): boolean {
  all ??= [...always, ...optional].map((subset) => within(coverage.serif[subset]))
  return all.some((test) => test(code))
}

/** Whether the edition's faces have code point `code`: the typeface, or its fallback. */
export function inTypeface(code: number): boolean {
  return inSerif(code) || fallbackSubsetOf(code) !== undefined
}
