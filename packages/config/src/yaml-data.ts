// Reads YAML configuration into plain data that remembers the node of each value, so schema
// problems can be reported where they can be fixed. Shared by settings sidecars and manifests.
import type { RuleId } from '@colophon/diagnostics'
import { location } from 'vfile-location'
import {
  type Alias,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type ParsedNode,
  Parser,
  parseDocument,
  type Scalar,
  visit,
  type YAMLError,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'
import { escapePointer } from './pointer.js'
import { defineKey, kindOf, show } from './values.js'

/**
 * Configuration nests a few levels at most. yaml composes recursively, and recovering from a stack
 * overflow deep enough can abort the whole process, so deeper input is refused before composing.
 */
const maxDepth = 64
/** Bounds the values aliases can expand to (the "billion laughs" document). */
const maxNodes = 10_000
/** The first syntax errors are the useful ones; later ones mostly follow from them. */
const maxSyntaxProblems = 20
/** A high surrogate with no low one after it, or a low one with no high one before it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** How messages name the document and its fields, so each kind of file speaks its own words. */
export interface YamlWording {
  /** Rule id of the problems found in the YAML. */
  readonly ruleId: RuleId
  /** The document at the start of a sentence, such as `Settings` or `Manifest`. */
  readonly subject: string
  /** Whether `subject` takes a plural verb (`Settings are`, `Manifest is`). */
  readonly plural: boolean
  /** The document inside a sentence, such as `settings` or `a manifest`. */
  readonly inner: string
  /** One value at the start of a sentence, such as `Setting` or `Field`. */
  readonly field: string
  /** How a string value is introduced, such as `the string` or `the text`. */
  readonly stringNoun: string
  /** A string as a type a value must have, such as `a string` or `text`. */
  readonly stringType: string
  /** Widest a name or value is shown in a message. */
  readonly width: number
  /** The reason for an unknown key, given its label, the known keys and the likeliest of them. */
  readonly unknownKey: (label: string, list: string, near: string | undefined) => string
}

/** A problem at an offset in the YAML text, to become a fatal message. */
export interface YamlProblem {
  ruleId: RuleId
  /** A warning rather than an error (the default). */
  warning?: true
  start: number
  end?: number
  reason: string
  actual?: string
  expected?: string[]
}

/** Where a value of the data comes from, keyed by its JSON pointer. */
export interface YamlPlace {
  node: ParsedNode
  key: ParsedNode | undefined
  /** The value's name for messages, such as `exclude[1].pattern`. */
  label: string
  value: unknown
}

/** Plain data read from YAML, with the place of each value. */
export interface YamlData {
  value: unknown
  places: Map<string, YamlPlace>
  /** Pointers whose value could not be read; schema problems there would only repeat that. */
  broken: Set<string>
}

/**
 * Parses `text` as one YAML document, or adds the problems that keep it from being one and
 * returns undefined.
 */
export function parseYaml(
  text: string,
  wording: YamlWording,
  problems: YamlProblem[]
): Document.Parsed | undefined {
  const deep = tooDeep(text)
  if (deep !== undefined) {
    problems.push({
      ruleId: wording.ruleId,
      start: deep,
      reason: `${subjectIs(wording)} nested more than ${maxDepth} levels deep; ${wording.inner} ${wording.plural ? 'need' : 'needs'} only a few levels, so check the indentation and brackets`
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
    syntaxProblems(doc, wording, problems, text)
    return undefined
  }
  return doc
}

/**
 * Turns the mapping at `root` into plain data, noting where each value came from; a root that is
 * not a mapping is a problem.
 */
export function toYamlData(
  doc: Document.Parsed,
  root: ParsedNode,
  wording: YamlWording,
  problems: YamlProblem[]
): YamlData | undefined {
  if (!isMap(root)) {
    problems.push({
      ruleId: wording.ruleId,
      start: root.range[0],
      reason: `${wording.subject} must be a mapping of names to values, not ${isSeq(root) ? 'a list' : isScalar(root) ? kindOf(root.value, wording) : 'an alias'}; write one \`name: value\` per line`
    })
    return undefined
  }
  return convertTree(doc, root, wording, problems)
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

function syntaxProblems(
  doc: Document.Parsed,
  wording: YamlWording,
  problems: YamlProblem[],
  text: string
): void {
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
    problems.push({ ruleId: wording.ruleId, ...syntaxProblem(doc, error, warning, wording, text) })
  }
}

function syntaxProblem(
  doc: Document.Parsed,
  error: YAMLError,
  warning: boolean,
  wording: YamlWording,
  text: string
): { start: number; reason: string } {
  const start = error.pos[0]
  const invalid = `${subjectIs(wording)} not valid YAML`
  if (error.code === 'MISSING_CHAR') {
    // yaml reports an unclosed quote where the text ends; the place to fix is where it opens.
    const quoted = quotedEndingAt(doc, start)
    if (quoted) {
      return {
        start: quoted.offset,
        reason: `${invalid}: the quoted text that starts here is never closed; add the closing \`${quoted.quote}\``
      }
    }
  }
  if (error.code === 'DUPLICATE_KEY') {
    const found = keyAt(doc, start)
    if (found !== undefined) {
      const point = found.first === undefined ? undefined : location(text).toPoint(found.first)
      const first = point
        ? `, first at line ${point.line}, column ${point.column} and again here`
        : ''
      return {
        start,
        reason: `${wording.field} \`${show(found.name, wording.width)}\` is given twice${first}; keep only one`
      }
    }
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return {
      start,
      reason: `${wording.subject} must be a single YAML document; remove the second document, which starts here`
    }
  }
  if (error.code === 'NON_STRING_KEY') {
    return {
      start,
      reason: `${invalid} here: ${wording.field.toLowerCase()} names must be plain text, not lists, mappings or aliases; write the name as text`
    }
  }
  const said = show(error.message, 200)
  if (warning) {
    const uses = wording.plural ? 'use' : 'uses'
    return {
      start,
      reason: `${wording.subject} ${uses} YAML that is not supported here: ${said}; remove it`
    }
  }
  const hint =
    error.code === 'TAB_AS_INDENT'
      ? 'indent with spaces'
      : error.code === 'BAD_INDENT'
        ? 'line up the items of each mapping or list'
        : 'fix the YAML syntax'
  return { start, reason: `${invalid}: ${said}; ${hint}` }
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

/** The name of the key at `offset`, and where the same name stands before it in its mapping. */
function keyAt(
  doc: Document.Parsed,
  offset: number
): { name: string; first: number | undefined } | undefined {
  let found: { name: string; first: number | undefined } | undefined
  visit(doc, {
    Map(_, map) {
      const at = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset)
      const pair = map.items[at]
      if (pair === undefined || !isScalar(pair.key)) return undefined
      const name = String(pair.key.value)
      const earlier = map.items
        .slice(0, at)
        .find((other) => isScalar(other.key) && String(other.key.value) === name)
      const first = earlier && isScalar(earlier.key) ? earlier.key.range?.[0] : undefined
      found = { name, first }
      return visit.BREAK
    }
  })
  return found
}

/** The state of one conversion, shared by its stages. */
interface Conversion {
  readonly wording: YamlWording
  readonly problems: YamlProblem[]
  /** What each alias stands for (see `aliasTargets`). */
  readonly targets: Map<unknown, ParsedNode>
  readonly places: Map<string, YamlPlace>
  readonly broken: Set<string>
  /** The collections being converted: an alias to one of them would never end. */
  readonly open: Set<ParsedNode>
  /** How many more values aliases may expand to. */
  budget: number
  /** The outermost alias being expanded: where to point when the expansion grows too large. */
  expanding: ParsedNode | undefined
}

/** The plain data of the mapping at `root`, with the place of each value. */
function convertTree(
  doc: Document.Parsed,
  root: ParsedNode,
  wording: YamlWording,
  problems: YamlProblem[]
): YamlData {
  const conversion: Conversion = {
    wording,
    problems,
    targets: aliasTargets(doc),
    places: new Map<string, YamlPlace>(),
    broken: new Set<string>(),
    open: new Set<ParsedNode>(),
    budget: maxNodes,
    expanding: undefined
  }
  const { places, broken } = conversion
  places.set('', { node: root, key: undefined, label: '', value: null })
  const value = convert(conversion, root, '', '', 0)
  const rootPlace = places.get('')
  if (rootPlace) rootPlace.value = value
  return { value, places, broken }
}

/** Marks the value at `pointer` broken, with a problem at `node`; its value is null. */
function fail(conversion: Conversion, pointer: string, node: ParsedNode, reason: string): null {
  conversion.broken.add(pointer)
  conversion.problems.push({ ruleId: conversion.wording.ruleId, start: node.range[0], reason })
  return null
}

/** Converts a child value, its place noted before its own children's. */
function enter(
  conversion: Conversion,
  node: ParsedNode,
  pointer: string,
  key: ParsedNode | undefined,
  label: string,
  depth: number
): unknown {
  const place: YamlPlace = { node, key, label, value: null }
  conversion.places.set(pointer, place)
  place.value = convert(conversion, node, pointer, label, depth)
  return place.value
}

/** The plain value of `node`, or null where it cannot be read (said in a problem). */
function convert(
  conversion: Conversion,
  node: ParsedNode,
  pointer: string,
  label: string,
  depth: number
): unknown {
  if (!spend(conversion, node, pointer)) return null
  if (depth > maxDepth) {
    return fail(
      conversion,
      pointer,
      node,
      `${subjectIs(conversion.wording)} nested more than ${maxDepth} levels deep through YAML aliases; write the values out instead`
    )
  }
  if (isAlias(node)) return convertAlias(conversion, node, pointer, label, depth)
  if (isMap(node)) return convertMap(conversion, node, pointer, label, depth)
  if (isSeq(node)) return convertSeq(conversion, node, pointer, label, depth)
  if (isScalar(node)) return convertScalar(conversion, node, pointer, label)
  const { wording } = conversion
  return fail(
    conversion,
    pointer,
    node,
    `${wording.field} \`${show(label, wording.width)}\` is not a YAML value; fix the YAML`
  )
}

/** Counts `node` against the budget of expansions; false once it is spent (said once). */
function spend(conversion: Conversion, node: ParsedNode, pointer: string): boolean {
  // Only expansions count: a long list written out costs no more than its text.
  if (conversion.expanding !== undefined) conversion.budget -= 1
  if (conversion.budget >= 0) return true
  if (conversion.budget === -1) {
    const { wording } = conversion
    fail(
      conversion,
      pointer,
      conversion.expanding ?? node,
      `${wording.subject} ${wording.plural ? 'expand' : 'expands'} to more than ${maxNodes} values through YAML aliases; write the values out instead`
    )
  } else conversion.broken.add(pointer)
  return false
}

/** The value of an alias's target, at the alias's place. */
function convertAlias(
  conversion: Conversion,
  node: Alias.Parsed,
  pointer: string,
  label: string,
  depth: number
): unknown {
  const name = show(node.source, conversion.wording.width)
  const target = conversion.targets.get(node)
  if (!target) {
    return fail(
      conversion,
      pointer,
      node,
      `YAML alias \`*${name}\` has no anchor \`&${name}\` before it; define the anchor or write the value out`
    )
  }
  if (conversion.open.has(target)) {
    return fail(
      conversion,
      pointer,
      node,
      `YAML alias \`*${name}\` refers to a value that contains it; write the value out`
    )
  }
  const outermost = conversion.expanding === undefined
  if (outermost) conversion.expanding = node
  // The alias stands for its target: the target's value belongs at the alias's pointer.
  const value = convert(conversion, target, pointer, label, depth)
  if (outermost) conversion.expanding = undefined
  return value
}

/** A mapping as an object, each key's place noted, a key with no value as null. */
function convertMap(
  conversion: Conversion,
  node: YAMLMap.Parsed,
  pointer: string,
  label: string,
  depth: number
): Record<string, unknown> {
  conversion.open.add(node)
  const object: Record<string, unknown> = {}
  for (const pair of node.items) {
    // With `stringKeys`, yaml has already refused any other kind of key.
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue
    const name = pair.key.value
    const child = `${pointer}/${escapePointer(name)}`
    const childLabel = label === '' ? name : `${label}.${name}`
    let value: unknown = null
    if (pair.value) value = enter(conversion, pair.value, child, pair.key, childLabel, depth + 1)
    else conversion.places.set(child, { node: pair.key, key: pair.key, label: childLabel, value })
    defineKey(object, name, value)
  }
  conversion.open.delete(node)
  return object
}

/** A list as an array, an empty item as null. */
function convertSeq(
  conversion: Conversion,
  node: YAMLSeq.Parsed,
  pointer: string,
  label: string,
  depth: number
): unknown[] {
  conversion.open.add(node)
  const list: unknown[] = []
  node.items.forEach((item, index) => {
    const child = `${pointer}/${index}`
    list.push(
      item ? enter(conversion, item, child, undefined, `${label}[${index}]`, depth + 1) : null
    )
  })
  conversion.open.delete(node)
  return list
}

/** A string, number, boolean or null as it is; any other scalar is a problem. */
function convertScalar(
  conversion: Conversion,
  node: Scalar.Parsed,
  pointer: string,
  label: string
): unknown {
  const { wording, problems } = conversion
  const value = node.value
  if (typeof value === 'string') return wellFormed(value, { node, label, wording, problems })
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value
  // Dates, binary and the like have no place in plain data; YAML 1.1 makes some bare dates.
  const tag = (node.tag ?? typeof value).replace(/^tag:yaml\.org,2002:/, '!!')
  const shown = (text: string) => show(text, wording.width)
  return fail(
    conversion,
    pointer,
    node,
    `${wording.field} \`${shown(label)}\` reads as a YAML \`${shown(tag)}\`, which ${wording.inner} cannot hold; write it as quoted text`
  )
}

/**
 * A string with a lone surrogate (`"\\uD800"`, half of a character that needs two code units)
 * cannot be written to any file: it is read as U+FFFD, as a UTF-8 encoder would write it, and
 * said where.
 */
function wellFormed(
  value: string,
  at: { node: ParsedNode; label: string; wording: YamlWording; problems: YamlProblem[] }
): string {
  loneSurrogate.lastIndex = 0
  const lone = loneSurrogate.exec(value)
  if (lone === null) return value
  const code = lone[0].charCodeAt(0).toString(16).toUpperCase()
  const { wording } = at
  at.problems.push({
    ruleId: wording.ruleId,
    warning: true,
    start: at.node.range[0],
    end: at.node.range[1],
    reason: `${wording.field} \`${show(at.label, wording.width)}\` holds \`\\u${code}\`, half of a character (a lone surrogate), which no file can store; it is read as \`U+FFFD\` (�): write the whole character (both halves, or the character itself) or remove the escape`
  })
  return value.replace(loneSurrogate, '\uFFFD')
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

function subjectIs(wording: YamlWording): string {
  return `${wording.subject} ${wording.plural ? 'are' : 'is'}`
}
