// `claim-cited`: in a chapter that has notes, a quotation or a figure is covered by a note that
// follows it in its paragraph (`citedBy`). A chapter without any note reference is not annotated,
// so its claims are not held to this.
import type { ClaimKind } from '@colophon/schema'
import type { Context } from '../context.js'
import { claimsOf, referencesOf } from '../tree.js'

const checked: readonly ClaimKind[] = ['quotation', 'figure']

export function claimCited({ tree, report }: Context): void {
  for (const chapter of tree.children) {
    if (referencesOf(chapter).length === 0) continue
    for (const claim of claimsOf(chapter)) {
      if (claim.citedBy !== undefined) continue
      const kinds = checked.filter((kind) => claim.kinds.includes(kind))
      if (kinds.length === 0) continue
      const what =
        kinds.length === 2
          ? 'Quotation and figure'
          : kinds[0] === 'quotation'
            ? 'Quotation'
            : 'Figure'
      report(
        `${what} in claim \`${claim.id}\` is covered by no note: no note follows it in its paragraph; add a note that gives its source, or check whether it needs one`,
        claim.position
      )
    }
  }
}
