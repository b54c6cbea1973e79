// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
/**
 * This interface was referenced by `Settings`'s JSON-Schema
 * via the `definition` "exclusion".
 */
export type Exclusion = (ExcludeText | ExcludePattern | ExcludeBlock)

/**
 * Settings for one manuscript: a sidecar `name.yaml` beside `name.txt`.
 */
export interface Settings {
/**
 * Title of the edition.
 */
title?: string
author?: string
/**
 * The larger work this text is part of, e.g. the book a chapter comes from.
 */
work?: string
/**
 * BCP 47 language tag; `en` when absent.
 */
language?: string
/**
 * Encoding of the manuscript when it is not UTF-8 (UTF-16 is recognised by its byte-order mark).
 */
encoding?: ("utf-8" | "utf-16le" | "utf-16be" | "latin1" | "windows-1252")
/**
 * Blocks to keep out of the text: web-page labels, boilerplate trailers.
 */
exclude?: Exclusion[]
notes?: NotesSettings
}
/**
 * A block whose text, trimmed, is exactly this.
 */
export interface ExcludeText {
text: string
}
/**
 * Blocks matching this regular expression (JavaScript syntax, unanchored; add `^`/`$` to anchor).
 */
export interface ExcludePattern {
pattern: string
flags?: string
}
/**
 * A block by its place: 1 is the first, -1 the last.
 */
export interface ExcludeBlock {
block: number
}
/**
 * This interface was referenced by `Settings`'s JSON-Schema
 * via the `definition` "notesSettings".
 */
export interface NotesSettings {
/**
 * `present` (default): every referenced note must have its body, and an absent one is an error. `absent`: the source is known to lack its note bodies.
 */
bodies?: ("present" | "absent")
/**
 * A separate file holding the note bodies, relative to the manuscript.
 */
file?: string
}
