// Benchmark of the plain-text front end: parse (`@colophon/parser`) and validation of the
// resulting tree (`@colophon/schema`) on the first manuscript, repeated 1×, 10×, 100× (and
// 700× with `--large`) as one manuscript.
//
//   node bench/parse.mjs            table on stdout
//   node bench/parse.mjs --large    also 700× (about 49 MB)
//   node bench/parse.mjs --json     a JSON object instead of the table
//
// Each size runs in a fresh child process (this script with `--child`), so that its peak
// RSS belongs to that size alone. Inputs are built in memory and never written to disk.
// MB here means 10^6 bytes; sizes are the UTF-8 bytes of the input.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const seedName = 'snyder-bloodlands-ch2-class-terror'
const seedText = join(root, 'source', `${seedName}.txt`)
const seedSettings = join(root, 'source', `${seedName}.yaml`)

/** Sizes: copies of the seed, timed runs (median taken), warm-up runs. */
const sizes = [
  { copies: 1, runs: 7, warmups: 2 },
  { copies: 10, runs: 5, warmups: 2 },
  { copies: 100, runs: 3, warmups: 1 },
  { copies: 700, runs: 1, warmups: 1, large: true }
]

const MB = 1e6

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5]))
} else {
  main()
}

// ---------------------------------------------------------------------------------------
// Parent: one child per size, then the table (or JSON).

function main() {
  const args = new Set(process.argv.slice(2))
  for (const arg of args) {
    if (arg !== '--large' && arg !== '--json') {
      process.stderr.write(`bench: unknown argument ${arg} (use --large, --json)\n`)
      process.exit(2)
    }
  }
  const json = args.has('--json')
  const chosen = sizes.filter((size) => !size.large || args.has('--large'))

  const results = []
  for (const size of chosen) {
    if (!json) process.stderr.write(`bench: ${size.copies}× …\n`)
    const done = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        fileURLToPath(import.meta.url),
        '--child',
        String(size.copies),
        String(size.runs),
        String(size.warmups)
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 16 * MB }
    )
    if (done.status !== 0) {
      process.stderr.write(
        `bench: the ${size.copies}× run failed (exit ${done.status ?? done.signal})\n`
      )
      process.exit(1)
    }
    results.push(JSON.parse(done.stdout))
  }

  // The tree must grow with the input: a parse that drops text would look fast.
  const one = results.find((result) => result.copies === 1)
  for (const result of results) {
    const expected = one.nodes * result.copies
    if (Math.abs(result.nodes - expected) > 0.02 * expected) {
      process.stderr.write(
        `bench: ${result.copies}× gave ${result.nodes} nodes, expected about ${expected}\n`
      )
      process.exit(1)
    }
  }

  const ratios = {}
  for (const result of results) {
    if (result.copies === 1) continue
    ratios[`${result.copies}x/1x`] = {
      parse: result.mbPerSecond.parse / one.mbPerSecond.parse,
      validate: result.mbPerSecond.validate / one.mbPerSecond.validate,
      both: result.mbPerSecond.both / one.mbPerSecond.both
    }
  }

  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform} ${process.arch}`
  }

  if (json) {
    process.stdout.write(
      `${JSON.stringify({ input: `source/${seedName}.txt`, machine, results, ratios }, null, 2)}\n`
    )
    return
  }

  const rows = [
    [
      'size',
      'MB',
      'runs',
      'parse ms',
      'validate ms',
      'both ms',
      'parse MB/s',
      'validate MB/s',
      'both MB/s',
      'peak RSS MB',
      'heap after parse MB',
      'tree retains MB'
    ]
  ]
  for (const r of results) {
    rows.push([
      `${r.copies}×`,
      fixed(r.bytes / MB, 2),
      String(r.runs),
      fixed(r.medianMs.parse, 1),
      fixed(r.medianMs.validate, 1),
      fixed(r.medianMs.both, 1),
      fixed(r.mbPerSecond.parse, 2),
      fixed(r.mbPerSecond.validate, 2),
      fixed(r.mbPerSecond.both, 2),
      fixed(r.peakRssBytes / MB, 0),
      fixed(r.heapUsedAfterParseBytes / MB, 1),
      fixed(r.heapRetainedByTreeBytes / MB, 1)
    ])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const line = (row) => `| ${row.map((cell, i) => cell.padStart(widths[i])).join(' | ')} |`
  const out = [
    `Input: source/${seedName}.txt, repeated; ${machine.node}, ${machine.cpus} × ${machine.cpu}`,
    'Times are medians of the timed runs; MB = 10^6 bytes.',
    '',
    line(rows[0]),
    `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
    'MB/s relative to 1× (near 1 or above: linear; far below: super-linear):',
    ...Object.entries(ratios).map(
      ([name, ratio]) =>
        `  ${name.replace(/x/g, '×')}: parse ${fixed(ratio.parse, 2)}, validate ${fixed(ratio.validate, 2)}, both ${fixed(ratio.both, 2)}`
    )
  ]
  process.stdout.write(`${out.join('\n')}\n`)
}

function fixed(value, digits) {
  return value.toFixed(digits)
}

// ---------------------------------------------------------------------------------------
// Child: build the input, warm up, time the runs, print one JSON line.

async function child(copies, runs, warmups) {
  const { parse } = await import('@colophon/parser')
  const { validateEdition } = await import('@colophon/schema')
  const { parse: parseYaml } = await import('yaml')
  const gc = globalThis.gc ?? (() => {})

  const settings = parseYaml(readFileSync(seedSettings, 'utf8'))
  const seed = readFileSync(seedText)
  // 1× is the file as it is; more copies are joined with a blank line between.
  const input =
    copies === 1
      ? seed
      : Buffer.from(Array(copies).fill(seed.toString('utf8')).join('\n\n'), 'utf8')
  const path = `${seedName}.txt`

  // Each run is its own call, so that no stale frame keeps the previous tree alive.
  const run = () => {
    const t0 = performance.now()
    const result = parse(input, { path, settings })
    const t1 = performance.now()
    const valid = validateEdition(result.tree)
    const t2 = performance.now()
    if (result.tree === undefined || !valid.ok) fail(copies, result, valid)
    return { parse: t1 - t0, validate: t2 - t1 }
  }
  const timings = []
  for (let i = 0; i < warmups + runs; i++) {
    gc()
    const timing = run()
    if (i >= warmups) timings.push(timing)
  }

  // Memory, on further parses: heap used right after one, and what its tree retains.
  const memory = () => {
    gc()
    const before = process.memoryUsage().heapUsed
    const result = parse(input, { path, settings })
    const afterParse = process.memoryUsage().heapUsed
    gc()
    const retained = process.memoryUsage().heapUsed - before
    // The tree is referenced up to here.
    return {
      afterParse,
      retained,
      nodes: countNodes(result.tree),
      messages: result.messages.length
    }
  }
  // As many times as the timed runs, after one more that is dropped (its baseline can still
  // hold the previous run's tree); medians, since the heap moves by about 1 MB on its own.
  memory()
  const samples = Array.from({ length: runs }, memory)
  const measured = {
    afterParse: median(samples.map((sample) => sample.afterParse)),
    retained: median(samples.map((sample) => sample.retained)),
    nodes: samples[0].nodes,
    messages: samples[0].messages
  }

  const medianMs = {
    parse: median(timings.map((t) => t.parse)),
    validate: median(timings.map((t) => t.validate)),
    both: median(timings.map((t) => t.parse + t.validate))
  }
  const mb = input.length / MB
  const out = {
    copies,
    bytes: input.length,
    runs,
    warmups,
    medianMs,
    mbPerSecond: {
      parse: mb / (medianMs.parse / 1000),
      validate: mb / (medianMs.validate / 1000),
      both: mb / (medianMs.both / 1000)
    },
    runsMs: timings,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedAfterParseBytes: measured.afterParse,
    heapRetainedByTreeBytes: measured.retained,
    nodes: measured.nodes,
    messages: measured.messages
  }
  process.stdout.write(`${JSON.stringify(out)}\n`)
}

function fail(copies, result, valid) {
  const problems = valid.ok ? [] : valid.problems.slice(0, 5)
  const messages = result.messages.slice(0, 5).map(String)
  process.stderr.write(
    `bench: ${copies}×: the tree does not validate\n${JSON.stringify({ messages, problems }, null, 2)}\n`
  )
  process.exit(1)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function countNodes(node) {
  let count = 1
  if (Array.isArray(node.children)) for (const child of node.children) count += countNodes(child)
  return count
}
