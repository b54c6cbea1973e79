// The corpus scoreboard: parses each text of the corpus, checks it, and compares the tree
// with the text's oracle (see README.md). Run it with `npm run corpus`.
//
//   node corpus/score.mjs            the table, then the messages by rule
//   node corpus/score.mjs --json     the figures as JSON
//   node corpus/score.mjs --record   writes the figures to scores.json (--record ID… for some)
//   node corpus/score.mjs --check    exits 1 when a text scores below scores.json
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check } from '@colophon/check'
import { parseFile } from '@colophon/parser'
import { claimsTable, scoreClaims } from './claims.mjs'
import { countNonProse } from './markdown.mjs'
import { eachRow } from './tsv.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))

/** The ids of the corpus's texts: folders holding `<id>.txt` or `<id>.md`, and `oracle.tsv`. */
export function corpusTexts(root = here) {
  return readdirSync(root)
    .filter((name) => {
      const folder = join(root, name)
      return (
        statSync(folder).isDirectory() &&
        mainFile(name, root) !== undefined &&
        exists(join(folder, 'oracle.tsv'))
      )
    })
    .sort()
}

/** The name of a text's file: `<id>.md` (parsed as Markdown) or `<id>.txt`. */
export function mainFile(id, root = here) {
  return [`${id}.md`, `${id}.txt`].find((name) => exists(join(root, id, name)))
}

function exists(path) {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

/** Reads an oracle; a malformed row throws, naming its line. */
export function readOracle(path) {
  const markers = []
  const bodies = []
  eachRow(path, (cells, where) => {
    const int = (value) => {
      if (!/^[0-9]+$/.test(value ?? '')) throw new Error(`${where}: \`${value}\` is not a number`)
      return Number(value)
    }
    if (cells[0] === 'marker' && cells.length === 5) {
      const [, line, column, label, scope] = cells
      markers.push({ line: int(line), column: int(column), label, scope })
    } else if (cells[0] === 'body' && (cells.length === 5 || cells.length === 6)) {
      const [, start, end, label, scope, file] = cells
      bodies.push({ start: int(start), end: int(end), label, scope, file: file || undefined })
    } else {
      throw new Error(`${where}: expected a \`marker\` row of 5 cells or a \`body\` row of 5 or 6`)
    }
  })
  return { markers, bodies }
}

/** The tree's references (in titles too), running-text claims and note definitions. */
function walk(tree) {
  const references = []
  const definitions = []
  let claims = 0
  const visit = (node) => {
    if (node.type === 'footnoteReference') references.push(node)
    if (node.type === 'claim') claims++
    for (const child of node.children ?? []) visit(child)
  }
  const title = (node) => {
    for (const child of node.titleContent ?? []) visit(child)
  }
  for (const chapter of tree.children) {
    title(chapter)
    for (const section of chapter.children) {
      title(section)
      visit(section)
    }
    for (const note of chapter.notes) definitions.push(note)
  }
  return { references, definitions, claims }
}

/** Share of the non-space characters of `text` inside the `positions`. */
function coverage(text, positions) {
  const covered = new Uint8Array(text.length)
  for (const position of positions) {
    if (position) covered.fill(1, position.start.offset, position.end.offset)
  }
  let all = 0
  let kept = 0
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue
    all++
    if (covered[i]) kept++
  }
  return { all, kept }
}

/** Nodes whose syntax stands around their children: emphasis marks, a list item's bullet or number, a quotation's `>`. */
const markup = new Set(['emphasis', 'strong', 'listItem', 'quote'])

/**
 * The spans of a node's source outside its children: the syntax the tree holds as the node's
 * type (and a list's `start`). A span with a letter in it is not syntax, and is left uncounted.
 */
function markupGaps(node, text) {
  const children = (node.children ?? []).filter((child) => child.position)
  if (!node.position || children.length === 0) return []
  const points = [node.position.start]
  for (const child of children) points.push(child.position.start, child.position.end)
  points.push(node.position.end)
  const gaps = []
  for (let i = 0; i < points.length; i += 2) {
    const gap = { start: points[i], end: points[i + 1] }
    if (!/\p{L}/u.test(text.slice(gap.start.offset, gap.end.offset))) gaps.push(gap)
  }
  return gaps
}

/** What of the text the tree accounts for, in the manuscript and in its notes file. */
function lettersKept(tree, texts, main) {
  const byFile = new Map([...texts.keys()].map((name) => [name, []]))
  const add = (file, position) => byFile.get(file)?.push(position)
  const visit = (node) => {
    // Code, inline code and tables are in the tree whole, their markup (fences, backticks,
    // pipes, rules) with them; so are an image and an anchor's tag.
    const whole =
      node.type === 'code' ||
      node.type === 'inlineCode' ||
      node.type === 'table' ||
      node.type === 'image' ||
      node.type === 'anchor'
    if (node.type === 'text' || node.type === 'footnoteReference' || whole) add(main, node.position)
    // A link keeps its address in the tree (`url`), its brackets with it.
    if (node.type === 'link') add(main, node.position)
    if (markup.has(node.type)) for (const gap of markupGaps(node, texts.get(main))) add(main, gap)
    for (const child of node.children ?? []) visit(child)
  }
  for (const chapter of tree.children) {
    add(main, chapter.titlePosition)
    add(main, chapter.partPosition)
    for (const section of chapter.children) {
      add(main, section.titlePosition)
      visit(section)
    }
    for (const note of chapter.notes) add(note.file ? basename(note.file) : main, note.position)
  }
  for (const omission of tree.omitted ?? []) add(main, omission.position)
  let all = 0
  let kept = 0
  for (const [name, positions] of byFile) {
    const counted = coverage(texts.get(name), positions)
    all += counted.all
    kept += counted.kept
  }
  return all === 0 ? 1 : kept / all
}

/** Matches the tree's notes with the oracle's. */
function compare(oracle, found, main) {
  const at = (line, column) => `${line}:${column}`
  const byPlace = new Map(
    found.references.map((node) => [at(node.position.start.line, node.position.start.column), node])
  )
  const definitions = new Map(found.definitions.map((node) => [node.identifier, node]))
  const present = found.definitions
    .filter((node) => node.status === 'present' && node.position)
    .map((node) => ({
      file: node.file ? basename(node.file) : main,
      start: node.position.start.line,
      end: node.position.end.line
    }))
  const bodyKey = (body) => `${body.label}\t${body.scope}`
  const bodies = new Map(oracle.bodies.map((body) => [bodyKey(body), body]))
  const oracleAt = new Set(oracle.markers.map((marker) => at(marker.line, marker.column)))

  let markers = 0
  let withBody = 0
  let resolved = 0
  for (const marker of oracle.markers) {
    const reference = byPlace.get(at(marker.line, marker.column))
    if (reference) markers++
    const body = bodies.get(bodyKey(marker))
    if (!body) continue
    withBody++
    const note = reference && definitions.get(reference.identifier)
    if (
      note?.status === 'present' &&
      note.position.start.line === body.start &&
      (note.file ? basename(note.file) : main) === (body.file ?? main)
    ) {
      resolved++
    }
  }
  const starts = new Set(oracle.bodies.map((body) => `${body.file ?? main}:${body.start}`))
  let merged = 0
  let lost = 0
  for (const body of oracle.bodies) {
    const file = body.file ?? main
    const inFile = present.filter((note) => note.file === file)
    if (inFile.some((note) => note.start === body.start)) continue
    if (inFile.some((note) => note.start < body.start && note.end >= body.start)) merged++
    else lost++
  }
  return {
    markers,
    markersExpected: oracle.markers.length,
    falseMarkers: found.references.filter(
      (node) => !oracleAt.has(at(node.position.start.line, node.position.start.column))
    ).length,
    resolved,
    resolvable: withBody,
    merged,
    split: present.filter((note) => !starts.has(`${note.file}:${note.start}`)).length,
    lost
  }
}

/** Scores one text of the corpus. */
export function scoreText(id, root = here) {
  const folder = join(root, id)
  const main = mainFile(id, root)
  const parsed = parseFile(join(folder, main))
  const oracle = readOracle(join(folder, 'oracle.tsv'))
  const messages = check(parsed.tree, {
    messages: parsed.messages,
    ...(parsed.tree ? { settings: parsed.settings } : {})
  })
  const byRule = {}
  for (const message of messages) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1
  if (!parsed.tree) return { id, unreadable: true, messages: byRule }
  const found = walk(parsed.tree)
  const texts = new Map([[main, readFileSync(join(folder, main), 'utf8')]])
  const notesFile = parsed.settings.notes?.file
  if (notesFile) texts.set(basename(notesFile), readFileSync(join(folder, notesFile), 'utf8'))
  const gold = join(folder, 'claims.tsv')
  return {
    id,
    ...compare(oracle, found, main),
    lettersKept: lettersKept(parsed.tree, texts, main),
    claims: found.claims,
    ...(exists(gold) ? scoreClaims(parsed.tree, texts.get(main), gold) : {}),
    ...(main.endsWith('.md') ? countNonProse(parsed.tree, texts.get(main)) : {}),
    messages: byRule
  }
}

/** Figures where more is better, and where less is. */
export const higherIsBetter = [
  'markers',
  'resolved',
  'lettersKept',
  'claimPrecision',
  'claimRecall'
]
export const lowerIsBetter = ['falseMarkers', 'merged', 'split', 'lost', 'nonProse']

/** The figures a score is held to. */
export function recordOf(score) {
  const record = {}
  for (const key of [...higherIsBetter, ...lowerIsBetter]) {
    if (score[key] !== undefined) record[key] = score[key]
  }
  // Rates are held to four decimals, rounded down, so that the figure just measured passes.
  for (const key of ['lettersKept', 'claimPrecision', 'claimRecall']) {
    if (score[key] !== undefined) record[key] = Math.floor(score[key] * 10000) / 10000
  }
  return record
}

/** Where a score falls below its record, in words; empty when it does not. */
export function regressions(score, record) {
  if (!record) return [`${score.id}: no recorded figures; run \`npm run corpus -- --record\``]
  const found = []
  for (const key of higherIsBetter) {
    // A figure recorded but no longer measured (a gold set removed) is a regression too.
    if (record[key] !== undefined && !(score[key] >= record[key]))
      found.push(`${score.id}: ${key} ${score[key]} < ${record[key]}`)
  }
  for (const key of lowerIsBetter) {
    if (score[key] > record[key]) found.push(`${score.id}: ${key} ${score[key]} > ${record[key]}`)
  }
  return found
}

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)

/** The scoreboard as text: a row per text, the totals, then messages by rule. */
export function table(scores) {
  const total = { id: 'overall', claims: 0, messages: {} }
  for (const key of ['markers', 'markersExpected', 'resolved', 'resolvable', ...lowerIsBetter])
    total[key] = 0
  let letters = 0
  for (const score of scores) {
    for (const key of Object.keys(total)) {
      if (typeof total[key] === 'number') total[key] += score[key] ?? 0
    }
    for (const [rule, count] of Object.entries(score.messages))
      total.messages[rule] = (total.messages[rule] ?? 0) + count
    letters += score.lettersKept ?? 0
  }
  total.lettersKept = scores.length === 0 ? 1 : letters / scores.length
  const head = [
    'text',
    'markers found',
    'false',
    'resolved',
    'merged',
    'split',
    'lost',
    'letters kept',
    'claims',
    'non-prose'
  ]
  const row = (s) => [
    s.id,
    `${s.markers}/${s.markersExpected} ${percent(s.markers, s.markersExpected)}`,
    String(s.falseMarkers),
    `${s.resolved}/${s.resolvable} ${percent(s.resolved, s.resolvable)}`,
    String(s.merged),
    String(s.split),
    String(s.lost),
    `${(100 * s.lettersKept).toFixed(2)}%`,
    String(s.claims),
    // Paragraphs that are code, tables, HTML, images or breaks: Markdown texts only.
    s.nonProse === undefined ? '–' : String(s.nonProse)
  ]
  const rows = [
    head,
    ...scores.map((s) =>
      s.unreadable ? [s.id, 'unreadable', ...head.slice(2).map(() => '')] : row(s)
    ),
    row(total)
  ]
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  const out = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`]
  for (const r of rows.slice(1)) out.push(line(r))
  out.push('', 'Messages by rule:')
  for (const s of [...scores, total]) {
    const rules = Object.entries(s.messages)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, count]) => `${rule} ${count}`)
    out.push(`- ${s.id}: ${rules.join(', ') || 'none'}`)
  }
  out.push('', claimsTable(scores))
  return out.join('\n')
}

function main(args) {
  const scores = corpusTexts().map((id) => scoreText(id))
  const recordPath = join(here, 'scores.json')
  if (args.includes('--record')) {
    // `--record ID…` records only the texts named; `--record` alone, every text.
    const named = args.filter((arg) => !arg.startsWith('--'))
    const kept = named.length > 0 ? JSON.parse(readFileSync(recordPath, 'utf8')) : {}
    for (const score of scores)
      if (named.length === 0 || named.includes(score.id)) kept[score.id] = recordOf(score)
    const record = Object.fromEntries(
      Object.keys(kept)
        .sort()
        .map((id) => [id, kept[id]])
    )
    writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`)
  }
  console.log(args.includes('--json') ? JSON.stringify(scores, null, 2) : table(scores))
  if (args.includes('--check')) {
    const record = JSON.parse(readFileSync(recordPath, 'utf8'))
    const found = scores.flatMap((score) => regressions(score, record[score.id]))
    for (const problem of found) console.error(problem)
    if (found.length > 0) process.exitCode = 1
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2))
