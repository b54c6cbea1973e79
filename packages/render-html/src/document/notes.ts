// The notes of a chapter: `<section role="doc-endnotes">` with an `<ol>` of notes. When the
// edition lacks every note body, one short paragraph says so and the list is compact. With
// the notes placed at the end of the book, one section holds every chapter's notes, each
// chapter's under its title.
import type { Chapter, FootnoteDefinition } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { State } from 'mdast-util-to-hast'
import { contextOf, useId } from '../context.js'
import { lines, one } from '../hast.js'
import { headingLevel } from '../levels.js'
import type { Words } from '../words/index.js'

export function notesSection(
  state: State,
  chapter: Chapter,
  notes: readonly FootnoteDefinition[],
  within?: { heading: string; level: number; id?: string; className?: string }
): Element {
  const context = contextOf(state)
  const id = useId(context, within?.id ?? `${chapter.id}-notes`)
  const titleId = useId(context, `${id}-title`)
  const items = notes.flatMap((note) => one(state, note, chapter))
  const heading =
    within?.heading ??
    (context.settings.notes === 'foot' ? context.words.notesUnreferenced : context.words.notes)
  const children: ElementContent[] = [
    h(`h${within?.level ?? headingLevel(chapter) + 1}`, { id: titleId }, heading)
  ]
  if (context.allMissing && !within) children.push(absentParagraph(context.words))
  children.push(h('ol', { className: context.allMissing ? ['compact'] : undefined }, lines(items)))
  return h(
    'section',
    {
      id,
      className: within?.className ? ['notes', within.className] : ['notes'],
      role: 'doc-endnotes',
      ariaLabelledBy: titleId
    },
    lines(children)
  )
}

/** Every chapter's notes after the last chapter: `<section class="book-notes">`. */
export function bookNotes(state: State, chapters: readonly Chapter[]): Element | undefined {
  const context = contextOf(state)
  const withNotes = chapters.filter((chapter) => chapter.notes.length > 0)
  if (withNotes.length === 0) return undefined
  const titleId = useId(context, 'notes-title')
  const children: ElementContent[] = [h('h2', { id: titleId }, context.words.notes)]
  if (context.allMissing) children.push(absentParagraph(context.words))
  for (const chapter of withNotes) {
    const index = chapters.indexOf(chapter)
    const title = chapter.title?.replace(/\s*\n\s*/g, ' ') ?? context.words.chapter(index + 1)
    children.push(notesSection(state, chapter, chapter.notes, { heading: title, level: 3 }))
  }
  return h(
    'section',
    { id: 'notes', className: ['book-notes'], ariaLabelledBy: titleId },
    lines(children)
  )
}

function absentParagraph(words: Words): Element {
  return h('p', { className: ['notes-absent'] }, words.notesAbsent)
}
