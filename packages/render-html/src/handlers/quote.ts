// quote: `<blockquote id="q1">` of its blocks (paragraphs numbered with the text's, lists, code,
// tables, figures), as another's words.
import type { Quote } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { contextOf, useId } from '../context.js'
import { element, lines, one, patch } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const quote: Handler<Quote> = (state, node) => {
  const id = useId(contextOf(state), checkId('quote', node.id))
  const children: ElementContent[] = node.children.flatMap((block) => one(state, block, node))
  return patch(state, node, element('blockquote', { id, className: ['quote'] }, lines(children)))
}
