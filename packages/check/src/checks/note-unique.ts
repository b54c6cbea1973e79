// `note-unique`: one body per note in a chapter. The second body is reported, naming the first.
import type { FootnoteDefinition } from '@colophon/schema'
import type { Context, Related } from '../context.js'
import { labelOf, noteKey } from '../tree.js'

export function noteUnique({ tree, report }: Context): void {
  for (const chapter of tree.children) {
    const first = new Map<string, FootnoteDefinition>()
    for (const note of chapter.notes) {
      if (note.status !== 'present') continue
      const key = noteKey(note)
      const earlier = first.get(key)
      if (!earlier) {
        first.set(key, note)
        continue
      }
      const start = earlier.position?.start
      const where = start
        ? ` (the first is at ${earlier.file ? `${earlier.file}:` : ''}${start.line}:${start.column})`
        : ''
      let related: Related | undefined
      if (earlier.position) {
        related = { place: earlier.position, reason: `First body of note \`${labelOf(earlier)}\`` }
        if (earlier.file !== undefined) related.file = earlier.file
      }
      report(
        `Note \`${labelOf(note)}\` has a second body${where}; keep one and remove or renumber the other`,
        note.position,
        {
          ...(note.file === undefined ? {} : { file: note.file }),
          ...(related ? { related } : {})
        }
      )
    }
  }
}
