// Trees to render and the book read back: the seed chapter, the parser's fixtures (a book in
// parts, notes with bodies, images), and an EPUB's files unzipped.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import type { Root } from '@colophon/schema'
import { unzipSync } from 'fflate'

export const repository = fileURLToPath(new URL('../../../', import.meta.url))
export const seedPath = join(repository, 'source', 'snyder-bloodlands-ch2-class-terror.txt')

let seed: Root | undefined

/** The first manuscript's tree. */
export function seedTree(): Root {
  if (!seed) {
    const result = parseFile(seedPath)
    if (!result.tree) throw new Error(`Expected a tree from ${seedPath}`)
    seed = result.tree
  }
  return structuredClone(seed)
}

/** The tree of one of the parser's plain-text fixtures, from its `output.json`. */
export function fixtureTree(name: string): Root {
  const path = join(repository, 'packages/parser/test/fixtures', name, 'output.json')
  return (JSON.parse(readFileSync(path, 'utf8')) as { tree: Root }).tree
}

/** The tree of one of the parser's Markdown fixtures. */
export function markdownTree(name: string): Root {
  const path = join(repository, 'packages/parser/test/fixtures-md', name, 'output.json')
  return (JSON.parse(readFileSync(path, 'utf8')) as { tree: Root }).tree
}

/** The files of an EPUB by path, text files as strings. */
export function unzip(epub: Uint8Array): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>()
  for (const [path, data] of Object.entries(unzipSync(epub))) {
    files.set(
      path,
      /\.(?:xhtml|opf|css|xml)$|^mimetype$/.test(path) ? Buffer.from(data).toString('utf8') : data
    )
  }
  return files
}

/** The text of the file at `path` of an unzipped EPUB. */
export function textOf(files: Map<string, string | Uint8Array>, path: string): string {
  const file = files.get(path)
  if (typeof file !== 'string') throw new Error(`Expected the text file ${path}`)
  return file
}
