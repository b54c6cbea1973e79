// The one stylesheet of the document: the embedded typeface, a reading column of about 65
// characters with paragraph numbers in its left margin, notes, a reader's introductions set
// apart from the source's text, a layout for narrow screens, dark colours when the reader asks
// for them, and a print stylesheet. The `print` profile applies the print rules at every medium
// and drops the dark colours.
import { fallbackFamily, symbolFamily } from './fallback.js'
import { type FontNeeds, facesOf, family, monoFamily } from './fonts.js'
import type { Profile } from './options.js'

const colours = `
:root {
  --paper: #fdfcf8;
  --ink: #1f1c18;
  --muted: #675f55;
  --link: #2b6cb0;
  --rule: #d8d1c4;
  --target: #fdf0b8;
  --target-soft: #fbf6e2;
  --mark: #b07d12;
  /* About 67 characters of Source Serif 4 a line, at most 75 (40rem gave 82, up to 90). */
  --measure: 33rem;
  --gutter: 3.75rem;
  color-scheme: light dark;
}`

const dark = `
@media (prefers-color-scheme: dark) {
  :root {
    --paper: #181715;
    --ink: #e6e1d8;
    --muted: #a89f92;
    --link: #8cb8e6;
    --rule: #3a3631;
    --target: #4d3f10;
    --target-soft: #26221a;
    --mark: #e0b24a;
  }
}`

const base = `
*, *::before, *::after { box-sizing: border-box; }
html {
  background: var(--paper);
  color: var(--ink);
  font-family: '${family}', '${fallbackFamily}', '${symbolFamily}', Georgia, Cambria, 'Times New Roman', serif;
  font-size: 112.5%;
  line-height: 1.6;
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  font-optical-sizing: auto;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body { margin: 0; padding: 3.5rem 1.5rem 4rem var(--gutter); }
header.edition, nav.contents, main, footer.edition { max-width: var(--measure); margin-inline: auto; }
a { color: var(--link); }
a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; border-radius: 2px; }
h1, h2, h3 { font-weight: 400; line-height: 1.2; text-wrap: balance; }

header.edition { margin-bottom: 3.5rem; text-align: center; }
header.edition h1 { font-size: 2.5rem; margin: 0 0 .75rem; }
header.edition .author { font-size: 1.25rem; font-style: italic; margin: 0; }
header.edition .editor { font-size: 1.1rem; margin: 0; }
header.edition .subtitle { font-size: 1.2rem; margin: -.25rem 0 .75rem; text-wrap: balance; }
footer.edition p.notice { font-style: italic; margin: 0 0 .75rem; }
header.edition .work { color: var(--muted); font-size: .9rem; margin: .75rem auto 0; max-width: 36em; }

nav.contents { margin-bottom: 3.5rem; }
nav.contents h2 { font-size: .85rem; letter-spacing: .14em; text-transform: uppercase; color: var(--muted); margin: 0 0 .75rem; }
nav.contents ol { list-style: none; margin: 0; padding: 0; }
nav.contents li { margin: .35rem 0; }
nav.contents a { color: var(--ink); text-decoration-color: var(--rule); text-underline-offset: .2em; }
nav.contents a:hover { text-decoration-color: currentColor; }
.toc-part { display: block; margin-top: 1rem; font-size: .8rem; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }

article.chapter + article.chapter { margin-top: 5rem; }
article.chapter > header { margin-bottom: 2.25rem; }
article.chapter > header h2 { font-size: 1.75rem; margin: 0; }
.part { font-size: .85rem; letter-spacing: .14em; text-transform: uppercase; color: var(--muted); margin: 0 0 .5rem; }
section.section > h2, section.section > h3 { font-size: 1.2rem; font-style: italic; margin: 2.5rem 0 1rem; }
hr.section-break { border: 0; height: auto; margin: 2rem 0; overflow: visible; text-align: center; color: var(--muted); }
hr.section-break::after { content: '*\\2003*\\2003*'; font-size: 1rem; line-height: 1; }

main p { margin: 0 0 1em; hyphens: auto; overflow-wrap: break-word; }
p[data-n] { position: relative; }
p.verse { hyphens: manual; padding-left: 1.5em; }
/* Numbers in the margin: the same line height as their text puts them on its first baseline. */
.pn, .fn-label {
  position: absolute;
  top: 0;
  right: 100%;
  margin-right: 1rem;
  font-variant-numeric: lining-nums tabular-nums;
  white-space: nowrap;
}
.pn { font-size: .75rem; line-height: 1.6rem; color: var(--muted); text-decoration: none; user-select: none; -webkit-user-select: none; }
.pn:hover, .pn:focus-visible { color: var(--link); text-decoration: underline; }

sup { font-size: .7em; line-height: 0; position: relative; top: -.45em; vertical-align: baseline; }
.noteref a { text-decoration: none; padding: 0 .12em; margin: 0 -.12em; font-variant-numeric: lining-nums; }
.noteref a:hover { text-decoration: underline; }

/* A block quotation: set in from the text, its paragraphs keeping their numbers. */
blockquote.quote { margin: 0 0 1.2rem; padding-left: 1.2rem; border-left: 2px solid var(--rule); }
blockquote.quote p { margin-bottom: .6rem; }

/* Lists: their markers inside the measure, their paragraphs' numbers in the margin. */
ul.list, ol.list { margin: 0 0 1.2rem; padding-left: 1.4rem; }
ul.list > li > p, ol.list > li > p { margin-bottom: .4rem; }
li > ul.list, li > ol.list, li > blockquote.quote, li > pre.code { margin-bottom: .4rem; }

/* A paragraph's number stands in the margin with the text's, however deep in lists and
   quotations it is: each sets its text in by --indent, its own and its ancestors' (--outer). */
blockquote.quote { --indent: calc(var(--outer, 0rem) + 1.2rem + 2px); }
ul.list, ol.list { --indent: calc(var(--outer, 0rem) + 1.4rem); }
ul.list > li, ol.list > li { --outer: var(--indent); }
blockquote.quote .pn, ul.list .pn, ol.list .pn { margin-right: calc(var(--indent) + 1rem); }
li.task-item { list-style: none; }
li.task-item .task { margin-left: -1.2rem; }

/* Tables: a wide one scrolls in its own box on a phone, not the page. */
div.table { overflow-x: auto; margin: 0 0 1.2rem; }
div.table table { border-collapse: collapse; font-size: .9em; font-variant-numeric: lining-nums tabular-nums; }
div.table th, div.table td { border-bottom: 1px solid var(--rule); padding: .3rem .6rem; text-align: left; vertical-align: top; }
div.table th { border-bottom-width: 2px; font-weight: 600; }
div.table .align-right { text-align: right; }
div.table .align-center { text-align: center; }

/* Figures: the image within the measure, never wider than it, its caption under it. An image
   in a sentence keeps to the line; one that was not read shows its alt text. */
figure.figure { margin: 1.6rem 0; text-align: center; }
figure.figure img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
figure.figure figcaption { margin-top: .5rem; font-size: .9em; color: var(--muted); text-align: center; }
figure.figure .image-alt { display: block; padding: 1.2rem 1rem; border: 1px dashed var(--rule); color: var(--muted); font-style: italic; }
img.inline { max-height: 1.4em; max-width: 100%; vertical-align: middle; }
span.image-alt { font-style: italic; }

/* Code as written: its lines kept, long ones wrapped or scrolled, never hyphenated or justified. */
code.inline { font-family: '${monoFamily}', '${family}', '${fallbackFamily}', '${symbolFamily}', ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .88em; hyphens: none; overflow-wrap: anywhere; }
/* In a table, code breaks where its words and hyphens let it, not anywhere: a break anywhere
   would let the table narrow its column to a letter or two, the code then set a letter a line. */
div.table code.inline { overflow-wrap: break-word; }
pre.code { font-family: '${monoFamily}', '${family}', '${fallbackFamily}', '${symbolFamily}', ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .85em; line-height: 1.45; margin: 0 0 1.2rem; padding: .6rem .8rem; background: var(--code, rgba(127, 127, 127, .08)); border-radius: 3px; overflow-x: auto; white-space: pre; text-align: left; hyphens: none; tab-size: 4; }

:target { scroll-margin-top: 2rem; }
.claim:target {
  background: var(--target);
  outline: 2px solid var(--mark);
  outline-offset: 1px;
  border-radius: 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
p:target, li:target { background: var(--target-soft); box-shadow: 0 0 0 .5rem var(--target-soft); }
li:target > a { border-color: var(--mark); background: var(--target); }

section.notes { margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); font-size: .9rem; line-height: 1.5; }
section.notes > h2, section.notes > h3 { font-size: 1.2rem; margin: 0 0 1rem; }
section.notes ol { list-style: none; margin: 0; padding: 0; }
section.notes li { position: relative; margin: 0 0 .75em; }
section.notes li p { margin: 0 0 .4em; }
section.book-notes { margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
section.book-notes > h2 { margin: 0 0 1rem; }
section.book-notes section.notes { margin-top: 1.5rem; padding-top: 0; border-top: 0; }
.fn-label { font-size: .8rem; line-height: 1.35rem; color: var(--muted); }
/* A note's lists, code, tables and quotations: closer set than the text's, its lists marked. */
section.notes ul.list, section.notes ol.list { margin: 0 0 .4em; padding-left: 1.4rem; }
section.notes ul.list { list-style: disc; }
section.notes ol.list { list-style: decimal; }
section.notes li li { margin: 0 0 .2em; }
section.notes pre.code, section.notes div.table, section.notes blockquote.quote { margin: 0 0 .4em; }
section.notes pre.code { padding: .4rem .6rem; }
li.missing em { color: var(--muted); }
a[role='doc-backlink'] { text-decoration: none; padding: 0 .2em; }
p.notes-absent { font-style: italic; color: var(--muted); margin: 0 0 1rem; }
ol.compact { display: flex; flex-wrap: wrap; gap: .4rem; }
section.notes ol.compact li { margin: 0; }
ol.compact a {
  display: inline-block;
  min-width: 2.25rem;
  padding: .15rem .3rem;
  border: 1px solid var(--rule);
  border-radius: 3px;
  text-align: center;
  font-variant-numeric: lining-nums tabular-nums;
}
ol.compact a:hover { border-color: var(--link); }

p.elision { text-align: center; color: var(--muted); margin: 0 0 1em; letter-spacing: .1em; }
p.origin { font-size: .85rem; color: var(--muted); margin: .5rem 0 0; }
/* The editor's introduction: set apart from the source's text by a rule, a smaller size and
   no paragraph numbers. */
section.introduction { margin: 0 0 2.5rem; padding: .1rem 0 .1rem 1.25rem; border-left: 3px solid var(--rule); font-size: .92rem; line-height: 1.55; }
section.introduction > h2, section.introduction > h3 { font-size: .8rem; letter-spacing: .14em; text-transform: uppercase; color: var(--muted); margin: 0 0 .6rem; }
section.introduction p, section.introduction ul, section.introduction ol, section.introduction blockquote { margin: 0 0 .75em; }
section.introduction ul, section.introduction ol { padding-left: 1.5em; }
section.introduction blockquote { padding-left: 1.25em; }
section.introduction > :last-child { margin-bottom: 0; }
.fn-original { color: var(--muted); font-size: .9em; }

section.sources { margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); font-size: .9rem; line-height: 1.5; }
section.sources > ol { list-style: none; margin: 0; padding: 0; }
section.sources > ol > li { margin: 0 0 1.25em; }
section.sources p { margin: 0 0 .25em; }
section.sources ul { list-style: none; margin: .25em 0 0; padding-left: 1.25em; }
section.sources code { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
footer.edition { margin-top: 4rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
footer.edition p { margin: 0 0 .25rem; }
footer.edition ul { list-style: none; margin: 0; padding: 0; }
footer.edition code { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }

/* A phone's screen, not a printed page as narrow (6 in is 36 rem), which has its own rules. */
@media screen and (max-width: 40rem) {
  html { font-size: 106.25%; }
  body { padding: 2rem 1rem 3rem 2.25rem; }
  header.edition { margin-bottom: 2.5rem; }
  header.edition h1 { font-size: 2rem; }
  .pn, .fn-label { margin-right: .55rem; }
  .pn { font-size: .7rem; }
  ol.compact { gap: .3rem; }
}`

const print = `
@page { margin: 18mm 16mm 20mm 24mm; }
:root { --paper: #fff; --ink: #000; --muted: #444; --link: #000; --rule: #999; --measure: 36rem; color-scheme: light; }
html { font-size: 10.5pt; line-height: 1.45; background: none; }
body { padding: 0; }
a { color: inherit; text-decoration: none; }
/* Capitals spaced no wider than a PDF's text extractors read as one word. */
.part, .toc-part, nav.contents h2, section.introduction > h2, section.introduction > h3 { letter-spacing: .06em; }
/* A note's number and its label link to each other, set as the plain figures they were. */
.noteref a, span.footnote a.fn-label { padding: 0; margin: 0; }
h1, h2, h3, .part, article.chapter > header { break-after: avoid; }
article.chapter + article.chapter { break-before: page; margin-top: 0; }
/* A paragraph broken across pages leaves two lines at least on either side. */
main p { orphans: 2; widows: 2; }
.pn { margin-right: .75em; line-height: 1.45rem; }
blockquote.quote .pn, ul.list .pn, ol.list .pn { margin-right: calc(var(--indent) + .75em); }
section.notes li { break-inside: avoid; }
section.notes li.long { break-inside: auto; orphans: 2; widows: 2; }
div.table { overflow: visible; }
figure.figure { break-inside: avoid; }
figure.figure img { max-height: 60vh; }
figure.figure figcaption { break-before: avoid; }
div.table thead { display: table-header-group; }
div.table tr { break-inside: avoid; }
/* Print has the edition's typeface and, for code, its monospace face, both embedded (the PDF's
   checks refuse any other): code keeps its lines and wraps long ones. */
code.inline { font-family: '${monoFamily}', '${family}', '${fallbackFamily}', '${symbolFamily}', monospace; }
pre.code { font-family: '${monoFamily}', '${family}', '${fallbackFamily}', '${symbolFamily}', monospace; font-size: 8.5pt; white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; background: none; border-left: 1pt solid var(--rule); border-radius: 0; }
section.introduction { border-left-width: 1.5pt; }
section.introduction p, section.introduction li { break-inside: avoid; }
section.sources { break-before: page; border-top: 0; margin-top: 0; padding-top: 0; }
section.sources code { font-family: inherit; font-size: inherit; }
section.book-notes { break-before: page; border-top: 0; margin-top: 0; padding-top: 0; }
section.book-notes section.notes > h3 { break-after: avoid; }
ol.compact a { border-color: #bbb; }
.claim:target, p:target, li:target { background: none; outline: none; box-shadow: none; }
/* Notes at the foot (notes placed 'foot'): Paged.js floats each to the foot of the page that
   holds its reference. The number in the text is the source's own, so the paginator's call
   and marker are switched off. */
span.footnote { float: footnote; footnote-policy: line; display: block; font-size: 8.5pt; line-height: 1.3; text-align: left; hyphens: manual; }
.footnote::footnote-call { content: none; }
.footnote::footnote-marker { content: none; }
span.fn-p { display: block; margin: 0 0 .2em; }
span.footnote .fn-label { position: static; margin: 0; font-size: inherit; line-height: inherit; color: inherit; }
span.footnote.missing em { color: var(--muted); }
/* A footnote's code, tables, lists and quotations are spans (see footnote.ts), set as blocks;
   its code in the monospace face, as in the text. */
span.fn-code { display: block; margin: .2em 0; text-align: left; padding-left: .5em; border-left: 1pt solid var(--rule); font-family: '${monoFamily}', '${family}', '${fallbackFamily}', '${symbolFamily}', monospace; font-size: 7.5pt; line-height: 1.35; white-space: pre-wrap; overflow-wrap: anywhere; hyphens: none; tab-size: 4; }
span.fn-code code { font-family: inherit; font-size: inherit; }
span.fn-block, span.fn-list { display: block; margin: .2em 0; }
span.fn-table { display: table; border-collapse: collapse; font-variant-numeric: lining-nums tabular-nums; }
span.fn-thead { display: table-header-group; }
span.fn-tbody { display: table-row-group; }
span.fn-tr { display: table-row; break-inside: avoid; }
span.fn-th, span.fn-td { display: table-cell; padding: .1em .6em .1em 0; border-bottom: .5pt solid var(--rule); vertical-align: top; }
span.fn-th { font-weight: 600; }
span.fn-table .align-right { text-align: right; }
span.fn-table .align-center { text-align: center; }
span.fn-item { display: block; padding-left: 1.2em; }
span.fn-marker { display: inline-block; min-width: .9em; margin-left: -1.2em; font-variant-numeric: lining-nums tabular-nums; }
span.fn-quote { display: block; margin: .2em 0; padding-left: .8em; border-left: 1pt solid var(--rule); }
sup.notice { padding-left: .1em; }
span.noteref-group { display: inline-block; text-indent: 0; }`

const cache = new Map<string, string>()

/** The stylesheet of `profile` with the faces an edition `needs`: the same string every time. */
export function stylesheet(profile: Profile, needs?: FontNeeds): string {
  const key = `${profile} ${needs?.subsets.join(' ') ?? ''} ${needs?.fallback.join(' ') ?? ''} ${needs?.mono === true}`
  let css = cache.get(key)
  if (css === undefined) {
    const faces = facesOf(needs)
    css =
      profile === 'print'
        ? `${faces}\n${colours}\n${base}\n${print}\n`
        : `${faces}\n${colours}\n${dark}\n${base}\n@media print {${indent(print)}\n}\n`
    cache.set(key, css)
  }
  return css
}

function indent(css: string): string {
  return css.replace(/\n/g, '\n  ')
}
