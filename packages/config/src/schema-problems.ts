// Where in the YAML a problem the schema found lies, and which keys the schema knows there, so
// each problem is reported at its node and an unknown key with the known name it likely meant.
import type { SchemaProblem } from '@colophon/schema'
import { closest } from './closest.js'
import { escapePointer, segmentsOf } from './pointer.js'
import { show, unique } from './values.js'
import type { YamlData, YamlPlace, YamlProblem, YamlWording } from './yaml-data.js'

/** A JSON Schema as far as messages need it: the names it knows and how to reach nested values. */
export interface SchemaNode {
  readonly $ref?: string
  readonly $defs?: Readonly<Record<string, SchemaNode>>
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly items?: SchemaNode
  readonly oneOf?: readonly SchemaNode[]
  readonly required?: readonly string[]
  readonly [keyword: string]: unknown
}

/**
 * ajv stops at the first problem it meets. Checking each field of `record` on its own, and each
 * item of a list (`isList(key)`) on its own, finds the first problem in each, so one reading
 * reports them all. `standIn(key, value)` is a document with only that field (and whatever the
 * schema requires besides); items' paths are moved to the item's index.
 */
export function problemsOneByOne(
  record: Record<string, unknown>,
  validate: (value: unknown) => { ok: true } | { ok: false; problems: SchemaProblem[] },
  standIn: (key: string, value: unknown) => Record<string, unknown>,
  isList: (key: string) => boolean
): SchemaProblem[] {
  const found: SchemaProblem[] = []
  for (const key of Object.keys(record)) {
    const value = record[key]
    const pointer = `/${escapePointer(key)}`
    if (!Array.isArray(value) || value.length === 0 || !isList(key)) {
      const outcome = validate(standIn(key, value))
      if (!outcome.ok) found.push(...outcome.problems)
      continue
    }
    value.forEach((item: unknown, index) => {
      const outcome = validate(standIn(key, [item]))
      if (outcome.ok) return
      const first = `${pointer}/0`
      for (const problem of outcome.problems) {
        const path =
          problem.path === first || problem.path.startsWith(`${first}/`)
            ? `${pointer}/${index}${problem.path.slice(first.length)}`
            : problem.path
        found.push({ ...problem, path })
      }
    })
  }
  return found
}

/** The problem for ajv's complaint of an unknown key, or undefined for any other complaint. */
export function unknownPropertyProblem(
  problem: SchemaProblem,
  root: SchemaNode,
  data: YamlData,
  wording: YamlWording
): YamlProblem | undefined {
  const name = problem.params.additionalProperty
  if (problem.keyword !== 'additionalProperties' || typeof name !== 'string') return undefined
  const known = knownKeys(root, schemaAt(root, problem.path))
  return unknownKeyProblem(problem.path, name, known, data, wording)
}

/** A problem for the key `name` under `parent` that the schema does not know. */
export function unknownKeyProblem(
  parent: string,
  name: string,
  known: string[],
  data: YamlData,
  wording: YamlWording
): YamlProblem {
  const place = data.places.get(`${parent}/${escapePointer(name)}`)
  const start = place
    ? (place.key ?? place.node).range[0]
    : valueOffset(placeOf(parent, data, wording))
  const label = show(place?.label ?? name, wording.width)
  const list = known.map((key) => `\`${key}\``).join(', ')
  const near = closest(name, known)
  const reason = wording.unknownKey(label, list, near)
  if (near === undefined) return { ruleId: wording.ruleId, start, reason, actual: name }
  return { ruleId: wording.ruleId, start, reason, actual: name, expected: [near] }
}

/** The schema of the value at `path` under `root`, following `$ref`s and `oneOf` branches. */
export function schemaAt(root: SchemaNode, path: string): SchemaNode | undefined {
  let schema = resolveSchema(root, root)
  for (const segment of segmentsOf(path)) {
    if (schema === undefined) return undefined
    schema = resolveSchema(
      root,
      schema.items && /^\d+$/.test(segment) ? schema.items : propertyOf(root, schema, segment)
    )
  }
  return schema
}

function propertyOf(root: SchemaNode, schema: SchemaNode, name: string): SchemaNode | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, name)) return schema.properties[name]
  for (const branch of schema.oneOf ?? []) {
    const resolved = resolveSchema(root, branch)
    const found = resolved && propertyOf(root, resolved, name)
    if (found) return found
  }
  return undefined
}

/** `schema`, or the definition in `root` its `$ref` points to. */
export function resolveSchema(
  root: SchemaNode,
  schema: SchemaNode | undefined
): SchemaNode | undefined {
  const prefix = '#/$defs/'
  if (!schema?.$ref?.startsWith(prefix)) return schema
  const name = schema.$ref.slice(prefix.length)
  const defs = root.$defs
  return defs && Object.hasOwn(defs, name) ? defs[name] : undefined
}

/** The keys `schema` allows, in any of its `oneOf` branches too. */
function knownKeys(root: SchemaNode, schema: SchemaNode | undefined): string[] {
  if (schema === undefined) return []
  const branches = (schema.oneOf ?? []).map((branch) => resolveSchema(root, branch))
  return unique([
    ...Object.keys(schema.properties ?? {}),
    ...branches.flatMap((branch) => Object.keys(branch?.properties ?? {}))
  ])
}

/** The place of a pointer, or of its nearest ancestor that has one. */
export function placeOf(path: string, data: YamlData, wording: YamlWording): YamlPlace {
  for (let current = path; ; current = current.slice(0, Math.max(current.lastIndexOf('/'), 0))) {
    const place = data.places.get(current)
    if (place) return place
    if (current === '') break
  }
  throw new Error(`${wording.subject} ${wording.plural ? 'have' : 'has'} no root place`)
}

/** An empty value has no text of its own, so its key is the place to point at. */
export function valueOffset(place: YamlPlace): number {
  const [start, end] = place.node.range
  return start === end && place.key ? place.key.range[0] : start
}
