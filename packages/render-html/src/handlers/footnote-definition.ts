// footnoteDefinition: `<li id="fn-n7">` with the note's label, its blocks and a backlink
// to every reference of it. A body the source lacks says so in words; when the whole edition
// lacks its note bodies, each note is just its number, linking back to its references.
import type { FootnoteDefinition } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { type Context, contextOf, noteId, referenceId, useId } from '../context.js'
import { noteBody } from '../document/note-body.js'
import { patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import { isLongNote } from '../note-length.js'
import type { Handler } from '../types.js'

export const footnoteDefinition: Handler<FootnoteDefinition> = (state, node) => {
  const context = contextOf(state)
  const identifier = checkId('note', node.identifier)
  const first = context.notes.get(identifier) === node
  // A repeated definition keeps its text but cannot take the note's id or backlinks.
  const id = first ? useId(context, noteId(identifier)) : undefined
  // Paper has no links to follow back (and the arrow is not in the typeface).
  const backlinks =
    first && context.settings.profile !== 'print'
      ? backlinksOf(context, identifier, node.label)
      : []
  const missing = node.status === 'missing'
  // A note longer than `longNotes` may break across pages, where a short one is kept whole.
  const long = isLongNote(node, context.settings.longNotes)
  const className = missing ? ['missing'] : long ? ['long'] : undefined

  if (context.allMissing) {
    // A note nothing refers to still shows its number.
    const content = backlinks.length > 0 ? spaced(backlinks) : [text(node.label)]
    return patch(state, node, h('li', { id, className }, content))
  }

  const label = h('span', { className: ['fn-label'] }, node.label)
  // A reader that renumbered its notes says what each was called in the source.
  const original =
    node.original === undefined
      ? []
      : [h('span', { className: ['fn-original'] }, `${context.words.noteInSource(node.original)} `)]
  const body: ElementContent[] = missing
    ? [h('p', [h('em', context.words.noteMissing(node.label))])]
    : noteBody(state, node)
  // The backlinks close the last paragraph, and the source's label opens the first; a note that
  // ends or opens with code, a table or a list has a paragraph of its own for them.
  if (backlinks.length > 0) {
    const last = body.at(-1)
    if (isParagraph(last)) last.children.push(text(' '), ...spaced(backlinks))
    else body.push(h('p', { className: ['fn-backlinks'] }, spaced(backlinks)))
  }
  if (original.length > 0) {
    const opening = body[0]
    if (isParagraph(opening)) opening.children.unshift(...original)
    else body.unshift(h('p', original))
  }
  if (body.length === 0) body.push(h('p'))
  return patch(state, node, h('li', { id, className }, [label, ...body]))
}

function isParagraph(node: ElementContent | undefined): node is Element {
  return node?.type === 'element' && node.tagName === 'p'
}

/** Links back to each reference of a note: `↩`, `↩²`…; in the compact list, `7`, `7²`…. */
function backlinksOf(context: Context, identifier: string, label: string): Element[] {
  const count = context.references.get(identifier) ?? 0
  const links: Element[] = []
  for (let k = 1; k <= count; k++) {
    const content: ElementContent[] = [text(context.allMissing ? label : '↩')]
    if (k > 1) content.push(h('sup', String(k)))
    links.push(
      h(
        'a',
        {
          href: `#${referenceId(identifier, k)}`,
          role: 'doc-backlink',
          ariaLabel: context.words.backToReference(label, k)
        },
        content
      )
    )
  }
  return links
}

function spaced(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [text(' '), node]))
}
