// footnoteReference: `<sup><a href="#fn-n7" id="fnref-n7" role="doc-noteref">7</a></sup>`;
// a second reference to the same note gets `fnref-n7-2`. A reference to a note the edition
// does not hold stays a plain superscript. With notes at the foot, the note itself stands just
// before the first reference, and the number links to it (the paginator gives the note its id
// back when it moves it, and the note's label links back to the first reference).
import type { FootnoteReference } from '@colophon/schema'
import { h } from 'hastscript'
import { contextOf, noteId, printsNotes, referenceId, useId } from '../context.js'
import { footnote } from '../document/footnote.js'
import { element, patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import { isLongNote } from '../note-length.js'
import type { Handler } from '../types.js'

export const footnoteReference: Handler<FootnoteReference> = (state, node) => {
  const context = contextOf(state)
  const identifier = checkId('note', node.identifier)
  const note = context.notes.get(identifier)
  if (!note) {
    return patch(state, node, h('sup', { className: ['noteref', 'unresolved'] }, node.label))
  }
  const k = (context.seen.get(identifier) ?? 0) + 1
  context.seen.set(identifier, k)
  const id = useId(context, referenceId(identifier, k))
  // A note too long for the foot of a page is printed after its chapter: its number a link there.
  const long = context.settings.notes === 'foot' && isLongNote(note, context.settings.longNotes)
  if (
    !long &&
    (context.settings.notes === 'foot' || (context.allMissing && printsNotes(context)))
  ) {
    // Without any note body the number stands alone (no note is printed); else it links to its
    // note, wherever on the page the paginator puts it.
    const number = context.allMissing
      ? text(node.label)
      : element(
          'a',
          {
            href: `#${noteId(identifier)}`,
            role: 'doc-noteref',
            ariaLabel: context.words.note(node.label)
          },
          [text(node.label)]
        )
    const reference = element('sup', { id, className: ['noteref'], dataFn: identifier }, [number])
    const numbered = patch(state, node, reference)
    if (k !== 1 || context.allMissing) return numbered
    // The note stands just before its number, the two one box on one line: Paged.js takes a note
    // whose place lies past the right edge of the text for one on the next page and drops it
    // (a note after a number ending a justified line lies there), and a note left at the end of
    // a line whose number went on to the next page would be placed a page too early. (An
    // inline-block, not a `nowrap` span: in one of those a note was left in the text.)
    return element('span', { className: ['noteref-group'] }, [footnote(state, note), numbered])
  }
  // A link to the note's place: after the chapter, or under a long note's own heading there.
  const link = element(
    'a',
    {
      href: `#${noteId(identifier)}`,
      id,
      role: 'doc-noteref',
      ariaLabel: context.words.note(node.label)
    },
    [text(node.label)]
  )
  return patch(state, node, element('sup', { className: ['noteref'] }, [link]))
}
