// Which manuscripts the paths on the command line name: files as they are, every manuscript in a
// folder (recursively), and globs.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { findSidecar, readSettings } from '@colophon/config'
import { formatOf } from '@colophon/parser'
import { bookChapters, isBookManifest } from '@colophon/reader'
import type { Settings } from '@colophon/schema'
import { glob, isDynamicPattern } from 'tinyglobby'
import { VFile } from 'vfile'

/** What the paths name: manuscripts in order, and the paths that named none. */
export interface Found {
  files: string[]
  unmatched: string[]
}

/**
 * Whether a file found in a folder or by a glob is a manuscript (`.txt`, not notes, or Markdown:
 * `.md`, `.markdown`, `.mdown`, `.mkd`), a reader manifest (`name.reader.yaml`) or a book's
 * (`name.book.yaml`).
 */
function isManuscript(name: string): boolean {
  if (/\.(?:reader|book)\.ya?ml$/i.test(name)) return true
  if (formatOf(name) === 'markdown') return true
  return extname(name).toLowerCase() === '.txt' && !name.endsWith('.notes.txt')
}

/**
 * The manuscripts named by `paths`. A file is taken as it is, even one that does not exist (the
 * check then reports it as unreadable); a folder gives every manuscript inside it, skipping
 * `node_modules`, dot-folders and the notes files that settings name; a glob gives the
 * manuscripts it matches. Each file comes once, in the order first named.
 */
export async function findManuscripts(paths: readonly string[]): Promise<Found> {
  const files: string[] = []
  const unmatched: string[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    const key = resolve(path)
    if (seen.has(key)) return
    seen.add(key)
    files.push(path)
  }
  for (const path of paths) {
    let found: string[]
    if (existsSync(path) && statSync(path).isDirectory()) {
      found = withoutNotesFiles(walk(path))
    } else if (existsSync(path) || !isDynamicPattern(path)) {
      found = [path]
    } else {
      const matches = await glob(path, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        absolute: isAbsolute(path),
        ignore: ['**/node_modules/**']
      })
      found = withoutNotesFiles(matches.filter(isManuscript).sort())
    }
    if (found.length === 0) unmatched.push(path)
    for (const file of found) add(file)
  }
  return { files, unmatched }
}

/** Every manuscript under `folder`, in sorted order. */
function walk(folder: string): string[] {
  const found: string[] = []
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...walk(path))
    else if (entry.isFile() && isManuscript(entry.name)) found.push(path)
  }
  return found
}

/**
 * Drops the files that another manuscript's settings name as its notes file (`notes.file`), and
 * the chapter files of a book manifest among them: they are read as part of it.
 */
function withoutNotesFiles(files: readonly string[]): string[] {
  const parts = new Set<string>()
  for (const file of files) {
    if (isBookManifest(file)) {
      for (const chapter of bookChapters(file)) parts.add(chapter)
      continue
    }
    const notesFile = settingsOf(file)?.notes?.file
    if (notesFile) parts.add(realPath(resolve(dirname(file), notesFile)))
  }
  return files.filter((file) => !parts.has(realPath(resolve(file))))
}

/** `path` with its links resolved, or as it is when it cannot be. */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/**
 * The settings of a manuscript from its sidecar: `{}` without one, `undefined` when they cannot
 * be read (the parser reports why, with line and column, when it reads the manuscript).
 */
export function settingsOf(manuscript: string): Settings | undefined {
  const sidecar = findSidecar(manuscript)
  if (!sidecar) return {}
  try {
    return readSettings(new VFile({ path: sidecar, value: readFileSync(sidecar, 'utf8') }))
  } catch {
    return undefined
  }
}
