// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
// @ts-nocheck
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
"use strict";
export const book = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://colophon.dev/schemas/book.schema.json","title":"BookManifest","description":"A book written in several chapter files, built as one edition (`colophon build name.book.yaml`): the files in the order given, each read with its own settings (its sidecar or front matter), their chapters one after another.","type":"object","required":["title","chapters"],"additionalProperties":false,"properties":{"title":{"description":"Title of the book.","type":"string","minLength":1},"author":{"type":"string","minLength":1},"work":{"description":"The work the book is an edition of, when the title says otherwise.","type":"string","minLength":1},"language":{"description":"BCP 47 language tag of the book; when absent, its first chapter file's language.","type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},"chapters":{"description":"The chapter files, in reading order, as paths relative to the manifest, inside the project. Each gives the chapters its headings open (one, when it has no chapter heading).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://colophon.dev/schemas/book.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.title === undefined) && (missing0 = "title")) || ((data.chapters === undefined) && (missing0 = "chapters"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "title") || (key0 === "author")) || (key0 === "work")) || (key0 === "language")) || (key0 === "chapters"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data1 = data.author;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.work !== undefined){
let data2 = data.work;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate20.errors = [{instancePath:instancePath+"/" + "work",schemaPath:"#/properties/" + "work/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/" + "work",schemaPath:"#/properties/" + "work/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
let data3 = data.language;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate20.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chapters !== undefined){
let data4 = data.chapters;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
if(data4.length < 1){
validate20.errors = [{instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate20.errors = [{instancePath:instancePath+"/chapters/" + i0,schemaPath:"#/properties/chapters/items/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/chapters/" + i0,schemaPath:"#/properties/chapters/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate20.errors = [{instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const edition = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://colophon.dev/schemas/edition.schema.json","title":"Root","description":"The edition AST: one manuscript (or a composed reader) as a unist tree that extends mdast.","type":"object","required":["type","meta","children"],"additionalProperties":false,"properties":{"type":{"const":"root"},"meta":{"$ref":"#/$defs/meta"},"children":{"type":"array","items":{"$ref":"#/$defs/chapter"}},"omitted":{"description":"Spans of the source kept out of the text on purpose, so every character stays accounted for.","type":"array","items":{"$ref":"#/$defs/omission"}},"position":{"$ref":"#/$defs/position"}},"$defs":{"point":{"title":"Point","description":"A place in the source: 1-based line and column, 0-based offset in UTF-16 code units of the decoded text.","type":"object","required":["line","column","offset"],"additionalProperties":false,"properties":{"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"offset":{"type":"integer","minimum":0}}},"position":{"title":"Position","type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"$ref":"#/$defs/point"},"end":{"$ref":"#/$defs/point"}}},"sha256":{"title":"Sha256","type":"string","pattern":"^[0-9a-f]{64}$"},"sourceFile":{"title":"SourceFile","description":"A file the tree was read from.","type":"object","required":["path","format","sha256"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"format":{"enum":["text","markdown"]},"sha256":{"$ref":"#/$defs/sha256"}}},"meta":{"title":"Meta","type":"object","required":["title","language","sources"],"additionalProperties":false,"properties":{"title":{"type":"string"},"subtitle":{"type":"string"},"author":{"type":"string"},"editor":{"description":"Who compiled the edition (a reader's instructor): named under its title, never as its author.","type":"string"},"work":{"description":"The larger work this text is part of.","type":"string"},"notice":{"description":"Rights or fair-use statement, printed with the sources (a reader's).","type":"string"},"language":{"description":"BCP 47 language tag.","type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},"sources":{"type":"array","items":{"$ref":"#/$defs/sourceFile"}}}},"omission":{"title":"Omission","type":"object","required":["reason","position"],"additionalProperties":false,"properties":{"reason":{"description":"`excluded`: a block the settings exclude; `title`: the manuscript's own title line (it becomes `meta.title` unless the settings give one); `notes-heading`: the heading of a notes section whose entries became note bodies; `break`: an ornamental section break (`* * *`); `html`: raw HTML or an HTML comment in a Markdown manuscript, which the edition does not show; `template`: a paragraph of a site generator's template tags (`{% include toc.html %}`).","enum":["excluded","title","notes-heading","break","html","template"]},"rule":{"description":"The settings entry that excluded it, e.g. `exclude[1]`.","type":"string"},"file":{"description":"In a book of several files: the file it stands in (its path as in `meta.sources`).","type":"string","minLength":1},"position":{"$ref":"#/$defs/position"}}},"chapter":{"title":"Chapter","description":"A chapter, part or letter: the scope in which note numbers run and paragraph numbers restart.","type":"object","required":["type","id","source","children","notes"],"additionalProperties":false,"properties":{"type":{"const":"chapter"},"id":{"type":"string","pattern":"^c[0-9]+$"},"title":{"type":"string"},"titlePosition":{"$ref":"#/$defs/position"},"titleContent":{"$ref":"#/$defs/titleContent"},"part":{"description":"The heading of the part or book this chapter opens, when one stands before it.","type":"string"},"partPosition":{"$ref":"#/$defs/position"},"source":{"$ref":"#/$defs/sourceFile"},"origin":{"description":"In a reader: the work this excerpt was taken from, and which of its paragraphs it holds.","type":"object","required":["title","paragraphs"],"additionalProperties":false,"properties":{"title":{"type":"string"},"author":{"type":"string"},"work":{"type":"string"},"paragraphs":{"description":"The source's paragraph numbers, as runs: `5–9, 12`.","type":"string"}}},"introduction":{"$ref":"#/$defs/introduction"},"children":{"type":"array","items":{"$ref":"#/$defs/section"}},"notes":{"type":"array","items":{"$ref":"#/$defs/footnoteDefinition"}},"position":{"$ref":"#/$defs/position"}}},"introduction":{"title":"Introduction","description":"In a reader: the editor's introduction to the chapter, from the manifest's Markdown. The editor's words, kept apart from the source's: no paragraph numbers, no claims, no notes, and no positions (the text is the manifest's, not the manuscript's).","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introduction"},"children":{"type":"array","items":{"$ref":"#/$defs/introBlock"}}}},"introBlock":{"title":"IntroBlock","description":"A block of an introduction: a paragraph, a list or a quotation.","oneOf":[{"$ref":"#/$defs/introParagraph"},{"$ref":"#/$defs/introList"},{"$ref":"#/$defs/introQuote"}],"type":"object","discriminator":{"propertyName":"type"}},"introParagraph":{"title":"IntroParagraph","description":"A paragraph of the editor's: unnumbered, and not split into claims.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introParagraph"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}},"introList":{"title":"IntroList","description":"A list of the editor's, numbered when `ordered`: one level, each item a run of inline text.","type":"object","required":["type","ordered","children"],"additionalProperties":false,"properties":{"type":{"const":"introList"},"ordered":{"type":"boolean"},"children":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/introListItem"}}}},"introListItem":{"title":"IntroListItem","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introListItem"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}},"introQuote":{"title":"IntroQuote","description":"A passage the editor quotes, set off as a block.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introQuote"},"children":{"type":"array","items":{"$ref":"#/$defs/introParagraph"}}}},"introInline":{"title":"IntroInline","description":"The inline content of an introduction: as a claim's, but with no note references.","oneOf":[{"$ref":"#/$defs/text"},{"$ref":"#/$defs/introEmphasis"},{"$ref":"#/$defs/introStrong"},{"$ref":"#/$defs/introLink"},{"$ref":"#/$defs/break"}],"type":"object","discriminator":{"propertyName":"type"}},"introEmphasis":{"title":"IntroEmphasis","description":"Emphasis in an introduction: an `emphasis` whose content has no note references.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"emphasis"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}},"introStrong":{"title":"IntroStrong","description":"Strong text in an introduction: a `strong` whose content has no note references.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"strong"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}},"introLink":{"title":"IntroLink","description":"A link in an introduction: a `link` whose content has no note references. The renderers decide whether its URL may be followed.","type":"object","required":["type","url","children"],"additionalProperties":false,"properties":{"type":{"const":"link"},"url":{"type":"string"},"title":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}},"section":{"title":"Section","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"section"},"id":{"type":"string","pattern":"^(c[0-9]+-)?s[0-9]+$"},"title":{"type":"string"},"titlePosition":{"$ref":"#/$defs/position"},"titleContent":{"$ref":"#/$defs/titleContent"},"children":{"type":"array","items":{"$ref":"#/$defs/block"}},"position":{"$ref":"#/$defs/position"}}},"block":{"title":"Block","description":"A block of a section: a paragraph of prose, a block of code, a table, a quotation, a list or a figure.","oneOf":[{"$ref":"#/$defs/paragraph"},{"$ref":"#/$defs/code"},{"$ref":"#/$defs/table"},{"$ref":"#/$defs/quote"},{"$ref":"#/$defs/list"},{"$ref":"#/$defs/figure"}],"type":"object","discriminator":{"propertyName":"type"}},"figure":{"title":"Figure","description":"An image standing alone (a Markdown paragraph of one image, or an HTML `<figure>`), with its caption. It is no prose: it has no paragraph number and no claims, but its caption may cite notes.","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"figure"},"id":{"type":"string","pattern":"^(c[0-9]+-)?figure[0-9]+$"},"children":{"description":"The figure's image.","type":"array","items":{"$ref":"#/$defs/image"},"minItems":1,"maxItems":1},"caption":{"description":"The caption as written: the line under the image, an HTML `<figcaption>`, or else the image's title.","type":"array","minItems":1,"items":{"$ref":"#/$defs/inline"}},"captionPosition":{"$ref":"#/$defs/position"},"position":{"$ref":"#/$defs/position"}}},"list":{"title":"List","description":"A list (Markdown's `-` or `1.`): items of paragraphs, numbered with the text's. An item may hold lists of its own, to any depth, and code and quotations.","type":"object","required":["type","id","ordered","children"],"additionalProperties":false,"properties":{"type":{"const":"list"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?l[0-9]+$"},"ordered":{"description":"Numbered (`1.`) rather than bulleted (`-`).","type":"boolean"},"start":{"description":"The number of an ordered list's first item, when not 1.","type":"integer","minimum":0},"spread":{"description":"Loose: blank lines between its items.","type":"boolean"},"children":{"type":"array","items":{"$ref":"#/$defs/listItem"}},"position":{"$ref":"#/$defs/position"}}},"listItem":{"title":"ListItem","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"listItem"},"checked":{"description":"A task item (`- [x]`): whether it is done.","type":"boolean"},"children":{"description":"The item's blocks, in reading order: its paragraphs (numbered with the text's), and the lists, quotations, code, tables and figures inside it.","type":"array","items":{"$ref":"#/$defs/block"}},"position":{"$ref":"#/$defs/position"}}},"quote":{"title":"Quote","description":"A block quotation (Markdown's `>`): another's words, its paragraphs numbered with the text's and their claims quotations (those of the lists and quotations inside it too).","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"quote"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?q[0-9]+$"},"children":{"description":"The quotation's blocks, in reading order: paragraphs, and the lists, quotations, code, tables and figures inside it.","type":"array","items":{"$ref":"#/$defs/block"}},"position":{"$ref":"#/$defs/position"}}},"table":{"title":"Table","description":"A table (GFM): rows of cells, the first row its header. It is no prose: it has no paragraph number and no claims, but its cells may cite notes.","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"table"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?table[0-9]+$"},"align":{"description":"Each column's alignment, as the delimiter row gives it.","type":"array","items":{"enum":["left","right","center","none"]}},"children":{"type":"array","items":{"$ref":"#/$defs/tableRow"}},"position":{"$ref":"#/$defs/position"}}},"tableRow":{"title":"TableRow","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"tableRow"},"children":{"type":"array","items":{"$ref":"#/$defs/tableCell"}},"position":{"$ref":"#/$defs/position"}}},"tableCell":{"title":"TableCell","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"tableCell"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}},"code":{"title":"Code","description":"A block of code or preformatted text (Markdown's fenced or indented code), shown as written, line by line, in a monospace face. It is no prose: it has no paragraph number and no claims.","type":"object","required":["type","id","value"],"additionalProperties":false,"properties":{"type":{"const":"code"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?code[0-9]+$"},"lang":{"description":"The language named after the opening fence (```js).","type":"string"},"value":{"description":"The code, its lines as written.","type":"string"},"position":{"$ref":"#/$defs/position"}}},"paragraph":{"title":"Paragraph","type":"object","required":["type","id","n","children"],"additionalProperties":false,"properties":{"type":{"const":"paragraph"},"id":{"description":"`p12`; `c2-p12` when the edition has several chapters; `c1-n7.p1` in a note body.","type":"string","pattern":"^[a-z0-9.-]+$"},"n":{"description":"Number of the paragraph within its chapter (or note).","type":"integer","minimum":1},"verse":{"description":"Line breaks in this paragraph are meaningful (verse, addresses, tables).","const":true},"elided":{"description":"In a reader: how many paragraphs of the source were left out just before this one, inside the excerpt (across a section's end too).","type":"integer","minimum":1},"elidedAfter":{"description":"In a reader: how many sentences of this paragraph were left out at its end.","type":"integer","minimum":1},"children":{"type":"array","items":{"$ref":"#/$defs/claim"}},"position":{"$ref":"#/$defs/position"}}},"claimKind":{"title":"ClaimKind","enum":["quotation","figure","date","attribution"]},"claim":{"title":"Claim","description":"A sentence: the unit a reader cites and a fact-checker checks.","type":"object","required":["type","id","kinds","children"],"additionalProperties":false,"properties":{"type":{"const":"claim"},"id":{"description":"Paragraph id, a dot, the claim's number in it: `p12.3`.","type":"string","pattern":"^[a-z0-9.-]+\\.[0-9]+$"},"kinds":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/claimKind"}},"citedBy":{"description":"Identifier of the note that supports this claim.","type":"string"},"elided":{"description":"In a reader: how many sentences of its paragraph were left out just before this one.","type":"integer","minimum":1},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}},"titleContent":{"title":"TitleContent","description":"A title as written when it cites a note: its words and its note references in their places. `title` holds the words alone, for contents, running heads and bookmarks.","type":"array","minItems":1,"items":{"anyOf":[{"$ref":"#/$defs/text"},{"$ref":"#/$defs/footnoteReference"}]}},"inline":{"title":"Inline","oneOf":[{"$ref":"#/$defs/text"},{"$ref":"#/$defs/emphasis"},{"$ref":"#/$defs/strong"},{"$ref":"#/$defs/link"},{"$ref":"#/$defs/break"},{"$ref":"#/$defs/footnoteReference"},{"$ref":"#/$defs/image"},{"$ref":"#/$defs/inlineCode"},{"$ref":"#/$defs/anchor"}],"type":"object","discriminator":{"propertyName":"type"}},"anchor":{"title":"Anchor","description":"A place the manuscript names for its own links to lead to (Markdown's `<a id=\"x\"></a>`, `<span id=\"x\">`): a link whose address is `#x` leads here.","type":"object","required":["type","name"],"additionalProperties":false,"properties":{"type":{"const":"anchor"},"name":{"type":"string","minLength":1},"position":{"$ref":"#/$defs/position"}}},"inlineCode":{"title":"InlineCode","description":"Code in a sentence (Markdown's `` `-Wall` ``): its characters as written, without the backticks, set in a monospace face and never cut into sentences or hyphenated.","type":"object","required":["type","value"],"additionalProperties":false,"properties":{"type":{"const":"inlineCode"},"value":{"type":"string"},"position":{"$ref":"#/$defs/position"}}},"text":{"title":"Text","type":"object","required":["type","value"],"additionalProperties":false,"properties":{"type":{"const":"text"},"value":{"type":"string"},"position":{"$ref":"#/$defs/position"}}},"emphasis":{"title":"Emphasis","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"emphasis"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}},"strong":{"title":"Strong","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"strong"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}},"link":{"title":"Link","type":"object","required":["type","url","children"],"additionalProperties":false,"properties":{"type":{"const":"link"},"url":{"type":"string"},"title":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}},"break":{"title":"Break","description":"A line break kept from the source (verse), or the editor's in an introduction.","type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"const":"break"},"position":{"$ref":"#/$defs/position"}}},"image":{"title":"Image","description":"An image: a figure's, or one standing in a sentence. Its file, beside the manuscript, is embedded; a remote image is not fetched and a missing one not shown: the edition then shows its alt text.","type":"object","required":["type","url","alt"],"additionalProperties":false,"properties":{"type":{"const":"image"},"url":{"description":"Where the manuscript says the image is, as written: a path relative to the manuscript, or a URL.","type":"string"},"alt":{"description":"The image's alternative text, for a reader who cannot see it.","type":"string"},"title":{"type":"string"},"src":{"description":"The image itself as a `data:` URL (PNG, JPEG, GIF, WebP or SVG); absent when it was not read (remote, missing, of another kind).","type":"string","pattern":"^data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/]*={0,2}$"},"position":{"$ref":"#/$defs/position"}}},"markerStyle":{"title":"MarkerStyle","description":"How the marker was written: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `**`, `†`, `‡`, `§`, `[*]`, and an editor's letter `[a]` where a body `[a] …` stands), `markdown` (a GFM footnote).","enum":["glued","spaced","bracket","angle","paren","caret","superscript","symbol","markdown"]},"footnoteReference":{"title":"FootnoteReference","type":"object","required":["type","identifier","label","number","marker"],"additionalProperties":false,"properties":{"type":{"const":"footnoteReference"},"identifier":{"description":"Unique in the edition; equals its definition's.","type":"string"},"label":{"description":"The marker as written, without brackets or caret; superscript digits as plain digits (`¹²` is `12`). A Markdown footnote is printed by its number (`written` keeps its label).","type":"string"},"original":{"description":"In a reader that renumbers its notes: the label in the source.","type":"string"},"written":{"description":"A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).","type":"string"},"number":{"type":"integer","minimum":0},"marker":{"$ref":"#/$defs/markerStyle"},"afterWord":{"description":"The marker is glued to a word rather than following punctuation (`cubits13 long`).","const":true},"guess":{"description":"Why this reading was a guess, when it was one.","type":"string"},"position":{"$ref":"#/$defs/position"}}},"footnoteDefinition":{"title":"FootnoteDefinition","type":"object","required":["type","identifier","label","number","status","children"],"additionalProperties":false,"properties":{"type":{"const":"footnoteDefinition"},"identifier":{"type":"string"},"label":{"type":"string"},"original":{"description":"In a reader that renumbers its notes: the label in the source.","type":"string"},"written":{"description":"A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).","type":"string"},"number":{"type":"integer","minimum":0},"status":{"description":"`missing`: referenced, but the source has no body for it.","enum":["present","missing"]},"file":{"description":"The notes file the body was read from, when not the manuscript itself.","type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/noteBlock"}},"position":{"$ref":"#/$defs/position"}}},"noteBlock":{"title":"NoteBlock","description":"A block of a note's body: a paragraph (numbered within the note, `c1-n7.p2`), a block of code, a table, a list or a quotation (their ids under the note's, `c1-n7.code1`, `c1-n7.table1`, `c1-n7.l1`, `c1-n7.q1`); the paragraphs of its lists and quotations are numbered with the note's.","oneOf":[{"$ref":"#/$defs/paragraph"},{"$ref":"#/$defs/code"},{"$ref":"#/$defs/table"},{"$ref":"#/$defs/list"},{"$ref":"#/$defs/quote"}],"type":"object","discriminator":{"propertyName":"type"}}}};
const schema33 = {"title":"Meta","type":"object","required":["title","language","sources"],"additionalProperties":false,"properties":{"title":{"type":"string"},"subtitle":{"type":"string"},"author":{"type":"string"},"editor":{"description":"Who compiled the edition (a reader's instructor): named under its title, never as its author.","type":"string"},"work":{"description":"The larger work this text is part of.","type":"string"},"notice":{"description":"Rights or fair-use statement, printed with the sources (a reader's).","type":"string"},"language":{"description":"BCP 47 language tag.","type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},"sources":{"type":"array","items":{"$ref":"#/$defs/sourceFile"}}}};
const schema34 = {"title":"SourceFile","description":"A file the tree was read from.","type":"object","required":["path","format","sha256"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"format":{"enum":["text","markdown"]},"sha256":{"$ref":"#/$defs/sha256"}}};
const schema35 = {"title":"Sha256","type":"string","pattern":"^[0-9a-f]{64}$"};
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.path === undefined) && (missing0 = "path")) || ((data.format === undefined) && (missing0 = "format"))) || ((data.sha256 === undefined) && (missing0 = "sha256"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "format")) || (key0 === "sha256"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
let data0 = data.path;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate23.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.format !== undefined){
let data1 = data.format;
const _errs4 = errors;
if(!((data1 === "text") || (data1 === "markdown"))){
validate23.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema34.properties.format.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sha256 !== undefined){
let data2 = data.sha256;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate23.errors = [{instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.title === undefined) && (missing0 = "title")) || ((data.language === undefined) && (missing0 = "language"))) || ((data.sources === undefined) && (missing0 = "sources"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "title") || (key0 === "subtitle")) || (key0 === "author")) || (key0 === "editor")) || (key0 === "work")) || (key0 === "notice")) || (key0 === "language")) || (key0 === "sources"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.title !== undefined){
const _errs2 = errors;
if(typeof data.title !== "string"){
validate22.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subtitle !== undefined){
const _errs4 = errors;
if(typeof data.subtitle !== "string"){
validate22.errors = [{instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
const _errs6 = errors;
if(typeof data.author !== "string"){
validate22.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.editor !== undefined){
const _errs8 = errors;
if(typeof data.editor !== "string"){
validate22.errors = [{instancePath:instancePath+"/editor",schemaPath:"#/properties/editor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.work !== undefined){
const _errs10 = errors;
if(typeof data.work !== "string"){
validate22.errors = [{instancePath:instancePath+"/" + "work",schemaPath:"#/properties/" + "work/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notice !== undefined){
const _errs12 = errors;
if(typeof data.notice !== "string"){
validate22.errors = [{instancePath:instancePath+"/notice",schemaPath:"#/properties/notice/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
let data6 = data.language;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate22.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sources !== undefined){
let data7 = data.sources;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs18 = errors;
if(!(validate23(data7[i0], {instancePath,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"title":"Chapter","description":"A chapter, part or letter: the scope in which note numbers run and paragraph numbers restart.","type":"object","required":["type","id","source","children","notes"],"additionalProperties":false,"properties":{"type":{"const":"chapter"},"id":{"type":"string","pattern":"^c[0-9]+$"},"title":{"type":"string"},"titlePosition":{"$ref":"#/$defs/position"},"titleContent":{"$ref":"#/$defs/titleContent"},"part":{"description":"The heading of the part or book this chapter opens, when one stands before it.","type":"string"},"partPosition":{"$ref":"#/$defs/position"},"source":{"$ref":"#/$defs/sourceFile"},"origin":{"description":"In a reader: the work this excerpt was taken from, and which of its paragraphs it holds.","type":"object","required":["title","paragraphs"],"additionalProperties":false,"properties":{"title":{"type":"string"},"author":{"type":"string"},"work":{"type":"string"},"paragraphs":{"description":"The source's paragraph numbers, as runs: `5–9, 12`.","type":"string"}}},"introduction":{"$ref":"#/$defs/introduction"},"children":{"type":"array","items":{"$ref":"#/$defs/section"}},"notes":{"type":"array","items":{"$ref":"#/$defs/footnoteDefinition"}},"position":{"$ref":"#/$defs/position"}}};
const func6 = Object.prototype.hasOwnProperty;
const pattern7 = new RegExp("^c[0-9]+$", "u");
const schema37 = {"title":"Position","type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"$ref":"#/$defs/point"},"end":{"$ref":"#/$defs/point"}}};
const schema38 = {"title":"Point","description":"A place in the source: 1-based line and column, 0-based offset in UTF-16 code units of the decoded text.","type":"object","required":["line","column","offset"],"additionalProperties":false,"properties":{"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"offset":{"type":"integer","minimum":0}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.start === undefined) && (missing0 = "start")) || ((data.end === undefined) && (missing0 = "end"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "start") || (key0 === "end"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.start !== undefined){
let data0 = data.start;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((((data0.line === undefined) && (missing1 = "line")) || ((data0.column === undefined) && (missing1 = "column"))) || ((data0.offset === undefined) && (missing1 = "offset"))){
validate27.errors = [{instancePath:instancePath+"/start",schemaPath:"#/$defs/point/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data0){
if(!(((key1 === "line") || (key1 === "column")) || (key1 === "offset"))){
validate27.errors = [{instancePath:instancePath+"/start",schemaPath:"#/$defs/point/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.line !== undefined){
let data1 = data0.line;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate27.errors = [{instancePath:instancePath+"/start/line",schemaPath:"#/$defs/point/properties/line/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate27.errors = [{instancePath:instancePath+"/start/line",schemaPath:"#/$defs/point/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.column !== undefined){
let data2 = data0.column;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate27.errors = [{instancePath:instancePath+"/start/column",schemaPath:"#/$defs/point/properties/column/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate27.errors = [{instancePath:instancePath+"/start/column",schemaPath:"#/$defs/point/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.offset !== undefined){
let data3 = data0.offset;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate27.errors = [{instancePath:instancePath+"/start/offset",schemaPath:"#/$defs/point/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate27.errors = [{instancePath:instancePath+"/start/offset",schemaPath:"#/$defs/point/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/start",schemaPath:"#/$defs/point/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data4 = data.end;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((((data4.line === undefined) && (missing2 = "line")) || ((data4.column === undefined) && (missing2 = "column"))) || ((data4.offset === undefined) && (missing2 = "offset"))){
validate27.errors = [{instancePath:instancePath+"/end",schemaPath:"#/$defs/point/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs15 = errors;
for(const key2 in data4){
if(!(((key2 === "line") || (key2 === "column")) || (key2 === "offset"))){
validate27.errors = [{instancePath:instancePath+"/end",schemaPath:"#/$defs/point/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs15 === errors){
if(data4.line !== undefined){
let data5 = data4.line;
const _errs16 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate27.errors = [{instancePath:instancePath+"/end/line",schemaPath:"#/$defs/point/properties/line/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs16){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate27.errors = [{instancePath:instancePath+"/end/line",schemaPath:"#/$defs/point/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.column !== undefined){
let data6 = data4.column;
const _errs18 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate27.errors = [{instancePath:instancePath+"/end/column",schemaPath:"#/$defs/point/properties/column/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs18){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate27.errors = [{instancePath:instancePath+"/end/column",schemaPath:"#/$defs/point/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.offset !== undefined){
let data7 = data4.offset;
const _errs20 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate27.errors = [{instancePath:instancePath+"/end/offset",schemaPath:"#/$defs/point/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs20){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate27.errors = [{instancePath:instancePath+"/end/offset",schemaPath:"#/$defs/point/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/end",schemaPath:"#/$defs/point/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"title":"TitleContent","description":"A title as written when it cites a note: its words and its note references in their places. `title` holds the words alone, for contents, running heads and bookmarks.","type":"array","minItems":1,"items":{"anyOf":[{"$ref":"#/$defs/text"},{"$ref":"#/$defs/footnoteReference"}]}};
const schema41 = {"title":"Text","type":"object","required":["type","value"],"additionalProperties":false,"properties":{"type":{"const":"text"},"value":{"type":"string"},"position":{"$ref":"#/$defs/position"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.value === undefined) && (missing0 = "value"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "value")) || (key0 === "position"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("text" !== data.type){
validate30.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs3 = errors;
if(typeof data.value !== "string"){
validate30.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs5 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"title":"FootnoteReference","type":"object","required":["type","identifier","label","number","marker"],"additionalProperties":false,"properties":{"type":{"const":"footnoteReference"},"identifier":{"description":"Unique in the edition; equals its definition's.","type":"string"},"label":{"description":"The marker as written, without brackets or caret; superscript digits as plain digits (`¹²` is `12`). A Markdown footnote is printed by its number (`written` keeps its label).","type":"string"},"original":{"description":"In a reader that renumbers its notes: the label in the source.","type":"string"},"written":{"description":"A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).","type":"string"},"number":{"type":"integer","minimum":0},"marker":{"$ref":"#/$defs/markerStyle"},"afterWord":{"description":"The marker is glued to a word rather than following punctuation (`cubits13 long`).","const":true},"guess":{"description":"Why this reading was a guess, when it was one.","type":"string"},"position":{"$ref":"#/$defs/position"}}};
const schema43 = {"title":"MarkerStyle","description":"How the marker was written: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `**`, `†`, `‡`, `§`, `[*]`, and an editor's letter `[a]` where a body `[a] …` stands), `markdown` (a GFM footnote).","enum":["glued","spaced","bracket","angle","paren","caret","superscript","symbol","markdown"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.identifier === undefined) && (missing0 = "identifier"))) || ((data.label === undefined) && (missing0 = "label"))) || ((data.number === undefined) && (missing0 = "number"))) || ((data.marker === undefined) && (missing0 = "marker"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema42.properties, key0))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("footnoteReference" !== data.type){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "footnoteReference"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identifier !== undefined){
const _errs3 = errors;
if(typeof data.identifier !== "string"){
validate33.errors = [{instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
const _errs5 = errors;
if(typeof data.label !== "string"){
validate33.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.original !== undefined){
const _errs7 = errors;
if(typeof data.original !== "string"){
validate33.errors = [{instancePath:instancePath+"/original",schemaPath:"#/properties/original/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.written !== undefined){
const _errs9 = errors;
if(typeof data.written !== "string"){
validate33.errors = [{instancePath:instancePath+"/written",schemaPath:"#/properties/written/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.number !== undefined){
let data5 = data.number;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate33.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate33.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.marker !== undefined){
let data6 = data.marker;
const _errs13 = errors;
if(!(((((((((data6 === "glued") || (data6 === "spaced")) || (data6 === "bracket")) || (data6 === "angle")) || (data6 === "paren")) || (data6 === "caret")) || (data6 === "superscript")) || (data6 === "symbol")) || (data6 === "markdown"))){
validate33.errors = [{instancePath:instancePath+"/marker",schemaPath:"#/$defs/markerStyle/enum",keyword:"enum",params:{allowedValues: schema43.enum}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.afterWord !== undefined){
const _errs15 = errors;
if(true !== data.afterWord){
validate33.errors = [{instancePath:instancePath+"/afterWord",schemaPath:"#/properties/afterWord/const",keyword:"const",params:{allowedValue: true}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guess !== undefined){
const _errs16 = errors;
if(typeof data.guess !== "string"){
validate33.errors = [{instancePath:instancePath+"/guess",schemaPath:"#/properties/guess/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs18 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate29.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(!(validate30(data0, {instancePath,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs4 = errors;
if(!(validate33(data0, {instancePath,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate29.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"title":"Introduction","description":"In a reader: the editor's introduction to the chapter, from the manifest's Markdown. The editor's words, kept apart from the source's: no paragraph numbers, no claims, no notes, and no positions (the text is the manifest's, not the manuscript's).","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introduction"},"children":{"type":"array","items":{"$ref":"#/$defs/introBlock"}}}};
const schema45 = {"title":"IntroBlock","description":"A block of an introduction: a paragraph, a list or a quotation.","oneOf":[{"$ref":"#/$defs/introParagraph"},{"$ref":"#/$defs/introList"},{"$ref":"#/$defs/introQuote"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema46 = {"title":"IntroParagraph","description":"A paragraph of the editor's: unnumbered, and not split into claims.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introParagraph"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}};
const schema47 = {"title":"IntroInline","description":"The inline content of an introduction: as a claim's, but with no note references.","oneOf":[{"$ref":"#/$defs/text"},{"$ref":"#/$defs/introEmphasis"},{"$ref":"#/$defs/introStrong"},{"$ref":"#/$defs/introLink"},{"$ref":"#/$defs/break"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema48 = {"title":"IntroEmphasis","description":"Emphasis in an introduction: an `emphasis` whose content has no note references.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"emphasis"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}};
const wrapper0 = {validate: validate42};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "children"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("emphasis" !== data.type){
validate43.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "emphasis"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(wrapper0.validate(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"title":"IntroStrong","description":"Strong text in an introduction: a `strong` whose content has no note references.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"strong"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "children"))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("strong" !== data.type){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "strong"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(wrapper0.validate(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"IntroLink","description":"A link in an introduction: a `link` whose content has no note references. The renderers decide whether its URL may be followed.","type":"object","required":["type","url","children"],"additionalProperties":false,"properties":{"type":{"const":"link"},"url":{"type":"string"},"title":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.url === undefined) && (missing0 = "url"))) || ((data.children === undefined) && (missing0 = "children"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "url")) || (key0 === "title")) || (key0 === "children"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("link" !== data.type){
validate45.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "link"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
const _errs3 = errors;
if(typeof data.url !== "string"){
validate45.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs5 = errors;
if(typeof data.title !== "string"){
validate45.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data3 = data.children;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(wrapper0.validate(data3[i0], {instancePath,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"title":"Break","description":"A line break kept from the source (verse), or the editor's in an introduction.","type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"const":"break"},"position":{"$ref":"#/$defs/position"}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "position"))){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("break" !== data.type){
validate46.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "break"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs3 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "text"){
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "emphasis"){
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "strong"){
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "link"){
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "break"){
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "children"))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("introParagraph" !== data.type){
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "introParagraph"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate42(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"IntroList","description":"A list of the editor's, numbered when `ordered`: one level, each item a run of inline text.","type":"object","required":["type","ordered","children"],"additionalProperties":false,"properties":{"type":{"const":"introList"},"ordered":{"type":"boolean"},"children":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/introListItem"}}}};
const schema53 = {"title":"IntroListItem","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introListItem"},"children":{"type":"array","items":{"$ref":"#/$defs/introInline"}}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "children"))){
validate55.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("introListItem" !== data.type){
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "introListItem"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate42(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.ordered === undefined) && (missing0 = "ordered"))) || ((data.children === undefined) && (missing0 = "children"))){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "ordered")) || (key0 === "children"))){
validate54.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("introList" !== data.type){
validate54.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "introList"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ordered !== undefined){
const _errs3 = errors;
if(typeof data.ordered !== "boolean"){
validate54.errors = [{instancePath:instancePath+"/ordered",schemaPath:"#/properties/ordered/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data2 = data.children;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length < 1){
validate54.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate55(data2[i0], {instancePath,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"IntroQuote","description":"A passage the editor quotes, set off as a block.","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"introQuote"},"children":{"type":"array","items":{"$ref":"#/$defs/introParagraph"}}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "children"))){
validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("introQuote" !== data.type){
validate58.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "introQuote"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate41(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "introParagraph"){
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "introList"){
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "introQuote"){
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate40.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "children"))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("introduction" !== data.type){
validate39.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "introduction"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate40(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"title":"Section","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"section"},"id":{"type":"string","pattern":"^(c[0-9]+-)?s[0-9]+$"},"title":{"type":"string"},"titlePosition":{"$ref":"#/$defs/position"},"titleContent":{"$ref":"#/$defs/titleContent"},"children":{"type":"array","items":{"$ref":"#/$defs/block"}},"position":{"$ref":"#/$defs/position"}}};
const pattern8 = new RegExp("^(c[0-9]+-)?s[0-9]+$", "u");
const schema56 = {"title":"Block","description":"A block of a section: a paragraph of prose, a block of code, a table, a quotation, a list or a figure.","oneOf":[{"$ref":"#/$defs/paragraph"},{"$ref":"#/$defs/code"},{"$ref":"#/$defs/table"},{"$ref":"#/$defs/quote"},{"$ref":"#/$defs/list"},{"$ref":"#/$defs/figure"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema57 = {"title":"Paragraph","type":"object","required":["type","id","n","children"],"additionalProperties":false,"properties":{"type":{"const":"paragraph"},"id":{"description":"`p12`; `c2-p12` when the edition has several chapters; `c1-n7.p1` in a note body.","type":"string","pattern":"^[a-z0-9.-]+$"},"n":{"description":"Number of the paragraph within its chapter (or note).","type":"integer","minimum":1},"verse":{"description":"Line breaks in this paragraph are meaningful (verse, addresses, tables).","const":true},"elided":{"description":"In a reader: how many paragraphs of the source were left out just before this one, inside the excerpt (across a section's end too).","type":"integer","minimum":1},"elidedAfter":{"description":"In a reader: how many sentences of this paragraph were left out at its end.","type":"integer","minimum":1},"children":{"type":"array","items":{"$ref":"#/$defs/claim"}},"position":{"$ref":"#/$defs/position"}}};
const pattern9 = new RegExp("^[a-z0-9.-]+$", "u");
const schema58 = {"title":"Claim","description":"A sentence: the unit a reader cites and a fact-checker checks.","type":"object","required":["type","id","kinds","children"],"additionalProperties":false,"properties":{"type":{"const":"claim"},"id":{"description":"Paragraph id, a dot, the claim's number in it: `p12.3`.","type":"string","pattern":"^[a-z0-9.-]+\\.[0-9]+$"},"kinds":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/claimKind"}},"citedBy":{"description":"Identifier of the note that supports this claim.","type":"string"},"elided":{"description":"In a reader: how many sentences of its paragraph were left out just before this one.","type":"integer","minimum":1},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}};
const schema59 = {"title":"ClaimKind","enum":["quotation","figure","date","attribution"]};
const pattern10 = new RegExp("^[a-z0-9.-]+\\.[0-9]+$", "u");
const func0 = require("ajv/dist/runtime/equal").default;
const schema60 = {"title":"Inline","oneOf":[{"$ref":"#/$defs/text"},{"$ref":"#/$defs/emphasis"},{"$ref":"#/$defs/strong"},{"$ref":"#/$defs/link"},{"$ref":"#/$defs/break"},{"$ref":"#/$defs/footnoteReference"},{"$ref":"#/$defs/image"},{"$ref":"#/$defs/inlineCode"},{"$ref":"#/$defs/anchor"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema61 = {"title":"Emphasis","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"emphasis"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}};
const wrapper3 = {validate: validate71};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "children")) || (key0 === "position"))){
validate72.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("emphasis" !== data.type){
validate72.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "emphasis"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(wrapper3.validate(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs6 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"title":"Strong","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"strong"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate74.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "children")) || (key0 === "position"))){
validate74.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("strong" !== data.type){
validate74.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "strong"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(wrapper3.validate(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs6 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"title":"Link","type":"object","required":["type","url","children"],"additionalProperties":false,"properties":{"type":{"const":"link"},"url":{"type":"string"},"title":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.url === undefined) && (missing0 = "url"))) || ((data.children === undefined) && (missing0 = "children"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "url")) || (key0 === "title")) || (key0 === "children")) || (key0 === "position"))){
validate76.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("link" !== data.type){
validate76.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "link"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
const _errs3 = errors;
if(typeof data.url !== "string"){
validate76.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs5 = errors;
if(typeof data.title !== "string"){
validate76.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data3 = data.children;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(wrapper3.validate(data3[i0], {instancePath,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs10 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"title":"Image","description":"An image: a figure's, or one standing in a sentence. Its file, beside the manuscript, is embedded; a remote image is not fetched and a missing one not shown: the edition then shows its alt text.","type":"object","required":["type","url","alt"],"additionalProperties":false,"properties":{"type":{"const":"image"},"url":{"description":"Where the manuscript says the image is, as written: a path relative to the manuscript, or a URL.","type":"string"},"alt":{"description":"The image's alternative text, for a reader who cannot see it.","type":"string"},"title":{"type":"string"},"src":{"description":"The image itself as a `data:` URL (PNG, JPEG, GIF, WebP or SVG); absent when it was not read (remote, missing, of another kind).","type":"string","pattern":"^data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/]*={0,2}$"},"position":{"$ref":"#/$defs/position"}}};
const pattern11 = new RegExp("^data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/]*={0,2}$", "u");

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.url === undefined) && (missing0 = "url"))) || ((data.alt === undefined) && (missing0 = "alt"))){
validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "url")) || (key0 === "alt")) || (key0 === "title")) || (key0 === "src")) || (key0 === "position"))){
validate78.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("image" !== data.type){
validate78.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "image"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
const _errs3 = errors;
if(typeof data.url !== "string"){
validate78.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.alt !== undefined){
const _errs5 = errors;
if(typeof data.alt !== "string"){
validate78.errors = [{instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs7 = errors;
if(typeof data.title !== "string"){
validate78.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.src !== undefined){
let data4 = data.src;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(!pattern11.test(data4)){
validate78.errors = [{instancePath:instancePath+"/src",schemaPath:"#/properties/src/pattern",keyword:"pattern",params:{pattern: "^data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/]*={0,2}$"}}];
return false;
}
}
else {
validate78.errors = [{instancePath:instancePath+"/src",schemaPath:"#/properties/src/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs11 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"title":"InlineCode","description":"Code in a sentence (Markdown's `` `-Wall` ``): its characters as written, without the backticks, set in a monospace face and never cut into sentences or hyphenated.","type":"object","required":["type","value"],"additionalProperties":false,"properties":{"type":{"const":"inlineCode"},"value":{"type":"string"},"position":{"$ref":"#/$defs/position"}}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.value === undefined) && (missing0 = "value"))){
validate80.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "value")) || (key0 === "position"))){
validate80.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("inlineCode" !== data.type){
validate80.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "inlineCode"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs3 = errors;
if(typeof data.value !== "string"){
validate80.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs5 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"title":"Anchor","description":"A place the manuscript names for its own links to lead to (Markdown's `<a id=\"x\"></a>`, `<span id=\"x\">`): a link whose address is `#x` leads here.","type":"object","required":["type","name"],"additionalProperties":false,"properties":{"type":{"const":"anchor"},"name":{"type":"string","minLength":1},"position":{"$ref":"#/$defs/position"}}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.name === undefined) && (missing0 = "name"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "name")) || (key0 === "position"))){
validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("anchor" !== data.type){
validate82.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "anchor"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate82.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs5 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "text"){
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "emphasis"){
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "strong"){
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "link"){
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "break"){
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "footnoteReference"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "image"){
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "inlineCode"){
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "anchor"){
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate71.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate71.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.kinds === undefined) && (missing0 = "kinds"))) || ((data.children === undefined) && (missing0 = "children"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "id")) || (key0 === "kinds")) || (key0 === "citedBy")) || (key0 === "elided")) || (key0 === "children")) || (key0 === "position"))){
validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("claim" !== data.type){
validate70.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "claim"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
validate70.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9.-]+\\.[0-9]+$"}}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kinds !== undefined){
let data2 = data.kinds;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(!((((data3 === "quotation") || (data3 === "figure")) || (data3 === "date")) || (data3 === "attribution"))){
validate70.errors = [{instancePath:instancePath+"/kinds/" + i0,schemaPath:"#/$defs/claimKind/enum",keyword:"enum",params:{allowedValues: schema59.enum}}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate70.errors = [{instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citedBy !== undefined){
const _errs9 = errors;
if(typeof data.citedBy !== "string"){
validate70.errors = [{instancePath:instancePath+"/citedBy",schemaPath:"#/properties/citedBy/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.elided !== undefined){
let data5 = data.elided;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate70.errors = [{instancePath:instancePath+"/elided",schemaPath:"#/properties/elided/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate70.errors = [{instancePath:instancePath+"/elided",schemaPath:"#/properties/elided/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data6 = data.children;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid4 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
const _errs15 = errors;
if(!(validate71(data6[i2], {instancePath,parentData:data6,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs16 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.n === undefined) && (missing0 = "n"))) || ((data.children === undefined) && (missing0 = "children"))){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "id")) || (key0 === "n")) || (key0 === "verse")) || (key0 === "elided")) || (key0 === "elidedAfter")) || (key0 === "children")) || (key0 === "position"))){
validate69.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("paragraph" !== data.type){
validate69.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "paragraph"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
validate69.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9.-]+$"}}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.n !== undefined){
let data2 = data.n;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate69.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate69.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verse !== undefined){
const _errs7 = errors;
if(true !== data.verse){
validate69.errors = [{instancePath:instancePath+"/verse",schemaPath:"#/properties/verse/const",keyword:"const",params:{allowedValue: true}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.elided !== undefined){
let data4 = data.elided;
const _errs8 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate69.errors = [{instancePath:instancePath+"/elided",schemaPath:"#/properties/elided/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate69.errors = [{instancePath:instancePath+"/elided",schemaPath:"#/properties/elided/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.elidedAfter !== undefined){
let data5 = data.elidedAfter;
const _errs10 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate69.errors = [{instancePath:instancePath+"/elidedAfter",schemaPath:"#/properties/elidedAfter/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate69.errors = [{instancePath:instancePath+"/elidedAfter",schemaPath:"#/properties/elidedAfter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data6 = data.children;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(!(validate70(data6[i0], {instancePath,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs15 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"title":"Code","description":"A block of code or preformatted text (Markdown's fenced or indented code), shown as written, line by line, in a monospace face. It is no prose: it has no paragraph number and no claims.","type":"object","required":["type","id","value"],"additionalProperties":false,"properties":{"type":{"const":"code"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?code[0-9]+$"},"lang":{"description":"The language named after the opening fence (```js).","type":"string"},"value":{"description":"The code, its lines as written.","type":"string"},"position":{"$ref":"#/$defs/position"}}};
const pattern12 = new RegExp("^(c[0-9]+-)?([a-z0-9-]+\\.)?code[0-9]+$", "u");

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.value === undefined) && (missing0 = "value"))){
validate97.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "lang")) || (key0 === "value")) || (key0 === "position"))){
validate97.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("code" !== data.type){
validate97.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "code"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate97.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^(c[0-9]+-)?([a-z0-9-]+\\.)?code[0-9]+$"}}];
return false;
}
}
else {
validate97.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lang !== undefined){
const _errs5 = errors;
if(typeof data.lang !== "string"){
validate97.errors = [{instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs7 = errors;
if(typeof data.value !== "string"){
validate97.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs9 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate97.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"title":"Table","description":"A table (GFM): rows of cells, the first row its header. It is no prose: it has no paragraph number and no claims, but its cells may cite notes.","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"table"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?table[0-9]+$"},"align":{"description":"Each column's alignment, as the delimiter row gives it.","type":"array","items":{"enum":["left","right","center","none"]}},"children":{"type":"array","items":{"$ref":"#/$defs/tableRow"}},"position":{"$ref":"#/$defs/position"}}};
const pattern13 = new RegExp("^(c[0-9]+-)?([a-z0-9-]+\\.)?table[0-9]+$", "u");
const schema69 = {"title":"TableRow","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"tableRow"},"children":{"type":"array","items":{"$ref":"#/$defs/tableCell"}},"position":{"$ref":"#/$defs/position"}}};
const schema70 = {"title":"TableCell","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"tableCell"},"children":{"type":"array","items":{"$ref":"#/$defs/inline"}},"position":{"$ref":"#/$defs/position"}}};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate101.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "children")) || (key0 === "position"))){
validate101.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("tableCell" !== data.type){
validate101.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tableCell"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate71(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate101.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs6 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate101.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate100.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "children")) || (key0 === "position"))){
validate100.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("tableRow" !== data.type){
validate100.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tableRow"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data1 = data.children;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate101(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs6 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.children === undefined) && (missing0 = "children"))){
validate99.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "align")) || (key0 === "children")) || (key0 === "position"))){
validate99.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("table" !== data.type){
validate99.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "table"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
validate99.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^(c[0-9]+-)?([a-z0-9-]+\\.)?table[0-9]+$"}}];
return false;
}
}
else {
validate99.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.align !== undefined){
let data2 = data.align;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(!((((data3 === "left") || (data3 === "right")) || (data3 === "center")) || (data3 === "none"))){
validate99.errors = [{instancePath:instancePath+"/align/" + i0,schemaPath:"#/properties/align/items/enum",keyword:"enum",params:{allowedValues: schema68.properties.align.items.enum}}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate99.errors = [{instancePath:instancePath+"/align",schemaPath:"#/properties/align/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data4 = data.children;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate100(data4[i1], {instancePath,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate99.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs11 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"title":"Quote","description":"A block quotation (Markdown's `>`): another's words, its paragraphs numbered with the text's and their claims quotations (those of the lists and quotations inside it too).","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"quote"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?q[0-9]+$"},"children":{"description":"The quotation's blocks, in reading order: paragraphs, and the lists, quotations, code, tables and figures inside it.","type":"array","items":{"$ref":"#/$defs/block"}},"position":{"$ref":"#/$defs/position"}}};
const pattern14 = new RegExp("^(c[0-9]+-)?([a-z0-9-]+\\.)?q[0-9]+$", "u");
const wrapper6 = {validate: validate68};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.children === undefined) && (missing0 = "children"))){
validate108.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "children")) || (key0 === "position"))){
validate108.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("quote" !== data.type){
validate108.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "quote"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate108.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^(c[0-9]+-)?([a-z0-9-]+\\.)?q[0-9]+$"}}];
return false;
}
}
else {
validate108.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data2 = data.children;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(wrapper6.validate(data2[i0], {instancePath,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper6.validate.errors : vErrors.concat(wrapper6.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate108.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs8 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate108.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"title":"List","description":"A list (Markdown's `-` or `1.`): items of paragraphs, numbered with the text's. An item may hold lists of its own, to any depth, and code and quotations.","type":"object","required":["type","id","ordered","children"],"additionalProperties":false,"properties":{"type":{"const":"list"},"id":{"type":"string","pattern":"^(c[0-9]+-)?([a-z0-9-]+\\.)?l[0-9]+$"},"ordered":{"description":"Numbered (`1.`) rather than bulleted (`-`).","type":"boolean"},"start":{"description":"The number of an ordered list's first item, when not 1.","type":"integer","minimum":0},"spread":{"description":"Loose: blank lines between its items.","type":"boolean"},"children":{"type":"array","items":{"$ref":"#/$defs/listItem"}},"position":{"$ref":"#/$defs/position"}}};
const pattern15 = new RegExp("^(c[0-9]+-)?([a-z0-9-]+\\.)?l[0-9]+$", "u");
const schema73 = {"title":"ListItem","type":"object","required":["type","children"],"additionalProperties":false,"properties":{"type":{"const":"listItem"},"checked":{"description":"A task item (`- [x]`): whether it is done.","type":"boolean"},"children":{"description":"The item's blocks, in reading order: its paragraphs (numbered with the text's), and the lists, quotations, code, tables and figures inside it.","type":"array","items":{"$ref":"#/$defs/block"}},"position":{"$ref":"#/$defs/position"}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.children === undefined) && (missing0 = "children"))){
validate111.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "checked")) || (key0 === "children")) || (key0 === "position"))){
validate111.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("listItem" !== data.type){
validate111.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "listItem"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checked !== undefined){
const _errs3 = errors;
if(typeof data.checked !== "boolean"){
validate111.errors = [{instancePath:instancePath+"/checked",schemaPath:"#/properties/checked/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data2 = data.children;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(wrapper6.validate(data2[i0], {instancePath,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper6.validate.errors : vErrors.concat(wrapper6.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate111.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs8 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate111.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.ordered === undefined) && (missing0 = "ordered"))) || ((data.children === undefined) && (missing0 = "children"))){
validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "id")) || (key0 === "ordered")) || (key0 === "start")) || (key0 === "spread")) || (key0 === "children")) || (key0 === "position"))){
validate110.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("list" !== data.type){
validate110.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "list"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
validate110.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^(c[0-9]+-)?([a-z0-9-]+\\.)?l[0-9]+$"}}];
return false;
}
}
else {
validate110.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ordered !== undefined){
const _errs5 = errors;
if(typeof data.ordered !== "boolean"){
validate110.errors = [{instancePath:instancePath+"/ordered",schemaPath:"#/properties/ordered/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.start !== undefined){
let data3 = data.start;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate110.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate110.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spread !== undefined){
const _errs9 = errors;
if(typeof data.spread !== "boolean"){
validate110.errors = [{instancePath:instancePath+"/spread",schemaPath:"#/properties/spread/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data5 = data.children;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate111(data5[i0], {instancePath,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs14 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"title":"Figure","description":"An image standing alone (a Markdown paragraph of one image, or an HTML `<figure>`), with its caption. It is no prose: it has no paragraph number and no claims, but its caption may cite notes.","type":"object","required":["type","id","children"],"additionalProperties":false,"properties":{"type":{"const":"figure"},"id":{"type":"string","pattern":"^(c[0-9]+-)?figure[0-9]+$"},"children":{"description":"The figure's image.","type":"array","items":{"$ref":"#/$defs/image"},"minItems":1,"maxItems":1},"caption":{"description":"The caption as written: the line under the image, an HTML `<figcaption>`, or else the image's title.","type":"array","minItems":1,"items":{"$ref":"#/$defs/inline"}},"captionPosition":{"$ref":"#/$defs/position"},"position":{"$ref":"#/$defs/position"}}};
const pattern16 = new RegExp("^(c[0-9]+-)?figure[0-9]+$", "u");

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.children === undefined) && (missing0 = "children"))){
validate115.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "id")) || (key0 === "children")) || (key0 === "caption")) || (key0 === "captionPosition")) || (key0 === "position"))){
validate115.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("figure" !== data.type){
validate115.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "figure"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
validate115.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^(c[0-9]+-)?figure[0-9]+$"}}];
return false;
}
}
else {
validate115.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data2 = data.children;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length > 1){
validate115.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/maxItems",keyword:"maxItems",params:{limit: 1}}];
return false;
}
else {
if(data2.length < 1){
validate115.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate78(data2[i0], {instancePath,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate115.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caption !== undefined){
let data4 = data.caption;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
if(data4.length < 1){
validate115.errors = [{instancePath:instancePath+"/caption",schemaPath:"#/properties/caption/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate71(data4[i1], {instancePath,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate115.errors = [{instancePath:instancePath+"/caption",schemaPath:"#/properties/caption/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.captionPosition !== undefined){
const _errs11 = errors;
if(!(validate27(data.captionPosition, {instancePath,parentData:data,parentDataProperty:"captionPosition",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs12 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate115.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "paragraph"){
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "code"){
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "table"){
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "quote"){
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "list"){
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "figure"){
if(!(validate115(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate68.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.children === undefined) && (missing0 = "children"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "id")) || (key0 === "title")) || (key0 === "titlePosition")) || (key0 === "titleContent")) || (key0 === "children")) || (key0 === "position"))){
validate65.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("section" !== data.type){
validate65.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "section"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
validate65.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^(c[0-9]+-)?s[0-9]+$"}}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs5 = errors;
if(typeof data.title !== "string"){
validate65.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.titlePosition !== undefined){
const _errs7 = errors;
if(!(validate27(data.titlePosition, {instancePath,parentData:data,parentDataProperty:"titlePosition",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.titleContent !== undefined){
const _errs8 = errors;
if(!(validate29(data.titleContent, {instancePath,parentData:data,parentDataProperty:"titleContent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data5 = data.children;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate68(data5[i0], {instancePath,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs12 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema75 = {"title":"FootnoteDefinition","type":"object","required":["type","identifier","label","number","status","children"],"additionalProperties":false,"properties":{"type":{"const":"footnoteDefinition"},"identifier":{"type":"string"},"label":{"type":"string"},"original":{"description":"In a reader that renumbers its notes: the label in the source.","type":"string"},"written":{"description":"A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).","type":"string"},"number":{"type":"integer","minimum":0},"status":{"description":"`missing`: referenced, but the source has no body for it.","enum":["present","missing"]},"file":{"description":"The notes file the body was read from, when not the manuscript itself.","type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/noteBlock"}},"position":{"$ref":"#/$defs/position"}}};
const schema76 = {"title":"NoteBlock","description":"A block of a note's body: a paragraph (numbered within the note, `c1-n7.p2`), a block of code, a table, a list or a quotation (their ids under the note's, `c1-n7.code1`, `c1-n7.table1`, `c1-n7.l1`, `c1-n7.q1`); the paragraphs of its lists and quotations are numbered with the note's.","oneOf":[{"$ref":"#/$defs/paragraph"},{"$ref":"#/$defs/code"},{"$ref":"#/$defs/table"},{"$ref":"#/$defs/list"},{"$ref":"#/$defs/quote"}],"type":"object","discriminator":{"propertyName":"type"}};

function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate130.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "paragraph"){
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "code"){
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "table"){
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "list"){
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "quote"){
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate130.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate130.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}}];
return false;
}
}
else {
validate130.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate130.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate130.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate129.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.identifier === undefined) && (missing0 = "identifier"))) || ((data.label === undefined) && (missing0 = "label"))) || ((data.number === undefined) && (missing0 = "number"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.children === undefined) && (missing0 = "children"))){
validate129.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema75.properties, key0))){
validate129.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("footnoteDefinition" !== data.type){
validate129.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "footnoteDefinition"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identifier !== undefined){
const _errs3 = errors;
if(typeof data.identifier !== "string"){
validate129.errors = [{instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
const _errs5 = errors;
if(typeof data.label !== "string"){
validate129.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.original !== undefined){
const _errs7 = errors;
if(typeof data.original !== "string"){
validate129.errors = [{instancePath:instancePath+"/original",schemaPath:"#/properties/original/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.written !== undefined){
const _errs9 = errors;
if(typeof data.written !== "string"){
validate129.errors = [{instancePath:instancePath+"/written",schemaPath:"#/properties/written/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.number !== undefined){
let data5 = data.number;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate129.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate129.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs13 = errors;
if(!((data6 === "present") || (data6 === "missing"))){
validate129.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema75.properties.status.enum}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
const _errs14 = errors;
if(typeof data.file !== "string"){
validate129.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data8 = data.children;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data8)){
var valid1 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs18 = errors;
if(!(validate130(data8[i0], {instancePath,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
errors = vErrors.length;
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate129.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs19 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate129.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate129.errors = vErrors;
return errors === 0;
}
validate129.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.children === undefined) && (missing0 = "children"))) || ((data.notes === undefined) && (missing0 = "notes"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema36.properties, key0))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("chapter" !== data.type){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "chapter"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^c[0-9]+$"}}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs5 = errors;
if(typeof data.title !== "string"){
validate26.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.titlePosition !== undefined){
const _errs7 = errors;
if(!(validate27(data.titlePosition, {instancePath,parentData:data,parentDataProperty:"titlePosition",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.titleContent !== undefined){
const _errs8 = errors;
if(!(validate29(data.titleContent, {instancePath,parentData:data,parentDataProperty:"titleContent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.part !== undefined){
const _errs9 = errors;
if(typeof data.part !== "string"){
validate26.errors = [{instancePath:instancePath+"/part",schemaPath:"#/properties/part/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.partPosition !== undefined){
const _errs11 = errors;
if(!(validate27(data.partPosition, {instancePath,parentData:data,parentDataProperty:"partPosition",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs12 = errors;
if(!(validate23(data.source, {instancePath,parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.origin !== undefined){
let data8 = data.origin;
const _errs13 = errors;
if(errors === _errs13){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if(((data8.title === undefined) && (missing1 = "title")) || ((data8.paragraphs === undefined) && (missing1 = "paragraphs"))){
validate26.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data8){
if(!((((key1 === "title") || (key1 === "author")) || (key1 === "work")) || (key1 === "paragraphs"))){
validate26.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs15 === errors){
if(data8.title !== undefined){
const _errs16 = errors;
if(typeof data8.title !== "string"){
validate26.errors = [{instancePath:instancePath+"/origin/title",schemaPath:"#/properties/origin/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data8.author !== undefined){
const _errs18 = errors;
if(typeof data8.author !== "string"){
validate26.errors = [{instancePath:instancePath+"/origin/author",schemaPath:"#/properties/origin/properties/author/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data8.work !== undefined){
const _errs20 = errors;
if(typeof data8.work !== "string"){
validate26.errors = [{instancePath:instancePath+"/origin/" + "work",schemaPath:"#/properties/origin/properties/" + "work/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data8.paragraphs !== undefined){
const _errs22 = errors;
if(typeof data8.paragraphs !== "string"){
validate26.errors = [{instancePath:instancePath+"/origin/paragraphs",schemaPath:"#/properties/origin/properties/paragraphs/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introduction !== undefined){
const _errs24 = errors;
if(!(validate39(data.introduction, {instancePath,parentData:data,parentDataProperty:"introduction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data14 = data.children;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data14)){
var valid2 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
const _errs27 = errors;
if(!(validate65(data14[i0], {instancePath,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var valid2 = _errs27 === errors;
if(!valid2){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
let data16 = data.notes;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data16)){
var valid3 = true;
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
const _errs30 = errors;
if(!(validate129(data16[i1], {instancePath,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
var valid3 = _errs30 === errors;
if(!valid3){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs31 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema77 = {"title":"Omission","type":"object","required":["reason","position"],"additionalProperties":false,"properties":{"reason":{"description":"`excluded`: a block the settings exclude; `title`: the manuscript's own title line (it becomes `meta.title` unless the settings give one); `notes-heading`: the heading of a notes section whose entries became note bodies; `break`: an ornamental section break (`* * *`); `html`: raw HTML or an HTML comment in a Markdown manuscript, which the edition does not show; `template`: a paragraph of a site generator's template tags (`{% include toc.html %}`).","enum":["excluded","title","notes-heading","break","html","template"]},"rule":{"description":"The settings entry that excluded it, e.g. `exclude[1]`.","type":"string"},"file":{"description":"In a book of several files: the file it stands in (its path as in `meta.sources`).","type":"string","minLength":1},"position":{"$ref":"#/$defs/position"}}};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.reason === undefined) && (missing0 = "reason")) || ((data.position === undefined) && (missing0 = "position"))){
validate141.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "reason") || (key0 === "rule")) || (key0 === "file")) || (key0 === "position"))){
validate141.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.reason !== undefined){
let data0 = data.reason;
const _errs2 = errors;
if(!((((((data0 === "excluded") || (data0 === "title")) || (data0 === "notes-heading")) || (data0 === "break")) || (data0 === "html")) || (data0 === "template"))){
validate141.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema77.properties.reason.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rule !== undefined){
const _errs3 = errors;
if(typeof data.rule !== "string"){
validate141.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
let data2 = data.file;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate141.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate141.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs7 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate141.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate141.errors = vErrors;
return errors === 0;
}
validate141.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://colophon.dev/schemas/edition.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.meta === undefined) && (missing0 = "meta"))) || ((data.children === undefined) && (missing0 = "children"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "meta")) || (key0 === "children")) || (key0 === "omitted")) || (key0 === "position"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("root" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "root"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.meta !== undefined){
const _errs3 = errors;
if(!(validate22(data.meta, {instancePath,parentData:data,parentDataProperty:"meta",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.children !== undefined){
let data2 = data.children;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate26(data2[i0], {instancePath,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.omitted !== undefined){
let data4 = data.omitted;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs9 = errors;
if(!(validate141(data4[i1], {instancePath,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/omitted",schemaPath:"#/properties/omitted/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs10 = errors;
if(!(validate27(data.position, {instancePath,parentData:data,parentDataProperty:"position",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const reader = validate145;
const schema78 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://colophon.dev/schemas/reader.schema.json","title":"ReaderManifest","description":"A course reader: chapters and excerpts of several manuscripts compiled into one edition (`colophon build reader.yaml`).","type":"object","required":["title","entries"],"additionalProperties":false,"properties":{"title":{"description":"Title of the reader.","type":"string","minLength":1},"subtitle":{"type":"string","minLength":1},"course":{"description":"The course the reader is for, e.g. `HIST 210: Europe 1914–1945`.","type":"string","minLength":1},"instructor":{"type":"string","minLength":1},"term":{"description":"When the course runs, e.g. `Spring 2026`.","type":"string","minLength":1},"notice":{"description":"Rights or fair-use statement, printed on the back of the title page.","type":"string","minLength":1},"language":{"description":"BCP 47 language tag of the reader: its words (contents, notes, sources…) and hyphenation; when absent, its first source's language.","type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},"page":{"$ref":"#/$defs/page"},"notes":{"$ref":"#/$defs/notes"},"entries":{"description":"The chapters and excerpts, in reading order.","type":"array","minItems":1,"items":{"$ref":"#/$defs/entry"}}},"$defs":{"entry":{"title":"ReaderEntry","description":"One chapter of the reader: a manuscript, whole or in part.","type":"object","required":["source"],"additionalProperties":false,"properties":{"source":{"description":"The manuscript, as a path relative to the manifest, inside the project.","type":"string","minLength":1},"title":{"description":"Title of the chapter; the manuscript's own title when absent.","type":"string","minLength":1},"select":{"$ref":"#/$defs/selection"},"introduction":{"description":"The editor's introduction to the chapter, in Markdown.","type":"string","minLength":1}}},"selection":{"title":"ReaderSelection","description":"The parts of the manuscript to include; the whole manuscript when absent. Ids are the manuscript's own, so an excerpt keeps its original paragraph numbers.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"sections":{"description":"Sections by number, counting from 1.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1}},"paragraphs":{"description":"Paragraphs by id: one (`p7`) or an inclusive range (`p5-p20`).","type":"array","minItems":1,"items":{"$ref":"#/$defs/paragraphRange"}},"claims":{"description":"Claims (sentences) by id: one (`p12.3`) or an inclusive range (`p12.3-p14.2`).","type":"array","minItems":1,"items":{"$ref":"#/$defs/claimRange"}}}},"paragraphRange":{"title":"ParagraphRange","description":"A paragraph id (`p7`) or an inclusive range of them (`p5-p20`).","type":"string","pattern":"^p[1-9][0-9]{0,5}(-p[1-9][0-9]{0,5})?$"},"claimRange":{"title":"ClaimRange","description":"A claim id (`p12.3`) or an inclusive range of them (`p12.3-p14.2`).","type":"string","pattern":"^p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3}(-p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3})?$"},"notes":{"title":"ReaderNotes","description":"Where the notes go and how they are numbered.","type":"object","additionalProperties":false,"properties":{"placement":{"$ref":"#/$defs/notePlacement"},"numbering":{"$ref":"#/$defs/noteNumbering"}}},"notePlacement":{"title":"NotePlacement","description":"`foot`: at the foot of the page; `chapter` (default): at the end of each chapter; `reader`: at the end of the reader.","enum":["foot","chapter","reader"]},"noteNumbering":{"title":"NoteNumbering","description":"`source` (default): the numbers of the manuscript; `chapter`: from 1 in each chapter; `continuous`: from 1 through the reader, with a table from the new numbers to the original ones.","enum":["source","chapter","continuous"]},"page":{"title":"ReaderPage","description":"The printed page.","type":"object","additionalProperties":false,"properties":{"size":{"description":"Trim size: `A4`, `A5`, `Letter`, or width by height with a unit (`in`, `mm`, `cm`, `pt`), such as `6x9in` or `148x210mm`.","type":"string","pattern":"^(A4|A5|Letter|[0-9]{1,4}(\\.[0-9]{1,3})?x[0-9]{1,4}(\\.[0-9]{1,3})?(in|mm|cm|pt))$"}}}}};
const schema79 = {"title":"ReaderPage","description":"The printed page.","type":"object","additionalProperties":false,"properties":{"size":{"description":"Trim size: `A4`, `A5`, `Letter`, or width by height with a unit (`in`, `mm`, `cm`, `pt`), such as `6x9in` or `148x210mm`.","type":"string","pattern":"^(A4|A5|Letter|[0-9]{1,4}(\\.[0-9]{1,3})?x[0-9]{1,4}(\\.[0-9]{1,3})?(in|mm|cm|pt))$"}}};
const pattern18 = new RegExp("^(A4|A5|Letter|[0-9]{1,4}(\\.[0-9]{1,3})?x[0-9]{1,4}(\\.[0-9]{1,3})?(in|mm|cm|pt))$", "u");
const schema80 = {"title":"ReaderNotes","description":"Where the notes go and how they are numbered.","type":"object","additionalProperties":false,"properties":{"placement":{"$ref":"#/$defs/notePlacement"},"numbering":{"$ref":"#/$defs/noteNumbering"}}};
const schema81 = {"title":"NotePlacement","description":"`foot`: at the foot of the page; `chapter` (default): at the end of each chapter; `reader`: at the end of the reader.","enum":["foot","chapter","reader"]};
const schema82 = {"title":"NoteNumbering","description":"`source` (default): the numbers of the manuscript; `chapter`: from 1 in each chapter; `continuous`: from 1 through the reader, with a table from the new numbers to the original ones.","enum":["source","chapter","continuous"]};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate146.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "placement") || (key0 === "numbering"))){
validate146.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.placement !== undefined){
let data0 = data.placement;
const _errs2 = errors;
if(!(((data0 === "foot") || (data0 === "chapter")) || (data0 === "reader"))){
validate146.errors = [{instancePath:instancePath+"/placement",schemaPath:"#/$defs/notePlacement/enum",keyword:"enum",params:{allowedValues: schema81.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.numbering !== undefined){
let data1 = data.numbering;
const _errs4 = errors;
if(!(((data1 === "source") || (data1 === "chapter")) || (data1 === "continuous"))){
validate146.errors = [{instancePath:instancePath+"/numbering",schemaPath:"#/$defs/noteNumbering/enum",keyword:"enum",params:{allowedValues: schema82.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate146.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate146.errors = vErrors;
return errors === 0;
}
validate146.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"title":"ReaderEntry","description":"One chapter of the reader: a manuscript, whole or in part.","type":"object","required":["source"],"additionalProperties":false,"properties":{"source":{"description":"The manuscript, as a path relative to the manifest, inside the project.","type":"string","minLength":1},"title":{"description":"Title of the chapter; the manuscript's own title when absent.","type":"string","minLength":1},"select":{"$ref":"#/$defs/selection"},"introduction":{"description":"The editor's introduction to the chapter, in Markdown.","type":"string","minLength":1}}};
const schema84 = {"title":"ReaderSelection","description":"The parts of the manuscript to include; the whole manuscript when absent. Ids are the manuscript's own, so an excerpt keeps its original paragraph numbers.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"sections":{"description":"Sections by number, counting from 1.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1}},"paragraphs":{"description":"Paragraphs by id: one (`p7`) or an inclusive range (`p5-p20`).","type":"array","minItems":1,"items":{"$ref":"#/$defs/paragraphRange"}},"claims":{"description":"Claims (sentences) by id: one (`p12.3`) or an inclusive range (`p12.3-p14.2`).","type":"array","minItems":1,"items":{"$ref":"#/$defs/claimRange"}}}};
const schema85 = {"title":"ParagraphRange","description":"A paragraph id (`p7`) or an inclusive range of them (`p5-p20`).","type":"string","pattern":"^p[1-9][0-9]{0,5}(-p[1-9][0-9]{0,5})?$"};
const schema86 = {"title":"ClaimRange","description":"A claim id (`p12.3`) or an inclusive range of them (`p12.3-p14.2`).","type":"string","pattern":"^p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3}(-p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3})?$"};
const pattern19 = new RegExp("^p[1-9][0-9]{0,5}(-p[1-9][0-9]{0,5})?$", "u");
const pattern20 = new RegExp("^p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3}(-p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3})?$", "u");

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate149.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate149.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "sections") || (key0 === "paragraphs")) || (key0 === "claims"))){
validate149.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sections !== undefined){
let data0 = data.sections;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate149.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate149.errors = [{instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate149.errors = [{instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate149.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
else {
validate149.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paragraphs !== undefined){
let data2 = data.paragraphs;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length < 1){
validate149.errors = [{instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid3 = true;
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern19.test(data3)){
validate149.errors = [{instancePath:instancePath+"/paragraphs/" + i2,schemaPath:"#/$defs/paragraphRange/pattern",keyword:"pattern",params:{pattern: "^p[1-9][0-9]{0,5}(-p[1-9][0-9]{0,5})?$"}}];
return false;
}
}
else {
validate149.errors = [{instancePath:instancePath+"/paragraphs/" + i2,schemaPath:"#/$defs/paragraphRange/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate149.errors = [{instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.claims !== undefined){
let data4 = data.claims;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
if(data4.length < 1){
validate149.errors = [{instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid5 = true;
const len2 = data4.length;
for(let i3=0; i3<len2; i3++){
let data5 = data4[i3];
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern20.test(data5)){
validate149.errors = [{instancePath:instancePath+"/claims/" + i3,schemaPath:"#/$defs/claimRange/pattern",keyword:"pattern",params:{pattern: "^p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3}(-p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3})?$"}}];
return false;
}
}
else {
validate149.errors = [{instancePath:instancePath+"/claims/" + i3,schemaPath:"#/$defs/claimRange/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid5 = _errs13 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate149.errors = [{instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate149.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate149.errors = vErrors;
return errors === 0;
}
validate149.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.source === undefined) && (missing0 = "source")){
validate148.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "source") || (key0 === "title")) || (key0 === "select")) || (key0 === "introduction"))){
validate148.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.source !== undefined){
let data0 = data.source;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate148.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data1 = data.title;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate148.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.select !== undefined){
const _errs6 = errors;
if(!(validate149(data.select, {instancePath,parentData:data,parentDataProperty:"select",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introduction !== undefined){
let data3 = data.introduction;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate148.errors = [{instancePath:instancePath+"/introduction",schemaPath:"#/properties/introduction/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/introduction",schemaPath:"#/properties/introduction/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate148.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://colophon.dev/schemas/reader.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.title === undefined) && (missing0 = "title")) || ((data.entries === undefined) && (missing0 = "entries"))){
validate145.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema78.properties, key0))){
validate145.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate145.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subtitle !== undefined){
let data1 = data.subtitle;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate145.errors = [{instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.course !== undefined){
let data2 = data.course;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate145.errors = [{instancePath:instancePath+"/course",schemaPath:"#/properties/course/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/course",schemaPath:"#/properties/course/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instructor !== undefined){
let data3 = data.instructor;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate145.errors = [{instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.term !== undefined){
let data4 = data.term;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate145.errors = [{instancePath:instancePath+"/term",schemaPath:"#/properties/term/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/term",schemaPath:"#/properties/term/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notice !== undefined){
let data5 = data.notice;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate145.errors = [{instancePath:instancePath+"/notice",schemaPath:"#/properties/notice/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/notice",schemaPath:"#/properties/notice/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
let data6 = data.language;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate145.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.page !== undefined){
let data7 = data.page;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
const _errs19 = errors;
for(const key1 in data7){
if(!(key1 === "size")){
validate145.errors = [{instancePath:instancePath+"/page",schemaPath:"#/$defs/page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs19 === errors){
if(data7.size !== undefined){
let data8 = data7.size;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern18.test(data8)){
validate145.errors = [{instancePath:instancePath+"/page/size",schemaPath:"#/$defs/page/properties/size/pattern",keyword:"pattern",params:{pattern: "^(A4|A5|Letter|[0-9]{1,4}(\\.[0-9]{1,3})?x[0-9]{1,4}(\\.[0-9]{1,3})?(in|mm|cm|pt))$"}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/page/size",schemaPath:"#/$defs/page/properties/size/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/page",schemaPath:"#/$defs/page/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs22 = errors;
if(!(validate146(data.notes, {instancePath,parentData:data,parentDataProperty:"notes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate146.errors : vErrors.concat(validate146.errors);
errors = vErrors.length;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entries !== undefined){
let data10 = data.entries;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data10)){
if(data10.length < 1){
validate145.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid3 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
const _errs25 = errors;
if(!(validate148(data10[i0], {instancePath,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
var valid3 = _errs25 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate145.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const report = validate152;
const schema87 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://colophon.dev/schemas/report.schema.json","title":"Report","description":"The diagnostics report of `colophon check --format json`: the messages of every file checked, in order of place, and their counts.","type":"object","required":["files","counts"],"additionalProperties":false,"properties":{"files":{"type":"array","items":{"$ref":"#/$defs/reportFile"}},"counts":{"$ref":"#/$defs/reportCounts"}},"$defs":{"severity":{"title":"Severity","description":"`error` fails the check, `warning` counts against `--max-warnings`, `info` is for review.","enum":["error","warning","info"]},"reportFile":{"title":"ReportFile","description":"One file and its messages (a notes file gets its own entry).","type":"object","required":["path","messages"],"additionalProperties":false,"properties":{"path":{"description":"The path as it was given or found.","type":"string","minLength":1},"messages":{"type":"array","items":{"$ref":"#/$defs/reportMessage"}}}},"reportMessage":{"title":"ReportMessage","description":"One diagnostic. Lines and columns are 1-based; columns count UTF-16 code units; `endColumn` is the column just after the range. A message about the whole file has no place.","type":"object","required":["ruleId","severity","message"],"additionalProperties":false,"properties":{"ruleId":{"type":"string","minLength":1},"severity":{"$ref":"#/$defs/severity"},"message":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}},"reportCounts":{"title":"ReportCounts","description":"How many messages of each severity the report holds.","type":"object","required":["error","warning","info"],"additionalProperties":false,"properties":{"error":{"type":"integer","minimum":0},"warning":{"type":"integer","minimum":0},"info":{"type":"integer","minimum":0}}}}};
const schema91 = {"title":"ReportCounts","description":"How many messages of each severity the report holds.","type":"object","required":["error","warning","info"],"additionalProperties":false,"properties":{"error":{"type":"integer","minimum":0},"warning":{"type":"integer","minimum":0},"info":{"type":"integer","minimum":0}}};
const schema88 = {"title":"ReportFile","description":"One file and its messages (a notes file gets its own entry).","type":"object","required":["path","messages"],"additionalProperties":false,"properties":{"path":{"description":"The path as it was given or found.","type":"string","minLength":1},"messages":{"type":"array","items":{"$ref":"#/$defs/reportMessage"}}}};
const schema89 = {"title":"ReportMessage","description":"One diagnostic. Lines and columns are 1-based; columns count UTF-16 code units; `endColumn` is the column just after the range. A message about the whole file has no place.","type":"object","required":["ruleId","severity","message"],"additionalProperties":false,"properties":{"ruleId":{"type":"string","minLength":1},"severity":{"$ref":"#/$defs/severity"},"message":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}};
const schema90 = {"title":"Severity","description":"`error` fails the check, `warning` counts against `--max-warnings`, `info` is for review.","enum":["error","warning","info"]};

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.ruleId === undefined) && (missing0 = "ruleId")) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.message === undefined) && (missing0 = "message"))){
validate154.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "ruleId") || (key0 === "severity")) || (key0 === "message")) || (key0 === "line")) || (key0 === "column")) || (key0 === "endLine")) || (key0 === "endColumn"))){
validate154.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.ruleId !== undefined){
let data0 = data.ruleId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate154.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate154.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data1 = data.severity;
const _errs4 = errors;
if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "info"))){
validate154.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema90.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs6 = errors;
if(typeof data.message !== "string"){
validate154.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data3 = data.line;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate154.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate154.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.column !== undefined){
let data4 = data.column;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate154.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate154.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endLine !== undefined){
let data5 = data.endLine;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate154.errors = [{instancePath:instancePath+"/endLine",schemaPath:"#/properties/endLine/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs12){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate154.errors = [{instancePath:instancePath+"/endLine",schemaPath:"#/properties/endLine/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endColumn !== undefined){
let data6 = data.endColumn;
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate154.errors = [{instancePath:instancePath+"/endColumn",schemaPath:"#/properties/endColumn/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs14){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate154.errors = [{instancePath:instancePath+"/endColumn",schemaPath:"#/properties/endColumn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate154.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate154.errors = vErrors;
return errors === 0;
}
validate154.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate153.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.path === undefined) && (missing0 = "path")) || ((data.messages === undefined) && (missing0 = "messages"))){
validate153.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "path") || (key0 === "messages"))){
validate153.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
let data0 = data.path;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate153.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate153.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data1 = data.messages;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate154(data1[i0], {instancePath,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate153.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate153.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate153.errors = vErrors;
return errors === 0;
}
validate153.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://colophon.dev/schemas/report.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.files === undefined) && (missing0 = "files")) || ((data.counts === undefined) && (missing0 = "counts"))){
validate152.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "files") || (key0 === "counts"))){
validate152.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.files !== undefined){
let data0 = data.files;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate153(data0[i0], {instancePath,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate152.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data2 = data.counts;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.error === undefined) && (missing1 = "error")) || ((data2.warning === undefined) && (missing1 = "warning"))) || ((data2.info === undefined) && (missing1 = "info"))){
validate152.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/$defs/reportCounts/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!(((key1 === "error") || (key1 === "warning")) || (key1 === "info"))){
validate152.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/$defs/reportCounts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.error !== undefined){
let data3 = data2.error;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate152.errors = [{instancePath:instancePath+"/counts/error",schemaPath:"#/$defs/reportCounts/properties/error/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate152.errors = [{instancePath:instancePath+"/counts/error",schemaPath:"#/$defs/reportCounts/properties/error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.warning !== undefined){
let data4 = data2.warning;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate152.errors = [{instancePath:instancePath+"/counts/warning",schemaPath:"#/$defs/reportCounts/properties/warning/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate152.errors = [{instancePath:instancePath+"/counts/warning",schemaPath:"#/$defs/reportCounts/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.info !== undefined){
let data5 = data2.info;
const _errs13 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate152.errors = [{instancePath:instancePath+"/counts/info",schemaPath:"#/$defs/reportCounts/properties/info/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs13){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate152.errors = [{instancePath:instancePath+"/counts/info",schemaPath:"#/$defs/reportCounts/properties/info/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate152.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/$defs/reportCounts/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate152.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const settings = validate157;
const schema92 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://colophon.dev/schemas/settings.schema.json","title":"Settings","description":"Settings for one manuscript: a sidecar `name.yaml` beside `name.txt`.","type":"object","additionalProperties":false,"properties":{"title":{"description":"Title of the edition.","type":"string","minLength":1},"author":{"type":"string","minLength":1},"work":{"description":"The larger work this text is part of, e.g. the book a chapter comes from.","type":"string","minLength":1},"language":{"description":"BCP 47 language tag; `en` when absent.","type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},"encoding":{"description":"Encoding of the manuscript when it is not UTF-8 (UTF-16 is recognised by its byte-order mark).","enum":["utf-8","utf-16le","utf-16be","latin1","windows-1252"]},"exclude":{"description":"Blocks to keep out of the text: web-page labels, boilerplate trailers.","type":"array","items":{"$ref":"#/$defs/exclusion"}},"notes":{"$ref":"#/$defs/notesSettings"},"rules":{"$ref":"#/$defs/ruleSettings"}},"$defs":{"exclusion":{"title":"Exclusion","oneOf":[{"title":"ExcludeText","description":"A block whose text, trimmed, is exactly this.","type":"object","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string","minLength":1}}},{"title":"ExcludePattern","description":"Blocks matching this regular expression, unanchored (add `^`/`$` to anchor), in RE2 syntax: JavaScript's without look-around and back-references, so that it runs in linear time.","type":"object","required":["pattern"],"additionalProperties":false,"properties":{"pattern":{"type":"string","minLength":1,"maxLength":500},"flags":{"type":"string","pattern":"^[imsu]*$"}}},{"title":"ExcludeBlock","description":"A block by its place: 1 is the first, -1 the last.","type":"object","required":["block"],"additionalProperties":false,"properties":{"block":{"type":"integer","not":{"const":0}}}}]},"notesSettings":{"title":"NotesSettings","type":"object","additionalProperties":false,"properties":{"bodies":{"description":"`present` (default): every referenced note must have its body, and an absent one is an error. `absent`: the source is known to lack its note bodies.","enum":["present","absent"]},"file":{"description":"A separate file holding the note bodies, relative to the manuscript.","type":"string","minLength":1},"repeats":{"description":"A glued numeral that repeats a note number already cited in the chapter (`…worship.”1` twice): `report` (default) it as a numbering fault, or `allow` it as the same note cited again. A numeral set off by spaces counts as glued. Bracketed, caret, angle, symbol and Markdown markers may always cite a note again.","enum":["allow","report"]},"markers":{"description":"The ways the text writes its note markers, when detection should not guess: only these are read as notes, and every other numeral, bracket or symbol stays text. Absent: every style is tried, and numerals set off by spaces or in parentheses are read only where the note bodies' numbers support them.","type":"array","items":{"$ref":"#/$defs/markerStyleSetting"},"minItems":1,"uniqueItems":true},"labels":{"description":"Markdown: how footnotes are printed. `number` (default): by their number in the order of first reference, whatever their labels (`[^relational]`, `[^7]`), as pandoc does; `keep`: by their labels as written, a numeric label keeping its number.","enum":["number","keep"]},"headings":{"description":"Headings of the text's notes sections that the parser does not know by itself (it knows Notes, Footnotes, Endnotes and their like in the manuscript's language), as written; case does not matter, and a heading may go on with `to …` (`NOTES TO BOOK II`).","type":"array","items":{"type":"string","minLength":1,"maxLength":200},"minItems":1,"uniqueItems":true},"numbering":{"description":"Where the note numbers start afresh: `chapter` (with every chapter, letter or poem a heading opens) or `book` (one sequence through the whole text). Absent: found from the text (a chapter whose first note is 1 starts afresh).","enum":["chapter","book"]}}},"markerStyleSetting":{"title":"MarkerStyleSetting","description":"A way of writing note markers: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `†`, `‡`, `§`, an editor's letter `[a]`).","enum":["glued","spaced","bracket","angle","paren","caret","superscript","symbol"]},"ruleLevel":{"title":"RuleLevel","description":"How much a rule's messages matter: `off` drops them, `info` is for review, `warn` is a warning, `error` fails the check.","enum":["off","info","warn","error"]},"ruleSettings":{"title":"RuleSettings","description":"Severity of the checks, by rule id (see the rules of @colophon/check); a rule not named keeps its default.","type":"object","additionalProperties":false,"properties":{"note-defined":{"$ref":"#/$defs/ruleLevel"},"notes-absent":{"$ref":"#/$defs/ruleLevel"},"note-used":{"$ref":"#/$defs/ruleLevel"},"note-unique":{"$ref":"#/$defs/ruleLevel"},"note-sequence":{"$ref":"#/$defs/ruleLevel"},"marker-ambiguous":{"$ref":"#/$defs/ruleLevel"},"marker-punctuation":{"$ref":"#/$defs/ruleLevel"},"claim-cited":{"$ref":"#/$defs/ruleLevel"},"settings-invalid":{"$ref":"#/$defs/ruleLevel"},"settings-exclusion-unused":{"$ref":"#/$defs/ruleLevel"},"encoding-invalid":{"$ref":"#/$defs/ruleLevel"},"encoding-bom":{"$ref":"#/$defs/ruleLevel"},"size-limit":{"$ref":"#/$defs/ruleLevel"},"text-control-character":{"$ref":"#/$defs/ruleLevel"},"text-invisible":{"$ref":"#/$defs/ruleLevel"},"text-mojibake":{"$ref":"#/$defs/ruleLevel"},"text-empty":{"$ref":"#/$defs/ruleLevel"},"note-unclosed":{"$ref":"#/$defs/ruleLevel"},"settings-ignored":{"$ref":"#/$defs/ruleLevel"},"settings-unsupported":{"$ref":"#/$defs/ruleLevel"},"markdown-unreadable":{"$ref":"#/$defs/ruleLevel"},"markdown-html":{"$ref":"#/$defs/ruleLevel"},"markdown-template":{"$ref":"#/$defs/ruleLevel"},"image-missing":{"$ref":"#/$defs/ruleLevel"},"image-remote":{"$ref":"#/$defs/ruleLevel"},"image-unsupported":{"$ref":"#/$defs/ruleLevel"},"file-unreadable":{"$ref":"#/$defs/ruleLevel"}}}}};
const schema93 = {"title":"Exclusion","oneOf":[{"title":"ExcludeText","description":"A block whose text, trimmed, is exactly this.","type":"object","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string","minLength":1}}},{"title":"ExcludePattern","description":"Blocks matching this regular expression, unanchored (add `^`/`$` to anchor), in RE2 syntax: JavaScript's without look-around and back-references, so that it runs in linear time.","type":"object","required":["pattern"],"additionalProperties":false,"properties":{"pattern":{"type":"string","minLength":1,"maxLength":500},"flags":{"type":"string","pattern":"^[imsu]*$"}}},{"title":"ExcludeBlock","description":"A block by its place: 1 is the first, -1 the last.","type":"object","required":["block"],"additionalProperties":false,"properties":{"block":{"type":"integer","not":{"const":0}}}}]};
const pattern22 = new RegExp("^[imsu]*$", "u");
const schema94 = {"title":"NotesSettings","type":"object","additionalProperties":false,"properties":{"bodies":{"description":"`present` (default): every referenced note must have its body, and an absent one is an error. `absent`: the source is known to lack its note bodies.","enum":["present","absent"]},"file":{"description":"A separate file holding the note bodies, relative to the manuscript.","type":"string","minLength":1},"repeats":{"description":"A glued numeral that repeats a note number already cited in the chapter (`…worship.”1` twice): `report` (default) it as a numbering fault, or `allow` it as the same note cited again. A numeral set off by spaces counts as glued. Bracketed, caret, angle, symbol and Markdown markers may always cite a note again.","enum":["allow","report"]},"markers":{"description":"The ways the text writes its note markers, when detection should not guess: only these are read as notes, and every other numeral, bracket or symbol stays text. Absent: every style is tried, and numerals set off by spaces or in parentheses are read only where the note bodies' numbers support them.","type":"array","items":{"$ref":"#/$defs/markerStyleSetting"},"minItems":1,"uniqueItems":true},"labels":{"description":"Markdown: how footnotes are printed. `number` (default): by their number in the order of first reference, whatever their labels (`[^relational]`, `[^7]`), as pandoc does; `keep`: by their labels as written, a numeric label keeping its number.","enum":["number","keep"]},"headings":{"description":"Headings of the text's notes sections that the parser does not know by itself (it knows Notes, Footnotes, Endnotes and their like in the manuscript's language), as written; case does not matter, and a heading may go on with `to …` (`NOTES TO BOOK II`).","type":"array","items":{"type":"string","minLength":1,"maxLength":200},"minItems":1,"uniqueItems":true},"numbering":{"description":"Where the note numbers start afresh: `chapter` (with every chapter, letter or poem a heading opens) or `book` (one sequence through the whole text). Absent: found from the text (a chapter whose first note is 1 starts afresh).","enum":["chapter","book"]}}};
const schema95 = {"title":"MarkerStyleSetting","description":"A way of writing note markers: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `†`, `‡`, `§`, an editor's letter `[a]`).","enum":["glued","spaced","bracket","angle","paren","caret","superscript","symbol"]};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "bodies") || (key0 === "file")) || (key0 === "repeats")) || (key0 === "markers")) || (key0 === "labels")) || (key0 === "headings")) || (key0 === "numbering"))){
validate158.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.bodies !== undefined){
let data0 = data.bodies;
const _errs2 = errors;
if(!((data0 === "present") || (data0 === "absent"))){
validate158.errors = [{instancePath:instancePath+"/bodies",schemaPath:"#/properties/bodies/enum",keyword:"enum",params:{allowedValues: schema94.properties.bodies.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
let data1 = data.file;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate158.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate158.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.repeats !== undefined){
let data2 = data.repeats;
const _errs5 = errors;
if(!((data2 === "allow") || (data2 === "report"))){
validate158.errors = [{instancePath:instancePath+"/repeats",schemaPath:"#/properties/repeats/enum",keyword:"enum",params:{allowedValues: schema94.properties.repeats.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.markers !== undefined){
let data3 = data.markers;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
if(data3.length < 1){
validate158.errors = [{instancePath:instancePath+"/markers",schemaPath:"#/properties/markers/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs8 = errors;
if(!((((((((data4 === "glued") || (data4 === "spaced")) || (data4 === "bracket")) || (data4 === "angle")) || (data4 === "paren")) || (data4 === "caret")) || (data4 === "superscript")) || (data4 === "symbol"))){
validate158.errors = [{instancePath:instancePath+"/markers/" + i0,schemaPath:"#/$defs/markerStyleSetting/enum",keyword:"enum",params:{allowedValues: schema95.enum}}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
validate158.errors = [{instancePath:instancePath+"/markers",schemaPath:"#/properties/markers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate158.errors = [{instancePath:instancePath+"/markers",schemaPath:"#/properties/markers/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labels !== undefined){
let data5 = data.labels;
const _errs10 = errors;
if(!((data5 === "number") || (data5 === "keep"))){
validate158.errors = [{instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/enum",keyword:"enum",params:{allowedValues: schema94.properties.labels.enum}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headings !== undefined){
let data6 = data.headings;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data6)){
if(data6.length < 1){
validate158.errors = [{instancePath:instancePath+"/headings",schemaPath:"#/properties/headings/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid4 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
const _errs13 = errors;
if(errors === _errs13){
if(typeof data7 === "string"){
if(func1(data7) > 200){
validate158.errors = [{instancePath:instancePath+"/headings/" + i2,schemaPath:"#/properties/headings/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data7) < 1){
validate158.errors = [{instancePath:instancePath+"/headings/" + i2,schemaPath:"#/properties/headings/items/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate158.errors = [{instancePath:instancePath+"/headings/" + i2,schemaPath:"#/properties/headings/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i3 = data6.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data6[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
validate158.errors = [{instancePath:instancePath+"/headings",schemaPath:"#/properties/headings/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1}}];
return false;
break;
}
indices0[item0] = i3;
}
}
}
}
}
else {
validate158.errors = [{instancePath:instancePath+"/headings",schemaPath:"#/properties/headings/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.numbering !== undefined){
let data8 = data.numbering;
const _errs15 = errors;
if(!((data8 === "chapter") || (data8 === "book"))){
validate158.errors = [{instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/enum",keyword:"enum",params:{allowedValues: schema94.properties.numbering.enum}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate158.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate158.errors = vErrors;
return errors === 0;
}
validate158.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema96 = {"title":"RuleSettings","description":"Severity of the checks, by rule id (see the rules of @colophon/check); a rule not named keeps its default.","type":"object","additionalProperties":false,"properties":{"note-defined":{"$ref":"#/$defs/ruleLevel"},"notes-absent":{"$ref":"#/$defs/ruleLevel"},"note-used":{"$ref":"#/$defs/ruleLevel"},"note-unique":{"$ref":"#/$defs/ruleLevel"},"note-sequence":{"$ref":"#/$defs/ruleLevel"},"marker-ambiguous":{"$ref":"#/$defs/ruleLevel"},"marker-punctuation":{"$ref":"#/$defs/ruleLevel"},"claim-cited":{"$ref":"#/$defs/ruleLevel"},"settings-invalid":{"$ref":"#/$defs/ruleLevel"},"settings-exclusion-unused":{"$ref":"#/$defs/ruleLevel"},"encoding-invalid":{"$ref":"#/$defs/ruleLevel"},"encoding-bom":{"$ref":"#/$defs/ruleLevel"},"size-limit":{"$ref":"#/$defs/ruleLevel"},"text-control-character":{"$ref":"#/$defs/ruleLevel"},"text-invisible":{"$ref":"#/$defs/ruleLevel"},"text-mojibake":{"$ref":"#/$defs/ruleLevel"},"text-empty":{"$ref":"#/$defs/ruleLevel"},"note-unclosed":{"$ref":"#/$defs/ruleLevel"},"settings-ignored":{"$ref":"#/$defs/ruleLevel"},"settings-unsupported":{"$ref":"#/$defs/ruleLevel"},"markdown-unreadable":{"$ref":"#/$defs/ruleLevel"},"markdown-html":{"$ref":"#/$defs/ruleLevel"},"markdown-template":{"$ref":"#/$defs/ruleLevel"},"image-missing":{"$ref":"#/$defs/ruleLevel"},"image-remote":{"$ref":"#/$defs/ruleLevel"},"image-unsupported":{"$ref":"#/$defs/ruleLevel"},"file-unreadable":{"$ref":"#/$defs/ruleLevel"}}};
const schema97 = {"title":"RuleLevel","description":"How much a rule's messages matter: `off` drops them, `info` is for review, `warn` is a warning, `error` fails the check.","enum":["off","info","warn","error"]};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema96.properties, key0))){
validate160.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data["note-defined"] !== undefined){
let data0 = data["note-defined"];
const _errs2 = errors;
if(!((((data0 === "off") || (data0 === "info")) || (data0 === "warn")) || (data0 === "error"))){
validate160.errors = [{instancePath:instancePath+"/note-defined",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["notes-absent"] !== undefined){
let data1 = data["notes-absent"];
const _errs4 = errors;
if(!((((data1 === "off") || (data1 === "info")) || (data1 === "warn")) || (data1 === "error"))){
validate160.errors = [{instancePath:instancePath+"/notes-absent",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["note-used"] !== undefined){
let data2 = data["note-used"];
const _errs6 = errors;
if(!((((data2 === "off") || (data2 === "info")) || (data2 === "warn")) || (data2 === "error"))){
validate160.errors = [{instancePath:instancePath+"/note-used",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["note-unique"] !== undefined){
let data3 = data["note-unique"];
const _errs8 = errors;
if(!((((data3 === "off") || (data3 === "info")) || (data3 === "warn")) || (data3 === "error"))){
validate160.errors = [{instancePath:instancePath+"/note-unique",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["note-sequence"] !== undefined){
let data4 = data["note-sequence"];
const _errs10 = errors;
if(!((((data4 === "off") || (data4 === "info")) || (data4 === "warn")) || (data4 === "error"))){
validate160.errors = [{instancePath:instancePath+"/note-sequence",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["marker-ambiguous"] !== undefined){
let data5 = data["marker-ambiguous"];
const _errs12 = errors;
if(!((((data5 === "off") || (data5 === "info")) || (data5 === "warn")) || (data5 === "error"))){
validate160.errors = [{instancePath:instancePath+"/marker-ambiguous",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["marker-punctuation"] !== undefined){
let data6 = data["marker-punctuation"];
const _errs14 = errors;
if(!((((data6 === "off") || (data6 === "info")) || (data6 === "warn")) || (data6 === "error"))){
validate160.errors = [{instancePath:instancePath+"/marker-punctuation",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["claim-cited"] !== undefined){
let data7 = data["claim-cited"];
const _errs16 = errors;
if(!((((data7 === "off") || (data7 === "info")) || (data7 === "warn")) || (data7 === "error"))){
validate160.errors = [{instancePath:instancePath+"/claim-cited",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["settings-invalid"] !== undefined){
let data8 = data["settings-invalid"];
const _errs18 = errors;
if(!((((data8 === "off") || (data8 === "info")) || (data8 === "warn")) || (data8 === "error"))){
validate160.errors = [{instancePath:instancePath+"/settings-invalid",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["settings-exclusion-unused"] !== undefined){
let data9 = data["settings-exclusion-unused"];
const _errs20 = errors;
if(!((((data9 === "off") || (data9 === "info")) || (data9 === "warn")) || (data9 === "error"))){
validate160.errors = [{instancePath:instancePath+"/settings-exclusion-unused",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["encoding-invalid"] !== undefined){
let data10 = data["encoding-invalid"];
const _errs22 = errors;
if(!((((data10 === "off") || (data10 === "info")) || (data10 === "warn")) || (data10 === "error"))){
validate160.errors = [{instancePath:instancePath+"/encoding-invalid",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["encoding-bom"] !== undefined){
let data11 = data["encoding-bom"];
const _errs24 = errors;
if(!((((data11 === "off") || (data11 === "info")) || (data11 === "warn")) || (data11 === "error"))){
validate160.errors = [{instancePath:instancePath+"/encoding-bom",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["size-limit"] !== undefined){
let data12 = data["size-limit"];
const _errs26 = errors;
if(!((((data12 === "off") || (data12 === "info")) || (data12 === "warn")) || (data12 === "error"))){
validate160.errors = [{instancePath:instancePath+"/size-limit",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["text-control-character"] !== undefined){
let data13 = data["text-control-character"];
const _errs28 = errors;
if(!((((data13 === "off") || (data13 === "info")) || (data13 === "warn")) || (data13 === "error"))){
validate160.errors = [{instancePath:instancePath+"/text-control-character",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["text-invisible"] !== undefined){
let data14 = data["text-invisible"];
const _errs30 = errors;
if(!((((data14 === "off") || (data14 === "info")) || (data14 === "warn")) || (data14 === "error"))){
validate160.errors = [{instancePath:instancePath+"/text-invisible",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["text-mojibake"] !== undefined){
let data15 = data["text-mojibake"];
const _errs32 = errors;
if(!((((data15 === "off") || (data15 === "info")) || (data15 === "warn")) || (data15 === "error"))){
validate160.errors = [{instancePath:instancePath+"/text-mojibake",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["text-empty"] !== undefined){
let data16 = data["text-empty"];
const _errs34 = errors;
if(!((((data16 === "off") || (data16 === "info")) || (data16 === "warn")) || (data16 === "error"))){
validate160.errors = [{instancePath:instancePath+"/text-empty",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["note-unclosed"] !== undefined){
let data17 = data["note-unclosed"];
const _errs36 = errors;
if(!((((data17 === "off") || (data17 === "info")) || (data17 === "warn")) || (data17 === "error"))){
validate160.errors = [{instancePath:instancePath+"/note-unclosed",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["settings-ignored"] !== undefined){
let data18 = data["settings-ignored"];
const _errs38 = errors;
if(!((((data18 === "off") || (data18 === "info")) || (data18 === "warn")) || (data18 === "error"))){
validate160.errors = [{instancePath:instancePath+"/settings-ignored",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["settings-unsupported"] !== undefined){
let data19 = data["settings-unsupported"];
const _errs40 = errors;
if(!((((data19 === "off") || (data19 === "info")) || (data19 === "warn")) || (data19 === "error"))){
validate160.errors = [{instancePath:instancePath+"/settings-unsupported",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["markdown-unreadable"] !== undefined){
let data20 = data["markdown-unreadable"];
const _errs42 = errors;
if(!((((data20 === "off") || (data20 === "info")) || (data20 === "warn")) || (data20 === "error"))){
validate160.errors = [{instancePath:instancePath+"/markdown-unreadable",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["markdown-html"] !== undefined){
let data21 = data["markdown-html"];
const _errs44 = errors;
if(!((((data21 === "off") || (data21 === "info")) || (data21 === "warn")) || (data21 === "error"))){
validate160.errors = [{instancePath:instancePath+"/markdown-html",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["markdown-template"] !== undefined){
let data22 = data["markdown-template"];
const _errs46 = errors;
if(!((((data22 === "off") || (data22 === "info")) || (data22 === "warn")) || (data22 === "error"))){
validate160.errors = [{instancePath:instancePath+"/markdown-template",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["image-missing"] !== undefined){
let data23 = data["image-missing"];
const _errs48 = errors;
if(!((((data23 === "off") || (data23 === "info")) || (data23 === "warn")) || (data23 === "error"))){
validate160.errors = [{instancePath:instancePath+"/image-missing",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["image-remote"] !== undefined){
let data24 = data["image-remote"];
const _errs50 = errors;
if(!((((data24 === "off") || (data24 === "info")) || (data24 === "warn")) || (data24 === "error"))){
validate160.errors = [{instancePath:instancePath+"/image-remote",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["image-unsupported"] !== undefined){
let data25 = data["image-unsupported"];
const _errs52 = errors;
if(!((((data25 === "off") || (data25 === "info")) || (data25 === "warn")) || (data25 === "error"))){
validate160.errors = [{instancePath:instancePath+"/image-unsupported",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["file-unreadable"] !== undefined){
let data26 = data["file-unreadable"];
const _errs54 = errors;
if(!((((data26 === "off") || (data26 === "info")) || (data26 === "warn")) || (data26 === "error"))){
validate160.errors = [{instancePath:instancePath+"/file-unreadable",schemaPath:"#/$defs/ruleLevel/enum",keyword:"enum",params:{allowedValues: schema97.enum}}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate160.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate160.errors = vErrors;
return errors === 0;
}
validate160.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://colophon.dev/schemas/settings.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "title") || (key0 === "author")) || (key0 === "work")) || (key0 === "language")) || (key0 === "encoding")) || (key0 === "exclude")) || (key0 === "notes")) || (key0 === "rules"))){
validate157.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate157.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate157.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data1 = data.author;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate157.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate157.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.work !== undefined){
let data2 = data.work;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate157.errors = [{instancePath:instancePath+"/" + "work",schemaPath:"#/properties/" + "work/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate157.errors = [{instancePath:instancePath+"/" + "work",schemaPath:"#/properties/" + "work/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
let data3 = data.language;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate157.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}}];
return false;
}
}
else {
validate157.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.encoding !== undefined){
let data4 = data.encoding;
const _errs10 = errors;
if(!(((((data4 === "utf-8") || (data4 === "utf-16le")) || (data4 === "utf-16be")) || (data4 === "latin1")) || (data4 === "windows-1252"))){
validate157.errors = [{instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema92.properties.encoding.enum}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exclude !== undefined){
let data5 = data.exclude;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs13 = errors;
const _errs15 = errors;
let valid3 = false;
let passing0 = null;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing0;
if((data6.text === undefined) && (missing0 = "text")){
const err0 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/0/required",keyword:"required",params:{missingProperty: missing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs18 = errors;
for(const key1 in data6){
if(!(key1 === "text")){
const err1 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs18 === errors){
if(data6.text !== undefined){
let data7 = data6.text;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err2 = {instancePath:instancePath+"/exclude/" + i0+"/text",schemaPath:"#/$defs/exclusion/oneOf/0/properties/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/exclude/" + i0+"/text",schemaPath:"#/$defs/exclusion/oneOf/0/properties/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
var props0 = true;
}
const _errs21 = errors;
if(errors === _errs21){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((data6.pattern === undefined) && (missing1 = "pattern")){
const err5 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/1/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs23 = errors;
for(const key2 in data6){
if(!((key2 === "pattern") || (key2 === "flags"))){
const err6 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs23 === errors){
if(data6.pattern !== undefined){
let data8 = data6.pattern;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func1(data8) > 500){
const err7 = {instancePath:instancePath+"/exclude/" + i0+"/pattern",schemaPath:"#/$defs/exclusion/oneOf/1/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(func1(data8) < 1){
const err8 = {instancePath:instancePath+"/exclude/" + i0+"/pattern",schemaPath:"#/$defs/exclusion/oneOf/1/properties/pattern/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/exclude/" + i0+"/pattern",schemaPath:"#/$defs/exclusion/oneOf/1/properties/pattern/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.flags !== undefined){
let data9 = data6.flags;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data9 === "string"){
if(!pattern22.test(data9)){
const err10 = {instancePath:instancePath+"/exclude/" + i0+"/flags",schemaPath:"#/$defs/exclusion/oneOf/1/properties/flags/pattern",keyword:"pattern",params:{pattern: "^[imsu]*$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/exclude/" + i0+"/flags",schemaPath:"#/$defs/exclusion/oneOf/1/properties/flags/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs28 = errors;
if(errors === _errs28){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.block === undefined) && (missing2 = "block")){
const err13 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/2/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
const _errs30 = errors;
for(const key3 in data6){
if(!(key3 === "block")){
const err14 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
}
if(_errs30 === errors){
if(data6.block !== undefined){
let data10 = data6.block;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err15 = {instancePath:instancePath+"/exclude/" + i0+"/block",schemaPath:"#/$defs/exclusion/oneOf/2/properties/block/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs33 = errors;
const _errs34 = errors;
if(0 !== data10){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid7 = _errs34 === errors;
if(valid7){
const err17 = {instancePath:instancePath+"/exclude/" + i0+"/block",schemaPath:"#/$defs/exclusion/oneOf/2/properties/block/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid3 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid3){
const err19 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/$defs/exclusion/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate157.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
else {
validate157.errors = [{instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs35 = errors;
if(!(validate158(data.notes, {instancePath,parentData:data,parentDataProperty:"notes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
const _errs36 = errors;
if(!(validate160(data.rules, {instancePath,parentData:data,parentDataProperty:"rules",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate157.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate157.errors = vErrors;
return errors === 0;
}
validate157.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

