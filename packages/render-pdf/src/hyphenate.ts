// Soft hyphens (U+00AD) in the body text, from Liang's TeX patterns for the edition's language
// (the `hyphen` package), since headless Chromium on Linux ships no hyphenation dictionaries and
// `hyphens: auto` does nothing there. Words that start with a capital (names, mostly), words
// shorter than six letters and words longer than any a dictionary holds are left whole: the
// patterns take time that grows faster than a word's length (16,000 letters: 0.4 s; 200,000:
// about a minute), and a run of letters that long is data, not a word.
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

const word = /(?<![\p{L}\p{M}\u00ad])\p{Ll}[\p{L}\p{M}]{5,}/gu

/** Puts soft hyphens into the text of every `<p>` under `tree`, in place. */
export function hyphenateTree(tree: Root | Element, hyphenate: Hyphenate): void {
  const visit = (node: Root | ElementContent, inParagraph: boolean) => {
    if (node.type === 'text') {
      if (inParagraph)
        node.value = node.value.replace(word, (found) =>
          found.length > longestRun ? found : hyphenate(found)
        )
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element' && (node.tagName === 'code' || classes(node).includes('pn'))) return
    const here = inParagraph || (node.type === 'element' && node.tagName === 'p')
    for (const child of node.children) visit(child as ElementContent, here)
  }
  visit(tree as Root, false)
}

function classes(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}
