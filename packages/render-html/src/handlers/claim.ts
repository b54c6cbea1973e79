// claim: a sentence, addressable by its id (`#p12.3`), with its kinds as data.
import type { Claim } from '@colophon/schema'
import { contextOf, useId } from '../context.js'
import { all, element, patch } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const claim: Handler<Claim> = (state, node) => {
  const id = useId(contextOf(state), checkId('claim', node.id))
  return patch(
    state,
    node,
    element(
      'span',
      {
        id,
        className: ['claim'],
        dataKinds: node.kinds.length > 0 ? node.kinds.join(' ') : undefined
      },
      all(state, node)
    )
  )
}
