// Gives each note body that stands in the text, rather than in a notes section, the marker it
// answers: the nearest marker before it with its label that has no body yet. Such bodies stand
// under the paragraph, the stanza or the poem that cites them, and the chapter they stand in
// need not be the chapter of their marker (a poem's stanzas may read as chapters of their own).
//
// Symbols cite a new note on every page, so the markers of one symbol are told apart by their
// count in the chapter (the third `*` is `*` number 3), and a symbol's body takes the count of
// the marker it answers. A symbol's body no marker answers keeps a count of its own.
//
// When several markers with its symbol wait (a page whose second `*` lost its body), the body
// answers the one whose word it repeats (`the rule of Cardan,*` … `* Cardan in his Encomium`),
// else the nearest; either way the reading is reported, for it is a guess, and the markers it
// did not answer wait no longer (a body further on stands on another page).
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

/** A body that had several markers to answer, and the one it was given. */
export interface AmbiguousBody {
  entry: NoteEntry
  /** Where the markers it could answer stand, the chosen one first. */
  markers: number[]
  /** Whether the body repeats the word before the chosen marker. */
  byWord: boolean
}

/** Homes the bodies standing in the text with the markers they answer (see above). */
export function bindBodies(
  text: string,
  chapters: readonly ChapterDraft[],
  entries: readonly NoteEntry[],
  chapterOfBlock: readonly number[]
): AmbiguousBody[] {
  const ambiguous: AmbiguousBody[] = []
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
    const cue = answered(text, entry, waiting.get(entry.label) ?? [], ambiguous)
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
  return ambiguous
}

/**
 * Takes from `stack` (the markers waiting, nearest last) the one `entry` answers: the one whose
 * word the body repeats, else the nearest; several waiting is recorded in `ambiguous`.
 */
function answered(
  text: string,
  entry: NoteEntry,
  stack: Cue[],
  ambiguous: AmbiguousBody[]
): Cue | undefined {
  // Numbered labels repeat in each chapter and a note may be cited again: the nearest it is.
  if (stack.length < 2 || !isSymbolLabel(entry.label)) return stack.pop()
  const opening = words(text.slice(entry.bodyStart, Math.min(entry.bodyEnd, entry.bodyStart + 60)))
  let index = stack.length - 1
  for (let k = stack.length - 1; k >= 0; k--) {
    const before = wordBefore(text, (stack[k] as Cue).at)
    if (before !== undefined && opening.slice(0, 3).includes(before)) {
      index = k
      break
    }
  }
  const [cue] = stack.splice(index, 1) as [Cue]
  const others = stack.map((other) => other.at).reverse()
  ambiguous.push({ entry, markers: [cue.at, ...others], byWord: index !== stack.length })
  // The others lost their body where this one stands: a later body is another page's.
  stack.length = 0
  return cue
}

/** The words of `value`, lowercased, of three letters or more. */
function words(value: string): string[] {
  return (value.toLowerCase().match(/\p{L}{3,}/gu) ?? []) as string[]
}

/** The word just before the marker at `at` (`Cardan` of `Cardan,*`), lowercased. */
function wordBefore(text: string, at: number): string | undefined {
  const before = /(\p{L}{3,})[^\p{L}\s]{0,3}$/u.exec(text.slice(Math.max(0, at - 40), at))
  return before?.[1]?.toLowerCase()
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
