// Benchmark of the EPUB renderer (`@colophon/render-epub`, the built `dist`): the first
// manuscript, parsed once, rendered to its EPUB in-process again and again.
//
//   node bench/epub.mjs           a short report on stdout
//   node bench/epub.mjs --json    a JSON object instead (per-run times included)
//
// For scale, the same process times `renderHtml` of the same tree (@colophon/render-html), on
// whose tree the EPUB is built. Times are wall time from `performance.now()`, garbage collection
// included where it falls; the figure is the median of the timed runs, and the target a median
// under 300 ms. Run `npx turbo run build` first if the sources changed.
import { cpus } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { renderEpub } from '@colophon/render-epub'
import { renderHtml } from '@colophon/render-html'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seed = join(root, 'source', 'snyder-bloodlands-ch2-class-terror.txt')
const warmups = 5
const runs = 30
const target = 300
const env = { SOURCE_DATE_EPOCH: '1767225600' }

const args = process.argv.slice(2)
for (const arg of args) {
  if (arg !== '--json') {
    process.stderr.write(`bench: unknown argument ${arg} (use --json)\n`)
    process.exit(2)
  }
}
const json = args.includes('--json')

const parsed = parseFile(seed)
if (!parsed.tree) {
  process.stderr.write(`bench: could not parse ${seed}\n`)
  process.exit(1)
}
const tree = parsed.tree

/** Median and spread of `f`'s wall time over the timed runs (ms), and the median CPU time. */
function time(f) {
  for (let i = 0; i < warmups; i++) f()
  const times = []
  const cpu = []
  for (let i = 0; i < runs; i++) {
    const usage = process.cpuUsage()
    const start = performance.now()
    f()
    times.push(performance.now() - start)
    const used = process.cpuUsage(usage)
    cpu.push((used.user + used.system) / 1000)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const cpuMedian = [...cpu].sort((a, b) => a - b)[cpu.length >> 1]
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), cpuMedian, times }
}

const coldStart = performance.now()
const epub = renderEpub(tree, { env })
const cold = performance.now() - coldStart
if (Buffer.compare(Buffer.from(renderEpub(tree, { env })), Buffer.from(epub)) !== 0) {
  process.stderr.write('bench: two renders of the same tree differ\n')
  process.exit(1)
}
const render = time(() => renderEpub(tree, { env }))
const html = time(() => renderHtml(tree))

const result = {
  input: relative(root, seed),
  epubBytes: epub.length,
  warmups,
  runs,
  firstRenderMs: cold,
  renderEpub: render,
  renderHtml: html,
  ratioToHtml: render.median / html.median,
  targetMs: target,
  met: render.median < target,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version }
}

if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
} else {
  const ms = (value) => value.toFixed(1)
  const lines = [
    `input: ${result.input}; EPUB ${(epub.length / 1000).toFixed(1)} kB`,
    `runs: ${runs} timed after ${warmups} warm-up; the first render of the process ${ms(cold)} ms`,
    `renderEpub: median ${ms(render.median)} ms (p10 ${ms(render.p10)}, p90 ${ms(render.p90)}); CPU time median ${ms(render.cpuMedian)} ms`,
    `yardstick: renderHtml of the same tree, median ${ms(html.median)} ms; renderEpub / renderHtml ${result.ratioToHtml.toFixed(2)}`,
    `target: median under ${target} ms: ${result.met ? 'met' : 'not met'}`,
    `machine: ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}`
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
