// Options of the EPUB renderer, checked once at the entry point: the date the book says it was
// last modified, and the print edition whose page breaks it marks.
import type { Position } from 'unist'

/** Where each paragraph and claim begins in a print edition (render-pdf's concordance). */
export interface PrintPages {
  /** Each page's printed number (folio), by page index; '' where none is printed. */
  folios: readonly string[]
  /** By id: the page index where it begins. */
  ids: Readonly<Record<string, { index: number }>>
}

export interface EpubOptions {
  /** The environment: `SOURCE_DATE_EPOCH` (seconds since 1970) dates the book. */
  env?: Readonly<Record<string, string | undefined>> | undefined
  /**
   * The print edition of the same tree: its pages become page-break markers and a page list,
   * and `source` names it in the metadata (`pageBreakSource`).
   */
  pages?: { concordance: PrintPages; source: string } | undefined
  /**
   * Told of each link to a file the book does not hold (`/es/lecciones/a`, `other.html`), for a
   * reading system may not leave the book, and of each link to a place no element of the book has
   * (`#name` that names no anchor, chapter or section): in the EPUB its words stay, unlinked.
   */
  onLinkOutside?: ((href: string, position: Position | undefined) => void) | undefined
  /** Where the notes go: after each chapter (default), or all after the last (`book`). */
  notes?: 'chapter' | 'book' | undefined
}

export interface Settings {
  /** `dcterms:modified` and the date of every file in the zip. */
  date: Date
  pages: { concordance: PrintPages; source: string } | undefined
  notes: 'chapter' | 'book'
}

/**
 * Without `SOURCE_DATE_EPOCH` the book is dated 1980-01-01, the earliest date a zip holds: the
 * package must carry a date, and the same tree must give the same bytes.
 */
export const undated = new Date(Date.UTC(1980, 0, 1))

/** The options with defaults; throws a `TypeError` on a value it does not know. */
export function settingsOf(options: EpubOptions | undefined): Settings {
  const epoch = options?.env?.SOURCE_DATE_EPOCH
  let date = undated
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new TypeError(
        `Unexpected SOURCE_DATE_EPOCH \`${epoch}\`, expected whole seconds since 1970`
      )
    }
    date = new Date(Math.max(Number(epoch) * 1000, undated.getTime()))
  }
  const pages = options?.pages
  if (pages !== undefined) {
    const { concordance, source } = pages
    if (
      typeof source !== 'string' ||
      source === '' ||
      !Array.isArray(concordance?.folios) ||
      typeof concordance.ids !== 'object' ||
      concordance.ids === null
    ) {
      throw new TypeError(
        'Unexpected `pages`, expected `{ concordance: { folios, ids }, source }` from the PDF edition'
      )
    }
  }
  const notes = options?.notes ?? 'chapter'
  if (notes !== 'chapter' && notes !== 'book') {
    throw new TypeError(`Unexpected notes \`${String(notes)}\`, expected \`chapter\` or \`book\``)
  }
  return { date, pages, notes }
}
