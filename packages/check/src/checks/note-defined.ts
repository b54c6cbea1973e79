// `note-defined`: every reference has a note body. One message per note, at its first reference.
import type { Context } from '../context.js'
import { apparatusAbsent, referencesOf } from '../tree.js'

export function noteDefined({ tree, report }: Context): void {
  if (apparatusAbsent(tree)) return
  for (const chapter of tree.children) {
    const bodies = new Map(chapter.notes.map((note) => [note.identifier, note]))
    const reported = new Set<string>()
    for (const { node } of referencesOf(chapter)) {
      if (bodies.get(node.identifier)?.status === 'present' || reported.has(node.identifier))
        continue
      reported.add(node.identifier)
      report(
        `Note \`${node.label}\` has no body; add its text to the notes (a closing \`Notes\` section or the file named by \`notes.file\`), or remove the marker`,
        node.position
      )
    }
  }
}
