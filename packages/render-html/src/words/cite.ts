// A work cited as a bibliography would cite it, the same in every language but for its quotation
// marks and the word before the book: the author, the chapter in quotation marks, the book in
// italics and what follows its title in roman; `Timothy Snyder, “Class Terror,” in <cite>Bloodlands:
// Europe Between Hitler and Stalin</cite> (2010), chapter 2`. A work with no larger work is its
// book: `Timothy Snyder, <cite>Bloodlands</cite>`. No parentheses are added around the work, so
// that a year in parentheses inside it is never nested in others.
import type { Phrase, Work } from './types.js'

/** How a language sets a chapter's title and the word that leads to its book. */
export interface CiteStyle {
  /** The chapter's title in quotation marks, with what follows it (`“Title,”`, `„Title“,`). */
  quoted(title: string): string
  /** The word before the book: `in`, `in:`, `dans`, `en`. */
  within: string
}

/**
 * After a book's title: a year in parentheses, or a comma and a part of it or those who made
 * it (`, chapter 2`, `, Band II`, `, with an introduction by`, `, traduit par`), in the four
 * languages the edition's words are in.
 */
const afterBook =
  / \(|, (?=(?:chapter|chap\.|vol\.|volume|book|part|with|edited|translated|ed\.|trans\.|kapitel|band|bd\.|teil|hg\.|hrsg\.|herausgegeben|übersetzt|chapitre|tome|livre|traduit|édité|capítulo|tomo|libro|traducido|edición)(?![\p{L}]))/iu

/** `work` as its book's title and what follows it: a year in parentheses, `, chapter 2`. */
export function bookOf(work: string): { book: string; rest: string } {
  const at = work.search(afterBook)
  return at > 0 ? { book: work.slice(0, at), rest: work.slice(at) } : { book: work, rest: '' }
}

/** `Author, “Chapter,” in <cite>Book</cite> rest`, or `Author, <cite>Title</cite>`. */
export function citation({ title, author, work }: Work, style: CiteStyle): Phrase {
  const by = author === undefined ? [] : [`${author}, `]
  if (work === undefined) return [...by, { cite: title }]
  const { book, rest } = bookOf(work)
  return [...by, `${style.quoted(title)} ${style.within} `, { cite: book }, rest]
}

/** `phrase` closed by a full stop, unless it ends with one already. */
export function closed(phrase: Phrase): Phrase {
  const last = phrase[phrase.length - 1]
  const text = typeof last === 'string' ? last : (last?.cite ?? '')
  return /[.!?]$/.test(text) ? phrase : [...phrase, '.']
}
