// What reader and book manifests share: reading the file and its YAML, and wording each problem
// the schema finds for someone writing YAML, at the node where it can be fixed.
import { readFileSync, statSync } from 'node:fs'
import { type RuleId, report } from '@colophon/diagnostics'
import type { SchemaProblem } from '@colophon/schema'
import type { VFile } from 'vfile'
import { isScalar } from 'yaml'
import { isUnder, segmentsOf } from './pointer.js'
import {
  placeOf,
  problemsOneByOne,
  type SchemaNode,
  unknownPropertyProblem,
  valueOffset
} from './schema-problems.js'
import { defineKey, kindOf, show, showValue, typeWord } from './values.js'
import {
  parseYaml,
  toYamlData,
  type YamlData,
  type YamlProblem,
  type YamlWording
} from './yaml-data.js'

/** A manifest lists a few dozen entries; anything this large is not one. */
const maxBytes = 1024 * 1024

/** How problems of a manifest are worded, under the rule `ruleId`. */
export function manifestWording(ruleId: RuleId): YamlWording {
  return { ...wording, ruleId }
}

const wording: YamlWording = {
  ruleId: 'reader-invalid',
  subject: 'Manifest',
  plural: false,
  inner: 'a manifest',
  field: 'Field',
  stringNoun: 'the text',
  stringType: 'text',
  width: 80,
  unknownKey: (label, list, near) =>
    near === undefined
      ? `Unknown field \`${label}\`, expected one of ${list}; remove it or check its spelling`
      : `Unknown field \`${label}\`, expected one of ${list}; rename it to \`${near}\` or remove it`
}

/** A kind of manifest: its schema, how it is worded, and what to add for a missing field. */
export interface ManifestKind {
  readonly schema: SchemaNode
  readonly wording: YamlWording
  /** What to do about the required field `name` missing, such as `add a \`title\` line`. */
  readonly hint: (name: string) => string
}

/** The manifest's text, or undefined with a message on `file` saying why it cannot be had. */
export function readManifestText(
  file: VFile,
  path: string,
  words: YamlWording
): string | undefined {
  let bytes: Uint8Array
  const fail = (ruleId: RuleId, reason: string): undefined => {
    report(file, ruleId, reason, { severity: 'error' })
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
    report(file, words.ruleId, 'Manifest is not valid UTF-8; save it as UTF-8', {
      place: { line: 1, column: 1 },
      severity: 'error'
    })
    return undefined
  }
}

/** The manifest's YAML as data, or undefined when it is empty (`expected`: what it should hold). */
export function readManifestYaml(
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

/** The problems the schema found, each at its place, but none inside a value that could not be read. */
export function manifestProblems(
  found: SchemaProblem[],
  data: YamlData,
  kind: ManifestKind
): YamlProblem[] {
  return found
    .filter((problem) => !isUnder(problem.path, data.broken))
    .map((problem) => manifestProblem(problem, data, kind))
}

/** A problem the schema found, at its place in the manifest, in the words of someone writing YAML. */
function manifestProblem(problem: SchemaProblem, data: YamlData, kind: ManifestKind): YamlProblem {
  const { wording } = kind
  const unknown = unknownPropertyProblem(problem, kind.schema, data, wording)
  if (unknown !== undefined) return unknown
  const place = placeOf(problem.path, data, wording)
  const required = problem.keyword === 'required' ? problem.params.missingProperty : undefined
  if (typeof required === 'string') {
    const what = place.label === '' ? 'Manifest' : `Entry \`${show(place.label)}\``
    return {
      ruleId: wording.ruleId,
      start: valueOffset(place),
      reason: `${what} has no \`${show(required)}\`, expected one; ${kind.hint(required)}`,
      expected: [required]
    }
  }
  const name = show(place.label === '' ? 'manifest' : place.label)
  return {
    ruleId: wording.ruleId,
    start: valueOffset(place),
    end: place.node.range[1],
    reason: `Field \`${name}\` ${describe(problem, place.value, wording)}`
  }
}

/** What a schema problem asks for, in the words of someone writing YAML, and what to do. */
function describe(problem: SchemaProblem, value: unknown, words: YamlWording): string {
  const { keyword, params, message } = problem
  const segments = segmentsOf(problem.path)
  const last = segments.at(-1) ?? ''
  const parent = /^\d+$/.test(last) ? (segments.at(-2) ?? '') : last
  const type = keyword === 'type' ? typeWord(params.type, words) : undefined
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
