// The page: trim size, mirrored margins (inner wider than outer, for the binding), the type
// size that suits the trim, and the `@page` rules Paged.js lays the text out by. Running heads
// and folios are not drawn here: chapters are paginated apart, so their page numbers are only
// known once all are done (see furniture.ts).
import type { PageSize } from './page-size.js'

export interface Margins {
  top: number
  bottom: number
  inner: number
  outer: number
}

export interface Layout {
  size: PageSize
  /** In points. */
  margins: Margins
  /** Body type size in points. */
  fontSize: number
}

/** Margins in proportion to the trim, as book designers set them (about 6×9 in: ¾ in top). */
export function layoutOf(size: PageSize): Layout {
  const margins = {
    top: round(size.height * 0.085),
    bottom: round(size.height * 0.1),
    inner: round(size.width * 0.14),
    outer: round(size.width * 0.1)
  }
  // 10.5 pt on a 6 in page, rising slowly with the measure, never past 12 pt.
  const fontSize = Math.min(12, round(10.5 * Math.sqrt(size.width / 432)))
  return { size, margins, fontSize }
}

/** The page rules for Paged.js: size, margins by side, the footnote area, chapter openings. */
export function pageCss(layout: Layout): string {
  const { size, margins: m, fontSize } = layout
  return `
@page { size: ${size.width}pt ${size.height}pt; margin: ${m.top}pt ${m.outer}pt ${m.bottom}pt ${m.inner}pt; }
@page :left { margin-left: ${m.outer}pt; margin-right: ${m.inner}pt; }
@page :right { margin-left: ${m.inner}pt; margin-right: ${m.outer}pt; }
@page { @footnote { margin-top: 9pt; padding-top: 5pt; border-top: 0.5pt solid #000; } }
html { font-size: ${fontSize}pt; line-height: 1.42; }
main p { text-align: justify; hyphens: manual; orphans: 2; widows: 2; }
main p.verse { text-align: left; }
article.chapter > header { padding-top: ${round(size.height * 0.12)}pt; margin-bottom: 2.2em; }
article.chapter > header h2 { font-size: 1.6em; }
body.colophon-chapter header.edition { padding-top: ${round(size.height * 0.12)}pt; margin: 0 0 2.2em; text-align: center; }
body.colophon-chapter header.edition h1 { font-size: 1.8em; margin: 0 0 0.4em; }
body.colophon-chapter header.edition .author { font-size: 1.1em; }
body.colophon-chapter header.edition .work { display: none; }
.pn { font-size: 0.7em; }
code { font-family: inherit; }
span.footnote { text-align: justify; }
`
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
