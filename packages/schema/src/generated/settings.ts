// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
/**
 * This interface was referenced by `Settings`'s JSON-Schema
 * via the `definition` "exclusion".
 */
export type Exclusion = (ExcludeText | ExcludePattern | ExcludeBlock)
/**
 * A way of writing note markers: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `†`, `‡`, `§`, an editor's letter `[a]`).
 * 
 * This interface was referenced by `Settings`'s JSON-Schema
 * via the `definition` "markerStyleSetting".
 */
export type MarkerStyleSetting = ("glued" | "spaced" | "bracket" | "angle" | "paren" | "caret" | "superscript" | "symbol")
/**
 * How much a rule's messages matter: `off` drops them, `info` is for review, `warn` is a warning, `error` fails the check.
 * 
 * This interface was referenced by `Settings`'s JSON-Schema
 * via the `definition` "ruleLevel".
 */
export type RuleLevel = ("off" | "info" | "warn" | "error")

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
rules?: RuleSettings
}
/**
 * A block whose text, trimmed, is exactly this.
 */
export interface ExcludeText {
text: string
}
/**
 * Blocks matching this regular expression, unanchored (add `^`/`$` to anchor), in RE2 syntax: JavaScript's without look-around and back-references, so that it runs in linear time.
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
/**
 * A glued numeral that repeats a note number already cited in the chapter (`…worship.”1` twice): `report` (default) it as a numbering fault, or `allow` it as the same note cited again. A numeral set off by spaces counts as glued. Bracketed, caret, angle, symbol and Markdown markers may always cite a note again.
 */
repeats?: ("allow" | "report")
/**
 * The ways the text writes its note markers, when detection should not guess: only these are read as notes, and every other numeral, bracket or symbol stays text. Absent: every style is tried, and numerals set off by spaces or in parentheses are read only where the note bodies' numbers support them.
 * 
 * @minItems 1
 */
markers?: [MarkerStyleSetting, ...(MarkerStyleSetting)[]]
/**
 * Markdown: how footnotes are printed. `number` (default): by their number in the order of first reference, whatever their labels (`[^relational]`, `[^7]`), as pandoc does; `keep`: by their labels as written, a numeric label keeping its number.
 */
labels?: ("number" | "keep")
/**
 * Headings of the text's notes sections that the parser does not know by itself (it knows Notes, Footnotes, Endnotes and their like in the manuscript's language), as written; case does not matter, and a heading may go on with `to …` (`NOTES TO BOOK II`).
 * 
 * @minItems 1
 */
headings?: [string, ...(string)[]]
/**
 * Where the note numbers start afresh: `chapter` (with every chapter, letter or poem a heading opens) or `book` (one sequence through the whole text). Absent: found from the text (a chapter whose first note is 1 starts afresh).
 */
numbering?: ("chapter" | "book")
}
/**
 * Severity of the checks, by rule id (see the rules of @colophon/check); a rule not named keeps its default.
 * 
 * This interface was referenced by `Settings`'s JSON-Schema
 * via the `definition` "ruleSettings".
 */
export interface RuleSettings {
"note-defined"?: RuleLevel
"notes-absent"?: RuleLevel
"note-used"?: RuleLevel
"note-unique"?: RuleLevel
"note-sequence"?: RuleLevel
"marker-ambiguous"?: RuleLevel
"marker-punctuation"?: RuleLevel
"claim-cited"?: RuleLevel
"settings-invalid"?: RuleLevel
"settings-exclusion-unused"?: RuleLevel
"encoding-invalid"?: RuleLevel
"encoding-bom"?: RuleLevel
"size-limit"?: RuleLevel
"text-control-character"?: RuleLevel
"text-invisible"?: RuleLevel
"text-mojibake"?: RuleLevel
"text-empty"?: RuleLevel
"note-unclosed"?: RuleLevel
"settings-ignored"?: RuleLevel
"settings-unsupported"?: RuleLevel
"markdown-unreadable"?: RuleLevel
"markdown-html"?: RuleLevel
"markdown-template"?: RuleLevel
"image-missing"?: RuleLevel
"image-remote"?: RuleLevel
"image-unsupported"?: RuleLevel
"file-unreadable"?: RuleLevel
}
