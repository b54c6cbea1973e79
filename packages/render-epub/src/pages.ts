// The print edition's pages in the EPUB: a page-break marker where each page of the PDF begins,
// `<span epub:type="pagebreak" role="doc-pagebreak" id="page-23" aria-label="23"/>`, placed
// before the first paragraph, claim, section or chapter that begins on that page (from the
// concordance), so a reader in a class can go to the page everyone else has open. A page on
// which nothing begins (a long sentence runs across it) is marked with the next one. Notes are
// skipped: in print they are at the foot of the page, here at the end of the chapter.
import type { Element, ElementContent } from 'hast'
import type { Part } from './chapters.js'
import { walk } from './links.js'
import type { PrintPages } from './options.js'

/** A page-break marker: the printed number, its id and its document. */
export interface PageMark {
  label: string
  id: string
  file: string
}

/** Elements a marker goes into, as their first child; before any other. */
const into = new Set(['p', 'li', 'article', 'section', 'blockquote', 'figure', 'pre', 'div'])
/** Parents that cannot hold a `<span>`: a marker goes into their child instead. */
const closed = new Set(['ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl'])

interface State {
  pages: PrintPages
  /** The last page marked (an index into `folios`). */
  last: number
  marks: PageMark[]
  ids: Set<string>
  file: string
}

/** Inserts the markers of `pages` into `parts` (in reading order); the markers, in order. */
export function markPages(parts: readonly Part[], pages: PrintPages): PageMark[] {
  const first = firstIndex(parts, pages)
  if (first === undefined) return []
  const state: State = { pages, last: first - 1, marks: [], ids: new Set(), file: '' }
  for (const part of parts) {
    state.file = part.file
    part.children = insert(part.children, undefined, state)
  }
  return state.marks
}

/** The page where the first element of the parts that the concordance knows begins. */
function firstIndex(parts: readonly Part[], pages: PrintPages): number | undefined {
  let found: number | undefined
  for (const part of parts) {
    walk(part.children, (element) => {
      const id = element.properties.id
      if (found === undefined && typeof id === 'string') found = pages.ids[id]?.index
    })
  }
  return found
}

/** `children` with the markers due before (or into) each element, recursively. */
function insert(
  children: ElementContent[],
  parent: Element | undefined,
  state: State
): ElementContent[] {
  const result: ElementContent[] = []
  for (const child of children) {
    if (child.type !== 'element' || child.properties.role === 'doc-endnotes') {
      result.push(child)
      continue
    }
    const due = markersFor(child, state)
    if (due.length > 0) {
      if (into.has(child.tagName) || (parent && closed.has(parent.tagName))) {
        child.children.unshift(...due)
      } else result.push(...due)
    }
    child.children = insert(child.children, child, state)
    result.push(child)
  }
  return result
}

/** The markers of the pages up to the one where `element` begins, not yet marked. */
function markersFor(element: Element, state: State): Element[] {
  const id = element.properties.id
  const at = typeof id === 'string' ? state.pages.ids[id]?.index : undefined
  if (at === undefined || at <= state.last) return []
  const markers: Element[] = []
  for (let index = state.last + 1; index <= at; index++) {
    const label = state.pages.folios[index]
    if (label === undefined || label === '') continue
    const base = `page-${label.replace(/[^\p{L}\p{N}_.-]/gu, '-')}`
    let markId = base
    for (let k = 2; state.ids.has(markId); k++) markId = `${base}-${k}`
    state.ids.add(markId)
    state.marks.push({ label, id: markId, file: state.file })
    markers.push({
      type: 'element',
      tagName: 'span',
      properties: {
        'epub:type': 'pagebreak',
        role: 'doc-pagebreak',
        id: markId,
        ariaLabel: label
      },
      children: []
    })
  }
  state.last = at
  return markers
}
