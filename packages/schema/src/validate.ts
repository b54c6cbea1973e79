// Validators for the edition AST, settings, reader manifests and diagnostics reports: whether a
// value is valid comes from code generated from the schemas (src/generated/validators.ts); the
// problems of a value that is not, from ajv compiling the schema as written, once, when first
// needed.
import { createRequire } from 'node:module'
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import type { BookManifest } from './generated/book.js'
import { bookSchema } from './generated/book.schema.js'
import type { Root } from './generated/edition.js'
import { editionSchema } from './generated/edition.schema.js'
import type { ReaderManifest } from './generated/reader.js'
import { readerSchema } from './generated/reader.schema.js'
import type { Report } from './generated/report.js'
import { reportSchema } from './generated/report.schema.js'
import type { Settings } from './generated/settings.js'
import { settingsSchema } from './generated/settings.schema.js'
import * as generated from './generated/validators.js'

/** One problem found by a validator: where in the instance, and what. */
export interface SchemaProblem {
  /** JSON Pointer into the validated value, `''` for the value itself. */
  path: string
  /** What is wrong, in ajv's words, for a developer; configuration words it for its writer. */
  message: string
  /** The schema keyword the value fails, such as `type`, `required` or `additionalProperties`. */
  keyword: string
  /** ajv's details of the failure, such as `{ missingProperty: 'title' }` for `required`. */
  params: Readonly<Record<string, unknown>>
}

/** The outcome of validating a value against one of the schemas. */
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] }

/** At most this many problems are reported for one value. */
const maxProblems = 20

/** Whether a value is valid, with nothing else to say. */
type Check = (value: unknown) => boolean

// ajv itself is loaded only to word the problems of a value that fails: loading and compiling
// it took about 150 ms of every program that validated anything.
const require = createRequire(import.meta.url)
let ajv: Ajv2020 | undefined
const compiled = new Map<string, ValidateFunction>()

/** The validator of the schema as written: its errors are the problems reported. */
function validator(schema: { $id: string }): ValidateFunction {
  let found = compiled.get(schema.$id)
  if (!found) {
    if (!ajv) {
      const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
      ajv = new Ajv2020({ strict: true, allErrors: false, $data: false, messages: true })
    }
    found = ajv.compile(schema)
    compiled.set(schema.$id, found)
  }
  return found
}

function run<T>(schema: { $id: string }, check: Check, value: unknown): Validation<T> {
  if (check(value)) return { ok: true, value: value as T }
  // The generated code accepts what the schema as written accepts (the tests hold them to it);
  // the latter decides, and says why.
  const validate = validator(schema)
  if (validate(value)) return { ok: true, value: value as T }
  return { ok: false, problems: (validate.errors ?? []).slice(0, maxProblems).map(toProblem) }
}

function toProblem(error: ErrorObject): SchemaProblem {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues
  const extra = (error.params as { additionalProperty?: string }).additionalProperty
  let message = error.message ?? 'is invalid'
  if (extra !== undefined) message = `has unknown property \`${extra}\``
  else if (allowed) message = `must be one of ${allowed.map((v) => `\`${String(v)}\``).join(', ')}`
  return { path: error.instancePath, message, keyword: error.keyword, params: error.params }
}

/** Checks that `value` is an edition AST. */
export function validateEdition(value: unknown): Validation<Root> {
  return run<Root>(editionSchema, generated.edition, value)
}

/** Checks that `value` is a settings object (a parsed sidecar). */
export function validateSettings(value: unknown): Validation<Settings> {
  return run<Settings>(settingsSchema, generated.settings, value)
}

/** Checks that `value` is a reader manifest (a parsed `reader.yaml`). */
export function validateReader(value: unknown): Validation<ReaderManifest> {
  return run<ReaderManifest>(readerSchema, generated.reader, value)
}

/** Checks that `value` is a book manifest (a parsed `name.book.yaml`). */
export function validateBook(value: unknown): Validation<BookManifest> {
  return run<BookManifest>(bookSchema, generated.book, value)
}

/** Checks that `value` is a diagnostics report (`colophon check --format json`). */
export function validateReport(value: unknown): Validation<Report> {
  return run<Report>(reportSchema, generated.report, value)
}
