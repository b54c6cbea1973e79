// The edition's `@font-face` rules (Source Serif 4 as `data:` URLs), taken from the HTML
// renderer's own stylesheet so that the running heads are set in the very same faces.
import { toHast } from '@colophon/render-html'
import type { Root } from '@colophon/schema'
import type { Element, Root as HastRoot, RootContent } from 'hast'

let cached: string | undefined

export function fontFaces(tree: Root): string {
  if (cached !== undefined) return cached
  const style = findStyle(toHast({ ...tree, children: [] }, { profile: 'print' }))
  const text = style?.children[0]?.type === 'text' ? style.children[0].value : ''
  const rules = text.match(/@font-face\{[^}]*\}/g)
  if (!rules) throw new Error('Expected `@font-face` rules in the edition stylesheet')
  cached = rules.join('\n')
  return cached
}

function findStyle(node: HastRoot | RootContent): Element | undefined {
  if (node.type === 'element' && node.tagName === 'style') return node
  if (node.type !== 'element' && node.type !== 'root') return undefined
  for (const child of node.children) {
    const found = findStyle(child)
    if (found) return found
  }
  return undefined
}
