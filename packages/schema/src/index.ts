// Public API of @colophon/schema: types derived from the JSON Schemas, the
// schemas themselves, and their validators.
export type * from './generated/book.js'
export { bookSchema } from './generated/book.schema.js'
export type * from './generated/edition.js'
export { editionSchema } from './generated/edition.schema.js'
export type * from './generated/reader.js'
export { readerSchema } from './generated/reader.schema.js'
export type * from './generated/report.js'
export { reportSchema } from './generated/report.schema.js'
export type * from './generated/settings.js'
export { settingsSchema } from './generated/settings.schema.js'
export {
  blocksIn,
  isCode,
  isFigure,
  isList,
  isParagraph,
  isQuote,
  isTable,
  paragraphsIn,
  paragraphsOf
} from './nodes.js'
export type { SchemaProblem, Validation } from './validate.js'
export {
  validateBook,
  validateEdition,
  validateReader,
  validateReport,
  validateSettings
} from './validate.js'
