// chapter: `<article id="c1">` with its heading (the part's heading above it, a line break
// where the title has one), its sections (an untitled one after another is set off by a
// break), and its notes.
import type { Chapter } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { contextOf, useId } from '../context.js'
import { notesSection } from '../document/notes.js'
import { lines, one, patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const chapter: Handler<Chapter> = (state, node, parent) => {
  const context = contextOf(state)
  const id = useId(context, checkId('chapter', node.id))
  const only = parent?.type === 'root' && parent.children.length === 1
  const children: ElementContent[] = []
  const label: { ariaLabelledBy?: string; ariaLabel?: string } = {}

  const heading: ElementContent[] = []
  if (node.part !== undefined) heading.push(h('p', { className: ['part'] }, node.part))
  if (node.title !== undefined) {
    label.ariaLabelledBy = useId(context, `${id}-title`)
    heading.push(h('h2', { id: label.ariaLabelledBy }, titleLines(node.title)))
  } else if (only) {
    label.ariaLabelledBy = 'edition-title'
  } else {
    const index = parent?.type === 'root' ? parent.children.indexOf(node) + 1 : 0
    label.ariaLabel = `Chapter ${index}`
  }
  if (heading.length > 0) children.push(h('header', lines(heading)))

  node.children.forEach((section, index) => {
    if (index > 0 && section.title === undefined) {
      children.push(h('hr', { className: ['section-break'] }))
    }
    children.push(...one(state, section, node))
  })
  if (node.notes.length > 0) children.push(notesSection(state, node))

  return patch(state, node, h('article', { id, className: ['chapter'], ...label }, lines(children)))
}

/** A title's lines, with `<br>` where the source broke it. */
function titleLines(title: string): ElementContent[] {
  return title
    .split('\n')
    .flatMap((line, index) => (index === 0 ? [text(line)] : [h('br'), text(line)]))
}
