// paragraph: `<p id="p12" data-n="12">` with its number in the margin as a link to itself;
// in a note's body (in its lists and quotations too), without the number. Claims are joined by a space (for print, inside the
// claim's span), or by a line break in verse when the source had one between them.
import type { Claim, Paragraph } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { contextOf, useId } from '../context.js'
import { element, one, patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

/** Whether a verse paragraph's source broke the line between claims `before` and `claim`. */
function lineEnded(node: Paragraph, before: Claim, claim: Claim): boolean {
  return (
    node.verse === true &&
    before.position !== undefined &&
    claim.position !== undefined &&
    claim.position.start.line > before.position.end.line
  )
}

export const paragraph: Handler<Paragraph> = (state, node) => {
  const context = contextOf(state)
  const id = useId(context, checkId('paragraph', node.id))
  const numbered = !context.inNote
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
  const print = context.settings.profile === 'print'
  node.children.forEach((claim, index) => {
    const before = node.children[index - 1]
    const made = one(state, claim, node)
    const first = made[0]
    if (before && lineEnded(node, before, claim)) children.push(element('br', {}), text('\n'))
    // For print the space opens the claim's own span: Paged.js drops a text node of
    // whitespace alone that follows a footnote call where a page breaks after the call's
    // line, and the two sentences would run together on the page.
    else if (before && print && first?.type === 'element') first.children.unshift(text(' '))
    else if (before) children.push(text(' '))
    children.push(...made)
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
