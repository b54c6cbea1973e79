// Bookmarks: the /Outlines tree a viewer shows beside the pages.
import { type PDFDocument, PDFName, PDFNull, type PDFObject, type PDFRef } from 'pdf-lib'
import { shownText, textString } from './text.js'

export interface OutlineEntry {
  title: string
  /** Page index, from 0. */
  page: number
  /** PDF y in points of where the entry starts; the whole page when absent. */
  top?: number
  children?: readonly OutlineEntry[]
}

export function pageRef(doc: PDFDocument, page: number, what: string): PDFRef {
  const count = doc.getPageCount()
  if (!Number.isInteger(page) || page < 0 || page >= count) {
    throw new RangeError(`Unexpected page \`${page}\` for ${what}; expected 0 to ${count - 1}`)
  }
  return doc.getPage(page).ref
}

/** An explicit destination: the page at `top` keeping the zoom, or the whole page. */
export function destination(
  doc: PDFDocument,
  page: number,
  top: number | undefined,
  what: string,
  left?: number
): PDFObject {
  const ref = pageRef(doc, page, what)
  if (top === undefined) return doc.context.obj([ref, PDFName.of('Fit')])
  return doc.context.obj([ref, PDFName.of('XYZ'), left ?? PDFNull, top, PDFNull])
}

function countAll(entries: readonly OutlineEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + countAll(entry.children ?? []), 0)
}

/**
 * Links `entries` as siblings under `parent`; returns the first and last refs. Every item is
 * open, so each /Count is the number of its descendants.
 */
function link(
  doc: PDFDocument,
  entries: readonly OutlineEntry[],
  parent: PDFRef
): { first: PDFRef; last: PDFRef } | undefined {
  const { context } = doc
  const refs = entries.map(() => context.nextRef())
  for (const [index, entry] of entries.entries()) {
    const ref = refs[index] as PDFRef
    const item = context.obj({
      Title: textString(shownText(entry.title)),
      Parent: parent,
      Dest: destination(doc, entry.page, entry.top, `outline entry \`${entry.title}\``)
    })
    const previous = refs[index - 1]
    const next = refs[index + 1]
    if (previous) item.set(PDFName.of('Prev'), previous)
    if (next) item.set(PDFName.of('Next'), next)
    const children = link(doc, entry.children ?? [], ref)
    if (children) {
      item.set(PDFName.of('First'), children.first)
      item.set(PDFName.of('Last'), children.last)
      item.set(PDFName.of('Count'), context.obj(countAll(entry.children ?? [])))
    }
    context.assign(ref, item)
  }
  const first = refs[0]
  const last = refs[refs.length - 1]
  return first && last ? { first, last } : undefined
}

function check(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  for (const entry of entries) {
    pageRef(doc, entry.page, `outline entry \`${entry.title}\``)
    check(doc, entry.children ?? [])
  }
}

/** Sets the document's bookmarks to `entries` and opens the bookmarks panel. */
export function addOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  // Checked first, so a bad entry throws before any object is made.
  check(doc, entries)
  if (entries.length === 0) return
  const { context } = doc
  const root = context.nextRef()
  const items = link(doc, entries, root)
  if (!items) return
  context.assign(
    root,
    context.obj({
      Type: 'Outlines',
      First: items.first,
      Last: items.last,
      Count: countAll(entries)
    })
  )
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
