// The book's fonts as files of their own (`fonts/source-serif-4-latin-400-normal.woff2`): the
// faces the HTML edition embeds for the same tree, read from their @fontsource packages, and
// the `@font-face` rules that name them.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { faceRule, fontFilesFor } from '@colophon/render-html'
import type { Root } from '@colophon/schema'

export interface Resource {
  /** Path inside the book's folder (`OEBPS/`). */
  href: string
  mediaType: string
  data: Uint8Array
}

const read = new Map<string, Uint8Array>()

/** The font files of `tree`'s edition and their `@font-face` rules. */
export function fontsOf(tree: Root): { files: Resource[]; rules: string } {
  const files: Resource[] = []
  const rules: string[] = []
  for (const file of fontFilesFor(tree)) {
    const href = `fonts/${basename(file.path)}`
    let data = read.get(file.path)
    if (data === undefined) {
      data = new Uint8Array(readFileSync(file.path))
      read.set(file.path, data)
    }
    files.push({ href, mediaType: 'font/woff2', data })
    rules.push(faceRule(file, href))
  }
  return { files, rules: rules.join('\n') }
}
