// Public API of @colophon/parser.

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
export type { Encoding } from './shared/decode.js'
export { decode, maxBytes } from './shared/decode.js'
export { joinTrees } from './shared/join.js'
export { type Severity, severityOf } from './shared/messages.js'
export { findProjectRoot, sourceName } from './source-name.js'
