// Validators for the edition AST, settings, reader manifests and diagnostics reports, compiled
// once on first use.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { withDispatch } from './dispatch.js'
import type { Root } from './generated/edition.js'
import { editionSchema } from './generated/edition.schema.js'
import type { ReaderManifest } from './generated/reader.js'
import { readerSchema } from './generated/reader.schema.js'
import type { Report } from './generated/report.js'
import { reportSchema } from './generated/report.schema.js'
import type { Settings } from './generated/settings.js'
import { settingsSchema } from './generated/settings.schema.js'

/** One problem found by a validator: where in the instance, and what. */
export interface SchemaProblem {
  /** JSON Pointer into the validated value, `''` for the value itself. */
  path: string
  message: string
}

/** The outcome of validating a value against one of the schemas. */
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] }

/** At most this many problems are reported for one value. */
const maxProblems = 20

let ajv: Ajv2020 | undefined
const compiled = new Map<string, ValidateFunction>()
let dispatchingAjv: Ajv2020 | undefined
const dispatching = new Map<string, ValidateFunction>()

/** The validator of the schema as written: its errors are the problems reported. */
function validator(schema: { $id: string }): ValidateFunction {
  let found = compiled.get(schema.$id)
  if (!found) {
    ajv ??= new Ajv2020({ strict: true, allErrors: false, $data: false, messages: true })
    found = ajv.compile(schema)
    compiled.set(schema.$id, found)
  }
  return found
}

/**
 * A validator that accepts the same values as the schema as written, but tries only the branch
 * of a `oneOf` over node types that the node's `type` names, where the schema as written tries
 * all six for every inline node; the schema's own validator when it has no such `oneOf`.
 */
function quickValidator(schema: { $id: string }): ValidateFunction {
  let found = dispatching.get(schema.$id)
  if (!found) {
    const copy = withDispatch(schema)
    if (copy === undefined) found = validator(schema)
    else {
      dispatchingAjv ??= new Ajv2020({
        strict: true,
        allErrors: false,
        $data: false,
        messages: false,
        discriminator: true
      })
      found = dispatchingAjv.compile(copy)
    }
    dispatching.set(schema.$id, found)
  }
  return found
}

function run<T>(schema: { $id: string }, value: unknown): Validation<T> {
  const quick = quickValidator(schema)
  if (quick(value)) return { ok: true, value: value as T }
  // A value that fails is validated again against the schema as written, for its problems.
  const validate = validator(schema)
  if (validate !== quick && validate(value)) return { ok: true, value: value as T }
  return { ok: false, problems: (validate.errors ?? []).slice(0, maxProblems).map(toProblem) }
}

function toProblem(error: ErrorObject): SchemaProblem {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues
  const extra = (error.params as { additionalProperty?: string }).additionalProperty
  let message = error.message ?? 'is invalid'
  if (extra !== undefined) message = `has unknown property \`${extra}\``
  else if (allowed) message = `must be one of ${allowed.map((v) => `\`${String(v)}\``).join(', ')}`
  return { path: error.instancePath, message }
}

/** Checks that `value` is an edition AST. */
export function validateEdition(value: unknown): Validation<Root> {
  return run<Root>(editionSchema, value)
}

/** Checks that `value` is a settings object (a parsed sidecar). */
export function validateSettings(value: unknown): Validation<Settings> {
  return run<Settings>(settingsSchema, value)
}

/** Checks that `value` is a reader manifest (a parsed `reader.yaml`). */
export function validateReader(value: unknown): Validation<ReaderManifest> {
  return run<ReaderManifest>(readerSchema, value)
}

/** Checks that `value` is a diagnostics report (`colophon check --format json`). */
export function validateReport(value: unknown): Validation<Report> {
  return run<Report>(reportSchema, value)
}
