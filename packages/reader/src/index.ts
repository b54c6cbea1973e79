// Public API of @colophon/reader.
export { type BookResult, bookChapters, isBookManifest, readBook } from './book.js'
export { type Composed, type ComposeEntry, type ComposeOptions, compose } from './compose.js'
export { type ManifestOptions, type ManifestResult, readManifest } from './manifest.js'
export {
  findProjectRoot,
  type ResolvedSource,
  resolveSource,
  type SourceContext,
  type SourceResolution
} from './paths.js'
