// Soft hyphens (U+00AD) in the body text, from Liang's TeX patterns for the edition's language
// (the `hyphen` package), since headless Chromium on Linux ships no hyphenation dictionaries and
// `hyphens: auto` does nothing there. Words that start with a capital (names, mostly), words
// shorter than eight letters, words with a digit in them and words longer than any a dictionary
// holds are left whole: the patterns take time that grows faster than a word's length (16,000
// letters: 0.4 s; 200,000: about a minute), and a run of letters that long is data, not a word.
// Whatever the language's patterns allow, a break leaves at least four letters on each side
// (TeX's English patterns say 2 and 3). Chromium breaks lines greedily and takes every soft
// hyphen in reach of a line's end: with three letters a side, one line in eight ended in a
// broken word (`con-`, `com-`, `pro-` the most of them), past the 8% a book allows; four a side
// brings the first manuscript to 7–8% at 6×9 in and A5, for slightly looser lines, which the
// print's word spaces, a little tighter, take back (`layout.ts`). A paragraph's last word, a
// note's paragraph's too, is not broken, so that its last line does not end in a hyphen with a
// fragment alone below it.
import { createRequire } from 'node:module'
import type { Element, ElementContent, Root } from 'hast'
import { longestRun } from './long-words.js'

const require = createRequire(import.meta.url)

type Hyphenate = (text: string) => string

const cache = new Map<string, Hyphenate | undefined>()

/** The hyphenator for a BCP 47 tag (`en`, `en-GB`, `de`), or `undefined` when there is none. */
export function hyphenatorFor(language: string): Hyphenate | undefined {
  const tag = language.toLowerCase()
  if (cache.has(tag)) return cache.get(tag)
  const primary = tag.split('-')[0] ?? tag
  let found: Hyphenate | undefined
  for (const name of [tag, primary]) {
    if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(name)) continue
    try {
      found = (require(`hyphen/${name}`) as { hyphenateSync: Hyphenate }).hyphenateSync
      break
    } catch {
      // No pattern set of that name: try the next.
    }
  }
  cache.set(tag, found)
  return found
}

// A word with room for a break: `hyphenMargin` letters on each side.
const word = /(?<![\p{L}\p{M}\p{N}\u00ad])\p{Ll}[\p{L}\p{M}]{7,}(?![\p{L}\p{M}\p{N}])/gu

/** The fewest letters a soft hyphen leaves before it and after it, in any language. */
const hyphenMargin = 4

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0

/** `hyphenated` without the soft hyphens that leave fewer than `hyphenMargin` letters on a side. */
function withMargins(hyphenated: string): string {
  const parts = hyphenated.split('\u00ad')
  const total = letters(hyphenated)
  let before = 0
  let out = ''
  for (const [index, part] of parts.entries()) {
    out += part
    before += letters(part)
    if (index < parts.length - 1 && before >= hyphenMargin && total - before >= hyphenMargin) {
      out += '\u00ad'
    }
  }
  return out
}

/**
 * Each hyphenator's words as hyphenated, margins kept: a book says most of its long words many
 * times, and the patterns take longer than a look-up. Emptied past `wordsKept` words, so that a
 * process that builds many books does not keep them all.
 */
const hyphenated = new WeakMap<Hyphenate, Map<string, string>>()
const wordsKept = 50_000

function hyphenateWord(found: string, hyphenate: Hyphenate): string {
  let words = hyphenated.get(hyphenate)
  if (!words) {
    words = new Map()
    hyphenated.set(hyphenate, words)
  }
  let out = words.get(found)
  if (out === undefined) {
    out = found.length > longestRun ? found : withMargins(hyphenate(found))
    if (words.size >= wordsKept) words.clear()
    words.set(found, out)
  }
  return out
}

/** Puts soft hyphens into the text of every `<p>` under `tree`, in place. */
export function hyphenateTree(tree: Root | Element, hyphenate: Hyphenate): void {
  const visit = (node: Root | ElementContent, inParagraph: boolean) => {
    if (node.type === 'text') {
      if (inParagraph)
        node.value = node.value.replace(word, (found) => hyphenateWord(found, hyphenate))
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element' && (node.tagName === 'code' || classes(node).includes('pn'))) return
    const here = inParagraph || (node.type === 'element' && node.tagName === 'p')
    for (const child of node.children) visit(child as ElementContent, here)
    if (node.type === 'element' && (node.tagName === 'p' || classes(node).includes('fn-p'))) {
      lastWordWhole(node)
    }
  }
  visit(tree as Root, false)
}

// What is not the paragraph's own last word: a note's number and the note set beside it (its
// paragraphs have their own), a paragraph number, code.
const aside = ['footnote', 'noteref', 'pn']

// Anchored at a word's start, so that a long run of letters is read once, not once per letter.
const lastWord = /(?<![\p{L}\p{M}\u00ad])[\p{L}\p{M}\u00ad]+(?=[^\p{L}\p{M}\u00ad]*$)/u

/** The soft hyphens of the last word of `paragraph`'s own text taken out. */
function lastWordWhole(paragraph: Element): boolean {
  for (const child of [...paragraph.children].reverse()) {
    if (child.type === 'text') {
      if (!/\p{L}/u.test(child.value)) continue
      child.value = child.value.replace(lastWord, (last) => last.replaceAll('\u00ad', ''))
      return true
    }
    if (child.type !== 'element') continue
    // Code is never hyphenated: when it ends the paragraph, nothing before it needs unbreaking.
    if (child.tagName === 'code') return true
    if (classes(child).some((name) => aside.includes(name))) continue
    if (lastWordWhole(child)) return true
  }
  return false
}

function classes(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}
