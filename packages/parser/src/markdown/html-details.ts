// Reads an HTML block that opens a disclosure: `<details>`, with its `<summary>` on the same
// block or none. The edition shows what a disclosure holds, open (a printed page cannot fold),
// and its summary as a paragraph in bold before it; the closing `</details>` goes without a word.
import { decodeReferences } from './html-figure.js'

/** A disclosure's summary: its words, their markup taken out, and their span in the block. */
export interface HtmlDetails {
  summary?: string
  summarySpan?: [number, number]
}

const opening = /^(\s*<details\b[^>]*>\s*)(?:(<summary\b[^>]*>)([\s\S]*?)<\/summary>)?\s*$/i

/** The disclosure an HTML block opens; undefined for any other HTML. */
export function htmlDetails(value: string): HtmlDetails | undefined {
  const found = opening.exec(value)
  if (!found) return undefined
  const words = found[3]
  if (words === undefined) return {}
  const from = (found[1] ?? '').length + (found[2] ?? '').length
  return {
    summary: decodeReferences(words.replace(/<[^>]*>/g, '')),
    summarySpan: [from, from + words.length]
  }
}
