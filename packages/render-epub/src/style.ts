// The book's stylesheet: the embedded faces, and a layout for reading systems, which page the
// text themselves and let the reader choose size, margins and colours. So it sets no page
// margins, widths, backgrounds or text colour; paragraph numbers stand at the start of their
// paragraph (a reading system's margins are too narrow for them) and notes follow each chapter.
import { families } from '@colophon/render-html'

const serif = `'${families.text}', '${families.fallback}', '${families.symbols}', serif`
const mono = `'${families.mono}', '${families.text}', '${families.fallback}', '${families.symbols}', monospace`

const layout = `
html { font-family: ${serif}; }
body { line-height: 1.5; font-kerning: normal; font-variant-ligatures: common-ligatures; }
h1, h2, h3, h4 { font-weight: normal; line-height: 1.2; hyphens: manual; -epub-hyphens: manual; page-break-after: avoid; break-after: avoid; }
p { margin: 0 0 .8em; hyphens: auto; -epub-hyphens: auto; overflow-wrap: break-word; }
/* A link in the text is underlined, for it must be told from the words around it without colour;
   paragraph numbers, note references and the links of the contents and of a list of notes are
   not. */
a.pn, .noteref a, nav a, ol.compact a { text-decoration: none; }

section.cover { text-align: center; padding-top: 20%; }
header.edition h1 { font-size: 2em; margin: 0 0 .6em; }
header.edition .subtitle { font-size: 1.2em; margin: 0 0 .6em; }
header.edition .author { font-size: 1.2em; font-style: italic; margin: 0; }
header.edition .editor { font-size: 1.1em; margin: 0; }
header.edition .work { font-size: .9em; margin: 1.2em 0 0; }

article.chapter > header { margin: 0 0 2em; }
article.chapter > header h1, article.chapter > header h2 { font-size: 1.6em; margin: 0; }
.part { font-size: .8em; letter-spacing: .12em; text-transform: uppercase; margin: 0 0 .5em; }
p.origin { font-size: .85em; margin: .5em 0 0; }
section.section > h2, section.section > h3 { font-size: 1.15em; font-style: italic; margin: 2em 0 .8em; }
hr.section-break { border: 0; margin: 1.5em 0; text-align: center; }
hr.section-break::after { content: '*\\2003*\\2003*'; }
p.verse { hyphens: manual; -epub-hyphens: manual; padding-left: 1.5em; }
p.elision { text-align: center; letter-spacing: .1em; }

.pn { font-size: .65em; margin-right: .45em; opacity: .75; font-variant-numeric: lining-nums tabular-nums; }
sup { font-size: .7em; line-height: 0; vertical-align: super; }
.noteref a { padding: 0 .1em; font-variant-numeric: lining-nums; }

blockquote.quote { margin: 0 0 1em 1.2em; }
ul.list, ol.list { margin: 0 0 1em; padding-left: 1.4em; }
li.task-item { list-style: none; }
div.table { overflow-x: auto; margin: 0 0 1em; }
table { border-collapse: collapse; font-size: .9em; }
th, td { border-bottom: 1px solid; padding: .2em .5em; text-align: left; vertical-align: top; }
.align-right { text-align: right; }
.align-center { text-align: center; }
figure.figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
figure.figure img { max-width: 100%; height: auto; }
figure.figure figcaption { font-size: .9em; margin-top: .4em; }
img.inline { max-height: 1.4em; vertical-align: middle; }
.image-alt { font-style: italic; }
code.inline { font-family: ${mono}; font-size: .88em; hyphens: none; -epub-hyphens: none; }
pre.code { font-family: ${mono}; font-size: .8em; line-height: 1.4; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1em; }

section.introduction { margin: 0 0 2em; padding-left: 1em; border-left: 2px solid; font-size: .92em; }
section.introduction > h2, section.introduction > h3 { font-size: .8em; letter-spacing: .12em; text-transform: uppercase; margin: 0 0 .6em; }

section.notes { margin-top: 2.5em; padding-top: 1em; border-top: 1px solid; font-size: .9em; line-height: 1.45; }
section.notes > h2, section.notes > h3 { font-size: 1.15em; margin: 0 0 .8em; }
section.notes ol { list-style: none; margin: 0; padding: 0; }
section.notes li { margin: 0 0 .7em; }
section.notes ol.compact li { padding-left: 0; }
section.notes li p { margin: 0 0 .4em; }
section.notes ul.list { list-style: disc; }
section.notes ol.list { list-style: decimal; padding-left: 1.4em; }
/* A note's number hangs in its own column, its paragraphs beside it. */
section.notes li { padding-left: 2em; }
.fn-label { float: left; width: 1.6em; margin-left: -2em; font-weight: bold; font-variant-numeric: lining-nums tabular-nums; }
.fn-original { font-size: .9em; }
p.notes-absent { font-style: italic; }
ol.compact li { display: inline-block; margin: 0 .5em .4em 0; }
ol.compact a { display: inline-block; min-width: 2em; padding: .1em .3em; border: 1px solid; text-align: center; }

nav ol { list-style: none; padding-left: 0; }
nav li ol { padding-left: 1.2em; }
nav li { margin: .3em 0; }
.toc-part { display: block; margin-top: .8em; font-size: .8em; letter-spacing: .12em; text-transform: uppercase; }

section.colophon { font-size: .85em; }
section.colophon > h1 { font-size: 1.6em; margin: 0 0 1em; }
section.sources > ol { list-style: none; padding: 0; }
section.sources ul, footer.edition ul { padding-left: 1.2em; }
footer.edition { margin-top: 2em; }
code { overflow-wrap: anywhere; }
`

/** The stylesheet, after the `@font-face` rules of the book's fonts. */
export function stylesheet(fontRules: string): string {
  return `${fontRules}\n${layout}`
}
