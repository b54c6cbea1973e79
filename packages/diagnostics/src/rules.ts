// The rule registry: every rule id a Colophon package reports, with its default severity, the
// package that reports it, what it checks, what to do, and where it is documented. A message
// is made from a registered id only (see `diagnostic`), so an id missing here does not compile.
import type { Severity } from '@colophon/schema'

/** The packages that report diagnostics. */
export type RulePackage =
  | 'check'
  | 'cli'
  | 'config'
  | 'parser'
  | 'reader'
  | 'render-epub'
  | 'render-pdf'

/** What the registry says about one rule. */
export interface Rule {
  /** Severity when neither the settings nor the command line say otherwise. */
  readonly severity: Severity
  /** The package that finds the problem (others may pass its message on). */
  readonly package: RulePackage
  /** The invariant, in one sentence. */
  readonly description: string
  /** What to do about a message. */
  readonly fix: string
  /** The README section that documents the rule, relative to the repository root. */
  readonly docs: string
  /** The same, as an absolute URL (`docsBase` and `docs`): vfile's `url` of every message. */
  readonly url: string
}

/**
 * Where the repository's files are published: a rule's `url` is this and its `docs`. The root
 * package.json names no repository; the project publishes its schemas' `$id`s under this origin,
 * and the path mirrors the repository's, so a repository URL (`…/blob/main/`) can replace it
 * here without touching a rule.
 */
export const docsBase = 'https://colophon.dev/'

const checkDocs = 'packages/check/README.md#rules'
const parserDocs = 'packages/parser/README.md#diagnostics'
const readerDocs = 'packages/reader/README.md#diagnostics'
const pdfDocs = 'packages/render-pdf/README.md#diagnostics'
const auditDocs = 'packages/render-pdf/README.md#audit'
const epubDocs = 'packages/render-epub/README.md#diagnostics'
const cliDocs = 'packages/cli/README.md#diagnostics'

/** A rule of `pkg`, documented at `docs`; its package and severity keep their literal types. */
function rule<P extends RulePackage, S extends Severity>(
  pkg: P,
  docs: string,
  severity: S,
  description: string,
  fix: string
): Rule & { readonly package: P; readonly severity: S } {
  return { severity, package: pkg, description, fix, docs, url: `${docsBase}${docs}` }
}

/** Every rule, by id: first those the settings configure, in the order of the SARIF log. */
export const rules = {
  'note-defined': rule(
    'check',
    checkDocs,
    'error',
    'Every note reference has a note body.',
    'Add the missing note to the notes (a closing `Notes` section, or the file named by `notes.file`), or remove the marker.'
  ),
  'notes-absent': rule(
    'check',
    checkDocs,
    'error',
    'A manuscript with note references has note bodies; reported once when it has none at all (info when the settings declare `notes.bodies: absent`).',
    'Add the notes, or declare `notes.bodies: absent` in the settings when the source is known to lack them.'
  ),
  'note-used': rule(
    'check',
    checkDocs,
    'warning',
    'Every note body is referenced from the text.',
    'Add the marker where the note belongs, or remove the note.'
  ),
  'note-unique': rule(
    'check',
    checkDocs,
    'error',
    'A note number has one body in its chapter.',
    'Keep one of the bodies and remove or renumber the other.'
  ),
  'note-sequence': rule(
    'check',
    checkDocs,
    'error',
    'Note references in each chapter number 1, 2, 3… in reading order (or continue from the previous chapter): no gap, repeat or reversal.',
    'Add the missing marker, remove the repeated one or put them in order; or renumber the notes. A glued numeral that cites an earlier note again is allowed with `notes.repeats: allow`.'
  ),
  'marker-ambiguous': rule(
    'check',
    checkDocs,
    'info',
    'A note marker read by a guess (`1933.7` as the year and note 7), or numerals that could be a note read as text.',
    'Check the reading; write the marker in brackets (`[7]`) to make it unambiguous.'
  ),
  'marker-punctuation': rule(
    'check',
    checkDocs,
    'warning',
    'A note marker follows punctuation, not a bare word (`cubits13 long`).',
    'Check that the numeral is a note, and move it after the punctuation that ends the clause.'
  ),
  'claim-cited': rule(
    'check',
    checkDocs,
    'warning',
    'In a chapter that has notes, every quotation and figure is covered by a note that follows it in its paragraph.',
    'Add a note that gives the source, or check whether the claim needs one.'
  ),
  'settings-invalid': rule(
    'config',
    parserDocs,
    'error',
    'The settings sidecar is valid YAML and follows its schema.',
    'Fix the setting at the place given.'
  ),
  'settings-exclusion-unused': rule(
    'parser',
    parserDocs,
    'warning',
    'Every `exclude` entry of the settings matches a block.',
    'Correct the entry or remove it.'
  ),
  'encoding-invalid': rule(
    'parser',
    parserDocs,
    'error',
    'The bytes are valid in the encoding of the manuscript.',
    'Set `encoding` in the settings, or convert the file to UTF-8.'
  ),
  'encoding-bom': rule(
    'parser',
    parserDocs,
    'info',
    'A UTF-8 byte-order mark was removed.',
    'Nothing, or save the file without the mark.'
  ),
  'size-limit': rule(
    'parser',
    parserDocs,
    'error',
    'A manuscript is at most 64 MiB.',
    'Split the file by part or chapter.'
  ),
  'text-control-character': rule(
    'parser',
    parserDocs,
    'error',
    'The text holds no NUL or other control characters.',
    'Remove them; the file may be damaged or binary.'
  ),
  'text-invisible': rule(
    'parser',
    parserDocs,
    'warning',
    'The text holds no invisible characters: bidi controls, zero-width spaces, line or paragraph separators, noncharacters.',
    'Remove them unless they are meant; they are kept in the text.'
  ),
  'text-mojibake': rule(
    'parser',
    parserDocs,
    'warning',
    'The text is not doubly encoded (UTF-8 read as Windows-1252 and saved again: `â€™`, `Ã©`).',
    'Convert the text back, take it again from its source, or correct `encoding`.'
  ),
  'text-empty': rule(
    'parser',
    parserDocs,
    'warning',
    'A manuscript holds text.',
    'Add the text or remove the file.'
  ),
  'note-unclosed': rule(
    'parser',
    parserDocs,
    'warning',
    'A `[Footnote n:` block is closed with `]`.',
    'Add the closing bracket where the note ends.'
  ),
  'settings-ignored': rule(
    'parser',
    parserDocs,
    'warning',
    'Every setting given is read: a Markdown manuscript takes its settings from its front matter or a sidecar, not both, and its front matter holds no keys of other tools.',
    'Move the settings into the front matter and delete the sidecar, or the other way round; a key another tool reads may stay (it is ignored).'
  ),
  'settings-unsupported': rule(
    'parser',
    parserDocs,
    'warning',
    'Every setting given applies to the manuscript’s format.',
    'Remove the setting; Markdown manuscripts are UTF-8 and carry their notes as footnotes.'
  ),
  'markdown-unreadable': rule(
    'parser',
    parserDocs,
    'error',
    'The Markdown can be parsed.',
    'Simplify the construct named in the message (for example very deep nesting).'
  ),
  'markdown-template': rule(
    'parser',
    parserDocs,
    'warning',
    'A Markdown manuscript holds no template tags of a site generator (`{% include figure.html %}`): the edition does not show them.',
    'Write what the tag stands for in Markdown (a figure as an image, a contents list as nothing), or remove it.'
  ),
  'markdown-html': rule(
    'parser',
    parserDocs,
    'warning',
    'A Markdown manuscript holds no raw HTML: the edition does not show it (comments are dropped without a word).',
    'Write what the HTML holds in Markdown, or remove it.'
  ),
  'image-missing': rule(
    'parser',
    parserDocs,
    'error',
    'Every image of a Markdown manuscript is found: a file at the path written, relative to the manuscript.',
    'Add the image file beside the manuscript, or correct its path.'
  ),
  'image-remote': rule(
    'parser',
    parserDocs,
    'warning',
    'A Markdown manuscript names its images by their files, not by URL: an edition fetches nothing, and shows the alt text of a remote image instead.',
    'Save the image beside the manuscript and write its path.'
  ),
  'image-unsupported': rule(
    'parser',
    parserDocs,
    'error',
    'Every image of a Markdown manuscript is a PNG, JPEG, GIF, WebP or SVG image.',
    'Convert the image to one of these kinds.'
  ),
  'file-unreadable': rule(
    'parser',
    parserDocs,
    'error',
    'The manuscript, its settings and its notes file can be read.',
    'Check the path and the permissions.'
  ),
  ...readerRules(),
  ...pdfPageRules(),
  ...pdfRenderRules(),
  ...pdfAuditRules(),
  ...epubRules(),
  'schema-invalid': rule(
    'cli',
    cliDocs,
    'error',
    'The tree the parser made validates against the edition schema.',
    'Report the manuscript to the project: a tree that does not validate is a bug in Colophon.'
  )
} as const

/** The rules of reader and book manifests (`@colophon/config` words their YAML problems). */
function readerRules() {
  return {
    'reader-invalid': rule(
      'reader',
      readerDocs,
      'error',
      'A reader manifest is valid UTF-8 and YAML, and follows its schema.',
      'Fix the field at the place given.'
    ),
    'reader-path': rule(
      'reader',
      readerDocs,
      'error',
      'A `source` of a reader is a file it may read: inside the project, not a link out of it.',
      'Move the source into the project, or allow sources outside it.'
    ),
    'reader-source-missing': rule(
      'reader',
      readerDocs,
      'error',
      'A `source` of a reader is a file that exists and can be read.',
      'Correct the path, or add the file.'
    ),
    'reader-selection': rule(
      'reader',
      readerDocs,
      'error',
      'A `select` of a reader names sections and paragraphs its source has, in order.',
      'Correct the selection against the source’s ids (`colophon parse`).'
    ),
    'reader-note-lost': rule(
      'reader',
      readerDocs,
      'error',
      'Every note the selected text cites has a body in its source.',
      'Check the source with `colophon check` and add the note.'
    ),
    'reader-introduction': rule(
      'reader',
      readerDocs,
      'warning',
      'An entry’s `introduction` holds only what an introduction can show (paragraphs, emphasis, links).',
      'Write the introduction as plain paragraphs.'
    ),
    'book-invalid': rule(
      'reader',
      readerDocs,
      'error',
      'A book manifest is valid UTF-8 and YAML, and follows its schema.',
      'Fix the field at the place given.'
    ),
    'book-path': rule(
      'reader',
      readerDocs,
      'error',
      'A chapter file of a book is a file it may read: inside the project, not a link out of it.',
      'Move the chapter file into the project, or allow files outside it.'
    ),
    'book-source-missing': rule(
      'reader',
      readerDocs,
      'error',
      'A chapter file of a book exists and can be read.',
      'Correct the path, or add the file.'
    )
  } as const
}

/** A rule of the PDF renderer. */
function pdfRule<S extends Severity>(severity: S, description: string, fix: string) {
  return rule('render-pdf', pdfDocs, severity, description, fix)
}

/** The rules of the PDF renderer about the pages it made. */
function pdfPageRules() {
  return {
    'pdf-footnote-page': pdfRule(
      'error',
      'A note begins on the page of its reference.',
      'Shorten the note, or print notes as endnotes.'
    ),
    'pdf-footnote-lost': pdfRule(
      'error',
      'Every note referred to is on a page.',
      'Report the book to the project.'
    ),
    'pdf-text-lost': pdfRule(
      'error',
      'Every claim is on a page.',
      'Report the book to the project.'
    ),
    'pdf-text-changed': pdfRule(
      'error',
      'A claim’s text on the pages is the tree’s.',
      'Report the book to the project.'
    ),
    'pdf-page-count': pdfRule(
      'error',
      'A chapter’s page count is within what its length allows.',
      'Check the chapter’s layout for runaway content.'
    ),
    'pdf-figure-split': pdfRule(
      'error',
      'A figure is not broken across pages.',
      'Make the figure smaller.'
    ),
    'pdf-overflow': pdfRule(
      'error',
      'No page’s text runs past the foot of its text area, where it would not be printed.',
      'Report the book to the project.'
    ),
    'pdf-font': pdfRule(
      'error',
      'Every character is in one of the edition’s faces, and no other font is in the PDF.',
      'Replace the character, or add a face that has it.'
    ),
    'pdf-note-long': pdfRule(
      'info',
      'A note fits the foot of a page.',
      'Nothing: the note is printed after its chapter; or shorten it.'
    ),
    'pdf-widow': pdfRule(
      'warning',
      'A paragraph’s last line does not stand alone at the head of a page.',
      'Edit the paragraph, or accept the page.'
    ),
    'pdf-orphan': pdfRule(
      'warning',
      'A paragraph’s first line does not stand alone at the foot of a page.',
      'Edit the paragraph, or accept the page.'
    ),
    'pdf-request': pdfRule(
      'warning',
      'The page asks for no resource.',
      'Remove what asks for it; nothing is fetched.'
    ),
    'pdf-hyphenation': pdfRule(
      'info',
      'There are hyphenation patterns for the edition’s language.',
      'Nothing: lines break between words only.'
    ),
    'pdf-colour': pdfRule(
      'info',
      'Print pages are grey: a PDF in colour is not identified as PDF/X-4.',
      'Nothing, or remove the colour.'
    )
  } as const
}

/** The typographic audit of the laid-out pages: a typesetter's report, not a check. */
function pdfAuditRules() {
  const audit = <S extends Severity>(severity: S, description: string, fix: string) =>
    rule('render-pdf', auditDocs, severity, description, fix)
  const rehyphenate = 'Edit the paragraph, or accept the page.'
  return {
    'pdf-audit': audit('info', 'The audit’s figures for the book, on one line.', 'Nothing.'),
    'pdf-audit-hyphens': audit(
      'warning',
      'At most 8% of the lines end in a broken word.',
      'Accept the pages, or set the text on a wider measure.'
    ),
    'pdf-audit-hyphen-run': audit(
      'warning',
      'At most 2 lines in a row end in a broken word.',
      rehyphenate
    ),
    'pdf-audit-hyphen-page': audit(
      'warning',
      'No word is broken where the reader turns the leaf.',
      rehyphenate
    ),
    'pdf-audit-hyphen-last': audit(
      'info',
      'No word is broken into a paragraph’s last line.',
      rehyphenate
    ),
    'pdf-audit-carry-over': audit(
      'info',
      'At least 3 letters of a broken word stand on each side of the break.',
      rehyphenate
    ),
    'pdf-audit-ragged': audit(
      'warning',
      'A justified paragraph’s last line before a page break fills the measure.',
      'Report it: the renderer should justify the line.'
    ),
    'pdf-audit-loose': audit(
      'info',
      'A justified line’s word spaces are at most twice the face’s own.',
      rehyphenate
    ),
    'pdf-audit-spread': audit(
      'warning',
      'Facing pages end at the same depth, within 3 pt.',
      'Edit a paragraph near the spread, or accept the pages.'
    ),
    'pdf-audit-marker': audit(
      'warning',
      'Every note number stands at the book’s one height.',
      'Report it: the stylesheet should set every marker alike.'
    )
  } as const
}

/** The rules of the PDF renderer about the render itself: the browser, the cache, the budgets. */
function pdfRenderRules() {
  const budget = (phase: string) =>
    pdfRule(
      'error',
      `The ${phase} takes no longer than its budget.`,
      'Raise the budget with `--budget`, or split the book.'
    )
  return {
    'pdf-browser-restart': pdfRule(
      'info',
      'The browser starts at the first try.',
      'Nothing: it was started once more.'
    ),
    'pdf-sandbox': pdfRule(
      'info',
      'The browser runs in its sandbox.',
      'Run the build as an ordinary user, or unset `COLOPHON_BROWSER_NO_SANDBOX`.'
    ),
    'pdf-cache': pdfRule(
      'warning',
      'The cache of paginated parts can be written.',
      'Check the cache folder’s permissions and free space.'
    ),
    'pdf-browser': pdfRule(
      'error',
      'A browser is found, starts and keeps running.',
      'Set `COLOPHON_BROWSER` or `--browser` to a Chromium, or install one.'
    ),
    'pdf-page-ceiling': pdfRule(
      'error',
      'A part has no more pages than its length allows.',
      'Check the part for runaway content.'
    ),
    'pdf-paginate': pdfRule(
      'error',
      'Paged.js paginates every part.',
      'Report the book to the project.'
    ),
    'pdf-budget-launch': budget('browser’s start'),
    'pdf-budget-paginate': budget('pagination of a part'),
    'pdf-budget-print': budget('printing of a part'),
    'pdf-budget-finish': budget('finishing of the book')
  } as const
}

/** The rules of the EPUB renderer, worded by `colophon build`. */
function epubRules() {
  return {
    'epub-link': rule(
      'render-epub',
      epubDocs,
      'warning',
      'Every link leads to a place the EPUB holds, or to a full address.',
      'Name an anchor or a title’s slug, or link to a full address (https://…).'
    ),
    'epub-options': rule(
      'render-epub',
      epubDocs,
      'error',
      'The EPUB’s options are valid (`SOURCE_DATE_EPOCH`, `pages`).',
      'Correct the option named.'
    )
  } as const
}

/** A rule id: every id any package reports. */
export type RuleId = keyof typeof rules

/** Whether `id` names a rule of the registry. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(rules, id)
}
