// The page: trim size, mirrored margins (inner wider than outer, for the binding), the type
// size that suits the trim, and the `@page` rules Paged.js lays the text out by, with the
// running heads and folios in the margin boxes. Chapters are paginated apart, so a chapter's
// first folio is known only once the chapters before it are laid out: the folio is a counter
// of our own (`folio`), started from a custom property the renderer sets just before printing.

import type { PageSize } from './page-size.js'

export interface Margins {
  top: number
  bottom: number
  inner: number
  outer: number
}

/** How paragraphs follow one another: indented with no space between (a book's), or set apart by a line's space. */
export type ParagraphStyle = 'indented' | 'block'

export interface Layout {
  size: PageSize
  /** In points. */
  margins: Margins
  /** Body type size in points. */
  fontSize: number
  paragraphs: ParagraphStyle
}

/**
 * Margins in proportion to the trim, as book designers set them (about 6×9 in: ¾ in top), the
 * bottom one making the text area a whole number of lines deep (and half a point, so that
 * rounding never loses the last): a full page of text then ends where a page whose notes
 * stand at its foot does.
 */
export function layoutOf(size: PageSize, paragraphs: ParagraphStyle = 'indented'): Layout {
  // 10.5 pt on a 6 in page, rising slowly with the measure, never past 12 pt.
  const fontSize = Math.min(12, round(10.5 * Math.sqrt(size.width / 432)))
  const top = round(size.height * 0.085)
  const line = fontSize * leading
  const lines = Math.floor((size.height * 0.9 - top) / line)
  const margins = {
    top,
    bottom: round(size.height - top - lines * line - 0.5),
    inner: round(size.width * 0.14),
    outer: round(size.width * 0.1)
  }
  return { size, margins, fontSize, paragraphs }
}

/** Running heads: the author on a left-hand page, the title on a right-hand one. */
export interface Heads {
  left: string
  right: string
}

/**
 * The page rules for Paged.js: size, margins by side, the footnote area, chapter openings, and
 * with `heads` the running heads and folios (none on the part's first page).
 */
export function pageCss(layout: Layout, heads?: Heads): string {
  const { size, margins: m, fontSize } = layout
  // Where a chapter's (or the notes', or the sources') title starts: about an eighth of the way down.
  const opening = round(size.height * 0.12)
  const head = `font-size: ${round(fontSize * 0.85)}pt; vertical-align: bottom; padding-bottom: ${round(m.top * 0.3)}pt;`
  // Folios hang in the outer margin, as the paragraph numbers do; the running head stands at
  // the outer edge of the text, the gutter side left empty.
  const folio = `content: counter(folio); font-variant-numeric: lining-nums; ${head}`
  const furniture =
    heads === undefined
      ? ''
      : `
@page :left {
  @top-left-corner { ${folio} text-align: right; padding-right: 0.75em; }
  @top-left { content: ${cssString(heads.left)}; font-style: italic; text-align: left; ${head} }
}
@page :right {
  @top-right { content: ${cssString(heads.right)}; font-style: italic; text-align: right; ${head} }
  @top-right-corner { ${folio} text-align: left; padding-left: 0.75em; }
}
@page :first {
  @top-left-corner { content: none; }
  @top-left { content: none; }
  @top-right { content: none; }
  @top-right-corner { content: none; }
}
`
  return `${furniture}
@page { size: ${size.width}pt ${size.height}pt; margin: ${m.top}pt ${m.outer}pt ${m.bottom}pt ${m.inner}pt; }
@page :left { margin-left: ${m.outer}pt; margin-right: ${m.inner}pt; }
@page :right { margin-left: ${m.inner}pt; margin-right: ${m.outer}pt; }
@page { @footnote { margin-top: 9pt; padding-top: 5pt; border-top: 0.5pt solid #000; } }
html { font-size: ${fontSize}pt; line-height: ${leading}; }
${textCss}article.chapter > header { padding-top: ${opening}pt; margin-bottom: 2.2em; }
article.chapter > header h2 { font-size: 1.6em; }
section.book-notes, section.sources { break-before: auto; }
section.book-notes > h2, section.sources > h2 { padding-top: ${opening}pt; margin: 0 0 2.2em; font-size: 1.6em; }
header.edition.opening { padding-top: ${opening}pt; margin: 0 0 2.2em; text-align: center; }
header.edition.opening h1 { font-size: 1.8em; margin: 0 0 0.4em; }
header.edition.opening .author, header.edition.opening .editor { font-size: 1.1em; }
header.edition.opening .work { display: none; }
${blocksCss}figure.figure img { max-height: ${round(figureHeight(layout))}pt; }
${gridCss}${layout.paragraphs === 'indented' ? indentedCss : ''}`
}

/** How the text's paragraphs are set: justified, word spacing, paragraphs carried over a page. */
const textCss = `main p { text-align: justify; hyphens: manual; orphans: 2; widows: 2; }
/* Justified word spaces start a little under the face's own (about seven eighths of it, where a
   typesetter allows four fifths), since Chromium only stretches them: a line holds a few letters
   more, and fewer lines open past twice the face's space with words broken four letters a side
   at least (hyphenate.ts). Notes in a paragraph are set so too; verse keeps the face's space. */
main p:not(.verse) { word-spacing: -0.03em; }
/* A paragraph set a little tighter or looser where that ends fewer of its lines in a broken
   word (last-lines.ts). */
main p.spacing-tighter:not(.verse) { word-spacing: -0.06em; }
main p.spacing-looser:not(.verse) { word-spacing: 0.01em; }
/* A paragraph carried over the page: its last line here is justified too (Paged.js asks it of
   the innermost element it split, a sentence's span, on which the property does nothing). */
main p:not(.verse)[data-split-to] { text-align-last: justify; }
/* A compound kept whole rather than broken into its paragraph's last line (last-lines.ts). */
span.whole { white-space: nowrap; }
/* The first line of a paragraph carried over the page, without ligatures: Paged.js may resume
   the page inside a text node, and a ligature drawn across that cut was read back as its first
   letter alone (\`fouted\` for \`flouted\`). */
main p[data-split-from]::first-line { font-variant-ligatures: none; }
/* On a right-hand page the paragraph numbers stand in the outer margin, on the right, far
   enough from the line's end that text extractors (poppler's) read them apart from it and
   still join a word the line ends in a hyphen. */
.pagedjs_right_page .pn { right: auto; left: 100%; margin: 0 0 0 1.25em; }
main p.verse { text-align: left; }
`

/** Paragraph numbers, code, notes in the text's flow, code blocks, tables and their rules. */
const blocksCss = `.pn { font-size: 0.7em; }
code { font-family: inherit; }
span.footnote { text-align: justify; }
/* A note in the text's flow takes no room there until Paged.js moves it to the foot: set as the
   block it is at the foot, a long one made the box that keeps it with its number too tall for
   the room left, so that line went to the next page unplaced and left the room empty (Lessing:
   90 pt at the foot of a page). Placed, a note too long for that room begins under its line
   (long-notes.ts). */
.pagedjs_page_content span.footnote { display: inline-block; width: 0; height: 0; overflow: hidden; }
span.run-piece { display: inline-block; }
/* A code block's lines stand apart: one may be carried over alone. Two asked for, a block
   split where its page ends had a line pushed into the column past the page, not printed. */
pre.code { orphans: 1; widows: 1; }
/* A chapter's notes have their rule over their title, not over the section: where the room left
   after the text held neither the title nor a whole note, the section's rule stood alone there,
   its title and notes on the next page; and each page the notes ran on to opened with it too. */
section.notes { border-top: 0; padding-top: 0; }
section.notes > :is(h2, h3, h4, h5, h6):first-child { border-top: 1px solid var(--rule); padding-top: 1.5rem; }
section.book-notes section.notes > :is(h2, h3, h4, h5, h6):first-child { border-top: 0; padding-top: 0; }
/* A note listed after its chapter breaks over pages as a paragraph does, two lines at least on
   either side: kept whole, one of nine lines went to the next page with the notes' title and
   left the text's last page 130 pt short of its facing page (Emmerich). */
section.notes li { break-inside: auto; orphans: 2; widows: 2; }
/* A table's rules belong to its cells, not shared between rows: with collapsed borders, the row
   left last on a page by the break grew by half its rule once the rows after it were taken
   away, and a row that had just fitted was pushed into the column past the page, not printed. */
div.table table { border-collapse: separate; border-spacing: 0; }
`

/** The body's leading, in rem: every line of text is this tall. */
const leading = 1.42

/**
 * Whole lines for what stands between paragraphs, so that the lines of a page keep to one
 * grid and facing pages end at the same depth: a section break takes three lines (its ornament
 * on the last of them at a page's foot, see spreads.ts); a section's title two lines above it,
 * its own lines and one below (four for a title of one line).
 */
const gridCss = `
hr.section-break { margin: 0; }
hr.section-break::after { display: block; line-height: ${round(leading * 3)}rem; }
hr.section-break.at-foot::after { line-height: ${leading}rem; padding-top: ${round(leading * 2)}rem; }
section.section > h2, section.section > h3 { margin: ${round(leading * 2)}rem 0 ${leading}rem; line-height: ${leading}rem; }
`

/**
 * Paragraphs as a book sets them: no space between, each but the first of a run indented by
 * an em and a half; one after a heading, a section break, a quotation, a list, a figure or the
 * mark of paragraphs left out starts full out, as does every paragraph of a note.
 */
const indentedCss = `
article.chapter section.section > p { margin: 0; }
article.chapter section.section > p:not(.elision) + p:not(.elision) { text-indent: 1.5em; }
article.chapter section.section > p.elision { margin: 0; }
`

/**
 * The tallest a figure's image may be: the page's text area less room for a caption of three
 * lines, so that a figure and its caption always fit on one page.
 */
function figureHeight(layout: Layout): number {
  const { size, margins, fontSize } = layout
  return size.height - margins.top - margins.bottom - fontSize * 1.42 * 3 - 2 * fontSize
}

/**
 * The folio counter, given to the page outside Paged.js's reach (Paged.js takes every
 * `counter-*` declaration it sees for counters of its own): reset on the body from a custom
 * property the renderer sets before printing, counted on each sheet.
 */
export const folioCss =
  'body { counter-reset: folio var(--colophon-folio, 0); }\n.pagedjs_sheet { counter-increment: folio; }'

/**
 * The custom properties set once a part is laid out, registered as not inherited: Paged.js sets
 * the page count on the pages' container, the renderer the first folio on the body before
 * printing. A custom property is inherited unless registered otherwise, so each of these
 * changes restyled every element of the part. Each is read only where it is set.
 */
export const quietPropertiesCss = [
  '@property --pagedjs-page-count { syntax: "<integer>"; inherits: false; initial-value: 0; }',
  '@property --colophon-folio { syntax: "<integer>"; inherits: false; initial-value: 0; }'
].join('\n')

/** `text` as a CSS string: quoted, its quotes and backslashes escaped, on one line. */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, ' ').replace(/[\\"]/g, (character) => `\\${character}`)}"`
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * The longest note, in characters, that may stand at the foot of a page: half of what the
 * text area holds in the notes' type (about 0.85 of the body's, 0.45 em a character, lines of
 * 1.3). A longer one cannot share a page with its reference and the lines before it, and is
 * printed after its chapter (6×9 in: about 1,860 characters).
 */
export function longNoteLimit(layout: Layout): number {
  const { size, margins, fontSize } = layout
  const type = fontSize * 0.85
  const perLine = (size.width - margins.inner - margins.outer) / (type * 0.45)
  const lines = (size.height - margins.top - margins.bottom) / (type * 1.3)
  return Math.round((perLine * lines) / 2)
}
