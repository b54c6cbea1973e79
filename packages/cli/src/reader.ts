// A reader manifest for `colophon build`: the manifest read and checked (with its sources'
// paths), each source parsed with its own settings, and the excerpts composed into one tree,
// with the PDF's page and notes as the manifest asks.
import { basename, relative } from 'node:path'
import { type FileResult, parseFile } from '@colophon/parser'
import { compose, readManifest } from '@colophon/reader'
import type { Root, Settings } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'

/** A manifest is a `.reader.yaml` (or `.reader.yml`) file. */
export function isReaderManifest(path: string): boolean {
  return /\.reader\.ya?ml$/i.test(path)
}

/** The edition's name: `great-terror` of `great-terror.reader.yaml`. */
export function readerName(path: string): string {
  return basename(path).replace(/\.reader\.ya?ml$/i, '')
}

export interface ReaderResult extends FileResult {
  /** The manifest's trim size and note placement, for the PDF. */
  size?: string | undefined
  notes?: 'foot' | 'end' | 'book' | undefined
  /** Where the HTML edition puts the notes: after each chapter, or all after the last. */
  htmlNotes?: 'end' | 'book' | undefined
}

/** The manifest's note placements as the renderers name them. */
const placements = { foot: 'foot', chapter: 'end', reader: 'book' } as const

/** Reads the manifest at `path`, parses its sources and composes the reader. */
export function readReader(path: string, options: { allowOutsideRoot?: boolean }): ReaderResult {
  const read = readManifest(path, { allowOutside: options.allowOutsideRoot === true })
  if (!read.manifest) return { tree: undefined, messages: read.messages, status: 'unreadable' }
  const manifest = read.manifest
  const messages: VFileMessage[] = [...read.messages]
  const trees: Root[] = []
  const parsed = new Map<string, FileResult>()
  for (const source of read.sources) {
    // A source two entries share is parsed, and reported on, once.
    // Read by a path relative to the working folder, as a manuscript named on the command line
    // is, for messages; the edition names it from the manifest's project root, the same from
    // any working folder (a source outside the root by its file name).
    const path = relative(process.cwd(), source.path) || source.path
    let result = parsed.get(path)
    if (!result) {
      result = parseFile(path, { root: read.root })
      parsed.set(path, result)
      messages.push(...result.messages)
    }
    if (!result.tree) return { tree: undefined, messages, status: 'unreadable' }
    trees.push(result.tree)
  }
  const composed = compose(manifest.entries, trees, {
    title: manifest.title,
    subtitle: manifest.subtitle,
    notice: manifest.notice,
    language: manifest.language,
    instructor: manifest.instructor,
    course:
      [manifest.course, manifest.term].filter((part) => part !== undefined).join(', ') || undefined,
    numbering: manifest.notes?.numbering,
    manifest: path,
    places: read.selections,
    introductions: read.introductions
  })
  messages.push(...composed.messages)
  const failed = messages.some((message) => message.fatal === true)
  const placement = manifest.notes?.placement
  // Checked as a reader: notes absent when every source says so, and gaps in the note
  // numbers expected when excerpts keep the source's numbers.
  const absent = [...parsed.values()].every((result) => result.settings?.notes?.bodies === 'absent')
  const numbering = manifest.notes?.numbering ?? 'source'
  const settings: Settings = {
    title: manifest.title,
    notes: { bodies: absent ? 'absent' : 'present' },
    ...(numbering === 'source' ? { rules: { 'note-sequence': 'off' } } : {})
  }
  return {
    tree: composed.tree,
    messages,
    settings,
    status: failed ? 'errors' : 'ok',
    files: Object.assign({}, ...[...parsed.values()].map((result) => result.files)),
    size: manifest.page?.size,
    notes: placement === undefined ? undefined : placements[placement],
    htmlNotes: placement === 'reader' ? 'book' : undefined
  }
}
