// Public API of @colophon/parser.
export type { Encoding } from './decode.js'
export { decode, maxBytes } from './decode.js'
export { joinTrees } from './join.js'
export { type Severity, severityOf } from './messages.js'
export {
  type Format,
  formatOf,
  markdownExtensions,
  type ParseOptions,
  type ParseResult,
  parse
} from './parse.js'
export {
  colophonMarkdown,
  colophonText,
  type MarkdownOptions,
  remarkColophon,
  type TextOptions
} from './plugin.js'
export { type FileOptions, type FileResult, parseFile } from './read.js'
export { findProjectRoot, sourceName } from './source-name.js'
