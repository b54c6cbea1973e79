// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "sha256".
 */
export type Sha256 = string
/**
 * A title as written when it cites a note: its words and its note references in their places. `title` holds the words alone, for contents, running heads and bookmarks.
 * 
 * @minItems 1
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "titleContent".
 */
export type TitleContent = [(Text | FootnoteReference), ...((Text | FootnoteReference))[]]
/**
 * How the marker was written: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `**`, `†`, `‡`, `§`, `[*]`, and an editor's letter `[a]` where a body `[a] …` stands), `markdown` (a GFM footnote).
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "markerStyle".
 */
export type MarkerStyle = ("glued" | "spaced" | "bracket" | "angle" | "paren" | "caret" | "superscript" | "symbol" | "markdown")
/**
 * A block of an introduction: a paragraph, a list or a quotation.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introBlock".
 */
export type IntroBlock = (IntroParagraph | IntroList | IntroQuote)
/**
 * The inline content of an introduction: as a claim's, but with no note references.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introInline".
 */
export type IntroInline = (Text | IntroEmphasis | IntroStrong | IntroLink | Break)
/**
 * A block of a section: a paragraph of prose, a block of code, a table, a quotation, a list or a figure.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "block".
 */
export type Block = (Paragraph | Code | Table | Quote | List | Figure)
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "claimKind".
 */
export type ClaimKind = ("quotation" | "figure" | "date" | "attribution")
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "inline".
 */
export type Inline = (Text | Emphasis | Strong | Link | Break | FootnoteReference | Image | InlineCode | Anchor)
/**
 * A block of a note's body: a paragraph (numbered within the note, `c1-n7.p2`), a block of code, a table, a list or a quotation (their ids under the note's, `c1-n7.code1`, `c1-n7.table1`, `c1-n7.l1`, `c1-n7.q1`); the paragraphs of its lists and quotations are numbered with the note's.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "noteBlock".
 */
export type NoteBlock = (Paragraph | Code | Table | List | Quote)

/**
 * The edition AST: one manuscript (or a composed reader) as a unist tree that extends mdast.
 */
export interface Root {
type: "root"
meta: Meta
children: Chapter[]
/**
 * Spans of the source kept out of the text on purpose, so every character stays accounted for.
 */
omitted?: Omission[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "meta".
 */
export interface Meta {
title: string
subtitle?: string
author?: string
/**
 * Who compiled the edition (a reader's instructor): named under its title, never as its author.
 */
editor?: string
/**
 * The larger work this text is part of.
 */
work?: string
/**
 * Rights or fair-use statement, printed with the sources (a reader's).
 */
notice?: string
/**
 * BCP 47 language tag.
 */
language: string
sources: SourceFile[]
}
/**
 * A file the tree was read from.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "sourceFile".
 */
export interface SourceFile {
path: string
format: ("text" | "markdown")
sha256: Sha256
}
/**
 * A chapter, part or letter: the scope in which note numbers run and paragraph numbers restart.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "chapter".
 */
export interface Chapter {
type: "chapter"
id: string
title?: string
titlePosition?: Position
titleContent?: TitleContent
/**
 * The heading of the part or book this chapter opens, when one stands before it.
 */
part?: string
partPosition?: Position
source: SourceFile
/**
 * In a reader: the work this excerpt was taken from, and which of its paragraphs it holds.
 */
origin?: {
title: string
author?: string
work?: string
/**
 * The source's paragraph numbers, as runs: `5–9, 12`.
 */
paragraphs: string
}
introduction?: Introduction
children: Section[]
notes: FootnoteDefinition[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "position".
 */
export interface Position {
start: Point
end: Point
}
/**
 * A place in the source: 1-based line and column, 0-based offset in UTF-16 code units of the decoded text.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "point".
 */
export interface Point {
line: number
column: number
offset: number
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "text".
 */
export interface Text {
type: "text"
value: string
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "footnoteReference".
 */
export interface FootnoteReference {
type: "footnoteReference"
/**
 * Unique in the edition; equals its definition's.
 */
identifier: string
/**
 * The marker as written, without brackets or caret; superscript digits as plain digits (`¹²` is `12`). A Markdown footnote is printed by its number (`written` keeps its label).
 */
label: string
/**
 * In a reader that renumbers its notes: the label in the source.
 */
original?: string
/**
 * A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).
 */
written?: string
number: number
marker: MarkerStyle
/**
 * The marker is glued to a word rather than following punctuation (`cubits13 long`).
 */
afterWord?: true
/**
 * Why this reading was a guess, when it was one.
 */
guess?: string
position?: Position
}
/**
 * In a reader: the editor's introduction to the chapter, from the manifest's Markdown. The editor's words, kept apart from the source's: no paragraph numbers, no claims, no notes, and no positions (the text is the manifest's, not the manuscript's).
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introduction".
 */
export interface Introduction {
type: "introduction"
children: IntroBlock[]
}
/**
 * A paragraph of the editor's: unnumbered, and not split into claims.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introParagraph".
 */
export interface IntroParagraph {
type: "introParagraph"
children: IntroInline[]
}
/**
 * Emphasis in an introduction: an `emphasis` whose content has no note references.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introEmphasis".
 */
export interface IntroEmphasis {
type: "emphasis"
children: IntroInline[]
}
/**
 * Strong text in an introduction: a `strong` whose content has no note references.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introStrong".
 */
export interface IntroStrong {
type: "strong"
children: IntroInline[]
}
/**
 * A link in an introduction: a `link` whose content has no note references. The renderers decide whether its URL may be followed.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introLink".
 */
export interface IntroLink {
type: "link"
url: string
title?: string
children: IntroInline[]
}
/**
 * A line break kept from the source (verse), or the editor's in an introduction.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "break".
 */
export interface Break {
type: "break"
position?: Position
}
/**
 * A list of the editor's, numbered when `ordered`: one level, each item a run of inline text.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introList".
 */
export interface IntroList {
type: "introList"
ordered: boolean
/**
 * @minItems 1
 */
children: [IntroListItem, ...(IntroListItem)[]]
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introListItem".
 */
export interface IntroListItem {
type: "introListItem"
children: IntroInline[]
}
/**
 * A passage the editor quotes, set off as a block.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "introQuote".
 */
export interface IntroQuote {
type: "introQuote"
children: IntroParagraph[]
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
type: "section"
id: string
title?: string
titlePosition?: Position
titleContent?: TitleContent
children: Block[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "paragraph".
 */
export interface Paragraph {
type: "paragraph"
/**
 * `p12`; `c2-p12` when the edition has several chapters; `c1-n7.p1` in a note body.
 */
id: string
/**
 * Number of the paragraph within its chapter (or note).
 */
n: number
/**
 * Line breaks in this paragraph are meaningful (verse, addresses, tables).
 */
verse?: true
/**
 * In a reader: how many paragraphs of the source were left out just before this one, inside the excerpt (across a section's end too).
 */
elided?: number
/**
 * In a reader: how many sentences of this paragraph were left out at its end.
 */
elidedAfter?: number
children: Claim[]
position?: Position
}
/**
 * A sentence: the unit a reader cites and a fact-checker checks.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "claim".
 */
export interface Claim {
type: "claim"
/**
 * Paragraph id, a dot, the claim's number in it: `p12.3`.
 */
id: string
kinds: ClaimKind[]
/**
 * Identifier of the note that supports this claim.
 */
citedBy?: string
/**
 * In a reader: how many sentences of its paragraph were left out just before this one.
 */
elided?: number
children: Inline[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "emphasis".
 */
export interface Emphasis {
type: "emphasis"
children: Inline[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "strong".
 */
export interface Strong {
type: "strong"
children: Inline[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "link".
 */
export interface Link {
type: "link"
url: string
title?: string
children: Inline[]
position?: Position
}
/**
 * An image: a figure's, or one standing in a sentence. Its file, beside the manuscript, is embedded; a remote image is not fetched and a missing one not shown: the edition then shows its alt text.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "image".
 */
export interface Image {
type: "image"
/**
 * Where the manuscript says the image is, as written: a path relative to the manuscript, or a URL.
 */
url: string
/**
 * The image's alternative text, for a reader who cannot see it.
 */
alt: string
title?: string
/**
 * The image itself as a `data:` URL (PNG, JPEG, GIF, WebP or SVG); absent when it was not read (remote, missing, of another kind).
 */
src?: string
position?: Position
}
/**
 * Code in a sentence (Markdown's `` `-Wall` ``): its characters as written, without the backticks, set in a monospace face and never cut into sentences or hyphenated.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "inlineCode".
 */
export interface InlineCode {
type: "inlineCode"
value: string
position?: Position
}
/**
 * A place the manuscript names for its own links to lead to (Markdown's `<a id="x"></a>`, `<span id="x">`): a link whose address is `#x` leads here.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "anchor".
 */
export interface Anchor {
type: "anchor"
name: string
position?: Position
}
/**
 * A block of code or preformatted text (Markdown's fenced or indented code), shown as written, line by line, in a monospace face. It is no prose: it has no paragraph number and no claims.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "code".
 */
export interface Code {
type: "code"
id: string
/**
 * The language named after the opening fence (```js).
 */
lang?: string
/**
 * The code, its lines as written.
 */
value: string
position?: Position
}
/**
 * A table (GFM): rows of cells, the first row its header. It is no prose: it has no paragraph number and no claims, but its cells may cite notes.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "table".
 */
export interface Table {
type: "table"
id: string
/**
 * Each column's alignment, as the delimiter row gives it.
 */
align?: ("left" | "right" | "center" | "none")[]
children: TableRow[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "tableRow".
 */
export interface TableRow {
type: "tableRow"
children: TableCell[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "tableCell".
 */
export interface TableCell {
type: "tableCell"
children: Inline[]
position?: Position
}
/**
 * A block quotation (Markdown's `>`): another's words, its paragraphs numbered with the text's and their claims quotations (those of the lists and quotations inside it too).
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "quote".
 */
export interface Quote {
type: "quote"
id: string
/**
 * The quotation's blocks, in reading order: paragraphs, and the lists, quotations, code, tables and figures inside it.
 */
children: Block[]
position?: Position
}
/**
 * A list (Markdown's `-` or `1.`): items of paragraphs, numbered with the text's. An item may hold lists of its own, to any depth, and code and quotations.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "list".
 */
export interface List {
type: "list"
id: string
/**
 * Numbered (`1.`) rather than bulleted (`-`).
 */
ordered: boolean
/**
 * The number of an ordered list's first item, when not 1.
 */
start?: number
/**
 * Loose: blank lines between its items.
 */
spread?: boolean
children: ListItem[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "listItem".
 */
export interface ListItem {
type: "listItem"
/**
 * A task item (`- [x]`): whether it is done.
 */
checked?: boolean
/**
 * The item's blocks, in reading order: its paragraphs (numbered with the text's), and the lists, quotations, code, tables and figures inside it.
 */
children: Block[]
position?: Position
}
/**
 * An image standing alone (a Markdown paragraph of one image, or an HTML `<figure>`), with its caption. It is no prose: it has no paragraph number and no claims, but its caption may cite notes.
 * 
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "figure".
 */
export interface Figure {
type: "figure"
id: string
/**
 * The figure's image.
 * 
 * @minItems 1
 * @maxItems 1
 */
children: [Image]
/**
 * The caption as written: the line under the image, an HTML `<figcaption>`, or else the image's title.
 * 
 * @minItems 1
 */
caption?: [Inline, ...(Inline)[]]
captionPosition?: Position
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "footnoteDefinition".
 */
export interface FootnoteDefinition {
type: "footnoteDefinition"
identifier: string
label: string
/**
 * In a reader that renumbers its notes: the label in the source.
 */
original?: string
/**
 * A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).
 */
written?: string
number: number
/**
 * `missing`: referenced, but the source has no body for it.
 */
status: ("present" | "missing")
/**
 * The notes file the body was read from, when not the manuscript itself.
 */
file?: string
children: NoteBlock[]
position?: Position
}
/**
 * This interface was referenced by `Root`'s JSON-Schema
 * via the `definition` "omission".
 */
export interface Omission {
/**
 * `excluded`: a block the settings exclude; `title`: the manuscript's own title line (it becomes `meta.title` unless the settings give one); `notes-heading`: the heading of a notes section whose entries became note bodies; `break`: an ornamental section break (`* * *`); `html`: raw HTML or an HTML comment in a Markdown manuscript, which the edition does not show; `template`: a paragraph of a site generator's template tags (`{% include toc.html %}`).
 */
reason: ("excluded" | "title" | "notes-heading" | "break" | "html" | "template")
/**
 * The settings entry that excluded it, e.g. `exclude[1]`.
 */
rule?: string
/**
 * In a book of several files: the file it stands in (its path as in `meta.sources`).
 */
file?: string
position: Position
}
