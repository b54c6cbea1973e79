// The typeface, Source Serif 4 (SIL Open Font License), from @fontsource: regular, italic and
// bold, latin and latin-ext subsets, and its Greek, Cyrillic and Vietnamese ones where the text
// uses them, with the fallback and monospace faces an edition needs (see `font-files.ts`), so
// the page needs no request.
import {
  type FallbackSubset,
  fallbackFaces,
  fallbackFamily,
  fallbackFiles,
  fallbackSubsetOf,
  symbolFamily
} from './fallback.js'
import { type FontFile, faceFiles, faceRules, within } from './font-files.js'
import { coverage } from './generated/coverage.js'

export const family = 'Source Serif 4'

const serif = { family, package: '@fontsource/source-serif-4', prefix: 'source-serif-4' }

/** The typeface's subsets: latin and latin-ext always, the others where the text uses them. */
const always = ['latin-ext', 'latin'] as const
const optional = ['greek', 'cyrillic-ext', 'cyrillic', 'vietnamese'] as const
export type Subset = (typeof always)[number] | (typeof optional)[number]

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

/** The `@font-face` rules of `subsets`. */
export function fontFaces(subsets: readonly Subset[] = always): string {
  return faceRules(serif, subsets)
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

/**
 * The font files an edition of `tree` embeds, in the order of its `@font-face` rules: for a
 * renderer that ships them as files of their own (an EPUB) rather than as `data:` URLs.
 */
export function fontFilesFor(tree: object): FontFile[] {
  const needs = needsOfTree(tree)
  return [
    ...faceFiles(serif, needs.subsets),
    ...(needs.fallback.length > 0 ? fallbackFiles(needs.fallback) : []),
    ...(needs.mono ? faceFiles(mono, always, [{ weight: 400, style: 'normal' }]) : [])
  ]
}

/** The monospace face for code, Source Code Pro (SIL Open Font License), beside the typeface. */
export const monoFamily = 'Source Code Pro'

const mono = {
  family: monoFamily,
  package: '@fontsource/source-code-pro',
  prefix: 'source-code-pro'
}

/** The monospace face's `@font-face` rules: regular, latin and latin-ext. */
export function monoFaces(): string {
  return faceRules(mono, always, [{ weight: 400, style: 'normal' }])
}

/** The CSS names of the edition's faces: the typeface, its fallbacks, the monospace face. */
export const families = {
  text: family,
  fallback: fallbackFamily,
  symbols: symbolFamily,
  mono: monoFamily
} as const

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
