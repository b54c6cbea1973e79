// Gives each note body that stands in the text, rather than in a notes section, the marker it
// answers: the nearest marker before it with its label that has no body yet. Such bodies stand
// under the paragraph, the stanza or the poem that cites them, and the chapter they stand in
// need not be the chapter of their marker (a poem's stanzas may read as chapters of their own).
//
// Symbols cite a new note on every page, so the markers of one symbol are told apart by their
// count in the chapter (the third `*` is `*` number 3), and a symbol's body takes the count of
// the marker it answers. A symbol's body no marker answers keeps a count of its own.
import type { NoteEntry } from './notes.js'
import type { ChapterDraft } from './outline.js'
import { isSymbolLabel } from './symbol-notes.js'

/** A marker of the text, where it stands. */
interface Cue {
  at: number
  label: string
  number: number
  chapter: number
}

/** Counts given to symbol bodies no marker answers, past any a chapter gives its markers. */
const unansweredBase = 10_000

/** Homes the bodies standing in the text with the markers they answer (see above). */
export function bindBodies(
  chapters: readonly ChapterDraft[],
  entries: readonly NoteEntry[],
  chapterOfBlock: readonly number[]
): void {
  const events: (Cue | NoteEntry)[] = [...cues(chapters)]
  for (const entry of entries) if (entry.kind === 'inline') events.push(entry)
  events.sort((a, b) => offsetOf(a) - offsetOf(b))
  const waiting = new Map<string, Cue[]>()
  const unanswered = new Map<string, number>()
  for (const event of events) {
    if ('at' in event) {
      const stack = waiting.get(event.label)
      if (stack) stack.push(event)
      else waiting.set(event.label, [event])
      continue
    }
    const entry = event as NoteEntry
    const cue = waiting.get(entry.label)?.pop()
    const symbol = isSymbolLabel(entry.label)
    if (cue) {
      entry.chapter = cue.chapter
      if (symbol) entry.number = cue.number
    } else if (symbol) {
      const key = `${chapterOfBlock[entry.block] ?? 0} ${entry.label}`
      const count = (unanswered.get(key) ?? 0) + 1
      unanswered.set(key, count)
      entry.number = unansweredBase + count
    }
  }
}

function cues(chapters: readonly ChapterDraft[]): Cue[] {
  return chapters.flatMap((draft, chapter) =>
    draft.references.map(({ node }) => ({
      at: node.position?.start.offset ?? 0,
      label: node.label,
      number: node.number,
      chapter
    }))
  )
}

function offsetOf(event: Cue | NoteEntry): number {
  return 'at' in event ? event.at : event.start
}
