// Reads an HTML block that opens a disclosure: `<details>`, with its `<summary>` on the same
// block or none, and the words the block holds after it. The edition shows what a disclosure
// holds, open (a printed page cannot fold), and its summary as a paragraph in bold before it;
// the tags (`<details>`, `<summary>`, `<em>`, `<p>`, `</details>` …) go without a word.
//
//   <details><summary>Hint</summary>Try <em>the</em> loop.</details>
//                     ^^^^ summary   ^^^^ ^^^ ^^^^^^ body, one paragraph of four runs
import { decodeReferences } from './html-figure.js'

/** A piece of a disclosure's words: a run of text (decoded) or a line break, with its span. */
export type DetailsPiece =
  | { kind: 'text'; value: string; span: [number, number] }
  | { kind: 'break'; span: [number, number] }

/** A disclosure's summary and body, each paragraph its pieces; spans are in the block's value. */
export interface HtmlDetails {
  summary: DetailsPiece[]
  body: DetailsPiece[][]
}

const opening = /^\s*<details\b[^>]*>\s*(?:<summary\b[^>]*>([\s\S]*?)<\/summary>)?/i
const tag = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g
/** The tags whose words are read, the tags left out; any other (a table, a div) is not read. */
const inline = new Set(
  'p em i strong b code br span small sub sup kbd mark u s del ins cite q'.split(' ')
)

/** The disclosure an HTML block opens; undefined for any other HTML, or one holding other tags. */
export function htmlDetails(value: string): HtmlDetails | undefined {
  const found = opening.exec(value)
  if (!found) return undefined
  const words = found[1]
  const rest = found[0].length
  const summary =
    words === undefined
      ? []
      : piecesOf(value, rest - '</summary>'.length - words.length, rest - '</summary>'.length)
  const body = piecesOf(value, rest, value.length)
  if (!summary || !body) return undefined
  return { summary: summary.flat(), body }
}

/** The paragraphs (a `<p>` opens or closes one) of `from`–`to` of the value, its tags left out. */
function piecesOf(value: string, from: number, to: number): DetailsPiece[][] | undefined {
  const paragraphs: DetailsPiece[][] = [[]]
  let at = from
  tag.lastIndex = from
  for (let found = tag.exec(value); found && found.index < to; found = tag.exec(value)) {
    const [written, closing, tagName] = found
    const name = tagName?.toLowerCase()
    const end = found.index + written.length
    if (name !== undefined && !inline.has(name) && !(name === 'details' && closing))
      return undefined
    const current = paragraphs[paragraphs.length - 1] as DetailsPiece[]
    addText(current, value, at, found.index)
    if (name === 'br') current.push({ kind: 'break', span: [found.index, end] })
    else if (name === 'p' || name === 'details') paragraphs.push([])
    at = end
  }
  addText(paragraphs[paragraphs.length - 1] as DetailsPiece[], value, at, to)
  return paragraphs.map(trimmed).filter((pieces) => pieces.some((p) => p.kind === 'text'))
}

/** Adds `from`–`to` of the value as a run of text, unless it is empty. */
function addText(pieces: DetailsPiece[], value: string, from: number, to: number): void {
  if (to > from) pieces.push({ kind: 'text', value: value.slice(from, to), span: [from, to] })
}

/** A paragraph's pieces without the white space at its ends, their values decoded. */
function trimmed(pieces: DetailsPiece[]): DetailsPiece[] {
  const kept = pieces.map((piece): DetailsPiece | undefined => {
    if (piece.kind === 'break') return piece
    const index = pieces.indexOf(piece)
    const leading = index === 0 ? piece.value.length - piece.value.trimStart().length : 0
    const trailing =
      index === pieces.length - 1 ? piece.value.length - piece.value.trimEnd().length : 0
    const [from, to] = [piece.span[0] + leading, piece.span[1] - trailing]
    const raw = piece.value.slice(leading, piece.value.length - trailing)
    return to > from ? { kind: 'text', value: decodeReferences(raw), span: [from, to] } : undefined
  })
  return kept.filter((piece) => piece !== undefined)
}
