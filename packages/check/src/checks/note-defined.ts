// `note-defined`: every reference has a note body. One message per note, at its first reference.
// A reference finds its note by identifier anywhere in the edition: a note cited again from a
// later chapter (Markdown's footnotes hold for the whole document) keeps its first chapter.
import type { Context } from '../context.js'
import { allDefinitions, allReferences, apparatusAbsent, labelOf } from '../tree.js'

export function noteDefined({ tree, report }: Context): void {
  if (apparatusAbsent(tree)) return
  const bodies = new Map(allDefinitions(tree).map((note) => [note.identifier, note]))
  const reported = new Set<string>()
  for (const { node } of allReferences(tree)) {
    if (bodies.get(node.identifier)?.status === 'present' || reported.has(node.identifier)) continue
    reported.add(node.identifier)
    report(
      `Note \`${labelOf(node)}\` has no body; add its text to the notes (a closing \`Notes\` section or the file named by \`notes.file\`), or remove the marker`,
      node.position
    )
  }
}
