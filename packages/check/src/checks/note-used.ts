// `note-used`: every note body is referenced from the text.
import type { Context } from '../context.js'
import { allReferences, labelOf, noteKey } from '../tree.js'

export function noteUsed({ tree, report }: Context): void {
  // Cited from anywhere: a later chapter may cite a note again (see `note-defined`).
  const cited = new Set(allReferences(tree).map(({ node }) => node.identifier))
  for (const chapter of tree.children) {
    // A second body of the same note is `note-unique`'s to report.
    const keys = new Set<string>()
    for (const note of chapter.notes) {
      const key = noteKey(note)
      const second = keys.has(key)
      keys.add(key)
      if (note.status !== 'present' || second || cited.has(note.identifier)) continue
      report(
        `Note \`${labelOf(note)}\` is never referenced; add its marker where it belongs in the text, or remove the note`,
        note.position,
        note.file === undefined ? {} : { file: note.file }
      )
    }
  }
}
