// A book written in several chapter files (`name.book.yaml`): the manifest read and checked, each
// chapter file found inside the project as a reader's sources are, and parsed with its own
// settings; their trees are joined into one edition in the order the manifest gives.
import { dirname, relative, resolve } from 'node:path'
import {
  everyProblem,
  isRecord,
  isUnder,
  type ManifestKind,
  manifestProblems,
  manifestWording,
  placeOf,
  readManifestText,
  readManifestYaml,
  reportYamlProblems,
  type YamlData,
  type YamlProblem
} from '@colophon/config'
import { type FileResult, joinTrees, parseFile } from '@colophon/parser'
import {
  type BookManifest,
  bookSchema,
  type Root,
  type SchemaProblem,
  validateBook
} from '@colophon/schema'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { ManifestOptions } from './manifest.js'
import { findProjectRoot, realFolder, resolveSource } from './paths.js'

const book: ManifestKind = {
  schema: bookSchema,
  wording: manifestWording('book-invalid'),
  hint: (required) =>
    required === 'title'
      ? 'add a `title` line, such as `title: A Field Guide`'
      : 'add `chapters`, a list of the chapter files in order, such as `- 01-introduction.md`'
}
const { wording } = book

/** A book manifest is a `.book.yaml` (or `.book.yml`) file. */
export function isBookManifest(path: string): boolean {
  return /\.book\.ya?ml$/i.test(path)
}

/** What `readBook` returns: the joined tree, when every file could be read, and every message. */
export interface BookResult extends FileResult {
  manifest: BookManifest | undefined
}

/**
 * Reads the book manifest at `path`, then each chapter file (by its path relative to the working
 * folder, as a manuscript named on the command line is), and joins their trees.
 */
export function readBook(path: string, options: ManifestOptions = {}): BookResult {
  const read = readBookManifest(path, options)
  const messages: VFileMessage[] = [...read.messages]
  const { manifest } = read
  if (!manifest) return { tree: undefined, messages, status: 'unreadable', manifest }
  // Named in the tree from the project root, so the book is the same from any working folder.
  const results: FileResult[] = read.chapters.map((chapter) =>
    parseFile(relative(process.cwd(), chapter) || chapter, { root: read.root })
  )
  for (const result of results) messages.push(...result.messages)
  const trees = results.flatMap((result) => (result.tree ? [titled(result)] : []))
  if (trees.length < results.length) {
    return { tree: undefined, messages, status: 'unreadable', manifest }
  }
  const language = manifest.language ?? trees[0]?.meta.language ?? 'en'
  const tree = joinTrees(trees, {
    title: manifest.title,
    language,
    ...(manifest.author ? { author: manifest.author } : {}),
    ...(manifest.work ? { work: manifest.work } : {})
  })
  // Checked with the first file's settings (its rules' severities, whether bodies are absent).
  const settings = { ...results[0]?.settings, title: manifest.title }
  const status = messages.some((message) => message.fatal === true) ? 'errors' : 'ok'
  const files = Object.assign({}, ...results.map((result) => result.files))
  return { tree, messages, settings, status, manifest, files }
}

/**
 * A file's tree, its one chapter titled with the file's own title when no heading gives one:
 * the title line of a plain text, or the title its settings or front matter give.
 */
function titled(result: FileResult): Root {
  const tree = result.tree as Root
  const [chapter, ...more] = tree.children
  const own =
    result.settings?.title !== undefined ||
    tree.omitted?.some((omission) => omission.reason === 'title') === true
  if (chapter && more.length === 0 && chapter.title === undefined && own)
    chapter.title = tree.meta.title
  return tree
}

/** The real paths of the chapter files the book manifest at `path` names and that exist. */
export function bookChapters(path: string, options: ManifestOptions = {}): string[] {
  return readBookManifest(path, options).chapters
}

/** The manifest, when it and every chapter file could be read, and the files' real paths. */
function readBookManifest(
  path: string,
  options: ManifestOptions
): {
  manifest: BookManifest | undefined
  messages: VFileMessage[]
  chapters: string[]
  root: string
} {
  const root =
    options.root === undefined ? findProjectRoot(path) : realFolder(resolve(options.root))
  const file = new VFile({ path })
  const text = readManifestText(file, path, wording)
  if (text === undefined) {
    return { manifest: undefined, messages: [...file.messages], chapters: [], root }
  }
  const problems: YamlProblem[] = []
  const chapters: string[] = []
  const data = readManifestYaml(text, problems, wording, 'a `title` and `chapters`')
  let manifest: BookManifest | undefined
  // Warnings (a lone surrogate read as U+FFFD) leave a manifest usable.
  if (data !== undefined && problems.every((problem) => problem.warning)) {
    const validation = validateBook(data.value)
    if (validation.ok) manifest = validation.value
    else {
      const found = isRecord(data.value) ? eachProblem(data.value) : validation.problems
      problems.push(...manifestProblems(found, data, book))
    }
    chapters.push(...chapterFiles(path, data, { ...options, root }, problems))
  }
  reportYamlProblems(file, text, problems)
  return {
    manifest: problems.every((problem) => problem.warning) ? manifest : undefined,
    messages: [...file.messages],
    chapters,
    root
  }
}

/** The chapter files the manifest names, found; a problem at each that cannot be read. */
function chapterFiles(
  path: string,
  data: YamlData,
  options: ManifestOptions,
  problems: YamlProblem[]
): string[] {
  const context = {
    folder: realFolder(dirname(resolve(path))),
    root: options.root ?? findProjectRoot(path),
    allowOutside: options.allowOutside === true
  }
  const written = isRecord(data.value) ? data.value.chapters : undefined
  if (!Array.isArray(written)) return []
  const found: string[] = []
  written.forEach((chapter: unknown, index) => {
    const pointer = `/chapters/${index}`
    if (typeof chapter !== 'string' || chapter === '' || isUnder(pointer, data.broken)) return
    const outcome = resolveSource(chapter, context)
    if (outcome.ok) {
      found.push(outcome.path)
      return
    }
    const place = placeOf(pointer, data, wording)
    problems.push({
      ruleId: bookRule[outcome.ruleId],
      start: place.node.range[0],
      end: place.node.range[1],
      reason: outcome.reason.replace(/^Source /, 'Chapter file '),
      actual: chapter
    })
  })
  return found
}

/** A chapter file's problem under the book's rule, as a reader's source is under the reader's. */
const bookRule = {
  'reader-path': 'book-path',
  'reader-source-missing': 'book-source-missing'
} as const

/** Every problem of a book manifest (see `everyProblem`). */
function eachProblem(manifest: Record<string, unknown>): SchemaProblem[] {
  return everyProblem(manifest, {
    minimal: { title: 'T', chapters: ['a.md'] },
    validate: validateBook,
    isList: () => false
  })
}
