// Reads a reader's manifest (`reader.yaml`), checks it against the schema and finds its sources,
// reporting each problem at the YAML node where it can be fixed. The YAML is read by
// @colophon/config, as a manuscript's settings are: bounded depth and alias expansion, values
// traced to nodes.
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
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
import {
  type ReaderManifest,
  readerSchema,
  type SchemaProblem,
  validateReader
} from '@colophon/schema'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { VFileMessage } from 'vfile-message'
import {
  findProjectRoot,
  type ResolvedSource,
  realFolder,
  resolveSource,
  type SourceContext,
  show
} from './paths.js'

/** Options of `readManifest`. */
export interface ManifestOptions {
  /** The folder sources must stay inside; by default the manifest's project (see `findProjectRoot`). */
  root?: string
  /** Allow sources outside `root`: absolute paths, `..` and links leading out. Off by default. */
  allowOutside?: boolean
}

/** What `readManifest` returns. */
export interface ManifestResult {
  /** The manifest, when it and every source could be read without a problem. */
  manifest: ReaderManifest | undefined
  /** Every problem, each a fatal message on the manifest at the offending value. */
  messages: VFileMessage[]
  /** The sources that were found, in the order of the entries. */
  sources: ResolvedSource[]
  /** Where each entry's `select` (else the entry) is in the manifest, for messages about it. */
  selections: ({ line: number; column: number } | undefined)[]
  /** Where each entry's `introduction` is in the manifest (its key), for warnings about it. */
  introductions: ({ line: number; column: number } | undefined)[]
  /** The project root: sources must lie inside it, and the edition names them from it. */
  root: string
}

const reader: ManifestKind = {
  schema: readerSchema,
  wording: manifestWording('reader-invalid'),
  hint: (required) =>
    required === 'title'
      ? 'add a `title` line, such as `title: Readings in European History`'
      : required === 'entries'
        ? 'add `entries`, a list of items like `- source: chapter.txt`'
        : 'add the path of its manuscript, relative to the manifest, such as `source: chapter.txt`'
}
const { wording } = reader

/**
 * Reads the manifest at `path` and resolves each entry's source against the manifest's folder.
 * Problems in the manifest become messages, never exceptions; a `path` that is not a string,
 * or a `root` that is not a folder, throws.
 */
export function readManifest(path: string, options: ManifestOptions = {}): ManifestResult {
  const context = manifestContext(path, options)

  const file = new VFile({ path })
  const text = readManifestText(file, path, wording)
  if (text === undefined) {
    return {
      manifest: undefined,
      messages: [...file.messages],
      sources: [],
      selections: [],
      introductions: [],
      root: context.root
    }
  }

  const problems: YamlProblem[] = []
  const sources: ResolvedSource[] = []
  const data = readManifestYaml(text, problems, wording, 'a `title` and `entries`')
  let manifest: ReaderManifest | undefined
  // Warnings (a lone surrogate read as U+FFFD) leave a manifest usable.
  if (data !== undefined && problems.every((problem) => problem.warning)) {
    const validation = validateReader(data.value)
    if (validation.ok) manifest = validation.value
    else {
      const found = isRecord(data.value) ? eachProblem(data.value) : []
      problems.push(
        ...manifestProblems(found.length > 0 ? found : validation.problems, data, reader)
      )
    }
    // Sources are checked even when other fields have problems, so one reading reports them all.
    const full: SourceContext = {
      ...context,
      folder: realFolder(dirname(resolve(path)))
    }
    writtenSources(data).forEach((written, index) => {
      if (written === undefined) return
      const outcome = resolveSource(written, full)
      if (outcome.ok) {
        sources.push({ entry: index, path: outcome.path, relative: written })
        return
      }
      const place = placeOf(`/entries/${index}/source`, data, wording)
      problems.push({
        ruleId: outcome.ruleId,
        start: place.node.range[0],
        end: place.node.range[1],
        reason: outcome.reason,
        actual: written
      })
    })
  }

  reportYamlProblems(file, text, problems)
  const toPoint = location(text).toPoint
  const clamp = (offset: number) => toPoint(Math.min(Math.max(offset, 0), text.length))
  const entries =
    data && isRecord(data.value) && Array.isArray(data.value.entries) ? data.value.entries : []
  const selections = entries.map((_: unknown, index: number) => {
    const place =
      data?.places.get(`/entries/${index}/select`) ?? data?.places.get(`/entries/${index}`)
    const point = place ? clamp(place.node.range[0]) : undefined
    return point ? { line: point.line, column: point.column } : undefined
  })
  const introductions = entries.map((_: unknown, index: number) => {
    const place = data?.places.get(`/entries/${index}/introduction`)
    const point = place ? clamp((place.key ?? place.node).range[0]) : undefined
    return point ? { line: point.line, column: point.column } : undefined
  })
  return {
    manifest: problems.every((problem) => problem.warning) ? manifest : undefined,
    messages: [...file.messages],
    sources,
    selections,
    introductions,
    root: context.root
  }
}

/** Where sources are looked for, from `readManifest`'s arguments; misuse throws. */
function manifestContext(path: string, options: ManifestOptions): Omit<SourceContext, 'folder'> {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError('Expected `path` to be the path of a manifest')
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('Expected `options` to be an object')
  }
  const { root, allowOutside } = options
  if (root !== undefined && typeof root !== 'string') {
    throw new TypeError('Expected `options.root` to be a string')
  }
  if (allowOutside !== undefined && typeof allowOutside !== 'boolean') {
    throw new TypeError('Expected `options.allowOutside` to be a boolean')
  }
  return {
    root: root === undefined ? findProjectRoot(path) : rootFolder(root),
    allowOutside: allowOutside === true
  }
}

/** Each entry's `source` as written, or undefined where it is not text the schema accepts. */
function writtenSources(data: YamlData): Array<string | undefined> {
  const entries = isRecord(data.value) ? data.value.entries : undefined
  if (!Array.isArray(entries)) return []
  return entries.map((entry: unknown, index) => {
    const source = isRecord(entry) && Object.hasOwn(entry, 'source') ? entry.source : undefined
    const broken = isUnder(`/entries/${index}/source`, data.broken)
    return typeof source === 'string' && source !== '' && !broken ? source : undefined
  })
}

function rootFolder(root: string): string {
  const folder = realFolder(resolve(root))
  let isFolder = false
  try {
    isFolder = statSync(folder).isDirectory()
  } catch {}
  if (!isFolder) throw new TypeError(`Expected \`options.root\` to be a folder: \`${show(root)}\``)
  return folder
}

/** Every problem of a reader manifest (see `everyProblem`). */
function eachProblem(manifest: Record<string, unknown>): SchemaProblem[] {
  return everyProblem(manifest, {
    minimal: { title: 'T', entries: [{ source: 'a.txt' }] },
    validate: validateReader,
    isList: (key) => key === 'entries'
  })
}
