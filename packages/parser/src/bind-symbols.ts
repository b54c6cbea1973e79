// Gives each symbol note's body the marker it answers. A symbol cites a new note on every
// page, so the markers of one symbol are told apart by their count in the chapter (the third
// `*` is `*` number 3), and a body takes the count of the nearest marker before it with its
// symbol that has no body yet. A body no marker before it answers keeps a count of its own.
import type { NoteEntry } from './notes.js'
import type { ChapterDraft } from './tree.js'

/** A symbol marker of the text, where it stands. */
interface Cue {
  at: number
  label: string
  number: number
  chapter: number
  answered: boolean
}

/** Numbers the symbol notes among `entries` after the markers they answer, and homes them. */
export function bindSymbolNotes(
  chapters: readonly ChapterDraft[],
  entries: readonly NoteEntry[],
  chapterOfBlock: readonly number[]
): void {
  const cues: Cue[] = []
  chapters.forEach((draft, chapter) => {
    for (const { node } of draft.references) {
      if (node.marker !== 'symbol') continue
      const at = node.position?.start.offset ?? 0
      cues.push({ at, label: node.label, number: node.number, chapter, answered: false })
    }
  })
  cues.sort((a, b) => a.at - b.at)
  const unanswered = new Map<string, number>()
  for (const entry of entries) {
    if (entry.number !== 0 || /^[0-9]/.test(entry.label)) continue
    const cue = nearestBefore(cues, entry)
    if (cue) {
      cue.answered = true
      entry.number = cue.number
      entry.chapter = cue.chapter
      continue
    }
    // Counts past any a chapter gives its markers, so that no two bodies share one.
    const chapter = chapterOfBlock[entry.block] ?? 0
    const key = `${chapter} ${entry.label}`
    const count = (unanswered.get(key) ?? 0) + 1
    unanswered.set(key, count)
    entry.number = 10_000 + count
  }
}

/** The last marker before `entry` with its symbol and no body yet. */
function nearestBefore(cues: readonly Cue[], entry: NoteEntry): Cue | undefined {
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k] as Cue
    if (cue.at < entry.start && !cue.answered && cue.label === entry.label) return cue
  }
  return undefined
}
