// The files an edition is made from, known before it is built, so that a build tool can tell
// whether the edition must be made again: the manuscript, its settings and notes file, the
// images a Markdown manuscript may embed, and for a reader or a book, its manifest and each
// source's or chapter's own files.
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { findSidecar } from '@colophon/config'
import { formatOf } from '@colophon/parser'
import { bookChapters, isBookManifest, readManifest } from '@colophon/reader'
import { settingsOf } from './manuscripts.js'
import { isReaderManifest } from './reader.js'

/**
 * The files the edition at `path` reads, as absolute paths, sorted, each once. A file that may
 * be read but does not exist (a notes file the settings name) is listed all the same, so that
 * creating it makes the edition again.
 */
export function editionInputs(path: string): string[] {
  const found = new Set<string>()
  addInputs(resolve(path), found)
  return [...found].sort()
}

function addInputs(path: string, found: Set<string>): void {
  if (found.has(path)) return
  found.add(path)
  if (isReaderManifest(path)) {
    for (const source of readManifest(path, { allowOutside: true }).sources) {
      addInputs(source.path, found)
    }
    return
  }
  if (isBookManifest(path)) {
    for (const chapter of bookChapters(path, { allowOutside: true })) addInputs(chapter, found)
    return
  }
  const sidecar = findSidecar(path)
  if (sidecar) found.add(resolve(sidecar))
  const notes = settingsOf(path)?.notes?.file
  if (notes) found.add(resolve(dirname(path), notes))
  if (formatOf(path) === 'markdown') for (const file of imagesBeside(path)) found.add(file)
}

/**
 * Every file under a Markdown manuscript's folder that could be one of its images: an image is
 * known by its bytes, not its name, and must lie inside that folder, so every file there that is
 * not a manuscript, a manifest or settings is taken (more than the images it names, never less).
 */
function imagesBeside(manuscript: string): string[] {
  const files: string[] = []
  const walk = (folder: string) => {
    if (!existsSync(folder)) return
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && !isText(entry.name)) files.push(path)
    }
  }
  walk(dirname(resolve(manuscript)))
  return files
}

/** Manuscripts, manifests and settings: text files no image is read from. */
function isText(name: string): boolean {
  return /\.(?:txt|ya?ml)$/i.test(name) || formatOf(name) === 'markdown'
}
