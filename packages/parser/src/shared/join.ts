// A book written in several files, joined into one tree: the chapters of each file's tree one
// after another, numbered anew as chapters of one book. A reference that a file pointed at a
// note in another of its own chapters (see `pointElsewhere`) still points at that chapter.
import type { Chapter, FootnoteReference, Omission, Root } from '@colophon/schema'
import { assignIds, citations, referencesIn } from './finish.js'

/** A reference to a note in another chapter of its file: that chapter, and the note's key. */
interface Pointer {
  reference: FootnoteReference
  target: Chapter
  key: string
}

/** One tree of the chapters of `trees`, in order, under `meta`; the trees are used up. */
export function joinTrees(trees: readonly Root[], meta: Omit<Root['meta'], 'sources'>): Root {
  const chapters: Chapter[] = []
  const pointers: Pointer[] = []
  const omitted: Omission[] = []
  for (const tree of trees) {
    pointers.push(...pointersOf(tree))
    chapters.push(...tree.children)
    const file = tree.meta.sources[0]?.path
    for (const omission of tree.omitted ?? [])
      omitted.push(file === undefined ? omission : { ...omission, file })
  }
  assignIds(chapters)
  for (const { reference, target, key } of pointers) reference.identifier = `${target.id}-${key}`
  if (pointers.length > 0) for (const chapter of chapters) citations(chapter)
  const sources = trees.flatMap((tree) => tree.meta.sources)
  const root: Root = { type: 'root', meta: { ...meta, sources }, children: chapters }
  if (omitted.length > 0) root.omitted = omitted
  return root
}

/** The references of `tree` to a note of another of its chapters (`c3-n7` cited in `c2`). */
function pointersOf(tree: Root): Pointer[] {
  const byId = new Map(tree.children.map((chapter) => [chapter.id, chapter]))
  const pointers: Pointer[] = []
  for (const chapter of tree.children) {
    for (const reference of referencesIn(chapter)) {
      const prefixed = /^(c[0-9]+)-(.+)$/.exec(reference.identifier)
      const target =
        prefixed && prefixed[1] !== chapter.id ? byId.get(prefixed[1] as string) : undefined
      if (target) pointers.push({ reference, target, key: prefixed?.[2] as string })
    }
  }
  return pointers
}
