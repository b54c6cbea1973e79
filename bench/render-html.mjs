// Benchmark of the HTML renderer (`@colophon/render-html`, the built `dist`): the seed chapter,
// parsed once, rendered to its HTML document in-process again and again.
//
//   node bench/render-html.mjs           a short report on stdout
//   node bench/render-html.mjs --json    a JSON object instead (per-run times included)
//
// For scale, the same process also times `parseFile` of the manuscript (@colophon/parser).
// Runs follow one another as renders in a build would, garbage collection included where it
// falls (a full collection forced before each run shrinks the young generation and makes the
// next run pay for it: about 1.5× the time). Times are wall time from `performance.now()`;
// the figure is the median of the timed runs. The target is a median under 20 ms. Run
// `npx turbo run build` first if the sources changed.
import { cpus } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { renderHtml, toHast } from '@colophon/render-html'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seed = join(root, 'source', 'snyder-bloodlands-ch2-class-terror.txt')
const warmups = 20
const runs = 50
const target = 20

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
for (const source of new Set([...tree.meta.sources, ...tree.children.map((c) => c.source)])) {
  source.path = relative(root, source.path)
}

/**
 * Median and spread of `f`'s wall time over the timed runs, in ms, and the median CPU time
 * of the process (user and system) over the same runs: on a shared machine wall time also
 * counts the time other work holds the CPU.
 */
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

const html = renderHtml(tree)
if (renderHtml(tree) !== html) {
  process.stderr.write('bench: two renders of the same tree differ\n')
  process.exit(1)
}
const bytes = Buffer.byteLength(html)
const fontBytes = [...html.matchAll(/@font-face\{[^}]*\}\n?/g)].reduce(
  (sum, m) => sum + Buffer.byteLength(m[0]),
  0
)
const countOf = (pattern) => (html.match(pattern) ?? []).length

const render = time(() => renderHtml(tree))
const hast = time(() => toHast(tree))
// A yardstick from the same process: on a shared machine the ratio moves less than the times.
const reference = time(() => parseFile(seed))

const result = {
  input: relative(root, seed),
  paragraphs: countOf(/<p id="[^"]*" data-n=/g),
  claims: countOf(/class="claim"/g),
  references: countOf(/role="doc-noteref"/g),
  htmlBytes: bytes,
  fontBytes,
  fontShare: fontBytes / bytes,
  warmups,
  runs,
  renderHtml: render,
  toHast: hast,
  parseFile: reference,
  ratioToParse: render.median / reference.median,
  targetMs: target,
  met: render.median < target,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version }
}

if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
} else {
  const ms = (value) => value.toFixed(1)
  const kb = (value) => (value / 1000).toFixed(1)
  const lines = [
    `input: ${result.input} (${result.paragraphs} paragraphs, ${result.claims} claims, ${result.references} note references)`,
    `html: ${kb(bytes)} kB, of which embedded fonts ${kb(fontBytes)} kB (${(result.fontShare * 100).toFixed(0)}%)`,
    `runs: ${runs} timed after ${warmups} warm-up`,
    `renderHtml: median ${ms(render.median)} ms (p10 ${ms(render.p10)}, p90 ${ms(render.p90)}); CPU time median ${ms(render.cpuMedian)} ms`,
    `  of which toHast: median ${ms(hast.median)} ms (p10 ${ms(hast.p10)}, p90 ${ms(hast.p90)}); CPU time median ${ms(hast.cpuMedian)} ms`,
    `yardstick: parseFile of the same manuscript, median ${ms(reference.median)} ms; renderHtml / parseFile ${result.ratioToParse.toFixed(2)}`,
    `target: median under ${target} ms: ${result.met ? 'met' : 'not met'}`,
    `machine: ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}`
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
