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

/** In a reader: `[…]` where sentences of the paragraph were left out, labelled for a listener. */
function sentencesLeftOut(label: string): ElementContent {
  return element('span', { className: ['elision'], role: 'note', ariaLabel: label }, [text('[…]')])
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
  const join = (made: ElementContent[], spaced: boolean) => {
    const first = made[0]
    // For print the space opens the claim's own span: Paged.js drops a text node of
    // whitespace alone that follows a footnote call where a page breaks after the call's
    // line, and the two sentences would run together on the page.
    if (spaced && print && first?.type === 'element') first.children.unshift(text(' '))
    else if (spaced) children.push(text(' '))
    children.push(...made)
  }
  node.children.forEach((claim, index) => {
    const before = node.children[index - 1]
    const broken = before !== undefined && lineEnded(node, before, claim)
    if (broken) children.push(element('br', {}), text('\n'))
    if (claim.elided !== undefined) {
      join([sentencesLeftOut(context.words.elidedSentences(claim.elided))], !broken && index > 0)
    }
    join(one(state, claim, node), !broken && (index > 0 || claim.elided !== undefined))
  })
  if (node.elidedAfter !== undefined) {
    join([sentencesLeftOut(context.words.elidedSentences(node.elidedAfter))], true)
  }
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
