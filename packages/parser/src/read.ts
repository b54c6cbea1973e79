// Reads a manuscript from disk with its sidecar settings and notes file, and parses it.
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { findSidecar, readSettings } from '@colophon/config'
import type { Root, Settings } from '@colophon/schema'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { formatOf, type ParseOptions, parse } from './parse.js'
import { maxBytes } from './shared/decode.js'
import { report } from './shared/messages.js'
import { findProjectRoot, sourceName } from './source-name.js'

/** Options of `parseFile`. */
export interface FileOptions {
  /**
   * The folder the tree's sources are named from (see `sourceName`): by default the manuscript's
   * project root, the nearest folder holding a `package.json` or `.git`; a reader's or a book's
   * manifest gives its own project's, so that a source is named the same whoever reads it.
   */
  root?: string
}

/** What `parseFile` returns. */
export interface FileResult {
  /** The tree, when the manuscript and its settings could be read. */
  tree: Root | undefined
  /** Every message: manuscript, settings, notes file. */
  messages: VFileMessage[]
  /** The settings in force, when the manuscript was parsed: its sidecar or its front matter. */
  settings?: Settings
  /** `unreadable`: a file or the settings could not be read; nothing was parsed. */
  status: 'ok' | 'errors' | 'unreadable'
  /**
   * Each file the tree was read from, by its name in the tree's sources: the path it was read by,
   * which messages name it by (for `check`'s `files`).
   */
  files?: Record<string, string>
}

/**
 * Parses the manuscript at `path` (plain text, or Markdown for `.md`, `.markdown`, `.mdown`, `.mkd`), with
 * `name.yaml` beside it as its settings. A Markdown manuscript's front matter takes the place
 * of the sidecar; a notes file is read for plain text only. Messages name the files by the
 * paths given; the tree names them from the project root (see `sourceName`), so it is the same
 * from any working folder.
 */
export function parseFile(path: string, fileOptions: FileOptions = {}): FileResult {
  const manuscript = readBytes(path)
  if ('message' in manuscript)
    return { tree: undefined, messages: [manuscript.message], status: 'unreadable' }

  const root = fileOptions.root ?? findProjectRoot(path)
  const options: ParseOptions = { path, name: sourceName(path, root) }
  const sidecar = findSidecar(path)
  if (sidecar) {
    const bytes = readBytes(sidecar)
    if ('message' in bytes)
      return { tree: undefined, messages: [bytes.message], status: 'unreadable' }
    const file = new VFile({ path: sidecar, value: Buffer.from(bytes.value).toString('utf8') })
    const settings = readSettings(file)
    if (!settings) return { tree: undefined, messages: [...file.messages], status: 'unreadable' }
    options.settings = settings
    if (settings.notes?.file && formatOf(path) === 'text') {
      const notesPath = join(dirname(path), settings.notes.file)
      const notes = readBytes(notesPath)
      if ('message' in notes)
        return { tree: undefined, messages: [notes.message], status: 'unreadable' }
      options.notes = { path: notesPath, value: notes.value, name: sourceName(notesPath, root) }
    }
  }
  const result = parse(manuscript.value, options)
  const messages = result.messages
  if (!result.tree) return { tree: undefined, messages, status: 'unreadable' }
  const files: Record<string, string> = {}
  for (const file of [options, options.notes]) {
    if (file?.name !== undefined && file.path !== undefined) files[file.name] = file.path
  }
  return {
    tree: result.tree,
    messages,
    settings: result.settings,
    status: messages.some((m) => m.fatal === true) ? 'errors' : 'ok',
    files
  }
}

/** The bytes of a file, or a message saying why they cannot be had. */
function readBytes(path: string): { value: Uint8Array } | { message: VFileMessage } {
  const file = new VFile({ path })
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) {
      return {
        message: report(
          file,
          'error',
          'file-unreadable',
          'Expected a file, found a folder; name a manuscript file',
          undefined
        )
      }
    }
    if (stat.size > maxBytes) {
      return {
        message: report(
          file,
          'error',
          'size-limit',
          `File is \`${(stat.size / 1e6).toFixed(1)} MB\`, over the limit of \`${maxBytes / 1024 / 1024} MiB\`; split it into several files (one per part or chapter)`,
          undefined
        )
      }
    }
    return { value: readFileSync(path) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'File not found; check the path'
        : code === 'EACCES'
          ? 'File cannot be read (permission denied); check its permissions'
          : `File cannot be read (\`${code ?? String(error)}\`)`
    return { message: report(file, 'error', 'file-unreadable', reason, undefined) }
  }
}
