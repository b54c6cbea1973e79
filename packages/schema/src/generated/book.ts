// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
/**
 * A book written in several chapter files, built as one edition (`colophon build name.book.yaml`): the files in the order given, each read with its own settings (its sidecar or front matter), their chapters one after another.
 */
export interface BookManifest {
/**
 * Title of the book.
 */
title: string
author?: string
/**
 * The work the book is an edition of, when the title says otherwise.
 */
work?: string
/**
 * BCP 47 language tag of the book; when absent, its first chapter file's language.
 */
language?: string
/**
 * The chapter files, in reading order, as paths relative to the manifest, inside the project. Each gives the chapters its headings open (one, when it has no chapter heading).
 * 
 * @minItems 1
 */
chapters: [string, ...(string)[]]
}
