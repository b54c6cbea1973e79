// Reads the settings sidecar of a manuscript (`name.yaml` beside `name.txt`) and reports each
// problem at the YAML node where it can be fixed.
import { existsSync } from 'node:fs'
import { extname } from 'node:path'
import {
  type SchemaProblem,
  type Settings,
  settingsSchema,
  validateSettings
} from '@colophon/schema'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
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

const ruleId = 'settings-invalid'
const origin = 'colophon'
/**
 * Settings nest four levels at most. yaml composes recursively, and recovering from a stack
 * overflow deep enough can abort the whole process, so deeper input is refused before composing.
 */
const maxDepth = 64
/** Bounds the values aliases can expand to (the "billion laughs" document). */
const maxNodes = 10_000
/** The first syntax errors are the useful ones; later ones mostly follow from them. */
const maxSyntaxProblems = 20
const oneOfFailed = 'must match exactly one schema in oneOf'

/** A JSON Schema as far as messages need it: the names it knows and how to reach nested values. */
interface SchemaNode {
  readonly $ref?: string
  readonly $defs?: Readonly<Record<string, SchemaNode>>
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly items?: SchemaNode
  readonly oneOf?: readonly SchemaNode[]
  readonly required?: readonly string[]
  readonly [keyword: string]: unknown
}

const rootSchema: SchemaNode = settingsSchema

interface Problem {
  offset: number
  reason: string
  actual?: string
  expected?: string[]
}

/** Where a value of the settings comes from, keyed by its JSON pointer. */
interface Place {
  node: ParsedNode
  key: ParsedNode | undefined
  /** The setting's name for messages, such as `exclude[1].pattern`. */
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
 * Path of the sidecar for a manuscript path: same folder and base name, `.yaml` then `.yml`;
 * the first that exists, or undefined.
 */
export function findSidecar(manuscriptPath: string): string | undefined {
  const base = manuscriptPath.slice(0, manuscriptPath.length - extname(manuscriptPath).length)
  for (const extension of ['.yaml', '.yml']) {
    const candidate = base + extension
    // A manuscript that is itself named `.yaml` is not its own settings.
    if (candidate !== manuscriptPath && existsSync(candidate)) return candidate
  }
  return undefined
}

/**
 * Reads settings from the YAML text in `file`. Each problem becomes a fatal message on `file` at
 * the offending node; the settings are returned only when there is none.
 */
export function readSettings(file: VFile): Settings | undefined {
  const text = file.toString()
  const problems: Problem[] = []
  const settings = read(text, problems)
  const toPoint = location(text).toPoint
  // Stable sort: problems at one place keep the order they were found in.
  problems.sort((a, b) => a.offset - b.offset)
  for (const problem of problems) {
    const place = toPoint(Math.min(Math.max(problem.offset, 0), text.length))
    const message = file.message(problem.reason, { place, ruleId, source: origin })
    message.fatal = true
    if (problem.actual !== undefined) message.actual = problem.actual
    if (problem.expected !== undefined) message.expected = problem.expected
  }
  return problems.length === 0 ? settings : undefined
}

function read(text: string, problems: Problem[]): Settings | undefined {
  const deep = tooDeep(text)
  if (deep !== undefined) {
    problems.push({
      offset: deep,
      reason: `Settings are nested more than ${maxDepth} levels deep; settings need only a few levels, so check the indentation and brackets`
    })
    return undefined
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
  // Nothing but comments, or a bare `---`: no settings, which is fine.
  if (root === null || (isScalar(root) && root.value === null && root.range[0] === root.range[1])) {
    return {}
  }
  if (!isMap(root)) {
    problems.push({
      offset: root.range[0],
      reason: `Settings must be a mapping of names to values, not ${isSeq(root) ? 'a list' : isScalar(root) ? kindOf(root.value) : 'an alias'}; write one \`name: value\` per line`
    })
    return undefined
  }
  const data = toData(doc, root, problems)
  const validation = validateSettings(data.value)
  if (!validation.ok) {
    const found = isRecord(data.value) ? eachProblem(data.value) : []
    schemaProblems(found.length > 0 ? found : validation.problems, data, problems)
  }
  meaningProblems(data, problems)
  return validation.ok ? validation.value : undefined
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
    problems.push(syntaxProblem(doc, error, warning))
  }
}

function syntaxProblem(doc: Document.Parsed, error: YAMLError, warning: boolean): Problem {
  const offset = error.pos[0]
  if (error.code === 'MISSING_CHAR') {
    // yaml reports an unclosed quote where the text ends; the place to fix is where it opens.
    const quoted = quotedEndingAt(doc, offset)
    if (quoted) {
      return {
        offset: quoted.offset,
        reason: `Settings are not valid YAML: the quoted text that starts here is never closed; add the closing \`${quoted.quote}\``
      }
    }
  }
  if (error.code === 'DUPLICATE_KEY') {
    const name = keyAt(doc, offset)
    if (name !== undefined) {
      return { offset, reason: `Setting \`${show(name)}\` is given twice; keep only one` }
    }
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return {
      offset,
      reason:
        'Settings must be a single YAML document; remove the second document, which starts here'
    }
  }
  if (error.code === 'NON_STRING_KEY') {
    return {
      offset,
      reason:
        'Settings are not valid YAML here: setting names must be plain text, not lists, mappings or aliases; write the name as text'
    }
  }
  const said = show(error.message, 200)
  if (warning) {
    return { offset, reason: `Settings use YAML that is not supported here: ${said}; remove it` }
  }
  const hint =
    error.code === 'TAB_AS_INDENT'
      ? 'indent with spaces'
      : error.code === 'BAD_INDENT'
        ? 'line up the items of each mapping or list'
        : 'fix the YAML syntax'
  return { offset, reason: `Settings are not valid YAML: ${said}; ${hint}` }
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
    problems.push({ offset: node.range[0], reason })
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
          `Settings expand to more than ${maxNodes} values through YAML aliases; write the values out instead`
        )
      }
      broken.add(pointer)
      return null
    }
    if (depth > maxDepth) {
      return fail(
        pointer,
        node,
        `Settings are nested more than ${maxDepth} levels deep through YAML aliases; write the values out instead`
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
      // Dates, binary and the like have no place in settings; YAML 1.1 makes some bare dates.
      const tag = (node.tag ?? typeof value).replace(/^tag:yaml\.org,2002:/, '!!')
      return fail(
        pointer,
        node,
        `Setting \`${show(label)}\` reads as a YAML \`${show(tag)}\`, which settings cannot hold; write it as quoted text`
      )
    }
    return fail(pointer, node, `Setting \`${show(label)}\` is not a YAML value; fix the YAML`)
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
 * ajv stops at the first problem it meets. Checking each setting, and each item of a list, on its
 * own finds the first problem in each, so one reading reports them all.
 */
function eachProblem(settings: Record<string, unknown>): SchemaProblem[] {
  const found: SchemaProblem[] = []
  for (const key of Object.keys(settings)) {
    const value = settings[key]
    const pointer = `/${escapePointer(key)}`
    if (!Array.isArray(value) || !validateSettings(alone(key, [])).ok) {
      const outcome = validateSettings(alone(key, value))
      if (!outcome.ok) found.push(...outcome.problems)
      continue
    }
    value.forEach((item: unknown, index) => {
      const outcome = validateSettings(alone(key, [item]))
      if (outcome.ok) return
      const first = `${pointer}/0`
      for (const problem of outcome.problems) {
        const path =
          problem.path === first || problem.path.startsWith(`${first}/`)
            ? `${pointer}/${index}${problem.path.slice(first.length)}`
            : problem.path
        found.push({ path, message: problem.message })
      }
    })
  }
  return found
}

/** Settings with only `key`, defined so that even `__proto__` stays a key of its own. */
function alone(key: string, value: unknown): Record<string, unknown> {
  const settings: Record<string, unknown> = {}
  Object.defineProperty(settings, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
  return settings
}

function schemaProblems(found: SchemaProblem[], data: Data, problems: Problem[]): void {
  // ajv answers a failed `oneOf` with one complaint per alternative; one diagnosis of which
  // alternative was meant says more.
  const choices = new Set(
    found
      .filter((problem) => problem.message === oneOfFailed && !isUnder(problem.path, data.broken))
      .map((problem) => problem.path)
  )
  for (const path of choices) problems.push(...choiceProblems(path, found, data))
  for (const problem of found) {
    if (isUnder(problem.path, choices) || isUnder(problem.path, data.broken)) continue
    problems.push(schemaProblem(problem, data))
  }
}

function schemaProblem(problem: SchemaProblem, data: Data): Problem {
  const unknown = /^has unknown property `(.*)`$/s.exec(problem.message)
  if (unknown?.[1] !== undefined) {
    return unknownProblem(problem.path, unknown[1], knownKeys(schemaAt(problem.path)), data)
  }
  const place = placeOf(problem.path, data)
  const name = show(place.label === '' ? 'settings' : place.label)
  const what = describe(problem.message, place.value, lastSegment(problem.path))
  return {
    offset: valueOffset(place),
    reason: `Setting \`${name}\` ${what}; fix the value in the settings`
  }
}

function unknownProblem(parent: string, name: string, known: string[], data: Data): Problem {
  const place = data.places.get(`${parent}/${escapePointer(name)}`)
  const offset = place ? (place.key ?? place.node).range[0] : valueOffset(placeOf(parent, data))
  const label = show(place?.label ?? name)
  const list = known.map((key) => `\`${key}\``).join(', ')
  const near = closest(name, known)
  if (near === undefined) {
    return {
      offset,
      reason: `Unknown setting \`${label}\`; remove it or check its spelling (known: ${list})`,
      actual: name
    }
  }
  return {
    offset,
    reason: `Unknown setting \`${label}\`; rename it to \`${near}\` or remove it (known: ${list})`,
    actual: name,
    expected: [near]
  }
}

/** Says which alternative of a `oneOf` the value was meant to be, and what keeps it from being so. */
function choiceProblems(path: string, found: SchemaProblem[], data: Data): Problem[] {
  const place = placeOf(path, data)
  const label = show(place.label)
  const offset = valueOffset(place)
  const branches = (schemaAt(path)?.oneOf ?? [])
    .map(resolve)
    .filter((branch) => branch !== undefined)
  const kindOfBranch = (branch: SchemaNode): string => branch.required?.[0] ?? '?'
  const kinds = branches.map((branch) => `\`${kindOfBranch(branch)}\``)
  const either =
    kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}` : kinds.join('')
  const value = place.value
  if (!isRecord(value)) {
    return [
      {
        offset,
        reason: `Setting \`${label}\` must be a mapping with one of ${either}, not ${kindOf(value)}; fix the item`
      }
    ]
  }
  const keys = Object.keys(value)
  const chosen = branches.filter((branch) =>
    (branch.required ?? []).every((key) => Object.hasOwn(value, key))
  )
  const branch = chosen[0]
  if (chosen.length > 1) {
    const both = chosen.map((one) => `\`${kindOfBranch(one)}\``).join(' and ')
    return [{ offset, reason: `Setting \`${label}\` has both ${both}; give each its own item` }]
  }
  if (branch === undefined) {
    const known = unique(branches.flatMap((one) => Object.keys(one.properties ?? {})))
    const unknown = keys.filter((key) => !known.includes(key))
    if (unknown.length > 0) return unknown.map((key) => unknownProblem(path, key, known, data))
    return [{ offset, reason: `Setting \`${label}\` needs one of ${either}; add one` }]
  }
  const allowed = Object.keys(branch.properties ?? {})
  const result: Problem[] = []
  for (const key of keys) {
    if (allowed.includes(key)) continue
    const other = branches.find((one) => one.properties && Object.hasOwn(one.properties, key))
    const keyPlace = data.places.get(`${path}/${escapePointer(key)}`)
    if (other && keyPlace) {
      result.push({
        offset: (keyPlace.key ?? keyPlace.node).range[0],
        reason: `Setting \`${show(keyPlace.label)}\` does not go with \`${kindOfBranch(branch)}\`; remove it (it goes with \`${kindOfBranch(other)}\`)`
      })
    } else {
      result.push(unknownProblem(path, key, allowed, data))
    }
  }
  for (const problem of found) {
    const inner = problem.path.startsWith(`${path}/`)
      ? unescapePointer(problem.path.slice(path.length + 1).split('/')[0] ?? '')
      : undefined
    if (inner !== undefined && allowed.includes(inner)) result.push(schemaProblem(problem, data))
  }
  if (result.length === 0) {
    result.push({
      offset,
      reason: `Setting \`${label}\` is not a valid \`${kindOfBranch(branch)}\` item; fix the item`
    })
  }
  return result
}

const typeWords = new Map([
  ['string', 'a string'],
  ['object', 'a mapping'],
  ['array', 'a list'],
  ['integer', 'a whole number'],
  ['number', 'a number'],
  ['boolean', '`true` or `false`'],
  ['null', 'empty']
])

/** What a schema problem asks for, in the words of someone writing YAML. */
function describe(message: string, value: unknown, name: string): string {
  const type = typeWords.get(/^must be (\w+)$/.exec(message)?.[1] ?? '')
  if (type !== undefined) return `must be ${type}, not ${kindOf(value)}`
  const fewer = /^must NOT have fewer than (\d+) characters?$/.exec(message)?.[1]
  if (fewer !== undefined) {
    return fewer === '1' ? 'must not be empty' : `must have at least ${fewer} characters`
  }
  const more = /^must NOT have more than (\d+) characters?$/.exec(message)?.[1]
  if (more !== undefined) return `must have at most ${more} characters`
  if (message.startsWith('must match pattern')) {
    if (name === 'language')
      return `must be a language tag such as \`en\` or \`pt-BR\`, not ${showValue(value)}`
    if (name === 'flags')
      return `may hold only the flags \`i\`, \`m\`, \`s\` and \`u\`, not ${showValue(value)}`
    return `${show(message, 200)}, not ${showValue(value)}`
  }
  if (message === 'must NOT be valid') {
    if (name === 'block') return 'must not be `0`: count blocks from 1 (the first) or -1 (the last)'
    return `must not be ${showValue(value)}`
  }
  if (message.startsWith('must be one of')) return `${show(message, 200)}, not ${showValue(value)}`
  return show(message, 200)
}

/** Checks the schema cannot express: patterns must compile, the notes file must stay nearby. */
function meaningProblems(data: Data, problems: Problem[]): void {
  const settings = data.value
  if (!isRecord(settings)) return
  const at = (path: string, reason: string): void => {
    const place = placeOf(path, data)
    problems.push({
      offset: valueOffset(place),
      reason: `Setting \`${show(place.label)}\` ${reason}`
    })
  }
  const exclude = Object.hasOwn(settings, 'exclude') ? settings.exclude : undefined
  if (Array.isArray(exclude)) {
    exclude.forEach((item: unknown, index) => {
      if (!isRecord(item) || typeof item.pattern !== 'string' || item.pattern === '') return
      const flags = Object.hasOwn(item, 'flags') ? item.flags : ''
      // Flags the schema refuses are reported by it already.
      if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags)) return
      const base = `/exclude/${index}`
      const flagsError = regExpError('', flags)
      if (flagsError !== undefined) {
        at(`${base}/flags`, `repeats a flag; give each flag once`)
        return
      }
      const patternError = regExpError(item.pattern, flags)
      if (patternError !== undefined) {
        at(
          `${base}/pattern`,
          `is not a valid regular expression (${patternError}); fix the pattern, which uses JavaScript syntax`
        )
      }
    })
  }
  const notes = Object.hasOwn(settings, 'notes') ? settings.notes : undefined
  if (isRecord(notes) && typeof notes.file === 'string' && notes.file !== '') {
    const problem = notesFileProblem(notes.file)
    if (problem !== undefined) at('/notes/file', problem)
  }
}

function regExpError(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags)
    return undefined
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // V8 says `Invalid regular expression: /(/: Unterminated group`; the pattern is known.
    return show(
      /^Invalid regular expression: \/.*\/[a-z]*: (.*)$/s.exec(message)?.[1] ?? message,
      200
    )
  }
}

/** The notes file is read beside the manuscript, so it must not lead anywhere else. */
function notesFileProblem(path: string): string | undefined {
  if (/^[\\/]/.test(path) || /^[A-Za-z]:/.test(path)) {
    return 'must be a path relative to the manuscript, not an absolute one; write it like `notes.txt`'
  }
  const segments = path.split(/[\\/]/)
  if (segments.includes('..')) {
    return "must stay inside the manuscript's folder, so it cannot contain `..`; move the notes file beside the manuscript"
  }
  const last = segments.at(-1)
  if (last === '' || last === '.') return 'must name a file, not a folder; add the file name'
  return undefined
}

function schemaAt(path: string): SchemaNode | undefined {
  let schema = resolve(rootSchema)
  for (const segment of segmentsOf(path)) {
    if (schema === undefined) return undefined
    schema = resolve(
      schema.items && /^\d+$/.test(segment) ? schema.items : propertyOf(schema, segment)
    )
  }
  return schema
}

function propertyOf(schema: SchemaNode, name: string): SchemaNode | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, name)) return schema.properties[name]
  for (const branch of schema.oneOf ?? []) {
    const resolved = resolve(branch)
    const found = resolved && propertyOf(resolved, name)
    if (found) return found
  }
  return undefined
}

function resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
  const prefix = '#/$defs/'
  if (!schema?.$ref?.startsWith(prefix)) return schema
  const name = schema.$ref.slice(prefix.length)
  const defs = rootSchema.$defs
  return defs && Object.hasOwn(defs, name) ? defs[name] : undefined
}

function knownKeys(schema: SchemaNode | undefined): string[] {
  if (schema === undefined) return []
  const branches = (schema.oneOf ?? []).map(resolve)
  return unique([
    ...Object.keys(schema.properties ?? {}),
    ...branches.flatMap((branch) => Object.keys(branch?.properties ?? {}))
  ])
}

/** The place of a pointer, or of its nearest ancestor that has one. */
function placeOf(path: string, data: Data): Place {
  for (let current = path; ; current = current.slice(0, Math.max(current.lastIndexOf('/'), 0))) {
    const place = data.places.get(current)
    if (place) return place
    if (current === '') break
  }
  throw new Error('Settings have no root place')
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

function lastSegment(path: string): string {
  return segmentsOf(path).at(-1) ?? ''
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
  if (typeof value === 'string') return `the string ${showValue(value)}`
  return showValue(value)
}

function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping'
  return `\`${show(String(value))}\``
}

/** Text fit for a one-line message: control characters escaped, long text cut. */
function show(text: string, max = 60): string {
  const flat = text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, (character) => {
    if (character === '\n') return '\\n'
    if (character === '\t') return '\\t'
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
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
