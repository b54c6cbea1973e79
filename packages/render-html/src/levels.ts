// Heading levels: the edition's title is `h1`; a chapter's title `h2`. What a chapter holds
// (section titles, its notes) sits one level below the chapter's heading, or at `h2` when the
// chapter has no title of its own, so that no level is skipped.
import type { Chapter } from '@colophon/schema'

/** The level of the chapter's own heading, or 1 when it has none (the edition's title stands for it). */
export function headingLevel(chapter: Chapter): 1 | 2 {
  return chapter.title === undefined ? 1 : 2
}
