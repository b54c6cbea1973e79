// What the handlers share during one render: the stylesheet, the notes by identifier, how many
// times each note is referenced (counted before rendering, so a note's backlinks can name
// every reference), the ids already on the page, and the words of the edition's language.
import {
  type Block,
  blocksIn,
  type FootnoteDefinition,
  type Inline,
  type Root
} from '@colophon/schema'
import type { State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { checkId } from './ids.js'
import type { Settings } from './options.js'
import { type Words, wordsFor } from './words/index.js'

/** The text of the `<style>` element, and the stylesheet its policy hash is of. */
export interface Stylesheet {
  text: string
  hashOf: string
}

export interface Context {
  /** The stylesheet, or the placeholder `renderHtml` puts in its place until serialised. */
  css: Stylesheet
  /** Definitions by identifier (the first, should one repeat). */
  notes: Map<string, FootnoteDefinition>
  /** References per note identifier, in document order. */
  references: Map<string, number>
  /** References rendered so far, per note identifier. */
  seen: Map<string, number>
  /** The edition has notes and not one of them has a body (the source lacks its notes). */
  allMissing: boolean
  /** Ids on the page so far. */
  ids: Set<string>
  /** The options of this render, defaults filled in. */
  settings: Settings
  /** What the edition prints around the manuscript's text, in the manuscript's language. */
  words: Words
  /** Whether an image has been put on the page (its policy then allows embedded images). */
  images: boolean
  /** The names of the manuscript's anchors, which its `#name` links lead to. */
  anchors: Set<string>
  /** The ids of chapters and sections by their titles' slugs (`#background`), as GitHub makes them. */
  slugs: Map<string, string>
  /** Whether a note's body is being rendered: its paragraphs have no numbers in the margin. */
  inNote: boolean
}

/**
 * The files being rendered, each with the context of its render: `remark-rehype` hands
 * `mdast-util-to-hast` a copy of its options, but the file as it is (`state.options.file`).
 */
const contexts = new WeakMap<VFile, Context>()

/** Counts references and indexes notes, checking their identifiers. */
export function createContext(tree: Root, css: Stylesheet, settings: Settings): Context {
  const notes = new Map<string, FootnoteDefinition>()
  const references = new Map<string, number>()
  const anchors = new Set<string>()
  let count = 0
  let missing = 0
  const see = (node: Inline) => {
    if (node.type === 'anchor') anchors.add(node.name)
    else if (node.type === 'footnoteReference') {
      const id = checkId('note', node.identifier)
      references.set(id, (references.get(id) ?? 0) + 1)
    }
  }
  const inlines = (children: readonly Inline[]) => {
    for (const node of children) visit(node, see)
  }
  // The inline nodes of a block of a section or a note: its paragraphs', a table's cells', a caption.
  const blockInlines = (outer: Block) => {
    for (const block of blocksIn(outer)) {
      if (block.type === 'table') {
        for (const row of block.children) for (const cell of row.children) inlines(cell.children)
      } else if (block.type === 'figure') {
        if (block.caption) inlines(block.caption)
      } else if (block.type === 'paragraph') {
        for (const claim of block.children) inlines(claim.children)
      }
    }
  }
  const slugs = new Map<string, string>()
  for (const chapter of tree.children) {
    if (chapter.titleContent) inlines(chapter.titleContent)
    if (chapter.title !== undefined) addSlug(slugs, chapter.title, chapter.id)
    for (const section of chapter.children) {
      if (section.titleContent) inlines(section.titleContent)
      if (section.title !== undefined) addSlug(slugs, section.title, section.id)
      for (const block of section.children) blockInlines(block)
    }
    for (const note of chapter.notes) {
      const id = checkId('note', note.identifier)
      if (!notes.has(id)) notes.set(id, note)
      count++
      if (note.status === 'missing') missing++
      for (const block of note.children) blockInlines(block)
    }
  }
  return {
    css,
    notes,
    references,
    seen: new Map(),
    allMissing: count > 0 && missing === count,
    ids: new Set(),
    settings,
    words: wordsFor(tree.meta.language),
    images: false,
    anchors,
    slugs,
    inNote: false
  }
}

/** Binds `context` to `file` for the render of its tree. */
export function bindContext(file: VFile, context: Context): void {
  contexts.set(file, context)
}

/** Unbinds the context of `file`, its render over. */
export function releaseContext(file: VFile): void {
  contexts.delete(file)
}

/** The context of the render `state` belongs to. */
export function contextOf(state: State): Context {
  const file = state.options.file
  const context = file ? contexts.get(file) : undefined
  if (!context) {
    throw new Error('Expected a state made by `colophonRehype` of @colophon/render-html')
  }
  return context
}

/** Records `id` as used on the page; throws when it already is (two nodes with one id). */
export function useId(context: Context, id: string): string {
  if (context.ids.has(id)) {
    throw new TypeError(`Unexpected second element with id \`${id}\`; ids must be unique`)
  }
  context.ids.add(id)
  return id
}

/** The id of the `k`-th reference (1-based) to note `identifier`: `fnref-n7`, `fnref-n7-2`. */
export function referenceId(identifier: string, k: number): string {
  return k === 1 ? `fnref-${identifier}` : `fnref-${identifier}-${k}`
}

/** The note a first reference's id names: `n7` of `fnref-n7` (see `referenceId`). */
export function referencedNote(id: string): string {
  return id.replace(/^fnref-/, '')
}

/** What every note's id begins with (see `noteId`). */
const notePrefix = 'fn-'

/** The id of the element holding note `identifier`: `fn-n7`. */
export function noteId(identifier: string): string {
  return `${notePrefix}${identifier}`
}

/** Whether `id` is a note's (`fn-n7`, see `noteId`), not a reference's (`fnref-n7`) or another. */
export function isNoteId(id: string): boolean {
  return id.startsWith(notePrefix) && id.length > notePrefix.length
}

/** Whether notes are laid out for print: at the foot of the page, or in the print profile. */
export function printsNotes(context: Context): boolean {
  return context.settings.notes === 'foot' || context.settings.profile === 'print'
}

/** Whether the edition says, in one footnote, that its source lacks the text of its notes. */
export function absentNoticeWanted(context: Context): boolean {
  return context.allMissing && printsNotes(context) && context.settings.notesAbsentNotice
}

/** The id of the manuscript's anchor `name` on the page: `a-` and the name, spaces as `-`. */
export function anchorId(name: string): string {
  return `a-${name.trim().replace(/\s+/g, '-')}`
}

/**
 * Adds the slug of `title` for the element `id`, as GitHub and most Markdown tools make them:
 * lowercase, punctuation left out, spaces as hyphens; a slug met again gets `-1`, `-2`…
 */
function addSlug(slugs: Map<string, string>, title: string, id: string): void {
  const base = title
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-')
  let slug = base
  for (let k = 1; slugs.has(slug); k++) slug = `${base}-${k}`
  slugs.set(slug, id)
}
