// Reads a reader's manifest (`reader.yaml`), checks it against the schema and finds its sources,
// reporting each problem at the YAML node where it can be fixed. The YAML is read as the parser
// reads a manuscript's settings: bounded depth and alias expansion, values traced to nodes.
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import {
  defineKey,
  isRecord,
  isUnder,
  kindOf,
  parseYaml,
  placeOf,
  problemsOneByOne,
  reportYamlProblems,
  type SchemaNode,
  segmentsOf,
  showValue,
  toYamlData,
  unknownPropertyProblem,
  valueOffset,
  type YamlData,
  type YamlProblem,
  type YamlWording
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
import { isScalar } from 'yaml'
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

const origin = 'colophon'
/** A manifest lists a few dozen entries; anything this large is not one. */
const maxBytes = 1024 * 1024

const rootSchema: SchemaNode = readerSchema

/** How problems of a manifest are worded, under the rule `ruleId`. */
export function manifestWording(ruleId: string): YamlWording {
  return { ...wording, ruleId }
}

const wording: YamlWording = {
  ruleId: 'reader-invalid',
  subject: 'Manifest',
  plural: false,
  inner: 'a manifest',
  field: 'Field',
  stringNoun: 'the text',
  width: 80,
  unknownKey: (label, list, near) =>
    near === undefined
      ? `Unknown field \`${label}\`, expected one of ${list}; remove it or check its spelling`
      : `Unknown field \`${label}\`, expected one of ${list}; rename it to \`${near}\` or remove it`
}

/**
 * Reads the manifest at `path` and resolves each entry's source against the manifest's folder.
 * Problems in the manifest become messages, never exceptions; a `path` that is not a string,
 * or a `root` that is not a folder, throws.
 */
export function readManifest(path: string, options: ManifestOptions = {}): ManifestResult {
  const context = manifestContext(path, options)

  const file = new VFile({ path })
  const text = readText(file, path, wording)
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
  const data = readYaml(text, problems, wording, 'a `title` and `entries`')
  let manifest: ReaderManifest | undefined
  // Warnings (a lone surrogate read as U+FFFD) leave a manifest usable.
  if (data !== undefined && problems.every((problem) => problem.warning)) {
    const validation = validateReader(data.value)
    if (validation.ok) manifest = validation.value
    else {
      const found = isRecord(data.value) ? eachProblem(data.value) : []
      schemaProblems(found.length > 0 ? found : validation.problems, data, problems)
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

/** The manifest's text, or undefined with a message on `file` saying why it cannot be had. */
export function readText(file: VFile, path: string, words: YamlWording): string | undefined {
  let bytes: Uint8Array
  const fail = (ruleId: string, reason: string): undefined => {
    file.message(reason, { ruleId, source: origin }).fatal = true
    return undefined
  }
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) {
      return fail('file-unreadable', 'Expected a manifest file, found a folder; name the file')
    }
    if (stat.size > maxBytes) {
      return fail(
        'size-limit',
        `Manifest is \`${(stat.size / 1e6).toFixed(1)} MB\`, over the limit of \`1 MiB\`; a manifest lists entries, so check that this is the right file`
      )
    }
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return fail(
      'file-unreadable',
      code === 'ENOENT'
        ? 'File not found; check the path'
        : code === 'EACCES'
          ? 'File cannot be read (permission denied); check its permissions'
          : `File cannot be read (\`${show(code ?? String(error))}\`)`
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    file.message('Manifest is not valid UTF-8; save it as UTF-8', {
      place: { line: 1, column: 1 },
      ruleId: words.ruleId,
      source: origin
    }).fatal = true
    return undefined
  }
}

/** The manifest's YAML as data, or undefined when it is empty (`expected`: what it should hold). */
export function readYaml(
  text: string,
  problems: YamlProblem[],
  words: YamlWording,
  expected: string
): YamlData | undefined {
  const doc = parseYaml(text, words, problems)
  if (doc === undefined) return undefined
  const root = doc.contents
  if (root === null || (isScalar(root) && root.value === null)) {
    problems.push({
      ruleId: words.ruleId,
      start: 0,
      reason: `Manifest is empty, expected ${expected}; add them, one \`name: value\` per line`
    })
    return undefined
  }
  return toYamlData(doc, root, words, problems)
}

/** Every problem of a reader manifest (see `everyProblem`). */
function eachProblem(manifest: Record<string, unknown>): SchemaProblem[] {
  return everyProblem(manifest, {
    minimal: { title: 'T', entries: [{ source: 'a.txt' }] },
    validate: validateReader,
    isList: (key) => key === 'entries'
  })
}

/**
 * Every problem of a manifest, not only the schema's first: each required field missing, then
 * each field on its own (in `minimal`, the smallest valid manifest, in place of its own), and
 * each item of the lists `isList` names.
 */
export function everyProblem(
  manifest: Record<string, unknown>,
  schema: {
    minimal: Record<string, unknown>
    validate: (value: unknown) => { ok: true } | { ok: false; problems: SchemaProblem[] }
    isList: (key: string) => boolean
  }
): SchemaProblem[] {
  const found: SchemaProblem[] = []
  for (const key of Object.keys(schema.minimal)) {
    if (!Object.hasOwn(manifest, key)) {
      found.push({
        path: '',
        message: `must have required property '${key}'`,
        keyword: 'required',
        params: { missingProperty: key }
      })
    }
  }
  const standIn = (key: string, value: unknown): Record<string, unknown> => {
    const alone: Record<string, unknown> = structuredClone(schema.minimal)
    defineKey(alone, key, value)
    return alone
  }
  return [...found, ...problemsOneByOne(manifest, schema.validate, standIn, schema.isList)]
}

function schemaProblems(found: SchemaProblem[], data: YamlData, problems: YamlProblem[]): void {
  for (const problem of found) {
    if (isUnder(problem.path, data.broken)) continue
    problems.push(schemaProblem(problem, data))
  }
}

function schemaProblem(problem: SchemaProblem, data: YamlData): YamlProblem {
  const unknown = unknownPropertyProblem(problem, rootSchema, data, wording)
  if (unknown !== undefined) return unknown
  const place = placeOf(problem.path, data, wording)
  const required = problem.keyword === 'required' ? problem.params.missingProperty : undefined
  if (typeof required === 'string') {
    const what = place.label === '' ? 'Manifest' : `Entry \`${show(place.label)}\``
    const hint =
      required === 'title'
        ? 'add a `title` line, such as `title: Readings in European History`'
        : required === 'entries'
          ? 'add `entries`, a list of items like `- source: chapter.txt`'
          : 'add the path of its manuscript, relative to the manifest, such as `source: chapter.txt`'
    return {
      ruleId: 'reader-invalid',
      start: valueOffset(place),
      reason: `${what} has no \`${show(required)}\`, expected one; ${hint}`,
      expected: [required]
    }
  }
  const name = show(place.label === '' ? 'manifest' : place.label)
  const what = describe(problem, place.value, wording)
  return {
    ruleId: 'reader-invalid',
    start: valueOffset(place),
    end: place.node.range[1],
    reason: `Field \`${name}\` ${what}`
  }
}

const typeWords = new Map([
  ['string', 'text'],
  ['object', 'a mapping'],
  ['array', 'a list'],
  ['integer', 'a whole number'],
  ['number', 'a number'],
  ['boolean', '`true` or `false`'],
  ['null', 'empty']
])

/** What a schema problem asks for, in the words of someone writing YAML, and what to do. */
export function describe(problem: SchemaProblem, value: unknown, words: YamlWording): string {
  const { keyword, params, message } = problem
  const segments = segmentsOf(problem.path)
  const last = segments.at(-1) ?? ''
  const parent = /^\d+$/.test(last) ? (segments.at(-2) ?? '') : last
  const type = keyword === 'type' ? typeWords.get(String(params.type)) : undefined
  if (type !== undefined) return `is ${kindOf(value, words)}, expected ${type}; fix the value`
  if (keyword === 'minLength' && params.limit === 1) {
    return 'is empty, expected text; write the value or remove the line'
  }
  if (keyword === 'minItems' && params.limit === 1) {
    return parent === 'entries'
      ? 'is an empty list, expected at least one entry; add one like `- source: chapter.txt`'
      : 'is an empty list, expected at least one item; add one or remove the field'
  }
  if (keyword === 'minProperties' && params.limit === 1) {
    return 'selects nothing, expected `sections`, `paragraphs` or `claims`; add one, or remove `select` to take the whole manuscript'
  }
  if (keyword === 'pattern') {
    const shown = showValue(value, words)
    if (parent === 'language') {
      return `is ${shown}, expected a language tag such as \`en\` or \`pt-BR\`; fix the tag`
    }
    if (parent === 'size') {
      return `is ${shown}, expected \`A4\`, \`A5\`, \`Letter\` or width by height with a unit, such as \`6x9in\` or \`148x210mm\`; fix the size`
    }
    if (parent === 'paragraphs') {
      return `is ${shown}, expected a paragraph id such as \`p7\` or a range such as \`p5-p20\`; fix the id`
    }
    if (parent === 'claims') {
      return `is ${shown}, expected a claim id such as \`p12.3\` or a range such as \`p12.3-p14.2\`; fix the id`
    }
    return `is ${shown}, expected ${show(message.slice('must '.length), 200)}; fix the value`
  }
  if (keyword === 'minimum' && params.comparison === '>=' && params.limit === 1) {
    return `is ${showValue(value, words)}, expected a section number counting from \`1\`; fix the number`
  }
  if (keyword === 'uniqueItems') {
    // ajv's message names the later item `j` first; it is the one shown.
    const item = Array.isArray(value) ? value[Number(params.j)] : undefined
    return `lists ${showValue(item, words)} twice, expected each once; remove one`
  }
  if (keyword === 'enum') {
    return `is ${showValue(value, words)}, expected ${show(message.slice('must be '.length), 200)}; use one of those`
  }
  return `${show(message, 200)}; fix the value`
}
