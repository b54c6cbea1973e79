// The project's example reader (`source/great-terror.reader.yaml`) composed as `colophon build`
// composes it: the manifest read, its source parsed with its own settings, the excerpts joined.
import { join } from 'node:path'
import { parseFile } from '@colophon/parser'
import { compose, readManifest } from '@colophon/reader'
import type { Root } from '@colophon/schema'
import { repository } from './helpers.js'

export const exampleReaderPath = join(repository, 'source/great-terror.reader.yaml')

/** The example reader's tree; throws if the manifest or a source does not read. */
export function exampleReaderTree(): Root {
  const read = readManifest(exampleReaderPath)
  const manifest = read.manifest
  if (!manifest) throw new Error(`Expected the manifest ${exampleReaderPath} to read`)
  const trees = read.sources.map((source) => {
    const tree = parseFile(source.path, { root: read.root }).tree
    if (!tree) throw new Error(`Expected the source ${source.path} to parse`)
    return tree
  })
  const course = [manifest.course, manifest.term].filter((part) => part !== undefined)
  const { tree } = compose(manifest.entries, trees, {
    title: manifest.title,
    subtitle: manifest.subtitle,
    notice: manifest.notice,
    language: manifest.language,
    instructor: manifest.instructor,
    course: course.join(', ') || undefined,
    numbering: manifest.notes?.numbering,
    manifest: exampleReaderPath,
    places: read.selections,
    introductions: read.introductions
  })
  return tree
}
