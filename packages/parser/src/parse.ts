// `parse`: bytes or text of a manuscript (plain text or Markdown) in, the edition AST and its
// messages out.
import { createHash } from 'node:crypto'
import { sortMessages } from '@colophon/diagnostics'
import { type Root, type Settings, type SourceFile, validateSettings } from '@colophon/schema'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { colophonMarkdown, colophonText } from './plugin.js'
import { decode, type Encoding } from './shared/decode.js'
import type { ImageReader } from './shared/images.js'
import { report } from './shared/messages.js'
import { reportOddities } from './shared/oddities.js'
import { positioner } from './shared/positions.js'

/** How a manuscript is written. */
export type Format = SourceFile['format']

/** Options of `parse`. */
export interface ParseOptions {
  /** Path of the manuscript, for messages, and for the tree's sources unless `name` is given. */
  path?: string
  /**
   * How the tree's sources name the manuscript, when not by `path`: `parseFile` gives its path
   * from the project root, so that no folder of the building machine reaches an edition.
   */
  name?: string
  /**
   * How the manuscript is written: `text`, or `markdown` (the default for a path ending in
   * `.md`, `.markdown`, `.mdown` or `.mkd`).
   */
  format?: Format
  /** Settings (the sidecar's content); validated, and a TypeError if invalid. */
  settings?: Settings
  /** Encoding of byte input when not UTF-8; overrides `settings.encoding`. */
  encoding?: Encoding
  /** A separate file of note bodies (plain text only); `name` as for the manuscript. */
  notes?: { path: string; value: string | Uint8Array; name?: string }
  /**
   * Reads the file of a Markdown image, its path as written (relative to the manuscript); by
   * default from disk, relative to `path`. Undefined: there is no such file.
   */
  readImage?: ImageReader
}

/** What `parse` returns. */
export interface ParseResult {
  /** The tree, or `undefined` when the input could not be read at all (see `messages`). */
  tree: Root | undefined
  /** The manuscript as a vfile: its decoded text and its messages. */
  file: VFile
  /** Every message, of the manuscript and of its notes file, in order of place. */
  messages: VFileMessage[]
  /** The settings in force: those given, or a Markdown manuscript's front matter. */
  settings: Settings
}

/**
 * Parses a manuscript, plain text or Markdown. Problems in the manuscript are messages, never
 * exceptions; misuse (bad options) throws a TypeError.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('parse: expected the manuscript as a string or a Uint8Array')
  }
  const settings = options.settings ?? {}
  const valid = validateSettings(settings)
  if (!valid.ok) {
    const first = valid.problems[0]
    throw new TypeError(
      `parse: invalid settings: \`${first?.path || '/'}\` ${first?.message ?? ''}`
    )
  }
  const format = options.format ?? formatOf(options.path ?? '')
  if (format !== 'text' && format !== 'markdown') {
    throw new TypeError(`parse: unknown format \`${String(format)}\`; use \`text\` or \`markdown\``)
  }
  const path = options.path ?? (format === 'markdown' ? 'manuscript.md' : 'manuscript.txt')
  const file = new VFile({ path })
  const encoding = options.encoding ?? settings.encoding

  const text = read(file, input, encoding)
  if (text === undefined) return { tree: undefined, file, messages: [...file.messages], settings }
  file.value = text.value
  const source: SourceFile = { path: options.name ?? path, format, sha256: sha256(input) }

  if (format === 'markdown') {
    if (options.notes && !settings.notes?.file) {
      report(
        file,
        'warning',
        'settings-unsupported',
        'A notes file is not read for a Markdown manuscript; write its notes as footnote definitions (`[^1]: …`) in the manuscript',
        undefined
      )
    }
    const processor = unified().use(colophonMarkdown, {
      source,
      controls: text.controls,
      encoding: text.encoding,
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.readImage ? { readImage: options.readImage } : {})
    })
    const tree = processor.parse(file)
    reportEmpty(file)
    file.messages = sortMessages(file.messages, file.path)
    const found = (file.data as { settings?: Settings }).settings ?? settings
    return { tree, file, messages: [...file.messages], settings: found }
  }

  const notes = options.notes
    ? readNotes(file, options.notes, encoding, settings.language)
    : undefined

  if (settings.notes?.labels) {
    report(
      file,
      'warning',
      'settings-unsupported',
      'Setting `notes.labels` is read for a Markdown manuscript only; the notes of a plain text are printed as written',
      undefined
    )
  }
  const processor = unified().use(colophonText, {
    settings,
    source,
    controls: text.controls,
    encoding: text.encoding,
    ...(notes ? { notes } : {})
  })
  const tree = processor.parse(file)
  reportEmpty(file)
  file.messages = sortMessages(file.messages, file.path)
  const messages = [...file.messages, ...(notes ? sortMessages(notes.file.messages) : [])]
  return { tree, file, messages, settings }
}

/**
 * A separate notes file, decoded, with its source entry; undefined when it cannot be decoded,
 * its messages then moved to `file`.
 */
function readNotes(
  file: VFile,
  given: NonNullable<ParseOptions['notes']>,
  encoding: Encoding | undefined,
  language: string | undefined
): { file: VFile; source: SourceFile } | undefined {
  const notesFile = new VFile({ path: given.path })
  const notesText = read(notesFile, given.value, encoding)
  if (notesText === undefined) {
    file.messages.push(...notesFile.messages)
    return undefined
  }
  notesFile.value = notesText.value
  // The notes file's controls, invisible characters and doubly encoded text, at their places in it.
  const { value, controls } = notesText
  reportOddities(
    notesFile,
    value,
    { controls, encoding: notesText.encoding, language },
    positioner(value)
  )
  return {
    file: notesFile,
    source: { path: given.name ?? given.path, format: 'text', sha256: sha256(given.value) }
  }
}

/** The extensions of Markdown manuscripts. */
export const markdownExtensions: readonly string[] = ['.md', '.markdown', '.mdown', '.mkd']

/** The format a path's extension names: `.md`, `.markdown`, `.mdown`, `.mkd` are Markdown. */
export function formatOf(path: string): Format {
  const lower = path.toLowerCase()
  return markdownExtensions.some((extension) => lower.endsWith(extension)) ? 'markdown' : 'text'
}

/** Decodes input into text, or reports why it cannot on `file`. */
function read(
  file: VFile,
  input: string | Uint8Array,
  encoding: Encoding | undefined
): { value: string; controls: number[]; encoding: Encoding } | undefined {
  const bytes = typeof input === 'string' ? undefined : input
  if (bytes === undefined) {
    const asBytes = Buffer.from(input as string, 'utf8')
    const decoded = decode(asBytes)
    if (!decoded.ok) {
      report(file, 'error', decoded.ruleId, decoded.reason, undefined)
      return undefined
    }
    return { value: decoded.text, controls: decoded.controls, encoding: decoded.encoding }
  }
  const decoded = decode(bytes, encoding)
  if (!decoded.ok) {
    const place = decoded.place
      ? { line: decoded.place.line, column: decoded.place.column }
      : undefined
    report(file, 'error', decoded.ruleId, decoded.reason, place)
    return undefined
  }
  if (decoded.bom && decoded.encoding === 'utf-8') {
    report(
      file,
      'info',
      'encoding-bom',
      'Byte-order mark at the start of the file; it is not part of the text',
      undefined
    )
  }
  return { value: decoded.text, controls: decoded.controls, encoding: decoded.encoding }
}

/** A manuscript with no text at all, whatever its format, is worth a warning. */
function reportEmpty(file: VFile): void {
  const text = String(file.value)
  if (text.trim().length > 0) return
  report(
    file,
    'warning',
    'text-empty',
    'Manuscript is empty; add its text or remove the file',
    positioner(text)(0, text.length)
  )
}

function sha256(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex')
}
