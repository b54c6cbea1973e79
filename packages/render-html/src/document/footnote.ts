// A note as a footnote, for a paginator that floats it to the foot of the page: a `<span>`
// in the text right after the note's first reference, its label first and its blocks as
// block `<span>`s (a `<p>`, `<pre>` or `<table>` cannot sit inside the paragraph that refers to it).
import type { FootnoteDefinition } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { State } from 'mdast-util-to-hast'
import { contextOf, noteId, useId } from '../context.js'
import { element, text } from '../hast.js'
import type { Words } from '../words/index.js'
import { noteBody } from './note-body.js'

/** `<span class="footnote" id="fn-n7" data-fn="n7">` with the body of `note`. */
export function footnote(state: State, note: FootnoteDefinition): Element {
  const context = contextOf(state)
  const id = useId(context, noteId(note.identifier))
  const label = h(
    'a',
    { className: ['fn-label'], href: `#fnref-${note.identifier}`, role: 'doc-backlink' },
    note.label
  )
  let body: ElementContent[]
  if (note.status === 'missing') {
    body = [h('span', { className: ['fn-p'] }, [h('em', context.words.noteMissing(note.label))])]
  } else {
    body = noteBody(state, note).map(asSpan)
  }
  const original =
    note.original === undefined
      ? []
      : [
          h('span', { className: ['fn-original'] }, context.words.noteInSource(note.original)),
          text(' ')
        ]
  body = opened(body, [label, text(' '), ...original])
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

/**
 * `blocks` with `opening` at the head of the first, when it is a paragraph, or else in a
 * paragraph of its own before them (a label is not set in a block of code).
 */
function opened(blocks: ElementContent[], opening: ElementContent[]): ElementContent[] {
  const first = blocks.find((block) => block.type === 'element')
  const classes = first?.type === 'element' ? first.properties.className : undefined
  if (first?.type === 'element' && Array.isArray(classes) && classes[0] === 'fn-p') {
    first.children.unshift(...opening)
    return blocks
  }
  return [h('span', { className: ['fn-p'] }, opening), ...blocks]
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

/**
 * A block of a note as `<span>`s, for it stands inside the paragraph that refers to it, where a
 * `<p>`, `<pre>`, `<table>`, list or `<blockquote>` would close that paragraph: each becomes a
 * span of a class (`fn-p`, `fn-code`, `fn-table`…) that the print stylesheet sets as the block it
 * was. Phrasing content (`<code>`, `<a>`, `<em>`) stays as it is.
 */
function asSpan(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node
  const className = spans[node.tagName]
  if (!className) return node
  const own = (node.properties.className as string[] | undefined) ?? []
  const properties = { ...node.properties, className: [className, ...own] }
  // An ordered list's numbers (and a bullet) are written out: a span has no list counter.
  const children =
    node.tagName === 'ol' || node.tagName === 'ul' ? marked(node) : node.children.map(asSpan)
  if (node.tagName === 'ol') delete properties.start
  if (node.tagName === 'th') delete properties.scope
  return { ...node, tagName: 'span', properties, children }
}

/**
 * The class of the span each block element of a note becomes. No ARIA role stands in for the
 * element (html-validate's `prefer-native-element`); the screen edition keeps the elements.
 */
const spans: Record<string, string> = {
  p: 'fn-p',
  pre: 'fn-code',
  div: 'fn-block',
  blockquote: 'fn-quote',
  ul: 'fn-list',
  ol: 'fn-list',
  li: 'fn-item',
  table: 'fn-table',
  thead: 'fn-thead',
  tbody: 'fn-tbody',
  tr: 'fn-tr',
  th: 'fn-th',
  td: 'fn-td'
}

/** A list's items as spans, each opening with its number (`3.`) or a bullet. */
function marked(list: Element): ElementContent[] {
  const start = typeof list.properties.start === 'number' ? list.properties.start : 1
  let index = 0
  return list.children.map((child) => {
    const item = asSpan(child)
    if (item.type !== 'element' || child.type !== 'element' || child.tagName !== 'li') return item
    const mark = list.tagName === 'ol' ? `${start + index}.` : '•'
    index++
    return {
      ...item,
      children: opened(item.children, [h('span', { className: ['fn-marker'] }, mark), text(' ')])
    }
  })
}
