// paragraph: `<p id="p12" data-n="12">` with its number in the margin as a link to itself;
// in a note body, without the number. Claims are joined by a space, or by a line break in
// verse when the source had one between them.
import type { Paragraph } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { contextOf, useId } from '../context.js'
import { element, one, patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const paragraph: Handler<Paragraph> = (state, node, parent) => {
  const context = contextOf(state)
  const id = useId(context, checkId('paragraph', node.id))
  const numbered = parent?.type !== 'footnoteDefinition'
  const children: ElementContent[] = []
  if (numbered) {
    children.push(
      element(
        'a',
        { className: ['pn'], href: `#${id}`, ariaLabel: context.words.paragraph(node.n) },
        [text(String(node.n))]
      ),
      text(' ')
    )
  }
  node.children.forEach((claim, index) => {
    const before = node.children[index - 1]
    if (before) {
      const lineEnded =
        node.verse === true &&
        before.position !== undefined &&
        claim.position !== undefined &&
        claim.position.start.line > before.position.end.line
      children.push(...(lineEnded ? [element('br', {}), text('\n')] : [text(' ')]))
    }
    children.push(...one(state, claim, node))
  })
  const result = patch(
    state,
    node,
    element(
      'p',
      {
        id,
        className: node.verse ? ['verse'] : undefined,
        dataN: numbered ? node.n : undefined
      },
      children
    )
  )
  if (node.elided === undefined) return result
  // In a reader: the source's paragraphs left out here, marked where they were.
  return [
    element(
      'p',
      { className: ['elision'], role: 'note', ariaLabel: context.words.elided(node.elided) },
      [text('[…]')]
    ),
    text('\n'),
    result
  ]
}
