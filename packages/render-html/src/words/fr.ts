// The words of a French edition: « … » as quotation marks and a no-break space before a colon
// and inside the guillemets, as French typography sets them.

import { type CiteStyle, citation, closed } from './cite.js'
import { isOne, isOneParagraph } from './count.js'
import type { Words } from './types.js'

/** U+00A0: the space a French colon or guillemet keeps on its line. */
const nbsp = '\u00a0'

/** `« Titre », dans` */
const style: CiteStyle = { quoted: (title) => `«${nbsp}${title}${nbsp}»,`, within: 'dans' }

const paragraphs = (runs: string) => (isOneParagraph(runs) ? 'paragraphe' : 'paragraphes')

export const fr: Words = {
  language: 'fr',
  contents: 'Table des matières',
  notes: 'Notes',
  notesUnreferenced: 'Notes sans appel dans le texte',
  notesLong: 'Notes longues',
  sources: 'Sources',
  introduction: 'Introduction de l’éditeur',
  edition: 'édition',
  notesAbsent:
    'La source de cette édition ne donne pas le texte de ses notes. Chaque numéro renvoie à l’endroit du texte où la note est appelée.',
  notesAbsentInPrint:
    'La source de cette édition ne donne pas le texte de ses notes. Les appels de note sont ceux de la source, conservés pour que le texte puisse être cité et confronté à elle.',
  madeFrom: (sources) =>
    isOne('fr', sources)
      ? `Réalisé avec Colophon à partir de${nbsp}:`
      : `Réalisé avec Colophon à partir de ces sources${nbsp}:`,
  madeFromListed: `Réalisé avec Colophon à partir des sources énumérées sous «${nbsp}Sources${nbsp}».`,
  chapter: (n) => `Chapitre ${n}`,
  chapterTitled: (n, title) => `Chapitre ${n}, «${nbsp}${title}${nbsp}»`,
  paragraph: (n) => `Paragraphe ${n}`,
  note: (label) => `Note ${label}`,
  backToReference: (label, k) =>
    k === 1 ? `Retour à l’appel de note ${label}` : `Retour à l’appel ${k} de la note ${label}`,
  noteMissing: (label) => `La note ${label} manque dans la source.`,
  noteInSource: (label) => `(note ${label} de la source)`,
  elided: (count) =>
    isOne('fr', count)
      ? 'Un paragraphe de la source omis'
      : `${count} paragraphes de la source omis`,
  elidedSentences: (count) =>
    isOne('fr', count) ? 'Une phrase de la source omise' : `${count} phrases de la source omises`,
  titleBy: (title, author) => `${title}, par ${author}`,
  // `Source :` rather than `Extrait de`, which would have to elide before a vowel (`d’Émile`).
  origin: ({ paragraphs: runs, ...work }) => [
    `Source${nbsp}: `,
    ...citation(work, style),
    `, ${paragraphs(runs)} ${runs}.`
  ],
  sourceTitle: (work) => closed(citation(work, style)),
  excerptParagraphs: (runs) => `${nbsp}: ${paragraphs(runs)} ${runs}`
}
