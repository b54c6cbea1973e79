// Public API of @colophon/render-html.
export { type FontFile, faceRule } from './font-files.js'
export { families, fontFacesFor, fontFilesFor, inTypeface } from './fonts.js'
export { isLongNote, noteLength } from './note-length.js'
export type { NotePlacement, Profile, RenderOptions } from './options.js'
export { colophonRehype } from './plugin.js'
export { renderHtml } from './render-html.js'
export { toHast } from './to-hast.js'
export { type Phrase, type Words, type Work, wordsFor } from './words/index.js'
