// The order of messages everywhere: by file, then as vfile-sort orders a file's messages (line,
// column; at one place errors before warnings before info, then by rule id and reason).
import type { VFileMessage } from 'vfile-message'
import { compareMessage } from 'vfile-sort'

export { compareMessage }

/**
 * Messages in reading order: those of `first` (the manuscript) first when given, then those of
 * each other file by path (as vfile-sort's `compareFile` compares paths); in each file, by
 * vfile-sort's `compareMessage`, those without a place first.
 */
export function sortMessages(
  messages: readonly VFileMessage[],
  first?: string | undefined
): VFileMessage[] {
  const byFile = new Map<string, VFileMessage[]>()
  for (const message of messages) {
    const file = message.file ?? ''
    const group = byFile.get(file)
    if (group) group.push(message)
    else byFile.set(file, [message])
  }
  const files = [...byFile.keys()].sort((a, b) =>
    a === first ? -1 : b === first ? 1 : a.localeCompare(b)
  )
  return files.flatMap((file) => (byFile.get(file) ?? []).sort(compareMessage))
}
