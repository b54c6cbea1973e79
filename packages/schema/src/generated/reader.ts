// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
/**
 * `foot`: at the foot of the page; `chapter` (default): at the end of each chapter; `reader`: at the end of the reader.
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "notePlacement".
 */
export type NotePlacement = ("foot" | "chapter" | "reader")
/**
 * `source` (default): the numbers of the manuscript; `chapter`: from 1 in each chapter; `continuous`: from 1 through the reader, with a table from the new numbers to the original ones.
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "noteNumbering".
 */
export type NoteNumbering = ("source" | "chapter" | "continuous")
/**
 * A paragraph id (`p7`) or an inclusive range of them (`p5-p20`).
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "paragraphRange".
 */
export type ParagraphRange = string
/**
 * A claim id (`p12.3`) or an inclusive range of them (`p12.3-p14.2`).
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "claimRange".
 */
export type ClaimRange = string

/**
 * A course reader: chapters and excerpts of several manuscripts compiled into one edition (`colophon build reader.yaml`).
 */
export interface ReaderManifest {
/**
 * Title of the reader.
 */
title: string
subtitle?: string
/**
 * The course the reader is for, e.g. `HIST 210: Europe 1914–1945`.
 */
course?: string
instructor?: string
/**
 * When the course runs, e.g. `Spring 2026`.
 */
term?: string
/**
 * Rights or fair-use statement, printed on the back of the title page.
 */
notice?: string
/**
 * BCP 47 language tag of the reader: its words (contents, notes, sources…) and hyphenation; when absent, its first source's language.
 */
language?: string
page?: ReaderPage
notes?: ReaderNotes
/**
 * The chapters and excerpts, in reading order.
 * 
 * @minItems 1
 */
entries: [ReaderEntry, ...(ReaderEntry)[]]
}
/**
 * The printed page.
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "page".
 */
export interface ReaderPage {
/**
 * Trim size: `A4`, `A5`, `Letter`, or width by height with a unit (`in`, `mm`, `cm`, `pt`), such as `6x9in` or `148x210mm`.
 */
size?: string
}
/**
 * Where the notes go and how they are numbered.
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "notes".
 */
export interface ReaderNotes {
placement?: NotePlacement
numbering?: NoteNumbering
}
/**
 * One chapter of the reader: a manuscript, whole or in part.
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "entry".
 */
export interface ReaderEntry {
/**
 * The manuscript, as a path relative to the manifest, inside the project.
 */
source: string
/**
 * Title of the chapter; the manuscript's own title when absent.
 */
title?: string
select?: ReaderSelection
/**
 * The editor's introduction to the chapter, in Markdown.
 */
introduction?: string
}
/**
 * The parts of the manuscript to include; the whole manuscript when absent. Ids are the manuscript's own, so an excerpt keeps its original paragraph numbers.
 * 
 * This interface was referenced by `ReaderManifest`'s JSON-Schema
 * via the `definition` "selection".
 */
export interface ReaderSelection {
/**
 * Sections by number, counting from 1.
 * 
 * @minItems 1
 */
sections?: [number, ...(number)[]]
/**
 * Paragraphs by id: one (`p7`) or an inclusive range (`p5-p20`).
 * 
 * @minItems 1
 */
paragraphs?: [ParagraphRange, ...(ParagraphRange)[]]
/**
 * Claims (sentences) by id: one (`p12.3`) or an inclusive range (`p12.3-p14.2`).
 * 
 * @minItems 1
 */
claims?: [ClaimRange, ...(ClaimRange)[]]
}
