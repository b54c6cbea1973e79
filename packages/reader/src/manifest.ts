// Reads a reader's manifest (`reader.yaml`), checks it against the schema and finds its sources,
// reporting each problem at the YAML node where it can be fixed. The YAML is read the way the
// parser reads a manuscript's settings: bounded depth and alias expansion, values traced to nodes.
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
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
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type ParsedNode,
  Parser,
  parseDocument,
  visit,
  type YAMLError
} from 'yaml'
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
}

const origin = 'colophon'
/** A manifest lists a few dozen entries; anything this large is not one. */
const maxBytes = 1024 * 1024
/** Manifests nest four levels at most; deeper input is refused before yaml composes it. */
const maxDepth = 64
/** Bounds the values aliases can expand to (the "billion laughs" document). */
const maxNodes = 10_000
/** The first syntax errors are the useful ones; later ones mostly follow from them. */
const maxSyntaxProblems = 20

/** A JSON Schema as far as messages need it: the names it knows and how to reach nested values. */
interface SchemaNode {
  readonly $ref?: string
  readonly $defs?: Readonly<Record<string, SchemaNode>>
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly items?: SchemaNode
  readonly required?: readonly string[]
  readonly [keyword: string]: unknown
}

const rootSchema: SchemaNode = readerSchema

interface Problem {
  ruleId: string
  start: number
  end?: number
  reason: string
  actual?: string
  expected?: string[]
}

/** Where a value of the manifest comes from, keyed by its JSON pointer. */
interface Place {
  node: ParsedNode
  key: ParsedNode | undefined
  /** The field's name for messages, such as `entries[1].select`. */
  label: string
  value: unknown
}

interface Data {
  value: unknown
  places: Map<string, Place>
  /** Pointers whose value could not be read; schema problems there would only repeat that. */
  broken: Set<string>
}

/**
 * Reads the manifest at `path` and resolves each entry's source against the manifest's folder.
 * Problems in the manifest become messages, never exceptions; a `path` that is not a string,
 * or a `root` that is not a folder, throws.
 */
export function readManifest(path: string, options: ManifestOptions = {}): ManifestResult {
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
  const context: Omit<SourceContext, 'folder'> = {
    root: root === undefined ? '' : rootFolder(root),
    allowOutside: allowOutside === true
  }

  const file = new VFile({ path })
  const text = readText(file, path)
  if (text === undefined) {
    return { manifest: undefined, messages: [...file.messages], sources: [], selections: [] }
  }

  const problems: Problem[] = []
  const sources: ResolvedSource[] = []
  const data = read(text, problems)
  let manifest: ReaderManifest | undefined
  if (data !== undefined && problems.length === 0) {
    const validation = validateReader(data.value)
    if (validation.ok) manifest = validation.value
    else {
      const found = isRecord(data.value) ? eachProblem(data.value) : []
      schemaProblems(found.length > 0 ? found : validation.problems, data, problems)
    }
    // Sources are checked even when other fields have problems, so one reading reports them all.
    const full: SourceContext = {
      ...context,
      folder: realFolder(dirname(resolve(path))),
      root: context.root || findProjectRoot(path)
    }
    writtenSources(data).forEach((written, index) => {
      if (written === undefined) return
      const outcome = resolveSource(written, full)
      if (outcome.ok) {
        sources.push({ entry: index, path: outcome.path, relative: written })
        return
      }
      const place = placeOf(`/entries/${index}/source`, data)
      problems.push({
        ruleId: outcome.ruleId,
        start: place.node.range[0],
        end: place.node.range[1],
        reason: outcome.reason,
        actual: written
      })
    })
  }

  const toPoint = location(text).toPoint
  const clamp = (offset: number) => toPoint(Math.min(Math.max(offset, 0), text.length))
  // Stable sort: problems at one place keep the order they were found in.
  problems.sort((a, b) => a.start - b.start)
  for (const problem of problems) {
    const start = clamp(problem.start)
    const end = problem.end === undefined ? undefined : clamp(problem.end)
    const place = start && end ? { start, end } : start
    const message = file.message(problem.reason, { place, ruleId: problem.ruleId, source: origin })
    message.fatal = true
    if (problem.actual !== undefined) message.actual = problem.actual
    if (problem.expected !== undefined) message.expected = problem.expected
  }
  const entries =
    data && isRecord(data.value) && Array.isArray(data.value.entries) ? data.value.entries : []
  const selections = entries.map((_: unknown, index: number) => {
    const place =
      data?.places.get(`/entries/${index}/select`) ?? data?.places.get(`/entries/${index}`)
    const point = place ? clamp(place.node.range[0]) : undefined
    return point ? { line: point.line, column: point.column } : undefined
  })
  return {
    manifest: problems.length === 0 ? manifest : undefined,
    messages: [...file.messages],
    sources,
    selections
  }
}

/** Each entry's `source` as written, or undefined where it is not text the schema accepts. */
function writtenSources(data: Data): Array<string | undefined> {
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
function readText(file: VFile, path: string): string | undefined {
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
      ruleId: 'reader-invalid',
      source: origin
    }).fatal = true
    return undefined
  }
}

function read(text: string, problems: Problem[]): Data | undefined {
  const fail = (start: number, reason: string): undefined => {
    problems.push({ ruleId: 'reader-invalid', start, reason })
    return undefined
  }
  const deep = tooDeep(text)
  if (deep !== undefined) {
    return fail(
      deep,
      `Manifest is nested more than ${maxDepth} levels deep; a manifest needs only a few levels, so check the indentation and brackets`
    )
  }
  const doc = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    stringKeys: true,
    merge: false
  })
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    syntaxProblems(doc, problems)
    return undefined
  }
  const root = doc.contents
  if (root === null || (isScalar(root) && root.value === null)) {
    return fail(
      0,
      'Manifest is empty, expected a `title` and `entries`; add them, one `name: value` per line'
    )
  }
  if (!isMap(root)) {
    return fail(
      root.range[0],
      `Manifest must be a mapping of names to values, not ${isSeq(root) ? 'a list' : isScalar(root) ? kindOf(root.value) : 'an alias'}; write one \`name: value\` per line`
    )
  }
  return toData(doc, root, problems)
}

/** Offset of the first collection nested deeper than `maxDepth`, from yaml's iterative parser. */
function tooDeep(text: string): number | undefined {
  const pending: Array<[CST.Token, number]> = []
  for (const token of new Parser().parse(text)) {
    pending.push([token, 0])
    for (let entry = pending.pop(); entry; entry = pending.pop()) {
      const [current, depth] = entry
      if (current.type === 'document') {
        if (current.value) pending.push([current.value, depth])
      } else if (
        current.type === 'block-map' ||
        current.type === 'block-seq' ||
        current.type === 'flow-collection'
      ) {
        if (depth >= maxDepth) return current.offset
        for (const item of current.items) {
          if (item.key) pending.push([item.key, depth + 1])
          if (item.value) pending.push([item.value, depth + 1])
        }
      }
    }
  }
  return undefined
}

function syntaxProblems(doc: Document.Parsed, problems: Problem[]): void {
  const seen = new Set<number>()
  const all: Array<[YAMLError, boolean]> = [
    ...doc.errors.map((error): [YAMLError, boolean] => [error, false]),
    ...doc.warnings.map((warning): [YAMLError, boolean] => [warning, true])
  ]
  for (const [error, warning] of all) {
    // A second complaint about the same spot only restates the first.
    if (seen.has(error.pos[0])) continue
    seen.add(error.pos[0])
    if (seen.size > maxSyntaxProblems) break
    const problem = syntaxProblem(doc, error, warning)
    problems.push({ ruleId: 'reader-invalid', ...problem })
  }
}

function syntaxProblem(
  doc: Document.Parsed,
  error: YAMLError,
  warning: boolean
): { start: number; reason: string } {
  const start = error.pos[0]
  if (error.code === 'MISSING_CHAR') {
    // yaml reports an unclosed quote where the text ends; the place to fix is where it opens.
    const quoted = quotedEndingAt(doc, start)
    if (quoted) {
      return {
        start: quoted.offset,
        reason: `Manifest is not valid YAML: the quoted text that starts here is never closed; add the closing \`${quoted.quote}\``
      }
    }
  }
  if (error.code === 'DUPLICATE_KEY') {
    const name = keyAt(doc, start)
    if (name !== undefined)
      return { start, reason: `Field \`${show(name)}\` is given twice; keep only one` }
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return {
      start,
      reason:
        'Manifest must be a single YAML document; remove the second document, which starts here'
    }
  }
  if (error.code === 'NON_STRING_KEY') {
    return {
      start,
      reason:
        'Manifest is not valid YAML here: field names must be plain text, not lists, mappings or aliases; write the name as text'
    }
  }
  const said = show(error.message, 200)
  if (warning) {
    return { start, reason: `Manifest uses YAML that is not supported here: ${said}; remove it` }
  }
  const hint =
    error.code === 'TAB_AS_INDENT'
      ? 'indent with spaces'
      : error.code === 'BAD_INDENT'
        ? 'line up the items of each mapping or list'
        : 'fix the YAML syntax'
  return { start, reason: `Manifest is not valid YAML: ${said}; ${hint}` }
}

function quotedEndingAt(
  doc: Document.Parsed,
  offset: number
): { offset: number; quote: string } | undefined {
  let found: { offset: number; quote: string } | undefined
  visit(doc, {
    Scalar(_, node) {
      const quote =
        node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined
      if (quote && node.range?.[1] === offset) {
        found = { offset: node.range[0], quote }
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}

function keyAt(doc: Document.Parsed, offset: number): string | undefined {
  let found: string | undefined
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value)
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}

/** Turns the YAML tree into plain data, noting where each value came from. */
function toData(doc: Document.Parsed, root: ParsedNode, problems: Problem[]): Data {
  const targets = aliasTargets(doc)
  const places = new Map<string, Place>()
  const broken = new Set<string>()
  const open = new Set<ParsedNode>()
  let budget = maxNodes
  /** The outermost alias being expanded: where to point when the expansion grows too large. */
  let expanding: ParsedNode | undefined

  const fail = (pointer: string, node: ParsedNode, reason: string): null => {
    broken.add(pointer)
    problems.push({ ruleId: 'reader-invalid', start: node.range[0], reason })
    return null
  }

  const enter = (
    node: ParsedNode,
    pointer: string,
    key: ParsedNode | undefined,
    label: string,
    depth: number
  ): unknown => {
    const place: Place = { node, key, label, value: null }
    places.set(pointer, place)
    place.value = convert(node, pointer, label, depth)
    return place.value
  }

  const convert = (node: ParsedNode, pointer: string, label: string, depth: number): unknown => {
    // Only expansions count: a long list written out costs no more than its text.
    if (expanding !== undefined) budget -= 1
    if (budget < 0) {
      if (budget === -1) {
        return fail(
          pointer,
          expanding ?? node,
          `Manifest expands to more than ${maxNodes} values through YAML aliases; write the values out instead`
        )
      }
      broken.add(pointer)
      return null
    }
    if (depth > maxDepth) {
      return fail(
        pointer,
        node,
        `Manifest is nested more than ${maxDepth} levels deep through YAML aliases; write the values out instead`
      )
    }
    if (isAlias(node)) {
      const name = show(node.source)
      const target = targets.get(node)
      if (!target) {
        return fail(
          pointer,
          node,
          `YAML alias \`*${name}\` has no anchor \`&${name}\` before it; define the anchor or write the value out`
        )
      }
      if (open.has(target)) {
        return fail(
          pointer,
          node,
          `YAML alias \`*${name}\` refers to a value that contains it; write the value out`
        )
      }
      const outermost = expanding === undefined
      if (outermost) expanding = node
      // The alias stands for its target: the target's value belongs at the alias's pointer.
      const value = convert(target, pointer, label, depth)
      if (outermost) expanding = undefined
      return value
    }
    if (isMap(node)) {
      open.add(node)
      const object: Record<string, unknown> = {}
      for (const pair of node.items) {
        // With `stringKeys`, yaml has already refused any other kind of key.
        if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue
        const name = pair.key.value
        const child = `${pointer}/${escapePointer(name)}`
        const childLabel = label === '' ? name : `${label}.${name}`
        let value: unknown = null
        if (pair.value) value = enter(pair.value, child, pair.key, childLabel, depth + 1)
        else places.set(child, { node: pair.key, key: pair.key, label: childLabel, value })
        // Defined, not assigned: assigning `__proto__` would replace the object's prototype
        // instead of adding a key the schema can refuse.
        Object.defineProperty(object, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true
        })
      }
      open.delete(node)
      return object
    }
    if (isSeq(node)) {
      open.add(node)
      const list: unknown[] = []
      node.items.forEach((item, index) => {
        const child = `${pointer}/${index}`
        list.push(item ? enter(item, child, undefined, `${label}[${index}]`, depth + 1) : null)
      })
      open.delete(node)
      return list
    }
    if (isScalar(node)) {
      const value = node.value
      if (
        value === null ||
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean'
      ) {
        return value
      }
      const tag = (node.tag ?? typeof value).replace(/^tag:yaml\.org,2002:/, '!!')
      return fail(
        pointer,
        node,
        `Field \`${show(label)}\` reads as a YAML \`${show(tag)}\`, which a manifest cannot hold; write it as quoted text`
      )
    }
    return fail(pointer, node, `Field \`${show(label)}\` is not a YAML value; fix the YAML`)
  }

  places.set('', { node: root, key: undefined, label: '', value: null })
  const value = convert(root, '', '', 0)
  const rootPlace = places.get('')
  if (rootPlace) rootPlace.value = value
  return { value, places, broken }
}

/** What each alias stands for: as yaml resolves them, the last node anchored with its name before it. */
function aliasTargets(doc: Document.Parsed): Map<unknown, ParsedNode> {
  const anchors = new Map<string, ParsedNode>()
  const targets = new Map<unknown, ParsedNode>()
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source)
        if (target) targets.set(node, target)
      } else if (node.anchor) {
        anchors.set(node.anchor, node as ParsedNode)
      }
    }
  })
  return targets
}

/**
 * ajv stops at the first problem it meets. Checking each field, and each entry, on its own (with
 * stand-ins for the required fields) finds the first problem in each, so one reading reports
 * them all.
 */
function eachProblem(manifest: Record<string, unknown>): SchemaProblem[] {
  const found: SchemaProblem[] = []
  const standIn = (key: string, value: unknown): Record<string, unknown> => {
    const alone: Record<string, unknown> = { title: 'T', entries: [{ source: 'a.txt' }] }
    Object.defineProperty(alone, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    })
    return alone
  }
  for (const key of ['title', 'entries']) {
    if (!Object.hasOwn(manifest, key)) {
      found.push({ path: '', message: `must have required property '${key}'` })
    }
  }
  for (const key of Object.keys(manifest)) {
    const value = manifest[key]
    if (key !== 'entries' || !Array.isArray(value) || value.length === 0) {
      const outcome = validateReader(standIn(key, value))
      if (!outcome.ok) found.push(...outcome.problems)
      continue
    }
    value.forEach((item: unknown, index) => {
      const outcome = validateReader(standIn(key, [item]))
      if (outcome.ok) return
      for (const problem of outcome.problems) {
        const path = problem.path.startsWith('/entries/0')
          ? `/entries/${index}${problem.path.slice('/entries/0'.length)}`
          : problem.path
        found.push({ path, message: problem.message })
      }
    })
  }
  return found
}

function schemaProblems(found: SchemaProblem[], data: Data, problems: Problem[]): void {
  for (const problem of found) {
    if (isUnder(problem.path, data.broken)) continue
    problems.push(schemaProblem(problem, data))
  }
}

function schemaProblem(problem: SchemaProblem, data: Data): Problem {
  const unknown = /^has unknown property `(.*)`$/s.exec(problem.message)
  if (unknown?.[1] !== undefined) {
    return unknownProblem(problem.path, unknown[1], knownKeys(schemaAt(problem.path)), data)
  }
  const place = placeOf(problem.path, data)
  const required = /^must have required property '(.*)'$/s.exec(problem.message)?.[1]
  if (required !== undefined) {
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
  const what = describe(problem.message, place.value, problem.path)
  return {
    ruleId: 'reader-invalid',
    start: valueOffset(place),
    end: place.node.range[1],
    reason: `Field \`${name}\` ${what}`
  }
}

function unknownProblem(parent: string, name: string, known: string[], data: Data): Problem {
  const place = data.places.get(`${parent}/${escapePointer(name)}`)
  const start = place ? (place.key ?? place.node).range[0] : valueOffset(placeOf(parent, data))
  const label = show(place?.label ?? name)
  const list = known.map((key) => `\`${key}\``).join(', ')
  const near = closest(name, known)
  if (near === undefined) {
    return {
      ruleId: 'reader-invalid',
      start,
      reason: `Unknown field \`${label}\`, expected one of ${list}; remove it or check its spelling`,
      actual: name
    }
  }
  return {
    ruleId: 'reader-invalid',
    start,
    reason: `Unknown field \`${label}\`, expected one of ${list}; rename it to \`${near}\` or remove it`,
    actual: name,
    expected: [near]
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
function describe(message: string, value: unknown, path: string): string {
  const segments = segmentsOf(path)
  const last = segments.at(-1) ?? ''
  const parent = /^\d+$/.test(last) ? (segments.at(-2) ?? '') : last
  const type = typeWords.get(/^must be (\w+)$/.exec(message)?.[1] ?? '')
  if (type !== undefined) return `is ${kindOf(value)}, expected ${type}; fix the value`
  if (/^must NOT have fewer than 1 characters?$/.test(message)) {
    return 'is empty, expected text; write the value or remove the line'
  }
  if (/^must NOT have fewer than 1 items?$/.test(message)) {
    return parent === 'entries'
      ? 'is an empty list, expected at least one entry; add one like `- source: chapter.txt`'
      : 'is an empty list, expected at least one item; add one or remove the field'
  }
  if (/^must NOT have fewer than 1 properties$/.test(message)) {
    return 'selects nothing, expected `sections`, `paragraphs` or `claims`; add one, or remove `select` to take the whole manuscript'
  }
  if (message.startsWith('must match pattern')) {
    const shown = showValue(value)
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
  if (message === 'must be >= 1') {
    return `is ${showValue(value)}, expected a section number counting from \`1\`; fix the number`
  }
  const duplicate =
    /^must NOT have duplicate items \(items ## (\d+) and (\d+) are identical\)$/.exec(message)
  if (duplicate) {
    const item = Array.isArray(value) ? value[Number(duplicate[1])] : undefined
    return `lists ${showValue(item)} twice, expected each once; remove one`
  }
  if (message.startsWith('must be one of')) {
    return `is ${showValue(value)}, expected ${show(message.slice('must be '.length), 200)}; use one of those`
  }
  return `${show(message, 200)}; fix the value`
}

function schemaAt(path: string): SchemaNode | undefined {
  let schema = resolveRef(rootSchema)
  for (const segment of segmentsOf(path)) {
    if (schema === undefined) return undefined
    schema = resolveRef(
      schema.items && /^\d+$/.test(segment)
        ? schema.items
        : schema.properties && Object.hasOwn(schema.properties, segment)
          ? schema.properties[segment]
          : undefined
    )
  }
  return schema
}

function resolveRef(schema: SchemaNode | undefined): SchemaNode | undefined {
  const prefix = '#/$defs/'
  if (!schema?.$ref?.startsWith(prefix)) return schema
  const name = schema.$ref.slice(prefix.length)
  const defs = rootSchema.$defs
  return defs && Object.hasOwn(defs, name) ? defs[name] : undefined
}

function knownKeys(schema: SchemaNode | undefined): string[] {
  return Object.keys(schema?.properties ?? {})
}

/** The place of a pointer, or of its nearest ancestor that has one. */
function placeOf(path: string, data: Data): Place {
  for (let current = path; ; current = current.slice(0, Math.max(current.lastIndexOf('/'), 0))) {
    const place = data.places.get(current)
    if (place) return place
    if (current === '') break
  }
  throw new Error('Manifest has no root place')
}

/** An empty value has no text of its own, so its key is the place to point at. */
function valueOffset(place: Place): number {
  const [start, end] = place.node.range
  return start === end && place.key ? place.key.range[0] : start
}

function isUnder(path: string, roots: Set<string>): boolean {
  for (const root of roots) if (path === root || path.startsWith(`${root}/`)) return true
  return false
}

function segmentsOf(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map(unescapePointer)
}

function escapePointer(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1')
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text ${showValue(value)}`
  return showValue(value)
}

function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping'
  return `\`${show(String(value))}\``
}

/** The known name a misspelt one most likely meant, if any is close enough. */
function closest(name: string, known: string[]): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Optimal string alignment distance: edits, counting a swap of neighbours as one. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length)
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = []
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j)
        continue
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let distance = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      }
      row.push(distance)
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? 0
}
