// A note's number never starts a line. In print the number and the note it floats to the foot
// are one inline block (`span.noteref-group`, see render-html's footnote reference), and a
// line may break on either side of an inline block: the number then stood alone at the head
// of a line, or of the next page, away from the word it belongs to. The word before it and the
// group are wrapped together in a span that does not break (`span.nobr`), so that they move to
// the next line as one. Only the word is taken: the text before it still breaks and
// hyphenates.
import type { Element, ElementContent, Root, Text } from 'hast'

/** Where the last word of a text begins: after its last space. */
const lastWord = /\S+$/u

/** Glues every note number in `tree` to the word before it, in place. */
export function glueMarkers(tree: Root | Element): void {
  const visit = (node: Root | Element) => {
    if (!node.children.some(isGroup)) {
      for (const child of node.children) if (child.type === 'element') visit(child)
      return
    }
    const children: ElementContent[] = []
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'element' && !isGroup(child)) visit(child)
      if (!isGroup(child)) {
        children.push(child)
        continue
      }
      children.push(...glued(children.pop(), child))
    }
    node.children = children
  }
  visit(tree)
}

function isGroup(node: Root['children'][number] | ElementContent): node is Element {
  return (
    node.type === 'element' &&
    node.tagName === 'span' &&
    Array.isArray(node.properties.className) &&
    node.properties.className.includes('noteref-group')
  )
}

/** `before` (the node before the group) and `group`, the word before it glued to it. */
function glued(before: ElementContent | undefined, group: Element): ElementContent[] {
  if (before === undefined) return [group]
  // A word in emphasis, say; never a whole sentence's span, which must still break.
  if (before.type === 'element') return isWord(before) ? [nobr([before, group])] : [before, group]
  if (before.type !== 'text') return [before, group]
  const word = lastWord.exec(before.value)
  if (!word) return [before, group]
  const rest = before.value.slice(0, word.index)
  const head: Text[] = rest === '' ? [] : [{ type: 'text', value: rest }]
  return [...head, nobr([{ type: 'text', value: word[0] }, group])]
}

/** Whether an element holds one word: text with no space in it, and nothing else. */
function isWord(node: Element): boolean {
  let text = ''
  const collect = (current: ElementContent): boolean => {
    if (current.type === 'text') text += current.value
    else if (current.type !== 'element' || !current.children.every(collect)) return false
    return true
  }
  return node.children.every(collect) && text !== '' && !/\s/u.test(text)
}

function nobr(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children }
}
