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
import { isScalar } from 'yaml'
import { closest } from './closest.js'
import { escapePointer, isUnder, segmentsOf, unescapePointer } from './pointer.js'
import { reportYamlProblems } from './report.js'
import {
  placeOf as placeIn,
  problemsOneByOne,
  resolveSchema,
  type SchemaNode,
  schemaAt,
  unknownKeyProblem,
  unknownPropertyProblem,
  valueOffset
} from './schema-problems.js'
import { compileUserPattern } from './user-pattern.js'
import {
  defineKey,
  isRecord,
  kindOf as kindOfValue,
  show as showText,
  showValue as showValueOf,
  typeWord,
  unique
} from './values.js'
import {
  parseYaml,
  toYamlData,
  type YamlData,
  type YamlPlace,
  type YamlProblem,
  type YamlWording
} from './yaml-data.js'

const ruleId = 'settings-invalid'
const rootSchema: SchemaNode = settingsSchema

const wording: YamlWording = {
  ruleId,
  subject: 'Settings',
  plural: true,
  inner: 'settings',
  field: 'Setting',
  stringNoun: 'the string',
  stringType: 'a string',
  width: 60,
  unknownKey: (label, list, near) =>
    near === undefined
      ? `Unknown setting \`${label}\`; remove it or check its spelling (known: ${list})`
      : `Unknown setting \`${label}\`; rename it to \`${near}\` or remove it (known: ${list})`
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
 * the offending node; the settings are returned only when there is none. `foreign: 'ignore'`
 * (front matter, which other tools read too): a top-level key that is no setting is left out
 * with a warning, not refused.
 */
export function readSettings(
  file: VFile,
  options: { foreign?: 'refuse' | 'ignore' } = {}
): Settings | undefined {
  const text = file.toString()
  const problems: YamlProblem[] = []
  const settings = read(text, problems, options.foreign === 'ignore')
  reportYamlProblems(file, text, problems)
  return problems.every((problem) => problem.warning) ? settings : undefined
}

function read(text: string, problems: YamlProblem[], ignoreForeign: boolean): Settings | undefined {
  const doc = parseYaml(text, wording, problems)
  if (doc === undefined) return undefined
  const root = doc.contents
  // Nothing but comments, or a bare `---`: no settings, which is fine.
  if (root === null || (isScalar(root) && root.value === null && root.range[0] === root.range[1])) {
    return {}
  }
  const data = toYamlData(doc, root, wording, problems)
  if (data === undefined) return undefined
  if (ignoreForeign) leaveOutForeign(data, problems)
  const validation = validateSettings(data.value)
  if (!validation.ok) {
    const found = isRecord(data.value)
      ? problemsOneByOne(
          data.value,
          validateSettings,
          alone,
          // A list setting is one an empty list satisfies.
          (key) => validateSettings(alone(key, [])).ok
        )
      : []
    schemaProblems(found.length > 0 ? found : validation.problems, data, problems)
  }
  meaningProblems(data, problems)
  return validation.ok ? validation.value : undefined
}

/**
 * Leaves out of `data` the top-level keys that name no setting (`layout`, `permalink`: another
 * tool's), each with a warning that names the setting it may have meant (`titel`: `title`).
 */
function leaveOutForeign(data: YamlData, problems: YamlProblem[]): void {
  const value = data.value
  if (!isRecord(value)) return
  const known = Object.keys(rootSchema.properties ?? {})
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue
    const place = data.places.get(`/${escapePointer(key)}`)
    const near = closest(key, known)
    const meant = near === undefined ? '' : `; if you meant \`${near}\`, rename it`
    problems.push({
      ruleId: 'settings-ignored',
      warning: true,
      start: place ? (place.key ?? place.node).range[0] : 0,
      reason: `Front matter key \`${show(key)}\` is no setting of Colophon's, so it is ignored (another tool may read it)${meant}`
    })
    delete value[key]
  }
}

/** Settings with only `key`, defined so that even `__proto__` stays a key of its own. */
function alone(key: string, value: unknown): Record<string, unknown> {
  const settings: Record<string, unknown> = {}
  defineKey(settings, key, value)
  return settings
}

function schemaProblems(found: SchemaProblem[], data: YamlData, problems: YamlProblem[]): void {
  // ajv answers a failed `oneOf` with one complaint per alternative; one diagnosis of which
  // alternative was meant says more.
  const choices = new Set(
    found
      .filter((problem) => problem.keyword === 'oneOf' && !isUnder(problem.path, data.broken))
      .map((problem) => problem.path)
  )
  for (const path of choices) problems.push(...choiceProblems(path, found, data))
  for (const problem of found) {
    if (isUnder(problem.path, choices) || isUnder(problem.path, data.broken)) continue
    problems.push(schemaProblem(problem, data))
  }
}

function schemaProblem(problem: SchemaProblem, data: YamlData): YamlProblem {
  const unknown = unknownPropertyProblem(problem, rootSchema, data, wording)
  if (unknown !== undefined) return unknown
  const place = placeOf(problem.path, data)
  const name = show(place.label === '' ? 'settings' : place.label)
  const what = describe(problem, place.value, lastSegment(problem.path))
  return {
    ruleId,
    start: valueOffset(place),
    reason: `Setting \`${name}\` ${what}; fix the value in the settings`
  }
}

/** Says which alternative of a `oneOf` the value was meant to be, and what keeps it from being so. */
function choiceProblems(path: string, found: SchemaProblem[], data: YamlData): YamlProblem[] {
  const place = placeOf(path, data)
  const label = show(place.label)
  const start = valueOffset(place)
  const branches = (schemaAt(rootSchema, path)?.oneOf ?? [])
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
        ruleId,
        start,
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
    return [
      { ruleId, start, reason: `Setting \`${label}\` has both ${both}; give each its own item` }
    ]
  }
  if (branch === undefined) {
    const known = unique(branches.flatMap((one) => Object.keys(one.properties ?? {})))
    const unknown = keys.filter((key) => !known.includes(key))
    if (unknown.length > 0) return unknown.map((key) => unknownProblem(path, key, known, data))
    return [{ ruleId, start, reason: `Setting \`${label}\` needs one of ${either}; add one` }]
  }
  const allowed = Object.keys(branch.properties ?? {})
  const result: YamlProblem[] = []
  for (const key of keys) {
    if (allowed.includes(key)) continue
    const other = branches.find((one) => one.properties && Object.hasOwn(one.properties, key))
    const keyPlace = data.places.get(`${path}/${escapePointer(key)}`)
    if (other && keyPlace) {
      result.push({
        ruleId,
        start: (keyPlace.key ?? keyPlace.node).range[0],
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
      ruleId,
      start,
      reason: `Setting \`${label}\` is not a valid \`${kindOfBranch(branch)}\` item; fix the item`
    })
  }
  return result
}

/** What a schema problem asks for, in the words of someone writing YAML. */
function describe(problem: SchemaProblem, value: unknown, name: string): string {
  const { keyword, params, message } = problem
  const type = keyword === 'type' ? typeWord(params.type, wording) : undefined
  if (type !== undefined) return `must be ${type}, not ${kindOf(value)}`
  if (keyword === 'minLength') {
    return params.limit === 1
      ? 'must not be empty'
      : `must have at least ${params.limit} characters`
  }
  if (keyword === 'maxLength') return `must have at most ${params.limit} characters`
  if (keyword === 'pattern') {
    if (name === 'language')
      return `must be a language tag such as \`en\` or \`pt-BR\`, not ${showValue(value)}`
    if (name === 'flags')
      return `may hold only the flags \`i\`, \`m\`, \`s\` and \`u\`, not ${showValue(value)}`
    return `${show(message, 200)}, not ${showValue(value)}`
  }
  if (keyword === 'not') {
    if (name === 'block') return 'must not be `0`: count blocks from 1 (the first) or -1 (the last)'
    return `must not be ${showValue(value)}`
  }
  if (keyword === 'enum') return `${show(message, 200)}, not ${showValue(value)}`
  return show(message, 200)
}

/** Checks the schema cannot express: patterns must compile, the notes file must stay nearby. */
function meaningProblems(data: YamlData, problems: YamlProblem[]): void {
  const settings = data.value
  if (!isRecord(settings)) return
  const at = (path: string, reason: string): void => {
    const place = placeOf(path, data)
    problems.push({
      ruleId,
      start: valueOffset(place),
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
      const compiled = compileUserPattern(item.pattern, flags)
      if (!('error' in compiled)) return
      if (new Set(flags).size !== flags.length) {
        at(`${base}/flags`, `repeats a flag; give each flag once`)
        return
      }
      at(
        `${base}/pattern`,
        `is not a pattern Colophon can run (${show(compiled.error, 200)}); patterns use RE2 syntax: JavaScript's, without look-around and back-references, which cannot run in linear time`
      )
    })
  }
  const notes = Object.hasOwn(settings, 'notes') ? settings.notes : undefined
  if (isRecord(notes) && typeof notes.file === 'string' && notes.file !== '') {
    const problem = notesFileProblem(notes.file)
    if (problem !== undefined) at('/notes/file', problem)
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

// Settings always speak in their own wording, so the shared helpers are bound to it once.
function placeOf(path: string, data: YamlData): YamlPlace {
  return placeIn(path, data, wording)
}

function unknownProblem(
  parent: string,
  name: string,
  known: string[],
  data: YamlData
): YamlProblem {
  return unknownKeyProblem(parent, name, known, data, wording)
}

function resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
  return resolveSchema(rootSchema, schema)
}

function lastSegment(path: string): string {
  return segmentsOf(path).at(-1) ?? ''
}

function kindOf(value: unknown): string {
  return kindOfValue(value, wording)
}

function showValue(value: unknown): string {
  return showValueOf(value, wording)
}

function show(text: string, max = wording.width): string {
  return showText(text, max)
}
