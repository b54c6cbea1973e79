// The words of a Spanish edition: «…» as quotation marks, as the Real Academia recommends for
// print.

import { type CiteStyle, citation, closed } from './cite.js'
import { isOne, isOneParagraph } from './count.js'
import type { Words } from './types.js'

/** `«Título», en` */
const style: CiteStyle = { quoted: (title) => `«${title}»,`, within: 'en' }

const paragraphs = (runs: string) => (isOneParagraph(runs) ? 'párrafo' : 'párrafos')

export const es: Words = {
  language: 'es',
  contents: 'Índice',
  notes: 'Notas',
  notesUnreferenced: 'Notas sin llamada en el texto',
  notesLong: 'Notas extensas',
  sources: 'Fuentes',
  introduction: 'Introducción del editor',
  edition: 'edición',
  notesAbsent:
    'La fuente de esta edición no incluye el texto de sus notas. Cada número remite al lugar del texto donde se llama a la nota.',
  notesAbsentInPrint:
    'La fuente de esta edición no incluye el texto de sus notas. Las llamadas en superíndice son las de la fuente, conservadas para que el texto pueda citarse y cotejarse con ella.',
  madeFrom: (sources) =>
    isOne('es', sources)
      ? 'Elaborado con Colophon a partir de:'
      : 'Elaborado con Colophon a partir de estas fuentes:',
  madeFromListed: 'Elaborado con Colophon a partir de las fuentes enumeradas en «Fuentes».',
  chapter: (n) => `Capítulo ${n}`,
  chapterTitled: (n, title) => `Capítulo ${n}, «${title}»`,
  paragraph: (n) => `Párrafo ${n}`,
  note: (label) => `Nota ${label}`,
  backToReference: (label, k) =>
    k === 1
      ? `Volver a la llamada de nota ${label}`
      : `Volver a la llamada ${k} de la nota ${label}`,
  noteMissing: (label) => `La nota ${label} no figura en la fuente.`,
  noteInSource: (label) => `(nota ${label} de la fuente)`,
  elided: (count) =>
    isOne('es', count)
      ? 'Un párrafo de la fuente omitido'
      : `${count} párrafos de la fuente omitidos`,
  elidedSentences: (count) =>
    isOne('es', count)
      ? 'Una oración de la fuente omitida'
      : `${count} oraciones de la fuente omitidas`,
  titleBy: (title, author) => `${title}, de ${author}`,
  origin: ({ paragraphs: runs, ...work }) => [
    'Tomado de ',
    ...citation(work, style),
    `: ${paragraphs(runs)} ${runs} de la fuente.`
  ],
  sourceTitle: (work) => closed(citation(work, style)),
  excerptParagraphs: (runs) => `: ${paragraphs(runs)} ${runs}`
}
