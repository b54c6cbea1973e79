// introduction: in a reader, the editor's introduction to a chapter, `<section
// id="c1-introduction" class="introduction">` between the chapter's heading and its text, under
// a heading of its own that says whose words these are. Its paragraphs have no numbers and no
// claims: nothing in it can be cited as the source.
import type { Introduction } from '@colophon/schema'
import { h } from 'hastscript'
import { contextOf, useId } from '../context.js'
import { all, lines } from '../hast.js'
import { checkId } from '../ids.js'
import { headingLevel } from '../levels.js'
import type { Handler } from '../types.js'

export const introduction: Handler<Introduction> = (state, node, parent) => {
  if (parent?.type !== 'chapter') {
    throw new TypeError(
      'Unexpected `introduction` outside a chapter; put it in `chapter.introduction`'
    )
  }
  const context = contextOf(state)
  const id = useId(context, `${checkId('chapter', parent.id)}-introduction`)
  const title = useId(context, `${id}-title`)
  const heading = h(`h${headingLevel(parent) + 1}`, { id: title }, context.words.introduction)
  return h(
    'section',
    { id, className: ['introduction'], ariaLabelledBy: title },
    lines([heading, ...all(state, node)])
  )
}
