// Compile-time facts about the handler registry, checked by types.test.ts with the compiler:
// each `@ts-expect-error` below must find its error, or the compiler reports it unused.
import { handlers } from '../src/handlers/index.js'
import type { Handlers } from '../src/types.js'

// A registry without the handler of a node type does not compile.
const { claim: _claim, ...withoutClaim } = handlers
// @ts-expect-error: property `claim` is missing.
export const missing: Handlers = withoutClaim

// Nor does one with a handler for a type the edition AST does not have.
// @ts-expect-error: `image` is not a node type of the edition AST.
export const extra: Handlers = { ...handlers, image: handlers.text }

// A handler gets the node of its own type.
export const typed: Handlers = {
  ...handlers,
  // @ts-expect-error: a `text` node has no `children`.
  text: (_state, node) => ({ type: 'text', value: String(node.children) })
}
