// The /Names /Dests name tree read and written as one map, so destinations kept by `stitch`
// and those added later by `addNamedDestinations` share a single, sorted tree.
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString
} from 'pdf-lib'
import { byteString } from './text.js'

// Entries per leaf: viewers binary-search the leaves by their /Limits.
const LEAF_SIZE = 128

export function decodeKey(key: PDFString | PDFHexString): string {
  const bytes = key.asBytes()
  // A key written as a text string (UTF-16BE with a byte-order mark) by another producer.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return key.decodeText()
  return new TextDecoder().decode(bytes)
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0)
    if (difference !== 0) return difference
  }
  return a.length - b.length
}

function namesDict(doc: PDFDocument): PDFDict | undefined {
  return doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)
}

/** Every entry of the name tree, with the refs of its nodes (to be replaced on write). */
export function readNameTree(
  doc: PDFDocument,
  root: PDFObject | undefined
): { entries: Map<string, PDFObject>; nodes: PDFRef[] } {
  const entries = new Map<string, PDFObject>()
  const nodes: PDFRef[] = []
  const seen = new Set<PDFRef>()
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) {
      if (seen.has(object)) return
      seen.add(object)
      nodes.push(object)
    }
    const node = object === undefined ? undefined : doc.context.lookup(object)
    if (!(node instanceof PDFDict)) return
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
    if (names) {
      for (let index = 0; index + 1 < names.size(); index += 2) {
        const key = names.lookup(index)
        if (key instanceof PDFString || key instanceof PDFHexString) {
          entries.set(decodeKey(key), names.get(index + 1))
        }
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
    if (kids) for (let index = 0; index < kids.size(); index++) visit(kids.get(index))
  }
  visit(root)
  return { entries, nodes }
}

/** The named destinations of the document's /Names /Dests tree. */
export function readDests(doc: PDFDocument): Map<string, PDFObject> {
  return readNameTree(doc, namesDict(doc)?.get(PDFName.of('Dests'))).entries
}

/** Replaces the /Names /Dests tree with `dests`, keys sorted by their bytes. */
export function writeDests(doc: PDFDocument, dests: ReadonlyMap<string, PDFObject>): void {
  const { context } = doc
  const names = namesDict(doc) ?? context.obj({})
  const current = names.get(PDFName.of('Dests'))
  // The root keeps its object number; the old leaves go, so no orphan is written out.
  for (const ref of readNameTree(doc, current).nodes) if (ref !== current) context.delete(ref)

  const sorted = [...dests]
    .map(([name, value]) => ({
      key: byteString(name),
      bytes: new TextEncoder().encode(name),
      value
    }))
    .sort((a, b) => compareBytes(a.bytes, b.bytes))
  if (sorted.length === 0) {
    if (current instanceof PDFRef) context.delete(current)
    names.delete(PDFName.of('Dests'))
    if (names.keys().length === 0) doc.catalog.delete(PDFName.of('Names'))
    return
  }

  const pairs = (slice: typeof sorted): PDFArray =>
    context.obj(slice.flatMap(({ key, value }) => [key, value]))
  let root: PDFDict
  if (sorted.length <= LEAF_SIZE) {
    root = context.obj({ Names: pairs(sorted) })
  } else {
    const kids: PDFRef[] = []
    for (let start = 0; start < sorted.length; start += LEAF_SIZE) {
      const slice = sorted.slice(start, start + LEAF_SIZE)
      const first = slice[0]
      const last = slice[slice.length - 1]
      if (!first || !last) continue
      const leaf = context.obj({ Limits: [first.key, last.key], Names: pairs(slice) })
      kids.push(context.register(leaf))
    }
    root = context.obj({ Kids: kids })
  }
  const rootRef = current instanceof PDFRef ? current : context.nextRef()
  context.assign(rootRef, root)
  names.set(PDFName.of('Dests'), rootRef)
  if (!doc.catalog.has(PDFName.of('Names'))) doc.catalog.set(PDFName.of('Names'), names)
}

/** The explicit destination array a destination value stands for, if any. */
export function destArray(doc: PDFDocument, value: PDFObject | undefined): PDFArray | undefined {
  const resolved = value === undefined ? undefined : doc.context.lookup(value)
  if (resolved instanceof PDFArray) return resolved
  if (resolved instanceof PDFDict) return resolved.lookupMaybe(PDFName.of('D'), PDFArray)
  return undefined
}
