// Options of the renderer, checked once at the entry points.

/** `screen`: the edition to read in a browser; `print`: the same document with the print stylesheet applied at every medium (for a paginator such as Paged.js). */
export type Profile = 'screen' | 'print'

/**
 * `end`: each chapter's notes in a list after it, linked both ways; `foot`: each note's body
 * in the text right after its first reference, as `<span class="footnote">`, for a paginator
 * that floats it to the foot of the page (Paged.js, with `float: footnote`); `book`: every
 * chapter's notes together after the last chapter, under each chapter's title.
 */
export type NotePlacement = 'end' | 'foot' | 'book'

export interface RenderOptions {
  /** Which stylesheet the document carries (default: `screen`). */
  profile?: Profile | undefined
  /** Where note bodies go (default: `end`). */
  notes?: NotePlacement | undefined
  /**
   * With `notes: 'foot'`, when the edition lacks every note body: whether the chapters carry
   * the one footnote that says so (default: `true`). A paginator that renders chapters one at
   * a time sets it on the first chapter only.
   */
  notesAbsentNotice?: boolean | undefined
  /**
   * With `notes: 'foot'`: a note whose text is longer than this many characters (see
   * `noteLength`) is printed after its chapter, under its own heading, its number linking
   * there, since a paginator cannot set it at the foot of one page with its reference.
   */
  longNotes?: number | undefined
}

export interface Settings {
  profile: Profile
  notes: NotePlacement
  notesAbsentNotice: boolean
  longNotes: number
}

const profiles: readonly Profile[] = ['screen', 'print']
const placements: readonly NotePlacement[] = ['end', 'foot', 'book']

/** The options asked for, with defaults; throws on a value it does not know. */
export function settingsOf(options: RenderOptions | undefined): Settings {
  const profile = options?.profile ?? 'screen'
  if (!profiles.includes(profile)) {
    throw new TypeError(
      `Unexpected profile \`${String(profile)}\`, expected \`screen\` or \`print\``
    )
  }
  const notes = options?.notes ?? 'end'
  if (!placements.includes(notes)) {
    throw new TypeError(
      `Unexpected notes \`${String(notes)}\`, expected \`end\`, \`foot\` or \`book\``
    )
  }
  const notice = options?.notesAbsentNotice ?? true
  if (typeof notice !== 'boolean') {
    throw new TypeError(`Unexpected notesAbsentNotice \`${String(notice)}\`, expected a boolean`)
  }
  const longNotes = options?.longNotes ?? Number.POSITIVE_INFINITY
  if (typeof longNotes !== 'number' || !(longNotes > 0)) {
    throw new TypeError(
      `Unexpected longNotes \`${String(longNotes)}\`, expected a number of characters`
    )
  }
  return { profile, notes, notesAbsentNotice: notice, longNotes }
}

/** The profile asked for; throws on anything but `screen`, `print` or nothing. */
export function profileOf(options: RenderOptions | undefined): Profile {
  return settingsOf(options).profile
}
