// What a path on the command line is read as: a reader manifest (`name.reader.yaml`), a book in
// several chapter files (`name.book.yaml`), or a manuscript; and the name of its edition.
import { basename, extname } from 'node:path'
import { parseFile } from '@colophon/parser'
import { isBookManifest, readBook } from '@colophon/reader'
import { isReaderManifest, type ReaderResult, readerName, readReader } from './reader.js'

/** Reads the edition at `path`: composed, joined or parsed. */
export function readEdition(path: string, options: { allowOutsideRoot?: boolean }): ReaderResult {
  if (isReaderManifest(path)) return readReader(path, options)
  if (isBookManifest(path)) {
    const { manifest: _, ...result } = readBook(path, {
      allowOutside: options.allowOutsideRoot === true
    })
    return result
  }
  return parseFile(path)
}

/** The edition's name: `field-guide` of `field-guide.book.yaml`, `notes` of `notes.md`. */
export function editionName(path: string): string {
  if (isReaderManifest(path)) return readerName(path)
  if (isBookManifest(path)) return basename(path).replace(/\.book\.ya?ml$/i, '')
  return basename(path, extname(path))
}
