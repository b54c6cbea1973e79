// Links between the content documents. The HTML edition is one page, where `#p12.3` leads
// anywhere; in the EPUB a link to an element of another document names that document
// (`chapter2.xhtml#p12.3`), and a label taken from an element of another document
// (`aria-labelledby`) becomes the words of that element (`aria-label`). A link that leads out of
// the book, to a file or to a place it does not hold, keeps its words and loses its target.
import type { Element, ElementContent } from 'hast'
import { toString as textContent } from 'hast-util-to-string'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { Part } from './chapters.js'
import { isElement } from './xhtml.js'

/** Every element's id, with the file it is in. */
export function idsByFile(parts: readonly Part[]): Map<string, string> {
  const files = new Map<string, string>()
  for (const part of parts) {
    walk(part.children, (element) => {
      const id = element.properties.id
      if (typeof id === 'string' && !files.has(id)) files.set(id, part.file)
    })
  }
  return files
}

/** A link with a scheme (`https:`, `mailto:`), which leaves the book on purpose. */
const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:/

/**
 * Rewrites the links and labels of `parts` that reach into another document; a link to a file the
 * book does not hold, or to a place (`#name`) that no element of the book has, loses its target
 * (its words stay), and `outside` is told of it: a reading system reports such a link as broken.
 */
export function linkAcross(
  parts: readonly Part[],
  files: ReadonlyMap<string, string>,
  outside: (href: string, position: Position | undefined) => void = () => {}
): void {
  const elements = new Map<string, Element>()
  for (const part of parts) {
    walk(part.children, (element) => {
      const id = element.properties.id
      if (typeof id === 'string' && !elements.has(id)) elements.set(id, element)
    })
  }
  for (const part of parts) {
    walk(part.children, (element) => {
      const href = element.properties.href
      if (isElement(element, 'a') && typeof href === 'string' && href.startsWith('#')) {
        const name = decodeFragment(href.slice(1))
        const file = files.get(name)
        if (file === undefined) {
          delete element.properties.href
          outside(`#${name}`, element.position)
        } else if (file !== part.file) element.properties.href = `${file}${href}`
      } else if (isElement(element, 'a') && typeof href === 'string' && !absolute.test(href)) {
        delete element.properties.href
        outside(href, element.position)
      }
      const labelledBy = element.properties.ariaLabelledBy
      if (labelledBy === undefined || labelledBy === null) return
      const ids = Array.isArray(labelledBy)
        ? labelledBy.map(String)
        : String(labelledBy).split(/\s+/)
      if (ids.every((id) => files.get(id) === part.file)) return
      const words = ids.map((id) => textOf(elements.get(id))).filter((value) => value !== '')
      delete element.properties.ariaLabelledBy
      if (words.length > 0) element.properties.ariaLabel = words.join(' ')
    })
  }
}

/** A fragment with its percent-escapes read (`%20`), or as it is when they are broken (`100%`). */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/** Calls `each` on every element of `nodes`, parents before their children. */
export function walk(nodes: readonly ElementContent[], each: (element: Element) => void): void {
  for (const node of nodes) {
    visit(node, 'element', (element: Element) => {
      each(element)
    })
  }
}

/** The text of an element, spaces collapsed. */
export function textOf(node: Element | undefined): string {
  return node === undefined ? '' : textContent(node).replace(/\s+/g, ' ').trim()
}
