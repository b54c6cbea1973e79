// The book as the renderer paginates it: one part per chapter, then the back matter (every
// chapter's notes, when they are placed at the end of the book, and a reader's closing list of
// its sources), each with what the checks must find on its pages and where to point their
// messages.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { isLongNote, wordsFor } from '@colophon/render-html'
import type { Chapter, FootnoteDefinition, Position, Root } from '@colophon/schema'
import { backDocument, chapterDocument, type PrintDocument } from './documents.js'
import { allNotesMissing, type Indexed, indexNotes, indexTree } from './index-tree.js'
import { layoutOf, longNoteLimit } from './layout.js'
import type { Settings } from './options.js'

export interface BookPart {
  /** Its first element's id: the chapter's, `notes` or `sources`. */
  id: string
  /** Its title in the contents and the bookmarks. */
  title: string
  /** What progress lines and errors call it: `chapter 2 (“…”)`, `the notes`. */
  label: string
  /** The tree's chapter it prints, if it is one. */
  chapter?: Chapter | undefined
  document: PrintDocument
  /** The text its pages must hold. */
  indexed: Indexed
  /** Notes that must sit at the foot of the page of their reference. */
  footnotes: readonly FootnoteDefinition[]
  /** Where messages about the part as a whole point. */
  place: { file: string; position: Position | undefined }
  /** Whether its page count is checked against the length of its text. */
  counted: boolean
}

/**
 * The parts of `tree` in the order they are printed. Each chapter's document is made in a turn
 * of the event loop of its own (some 30 ms each for the first manuscript's length): the browser
 * started meanwhile is driven from this process, and opens its pages between them.
 */
export async function bookParts(
  tree: Root,
  settings: Settings,
  hyphenate: ((text: string) => string) | undefined
): Promise<BookPart[]> {
  const layout = layoutOf(settings.size, settings.paragraphs)
  const noticeAt = tree.children.map(allNotesMissing).indexOf(true)
  const author = tree.meta.author ?? tree.meta.title
  const total = tree.children.length
  const words = wordsFor(tree.meta.language)
  const options = { layout, notes: settings.notes, hyphenate }
  const parts: BookPart[] = []
  for (const [index, chapter] of tree.children.entries()) {
    await nextTurn()
    const title = chapter.title?.replace(/\s*\n\s*/g, ' ')
    const absent = allNotesMissing(chapter)
    parts.push({
      id: chapter.id,
      title: title ?? (total > 1 ? words.chapter(index + 1) : tree.meta.title),
      label: labelOf(title, index, total),
      chapter,
      document: chapterDocument(tree, index, {
        ...options,
        notice: index === noticeAt,
        heads: { left: author, right: (total > 1 ? title : undefined) ?? tree.meta.title }
      }),
      // Notes at the end of the book are checked where they are printed.
      indexed: indexTree({ ...tree, children: [chapter] }, !absent && settings.notes !== 'book'),
      // A note too long for the foot of a page is printed after its chapter.
      footnotes:
        settings.notes === 'foot' && !absent
          ? chapter.notes.filter((note) => !isLongNote(note, longNoteLimit(layout)))
          : [],
      place: { file: chapter.source.path, position: chapter.position },
      counted: true
    })
  }
  const first = tree.children[0]
  const place = { file: first?.source.path ?? '', position: undefined }
  const back = [
    { kind: 'notes' as const, title: words.notes, wanted: settings.notes === 'book' },
    { kind: 'sources' as const, title: words.sources, wanted: true }
  ]
  for (const { kind, title, wanted } of back) {
    if (!wanted) continue
    const document = backDocument(tree, kind, { ...options, heads: { left: author, right: title } })
    if (!document) continue
    parts.push({
      id: kind,
      title,
      label: `the ${kind}`,
      document,
      indexed: kind === 'notes' ? indexNotes(tree) : { places: new Map(), claims: new Map() },
      footnotes: [],
      place,
      counted: kind === 'notes'
    })
  }
  return parts
}

function labelOf(title: string | undefined, index: number, total: number): string {
  if (total === 1) return title === undefined ? 'the text' : `“${title}”`
  return title === undefined ? `chapter ${index + 1}` : `chapter ${index + 1} (“${title}”)`
}
