// section: `<section>` of paragraphs and code, labelled by its title when it has one. Its heading is
// one level below the chapter's, or at the chapter's level when the chapter has no title.
import type { Section } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { contextOf, useId } from '../context.js'
import { lines, one, patch } from '../hast.js'
import { checkId } from '../ids.js'
import { headingLevel } from '../levels.js'
import type { Handler } from '../types.js'
import { titleContent } from './title.js'

export const section: Handler<Section> = (state, node, parent) => {
  const context = contextOf(state)
  const id = useId(context, checkId('section', node.id))
  const children: ElementContent[] = []
  let labelledBy: string | undefined
  if (node.title !== undefined) {
    labelledBy = useId(context, `${id}-title`)
    const level = parent?.type === 'chapter' ? headingLevel(parent) + 1 : 2
    children.push(h(`h${level}`, { id: labelledBy }, titleContent(state, node)))
  }
  for (const block of node.children) children.push(...one(state, block, node))
  return patch(
    state,
    node,
    h('section', { id, className: ['section'], ariaLabelledBy: labelledBy }, lines(children))
  )
}
