// The words of an English edition, and of an edition in a language without words of its own.

import { type CiteStyle, citation, closed } from './cite.js'
import { isOne, isOneParagraph } from './count.js'
import type { Words } from './types.js'

/** `“Title,” in`: the comma inside the quotation marks, unless the title ends in a stop. */
const style: CiteStyle = {
  quoted: (title) => `“${title}${/[.!?]$/.test(title) ? '' : ','}”`,
  within: 'in'
}

const paragraphs = (runs: string) => (isOneParagraph(runs) ? 'paragraph' : 'paragraphs')

export const en: Words = {
  language: 'en',
  contents: 'Contents',
  notes: 'Notes',
  notesUnreferenced: 'Notes without a reference in the text',
  notesLong: 'Longer notes',
  sources: 'Sources',
  introduction: 'Editor’s introduction',
  edition: 'edition',
  notesAbsent:
    'The source of this edition does not include the text of its notes. Each number below links back to the place in the text that refers to it.',
  notesAbsentInPrint:
    'The source of this edition does not include the text of its notes. The superscript numbers are the source’s own, kept so that the text can be cited and checked against it.',
  madeFrom: (sources) =>
    isOne('en', sources) ? 'Made with Colophon from:' : 'Made with Colophon from these sources:',
  madeFromListed: 'Made with Colophon from the sources listed under “Sources”.',
  chapter: (n) => `Chapter ${n}`,
  chapterTitled: (n, title) => `Chapter ${n}, “${title}”`,
  paragraph: (n) => `Paragraph ${n}`,
  note: (label) => `Note ${label}`,
  backToReference: (label, k) =>
    k === 1 ? `Back to reference ${label}` : `Back to reference ${k} of note ${label}`,
  noteMissing: (label) => `Note ${label} is not in the source.`,
  noteInSource: (label) => `(note ${label} in the source)`,
  elided: (count) =>
    isOne('en', count)
      ? 'One paragraph of the source left out'
      : `${count} paragraphs of the source left out`,
  elidedSentences: (count) =>
    isOne('en', count)
      ? 'One sentence of the source left out'
      : `${count} sentences of the source left out`,
  titleBy: (title, author) => `${title}, by ${author}`,
  origin: ({ paragraphs: runs, ...work }) => [
    'From ',
    ...citation(work, style),
    `: ${paragraphs(runs)} ${runs} of the source.`
  ],
  sourceTitle: (work) => closed(citation(work, style)),
  excerptParagraphs: (runs) => `: ${paragraphs(runs)} ${runs}`
}
