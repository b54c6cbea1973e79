// A note's number kept on the line of the word it follows. In print a note and its number are
// one inline-block (see render-html's footnote handler), and Chromium may break a line before an
// inline-block whatever the characters before it (a word joiner or a no-break space does not
// hold it): `satisfied.` ended one line and `83` stood alone on the next, or the next page. So
// the word before the number (and the stop or space after it) goes into the block with it,
// where no line can break, and numbers in a row go into one block.
import type { Element, ElementContent, Root, Text } from 'hast'
import { visit } from 'unist-util-visit'

/** Longest word taken into the block: a longer run (an address) is left to break as it may. */
const longestWord = 30

/** Moves the word before each note number of `tree` into the number's block, in place. */
export function keepNumbersWithWords(tree: Root | Element): void {
  visit(tree, 'element', (node: Element) => {
    for (let k = 1; k < node.children.length; k++) {
      const group = node.children[k] as ElementContent
      if (!isGroup(group)) continue
      const before = node.children[k - 1] as ElementContent
      // Numbers in a row (`¹²³`) are one block: a line or a page could part them.
      if (isGroup(before)) {
        before.children.push(...group.children)
        node.children.splice(k, 1)
        k--
        continue
      }
      if (before.type !== 'text') continue
      const tail = lastWord(before.value)
      if (tail === undefined) continue
      const moved: Text = { type: 'text', value: tail }
      before.value = before.value.slice(0, before.value.length - tail.length)
      group.children.unshift(moved)
      if (before.value === '') {
        node.children.splice(k - 1, 1)
        k--
      }
    }
  })
}

/** A note and its number, one inline-block in print. */
function isGroup(node: ElementContent): node is Element {
  if (node.type !== 'element') return false
  const classes = node.properties.className
  return Array.isArray(classes) && classes.includes('noteref-group')
}

/** The last word of `value` with what follows it (a stop, a space), if it is short enough. */
function lastWord(value: string): string | undefined {
  const match = /\S+\s*$/u.exec(value)
  if (!match || match[0].trimEnd().length > longestWord) return undefined
  return match[0]
}
