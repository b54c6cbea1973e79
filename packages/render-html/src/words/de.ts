// The words of a German edition: „…“ as quotation marks; the text an edition is made from is
// its `Vorlage`, the files listed at the end its `Quellen`.

import { type CiteStyle, citation, closed } from './cite.js'
import { isOne, isOneParagraph } from './count.js'
import type { Words } from './types.js'

/** `„Titel“, in:` */
const style: CiteStyle = { quoted: (title) => `„${title}“,`, within: 'in:' }

const paragraphs = (runs: string) => (isOneParagraph(runs) ? 'Absatz' : 'Absätze')

export const de: Words = {
  language: 'de',
  contents: 'Inhalt',
  notes: 'Anmerkungen',
  notesUnreferenced: 'Anmerkungen ohne Verweis im Text',
  notesLong: 'Längere Anmerkungen',
  sources: 'Quellen',
  introduction: 'Editorische Vorbemerkung',
  edition: 'Ausgabe',
  notesAbsent:
    'Die Vorlage dieser Ausgabe enthält den Text ihrer Anmerkungen nicht. Jede Zahl führt zurück an die Stelle im Text, die auf die Anmerkung verweist.',
  notesAbsentInPrint:
    'Die Vorlage dieser Ausgabe enthält den Text ihrer Anmerkungen nicht. Die hochgestellten Ziffern sind die der Vorlage; sie bleiben stehen, damit der Text zitiert und mit ihr verglichen werden kann.',
  madeFrom: (sources) =>
    isOne('de', sources)
      ? 'Mit Colophon erstellt aus:'
      : 'Mit Colophon erstellt aus diesen Quellen:',
  madeFromListed: 'Mit Colophon erstellt aus den unter „Quellen“ verzeichneten Texten.',
  chapter: (n) => `Kapitel ${n}`,
  chapterTitled: (n, title) => `Kapitel ${n}, „${title}“`,
  paragraph: (n) => `Absatz ${n}`,
  note: (label) => `Anmerkung ${label}`,
  backToReference: (label, k) =>
    k === 1 ? `Zurück zum Verweis ${label}` : `Zurück zum Verweis ${k} auf Anmerkung ${label}`,
  noteMissing: (label) => `Anmerkung ${label} fehlt in der Vorlage.`,
  noteInSource: (label) => `(in der Vorlage Anmerkung ${label})`,
  elided: (count) =>
    isOne('de', count)
      ? 'Ein Absatz der Vorlage ausgelassen'
      : `${count} Absätze der Vorlage ausgelassen`,
  elidedSentences: (count) =>
    isOne('de', count)
      ? 'Ein Satz der Vorlage ausgelassen'
      : `${count} Sätze der Vorlage ausgelassen`,
  titleBy: (title, author) => `${title}, von ${author}`,
  origin: ({ paragraphs: runs, ...work }) => [
    'Aus: ',
    ...citation(work, style),
    `; ${paragraphs(runs)} ${runs} der Vorlage.`
  ],
  sourceTitle: (work) => closed(citation(work, style)),
  excerptParagraphs: (runs) => `: ${paragraphs(runs)} ${runs}`
}
