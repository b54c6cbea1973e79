// The shape of the words an edition prints around the manuscript's own: headings, notices,
// labels for screen readers, the colophon. One object per language; a word with a number or a
// name inside is a function of it, so that word order, plural and quotation marks stay the
// language's own.

/** Words around the title of a work, which the renderer sets in `<cite>`. */
export type Phrase = readonly (string | { cite: string })[]

/** A work as a reader's excerpt names it. */
export interface Work {
  title: string
  author?: string | undefined
  work?: string | undefined
}

export interface Words {
  /** The primary language subtag these words are in: `en`, `de`, `fr`, `es`. */
  language: string
  /** The heading and label of the contents. */
  contents: string
  /** The heading of a notes list. */
  notes: string
  /** The heading of the notes left over when notes sit at the foot of the page. */
  notesUnreferenced: string
  /** Heading of the notes too long for the foot of a page, printed after the chapter. */
  notesLong: string
  /** The heading of a reader's closing list of sources. */
  sources: string
  /** The heading of the editor's introduction to a chapter of a reader. */
  introduction: string
  /** The keyword that says what the PDF is. */
  edition: string
  /** Above the notes, when the source has not one note body: the numbers link back. */
  notesAbsent: string
  /** The footnote that says the same in print, where nothing links. */
  notesAbsentInPrint: string
  /** Before the list of sources in the colophon. */
  madeFrom(sources: number): string
  /** The colophon of an edition whose sources are listed under `sources`. */
  madeFromListed: string
  /** An untitled chapter: `Chapter 3`. */
  chapter(n: number): string
  /** A titled chapter in a sentence: `Chapter 3, “Title”`. */
  chapterTitled(n: number, title: string): string
  /** The label of a paragraph number: `Paragraph 12`. */
  paragraph(n: number): string
  /** The label of a note reference: `Note 7`. */
  note(label: string): string
  /** The label of the link from a note back to its `k`-th reference (from 1). */
  backToReference(label: string, k: number): string
  /** The body of a note the source lacks. */
  noteMissing(label: string): string
  /** What a renumbered note was called in its source: `(note 7 in the source)`. */
  noteInSource(label: string): string
  /** The label of the mark where `count` paragraphs of the source were left out. */
  elided(count: number): string
  /** The label of the mark where `count` sentences of a paragraph were left out. */
  elidedSentences(count: number): string
  /** The description of the document: `Title, by Author`. */
  titleBy(title: string, author: string): string
  /** Where a reader's chapter comes from, and which of the source's paragraphs it holds. */
  origin(from: Work & { paragraphs: string }): Phrase
  /** A source in a reader's closing list: `Author, “Title,” in <cite>Book</cite> (2010).` */
  sourceTitle(work: Work): Phrase
  /** After a chapter's name in that list: `: paragraphs 66, 71–73`. */
  excerptParagraphs(runs: string): string
}
