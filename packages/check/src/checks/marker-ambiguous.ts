// `marker-ambiguous`: the parser's guesses. The parser reports them itself, and `check` passes
// its messages through; this surfaces only a guess recorded in the tree (`guess` on a reference)
// that no parser message reports, as when the tree was read from JSON without its messages.
import type { Context } from '../context.js'
import { allReferences } from '../tree.js'

export function markerAmbiguous({ tree, messages, report }: Context): void {
  const reported = new Set(
    messages
      .filter((message) => message.ruleId === 'marker-ambiguous')
      .map((message) => `${message.line}:${message.column}`)
  )
  for (const { node } of allReferences(tree)) {
    const start = node.position?.start
    if (node.guess === undefined || (start && reported.has(`${start.line}:${start.column}`)))
      continue
    report(`${node.guess}; check it`, node.position)
  }
}
