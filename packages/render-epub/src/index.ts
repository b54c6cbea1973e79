// Public API of @colophon/render-epub.
export type { EpubOptions, PrintPages } from './options.js'
export { renderEpub } from './render-epub.js'
