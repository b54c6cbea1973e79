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

import { operations } from './content-ops.js'

const showText = new Set(['Tj', 'TJ', "'", '"'])
const buildPath = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're'])
const paintPath = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*'])
const paintObject = new Set(['Do', 'sh', 'EI'])

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
  // Inside a tagged sequence only the operators that open and close sequences and text
  // objects count: the lines of glyphs between them are skipped.
  const ops = operations(text)
  for (let step = ops.next(); !step.done; step = ops.next(open.includes(true))) {
    const { name, start, end } = step.value
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
