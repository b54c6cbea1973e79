// figure: `<figure id="figure1" class="figure">` of its image and `<figcaption>`; no number in
// the margin, for it is no prose. The caption's words are in `<span class="caption">`, whose
// id (`figure1-caption`) lets a paginator find them on the page.
import type { Figure } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { contextOf, useId } from '../context.js'
import { element, lines, one, patch } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const figure: Handler<Figure> = (state, node) => {
  const id = useId(contextOf(state), checkId('figure', node.id))
  const children: ElementContent[] = node.children.flatMap((image) => one(state, image, node))
  if (node.caption) {
    const words = node.caption.flatMap((child) => one(state, child, node))
    const caption = element('span', { id: `${id}-caption`, className: ['caption'] }, words)
    children.push(element('figcaption', {}, [caption]))
  }
  return patch(state, node, element('figure', { id, className: ['figure'] }, lines(children)))
}
