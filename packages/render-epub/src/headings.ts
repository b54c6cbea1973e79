// Headings and landmarks of a content document of its own. In the HTML edition the book's title
// is the page's `<h1>` and a chapter's title an `<h2>`; a chapter's document has no book title
// above it, so its headings move up a level (its title is its `<h1>`). And a section named by its
// title is a landmark (`region`), whose name a reader jumps to: where several sections of one
// document share a title ("Synopsis" under each option of a guide), none is named by it, since
// landmarks of the same name cannot be told apart.
import type { Element, ElementContent } from 'hast'
import { textOf, walk } from './links.js'

const heading = /^h([1-6])$/

/** Moves the headings of `nodes` so that the highest is `<h{top}>`, keeping their ranks. */
export function raiseHeadings(nodes: readonly ElementContent[], top = 1): void {
  let highest = 7
  walk(nodes, (element) => {
    const level = heading.exec(element.tagName)?.[1]
    if (level !== undefined) highest = Math.min(highest, Number(level))
  })
  if (highest === 7 || highest === top) return
  walk(nodes, (element) => {
    const level = heading.exec(element.tagName)?.[1]
    if (level !== undefined) element.tagName = `h${Math.min(6, Number(level) - highest + top)}`
  })
}

/** Takes the names off the sections of `nodes` whose name another section of them has too. */
export function uniqueRegions(nodes: readonly ElementContent[]): void {
  const elements = new Map<string, Element>()
  walk(nodes, (element) => {
    const id = element.properties.id
    if (typeof id === 'string' && !elements.has(id)) elements.set(id, element)
  })
  const named = new Map<string, Element[]>()
  walk(nodes, (element) => {
    if (element.tagName !== 'section' || element.properties.role !== undefined) return
    const name = nameOf(element, elements).toLowerCase()
    if (name === '') return
    named.set(name, [...(named.get(name) ?? []), element])
  })
  for (const sections of named.values()) {
    if (sections.length < 2) continue
    for (const section of sections) {
      delete section.properties.ariaLabelledBy
      delete section.properties.ariaLabel
    }
  }
}

/** The accessible name an element is given by `aria-labelledby` or `aria-label`, or ''. */
function nameOf(element: Element, elements: ReadonlyMap<string, Element>): string {
  const labelledBy = element.properties.ariaLabelledBy
  if (labelledBy !== undefined && labelledBy !== null) {
    const ids = Array.isArray(labelledBy) ? labelledBy.map(String) : String(labelledBy).split(/\s+/)
    return ids
      .map((id) => textOf(elements.get(id)))
      .join(' ')
      .trim()
  }
  const label = element.properties.ariaLabel
  return typeof label === 'string' ? label.trim() : ''
}
