// The sentence gold set of the corpus (`<id>/claims.tsv`, see README.md): where claims should
// begin in prose paragraphs, and how the tree's claims compare with it.
import { eachRow } from './tsv.mjs'

/** Reads a gold set: its paragraphs, each a line number and its sentences; bad rows throw. */
export function readClaims(path) {
  const paragraphs = []
  eachRow(path, (cells, where, row) => {
    if (cells.length !== 2 || !/^[0-9]+$/.test(cells[0]) || cells[1].trim() === '') {
      throw new Error(`${where}: expected a row of 2 cells, LINE and SENTENCE`)
    }
    const line = Number(cells[0])
    const last = paragraphs[paragraphs.length - 1]
    if (last?.line === line) last.sentences.push(cells[1])
    else paragraphs.push({ line, sentences: [cells[1]], row })
  })
  return paragraphs
}

/** Offsets where each line of `text` begins; line 1 at index 1. */
function lineStarts(text) {
  const starts = [0, 0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

const space = /\s/

/**
 * Where each of a paragraph's sentences begins in `text`, reading from `from`: a space in a
 * sentence stands for any run of white space. Undefined when the sentences do not follow the text.
 */
function sentenceStarts(text, from, sentences) {
  const starts = []
  let i = from
  for (const sentence of sentences) {
    while (i < text.length && space.test(text[i])) i++
    starts.push(i)
    for (let k = 0; k < sentence.length; k++) {
      if (sentence[k] === ' ') {
        if (!space.test(text[i] ?? '')) return undefined
        while (i < text.length && space.test(text[i])) i++
      } else if (text[i] === sentence[k]) i++
      else return undefined
    }
  }
  return { starts, end: i }
}

/**
 * Where the tree's claims begin, sorted: in the running text, and in the notes read from it,
 * where a note's first claim begins with its label (`(* This hawk`), as in the gold set.
 */
function claimStarts(tree) {
  const starts = []
  const visit = (node, into) => {
    if (node.type === 'claim' && node.position) into.push(node.position.start.offset)
    else for (const child of node.children ?? []) visit(child, into)
  }
  for (const chapter of tree.children) {
    for (const section of chapter.children) visit(section, starts)
    for (const note of chapter.notes) {
      if (note.file || !note.position) continue
      const inNote = []
      visit(note, inNote)
      inNote.sort((a, b) => a - b)
      if (inNote.length > 0) inNote[0] = note.position.start.offset
      starts.push(...inNote)
    }
  }
  return starts.sort((a, b) => a - b)
}

/**
 * Compares the tree's claim boundaries with the gold set's inside its paragraphs. A boundary is
 * where a sentence begins other than a paragraph's first; `found` counts the tree's, `expected`
 * the gold set's, `matched` those in both. A paragraph that does not follow the text throws.
 */
export function compareClaims(tree, text, paragraphs, path) {
  const lines = lineStarts(text)
  const found = claimStarts(tree)
  const counts = { expected: 0, found: 0, matched: 0 }
  for (const paragraph of paragraphs) {
    const located = sentenceStarts(text, lines[paragraph.line] ?? text.length, paragraph.sentences)
    if (!located) {
      throw new Error(
        `${path}:${paragraph.row}: the sentences of line ${paragraph.line} differ from the text`
      )
    }
    const expected = new Set(located.starts.slice(1))
    const first = located.starts[0]
    const inside = found.filter((offset) => offset > first && offset < located.end)
    counts.expected += expected.size
    counts.found += inside.length
    counts.matched += inside.filter((offset) => expected.has(offset)).length
  }
  return counts
}

/** Precision and recall of claim boundaries; 1 where there is nothing to count. */
export function claimRates(counts) {
  return {
    claimPrecision: counts.found === 0 ? 1 : counts.matched / counts.found,
    claimRecall: counts.expected === 0 ? 1 : counts.matched / counts.expected
  }
}

const percent = (rate) => `${(100 * rate).toFixed(2)}%`

/** The table of claim boundaries: a row per text with a gold set, per language, and overall. */
export function claimsTable(scores) {
  const withGold = scores.filter((score) => score.claimBoundaries)
  const groups = new Map()
  const add = (key, counts) => {
    const total = groups.get(key) ?? { expected: 0, found: 0, matched: 0 }
    for (const name of Object.keys(total)) total[name] += counts[name]
    groups.set(key, total)
  }
  for (const score of withGold) {
    add(`language ${score.id.split('-')[0]}`, score.claimBoundaries)
    add('overall', score.claimBoundaries)
  }
  const rows = [
    ...withGold.map((score) => [score.id, score.claimBoundaries]),
    ...[...groups.keys()].sort().map((key) => [key, groups.get(key)])
  ].map(([name, counts]) => {
    const rates = claimRates(counts)
    return `| ${name} | ${counts.expected} | ${counts.found} | ${counts.matched} | ${percent(rates.claimPrecision)} | ${percent(rates.claimRecall)} |`
  })
  return [
    'Claim boundaries against the gold sets (`claims.tsv`):',
    '',
    '| text | gold | found | matched | precision | recall |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows
  ].join('\n')
}

/** The claim figures of one text against its gold set at `path`. */
export function scoreClaims(tree, text, path) {
  const counts = compareClaims(tree, text, readClaims(path), path)
  return { claimBoundaries: counts, ...claimRates(counts) }
}
