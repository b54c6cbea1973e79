// A chapter's or section's title as the heading shows it: a line break where the source broke
// it, and the notes it cites in their places.
import type { Chapter, Section } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { State } from 'mdast-util-to-hast'
import { one, text } from '../hast.js'

/** The content of the heading of `node`, which has a title. */
export function titleContent(state: State, node: Chapter | Section): ElementContent[] {
  if (node.titleContent === undefined) return titleLines(node.title ?? '')
  return node.titleContent.flatMap((child) =>
    child.type === 'text' ? titleLines(child.value) : one(state, child, node)
  )
}

/** A title's lines, with `<br>` where the source broke it. */
function titleLines(title: string): ElementContent[] {
  return title
    .split('\n')
    .flatMap((line, index) => (index === 0 ? [text(line)] : [h('br'), text(line)]))
}
