// `marker-punctuation`: a marker glued to a bare word (`cubits13 long`) rather than after
// punctuation may be part of the text; the parser took it as a note only because it was the
// number expected next.
import type { Inline } from '@colophon/schema'
import type { Context } from '../context.js'
import { allReferences, labelOf } from '../tree.js'

export function markerPunctuation({ tree, report }: Context): void {
  for (const { node, previous } of allReferences(tree)) {
    if (node.afterWord !== true) continue
    const word = lastWord(previous)
    report(
      `Note \`${labelOf(node)}\` is glued to ${word ? `the word \`${word}\`` : 'a word'} with no punctuation before it; check that it is a note, and move it after the punctuation that ends the clause`,
      node.position
    )
  }
}

/** The word that ends the text before a marker. */
function lastWord(previous: Inline | undefined): string | undefined {
  if (previous?.type !== 'text') return undefined
  return /(\p{L}+)$/u.exec(previous.value)?.[1]
}
