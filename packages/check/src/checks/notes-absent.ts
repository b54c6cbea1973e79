// `notes-absent`: the text cites notes and no note has a body: one message for the whole
// manuscript, at the first reference. Expected (info) when the settings say the bodies are absent.
import type { Context } from '../context.js'
import { allReferences, apparatusAbsent } from '../tree.js'

export function notesAbsent({ tree, settings, report }: Context): void {
  if (!apparatusAbsent(tree)) return
  const references = allReferences(tree)
  const count = `\`${references.length}\` note reference${references.length === 1 ? '' : 's'}`
  const first = references[0]?.node.position
  if (settings.notes?.bodies === 'absent') {
    report(
      `${count}, no note bodies, as the settings declare (\`notes.bodies: absent\`); the edition shows every note as missing`,
      first,
      { severity: 'info' }
    )
    return
  }
  report(
    `${count}, no note bodies; add the notes (a closing \`Notes\` section, or a file named by \`notes.file\`) or declare \`notes.bodies: absent\` in the settings`,
    first
  )
}
