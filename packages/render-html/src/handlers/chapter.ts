// chapter: `<article id="c1">` with its heading (the part's heading above it, a line break
// where the title has one), in a reader the editor's introduction, its sections (an untitled
// one after another is set off by a break), and its notes.
import type { Chapter, FootnoteDefinition } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { absentNoticeWanted, contextOf, printsNotes, useId } from '../context.js'
import { absentNotice } from '../document/footnote.js'
import { notesSection } from '../document/notes.js'
import { lines, one, patch, phrase } from '../hast.js'
import { checkId } from '../ids.js'
import { headingLevel } from '../levels.js'
import { isLongNote } from '../note-length.js'
import type { Handler } from '../types.js'
import { titleContent } from './title.js'

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
    heading.push(h('h2', { id: label.ariaLabelledBy }, titleContent(state, node)))
  } else if (only) {
    label.ariaLabelledBy = 'edition-title'
  } else {
    const index = parent?.type === 'root' ? parent.children.indexOf(node) + 1 : 0
    label.ariaLabel = context.words.chapter(index)
  }
  if (node.origin !== undefined) {
    heading.push(h('p', { className: ['origin'] }, phrase(context.words.origin(node.origin))))
  }
  if (heading.length > 0) children.push(h('header', lines(heading)))
  const introduction = node.introduction === undefined ? [] : one(state, node.introduction, node)
  children.push(...introduction)

  node.children.forEach((section, index) => {
    if (index > 0 && section.title === undefined) {
      children.push(h('hr', { className: ['section-break'] }))
    }
    children.push(...one(state, section, node))
  })
  // In print, a list of bare numbers would be a page of nothing: one footnote says instead
  // that the source lacks its notes.
  const absent = context.allMissing && printsNotes(context)
  if (absentNoticeWanted(context)) {
    const title = heading.find((element) => element.type === 'element' && element.tagName === 'h2')
    if (title?.type === 'element') title.children.push(...absentNotice(context.words))
    else if (!only) {
      // (The only chapter, untitled, opens with the edition's title, which has the notice.)
      // Not in the editor's introduction: the notice is about the source's text.
      const source = children.filter((child) => !introduction.includes(child))
      prependToFirstParagraph(source, absentNotice(context.words))
    }
  }
  if (absent) {
    // Nothing to list.
  } else if (context.settings.notes === 'foot') {
    // Notes placed at their first reference are done; the rest (no reference, or a second
    // definition of a number) still need a place.
    const placed = (note: FootnoteDefinition) =>
      context.seen.has(note.identifier) && context.notes.get(note.identifier) === note
    const long = node.notes.filter(
      (note) => placed(note) && isLongNote(note, context.settings.longNotes)
    )
    const left = node.notes.filter((note) => !placed(note))
    if (long.length > 0) children.push(longNotesSection(state, node, long))
    if (left.length > 0) children.push(notesSection(state, node, left))
  } else if (node.notes.length > 0 && context.settings.notes !== 'book') {
    children.push(notesSection(state, node, node.notes))
  }

  return patch(state, node, h('article', { id, className: ['chapter'], ...label }, lines(children)))
}

/** The notes too long for the foot of a page, after the chapter under their own heading. */
function longNotesSection(
  state: Parameters<Handler<Chapter>>[0],
  node: Chapter,
  notes: readonly Chapter['notes'][number][]
): ElementContent {
  const context = contextOf(state)
  return notesSection(state, node, notes, {
    heading: context.words.notesLong,
    level: headingLevel(node) + 1,
    id: `${node.id}-long-notes`,
    className: 'long-notes'
  })
}

/** Puts `nodes` at the start of the first paragraph's text, after its number. */
function prependToFirstParagraph(nodes: ElementContent[], added: ElementContent[]): void {
  const stack = [...nodes]
  for (let node = stack.shift(); node !== undefined; node = stack.shift()) {
    if (node.type !== 'element') continue
    if (node.tagName === 'p') {
      const number = node.children.findIndex(
        (child) => child.type === 'element' && child.tagName === 'a'
      )
      node.children.splice(number + 2, 0, ...added)
      return
    }
    stack.unshift(...node.children)
  }
}
