// What checking adds to parsing: the first manuscript repeated 100× as one
// manuscript, parse and check timed alternately in one process, so the ratio
// holds on a noisy machine. Target: check under 20% of parse.
import { readFileSync } from 'node:fs'
import { check } from '@colophon/check'
import { parse } from '@colophon/parser'
import { parse as parseYaml } from 'yaml'

const name = 'source/snyder-bloodlands-ch2-class-terror'
const settings = parseYaml(readFileSync(`${name}.yaml`, 'utf8'))
const seed = readFileSync(`${name}.txt`, 'utf8')
const copies = Number(process.argv[2] ?? 100)
const input = Buffer.from(Array.from({ length: copies }, () => seed).join('\n\n'))
const runs = 7

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const parseTimes = []
const checkTimes = []
let messages = 0
for (let run = -2; run < runs; run++) {
  let start = performance.now()
  const result = parse(input, { path: `${name}.txt`, settings })
  const parsed = performance.now() - start
  start = performance.now()
  messages = check(result.tree, { messages: result.messages, settings }).length
  const checked = performance.now() - start
  if (run >= 0) {
    parseTimes.push(parsed)
    checkTimes.push(checked)
  }
}
const parseMs = median(parseTimes)
const checkMs = median(checkTimes)
const ratios = parseTimes.map((p, i) => checkTimes[i] / p)
console.log(
  `input: ${name}.txt × ${copies} (${(input.length / 1e6).toFixed(2)} MB); ${runs} runs after 2 warm-up`
)
console.log(`parse: median ${parseMs.toFixed(1)} ms`)
console.log(`check: median ${checkMs.toFixed(1)} ms (${messages} messages)`)
console.log(
  `check / parse: median ${(median(ratios) * 100).toFixed(1)}% (per-run ${ratios.map((r) => `${(r * 100).toFixed(0)}%`).join(' ')})`
)
console.log(`target: under 20%: ${median(ratios) < 0.2 ? 'met' : 'not met'}`)
