// Runs of text with no space longer than any word (a pasted hash, a URL, data) are cut into
// pieces of a few letters in the print HTML, each an inline block (`span.run-piece`), so that
// lines break between pieces. Left as one text node that only `overflow-wrap` breaks, such a
// run defeats Paged.js: it looks for where a page ends inside the node in time that grows much
// faster than its length (10,000 letters: 3 s; 30,000: 25 s; 200,000: past any budget), and
// cut into plain spans it loses a line at some page breaks (one of 1,000 lines of a 60,000-letter
// run). In inline blocks of 10 letters, 200,000 letters take 10 s and every one is printed.
// Lines of such a run end ragged; a piece adds no character, so the text, its search and its
// copy are as before.
import type { Element, ElementContent, Root, Text } from 'hast'

/** A run longer than this is cut (and not hyphenated); shorter ones are words, German compounds included. */
export const longestRun = 100
/** Characters between two cuts. */
const piece = 10

const longRun = new RegExp(`[^\\s]{${longestRun + 1},}`, 'gu')

/** Cuts the long runs in the text of `tree`, in place. */
export function breakLongRuns(tree: Root | Element): void {
  const visit = (node: Root | Element) => {
    const children: ElementContent[] = []
    let changed = false
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'element') visit(child)
      if (child.type !== 'text' || child.value.length <= longestRun) {
        children.push(child)
        continue
      }
      const cut = cutText(child)
      changed ||= cut.length > 1
      // One by one: a 5 MB run is 500,000 pieces, too many to spread as arguments.
      for (const piece of cut) children.push(piece)
    }
    if (changed) node.children = children
  }
  visit(tree)
}

/** The text with every long run cut into spans. */
function cutText(node: Text): ElementContent[] {
  const value = node.value
  const out: ElementContent[] = []
  let from = 0
  for (const match of value.matchAll(longRun)) {
    const end = match.index + match[0].length
    let at = match.index + piece
    while (at < end - 1) {
      at = safeCut(value, at)
      if (at >= end) break
      out.push(span(value.slice(from, at)))
      from = at
      at += piece
    }
  }
  if (out.length === 0) return [node]
  out.push({ type: 'text', value: value.slice(from) })
  return out
}

/** `at`, or the first place after it that splits neither a surrogate pair nor a mark from its letter. */
function safeCut(value: string, at: number): number {
  let place = at
  while (place < value.length && /[\udc00-\udfff\p{M}]/u.test(value[place] as string)) place++
  return place
}

/** A piece of a long run in an element of its own. */
function span(value: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['run-piece'] },
    children: [{ type: 'text', value }]
  }
}
