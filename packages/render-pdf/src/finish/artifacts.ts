// Content that no structure element owns, marked as an artifact. Chromium wraps what it tags in
// `/Role <</MCID n>> BDC … EMC`, and leaves the rest bare: Paged.js's margin boxes (running
// heads, folios), the rule above the footnotes. A tagged PDF must say what such content is
// (PDF/UA: content is either real and tagged, or an artifact), so each run of it outside every
// marked-content sequence is wrapped in `/Artifact BMC … EMC`:
//
//   BT /F5 11.89 Tf 1 0 0 -1 412 911 Tm <0015> Tj 7.01 0 Td <0024> Tj ET
//   BT /F5 11.89 Tf 1 0 0 -1 412 911 Tm /Artifact BMC <0015> Tj 7.01 0 Td <0024> Tj EMC ET
//
// Text is wrapped from the first shown string to the last (inside its text object, as marked
// content must be), a path from its first segment to the operator that paints it (a clip alone
// paints nothing), an image or shading at its operator. Graphics state stays outside.

/** A content stream's lexical tokens: white space and comments, strings, names, words. */
const lexeme = /\s+|%[^\r\n]*|<<|>>|<[0-9A-Fa-f\s]*>|[[\]{}]|\/[^\s()<>[\]{}/%]*|[^\s()<>[\]{}/%]+/y
const operand = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)|true|false|null)$/
const showText = new Set(['Tj', 'TJ', "'", '"'])
const buildPath = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're'])
const paintPath = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*'])
const paintObject = new Set(['Do', 'sh', 'EI'])

/** An operator and where it starts (its first operand) and ends, in the stream's text. */
interface Operation {
  name: string
  start: number
  end: number
}

/** Each operator of `text` in order; inline image data (`ID … EI`) is skipped whole. */
export function* operations(text: string): Generator<Operation> {
  let at = 0
  let start = -1
  while (at < text.length) {
    const from = at
    let word: string | undefined
    if (text[at] === '(') {
      at = stringEnd(text, at)
    } else {
      lexeme.lastIndex = at
      const match = lexeme.exec(text)
      if (!match) throw new Error(`Unexpected \`${text[at]}\` at ${at} in a content stream`)
      at = lexeme.lastIndex
      const first = match[0].charCodeAt(0)
      if (first > 32 && first !== 37) word = match[0]
    }
    if (word === undefined && text[from] !== '(') continue
    if (start < 0) start = from
    if (word === undefined || /^[/<[\]{}>]/.test(word) || operand.test(word)) continue
    if (word === 'ID') {
      const end = text.slice(at).search(/\sEI(?=\s|$)/)
      at = end < 0 ? text.length : at + end + 3
      word = 'EI'
    }
    yield { name: word, start, end: at }
    start = -1
  }
}

/** The offset just past the literal string opening at `at`: balanced parentheses, escapes. */
function stringEnd(text: string, at: number): number {
  let depth = 0
  for (let index = at; index < text.length; index++) {
    const character = text[index]
    if (character === '\\') index++
    else if (character === '(') depth++
    else if (character === ')' && --depth === 0) return index + 1
  }
  return text.length
}

/**
 * The spans of `text` that paint outside every tagged sequence (one with an MCID) and every
 * artifact. A sequence that is neither (an ActualText span Chromium writes around an ornament
 * it did not tag) is taken whole into the artifact around it, so that the two nest.
 */
function bareSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  // For each open sequence, whether it is tagged or an artifact.
  const open: boolean[] = []
  let run: [number, number] | undefined
  let path = -1
  let inText = false
  const flush = () => {
    if (run) spans.push(run)
    run = undefined
  }
  for (const { name, start, end } of operations(text)) {
    const owned = open.includes(true)
    if (name === 'BDC' || name === 'BMC') {
      const owns = /^\s*\/Artifact\b|\/MCID\s/.test(text.slice(start, end))
      if (!owned && owns) flush()
      if (!owned && !owns) run = run ? [run[0], end] : [start, end]
      open.push(owns)
    } else if (name === 'EMC') {
      const owns = open.pop()
      if (!owned && owns === false && run) run = [run[0], end]
      if (open.length === 0 && !inText) flush()
    } else if (name === 'BT' || name === 'ET') {
      if (open.length === 0) flush()
      inText = name === 'BT'
    } else if (owned || open.length > 0) {
      path = -1
    } else if (showText.has(name)) {
      run = run ? [run[0], end] : [start, end]
    } else if (buildPath.has(name)) {
      if (path < 0) path = start
    } else if (paintPath.has(name)) {
      spans.push([path < 0 ? start : path, end])
      path = -1
    } else if (name === 'n') {
      path = -1
    } else if (paintObject.has(name)) {
      spans.push([start, end])
    }
  }
  flush()
  return spans
}

/** A content stream's text with every bare painting operation wrapped as an artifact. */
export function markArtifacts(text: string): string {
  const spans = bareSpans(text)
  if (spans.length === 0) return text
  let result = ''
  let at = 0
  for (const [start, end] of spans) {
    result += `${text.slice(at, start)}/Artifact BMC\n${text.slice(start, end)}\nEMC`
    at = end
  }
  return result + text.slice(at)
}
