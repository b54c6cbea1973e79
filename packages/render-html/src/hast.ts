// Small helpers over `mdast-util-to-hast`'s state for the edition AST (whose nodes mdast knows:
// see `types.ts`), and over hast.
import type { Element, ElementContent, Properties, Text } from 'hast'
import type { Parents } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import type { Node, Parent } from './types.js'
import type { Phrase } from './words/index.js'

/** One node through the registry (an unknown type throws). */
export function one(state: State, node: Node, parent: Parents | undefined): ElementContent[] {
  const result = state.one(node, parent)
  if (result === undefined) return []
  return Array.isArray(result) ? result : [result]
}

/**
 * The children of `parent` through the registry, as they are: unlike `state.all` this does
 * not trim spaces after a line break, which in verse may be the source's.
 */
export function all(state: State, parent: Parent): ElementContent[] {
  const values: ElementContent[] = []
  for (const child of parent.children as readonly Node[]) values.push(...one(state, child, parent))
  return values
}

/** Copies the position of `from` onto `to`, and returns `to`. */
export function patch<T extends ElementContent>(state: State, from: Node, to: T): T {
  state.patch(from, to)
  return to
}

/** A text node. */
export function text(value: string): Text {
  return { type: 'text', value }
}

/** Words of the edition's language with the titles they name in `<cite>`; empty words dropped. */
export function phrase(parts: Phrase): ElementContent[] {
  return parts
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? text(part) : element('cite', {}, [text(part.cite)])))
}

/** `nodes` with a line ending between each (and around them), to keep the HTML readable. */
export function lines(nodes: readonly ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [text('\n')]
  for (const node of nodes) result.push(node, text('\n'))
  return result
}

/**
 * An element from properties already in hast's form (`className: ['claim']`, `dataN: 12`,
 * `ariaLabel`): `h()` without the parsing, for the nodes made hundreds of times a document.
 */
export function element(
  tagName: string,
  properties: Properties,
  children: ElementContent[] = []
): Element {
  return { type: 'element', tagName, properties, children }
}
