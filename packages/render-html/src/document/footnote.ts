// A note as a footnote, for a paginator that floats it to the foot of the page: a `<span>`
// in the text right after the note's first reference, its label first and its paragraphs as
// block `<span>`s (a `<p>` cannot sit inside the paragraph that refers to it).
import type { FootnoteDefinition } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { State } from 'mdast-util-to-hast'
import { contextOf, noteId, useId } from '../context.js'
import { element, one, text } from '../hast.js'
import type { Words } from '../words/index.js'

/** `<span class="footnote" id="fn-n7" data-fn="n7">` with the body of `note`. */
export function footnote(state: State, note: FootnoteDefinition): Element {
  const context = contextOf(state)
  const id = useId(context, noteId(note.identifier))
  const label = h('span', { className: ['fn-label'] }, note.label)
  let body: ElementContent[]
  if (note.status === 'missing') {
    body = [h('span', { className: ['fn-p'] }, [h('em', context.words.noteMissing(note.label))])]
  } else {
    body = note.children.flatMap((paragraph) =>
      one(state, paragraph, note).map((node) => asSpan(node))
    )
  }
  const original =
    note.original === undefined
      ? []
      : [
          h('span', { className: ['fn-original'] }, context.words.noteInSource(note.original)),
          text(' ')
        ]
  const first = body[0]
  if (first?.type === 'element') first.children.unshift(label, text(' '), ...original)
  else body.unshift(label, text(' '))
  return element(
    'span',
    {
      id,
      className: note.status === 'missing' ? ['footnote', 'missing'] : ['footnote'],
      dataFn: note.identifier
    },
    body
  )
}

/** The footnote that says the source lacks the text of its notes, with its `*` call. */
export function absentNotice(words: Words): ElementContent[] {
  return [
    h('sup', { className: ['noteref', 'notice'] }, '*'),
    h('span', { className: ['footnote', 'notice'] }, [
      h('span', { className: ['fn-p'] }, [
        h('span', { className: ['fn-label'] }, '*'),
        text(` ${words.notesAbsentInPrint}`)
      ])
    ])
  ]
}

function asSpan(node: ElementContent): ElementContent {
  if (node.type !== 'element' || node.tagName !== 'p') return node
  const className = ['fn-p', ...((node.properties.className as string[] | undefined) ?? [])]
  return { ...node, tagName: 'span', properties: { ...node.properties, className } }
}
