// The words the EPUB adds to the HTML edition's (`wordsFor` of @colophon/render-html): the
// headings of its navigation and its accessibility summary, by the primary subtag of the
// edition's language; English for a language without words of its own.
import type { Words } from '@colophon/render-html'

export interface EpubWords {
  /** The heading of the landmarks (the book's main parts, for a reading system's menu). */
  landmarks: string
  /** The landmark of the title page. */
  cover: string
  /** The landmark of the first chapter. */
  begin: string
  /** The heading of the list of print pages. */
  pages: string
  /** The label of the colophon: the sources and the notice. */
  colophon: string
  /** What the book offers a reader who uses assistive technology. */
  summary: string
  /** The summary's first sentence, in a book without images or with them; the second. */
  textOnly: string
  figures: string
  /** Added to the summary when the book marks the pages of its print edition. */
  summaryPages: string
}

const en: EpubWords = {
  landmarks: 'Guide',
  cover: 'Title page',
  begin: 'Beginning',
  pages: 'Pages',
  colophon: 'Colophon',
  textOnly: 'The text is all of the book: it has no image that carries meaning of its own.',
  figures: 'Its figures have text alternatives, and their captions are text.',
  summary:
    'Chapters, sections and notes are marked up as such, every note reference links to its note and back, the contents list every chapter, and the reading order is the order of the text.',
  summaryPages: 'The pages of the print edition are marked in the text and listed.'
}

const de: EpubWords = {
  landmarks: 'Übersicht',
  cover: 'Titelseite',
  begin: 'Textbeginn',
  pages: 'Seiten',
  colophon: 'Impressum',
  textOnly: 'Der Text ist das ganze Buch: Es enthält kein Bild mit eigener Bedeutung.',
  figures: 'Seine Abbildungen haben Textalternativen, ihre Bildunterschriften sind Text.',
  summary:
    'Kapitel, Abschnitte und Anmerkungen sind als solche ausgezeichnet, jeder Verweis führt zu seiner Anmerkung und zurück, das Inhaltsverzeichnis nennt jedes Kapitel, und die Lesereihenfolge ist die des Textes.',
  summaryPages: 'Die Seiten der Druckausgabe sind im Text markiert und verzeichnet.'
}

const fr: EpubWords = {
  landmarks: 'Repères',
  cover: 'Page de titre',
  begin: 'Début du texte',
  pages: 'Pages',
  colophon: 'Colophon',
  textOnly: 'Le texte est tout le livre : il ne contient aucune image porteuse d’un sens propre.',
  figures: 'Ses figures ont des alternatives textuelles, et leurs légendes sont du texte.',
  summary:
    'Chapitres, sections et notes sont balisés comme tels, chaque appel de note mène à sa note et retour, la table des matières nomme chaque chapitre, et l’ordre de lecture est celui du texte.',
  summaryPages: 'Les pages de l’édition imprimée sont marquées dans le texte et répertoriées.'
}

const es: EpubWords = {
  landmarks: 'Puntos de referencia',
  cover: 'Portada',
  begin: 'Comienzo del texto',
  pages: 'Páginas',
  colophon: 'Colofón',
  textOnly: 'El texto es todo el libro: no contiene ninguna imagen con sentido propio.',
  figures: 'Sus figuras tienen alternativas textuales, y sus pies son texto.',
  summary:
    'Capítulos, secciones y notas están marcados como tales, cada llamada de nota lleva a su nota y de vuelta, el índice nombra cada capítulo y el orden de lectura es el del texto.',
  summaryPages: 'Las páginas de la edición impresa están marcadas en el texto y enumeradas.'
}

const byLanguage = new Map<string, EpubWords>([
  ['en', en],
  ['de', de],
  ['fr', fr],
  ['es', es]
])

/** The HTML edition's words and the EPUB's. */
export type BookWords = Words & EpubWords

/** The words for `language` (a BCP 47 tag), English when it has none. */
export function epubWordsFor(language: string): EpubWords {
  return byLanguage.get(language.split('-')[0]?.toLowerCase() ?? '') ?? en
}
