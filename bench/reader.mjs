// A course reader of twenty chapters, each the first manuscript as a source of its own, built
// whole by `colophon build` (AST, HTML and PDF) with a cache of paginated parts: cold, again
// with nothing changed, and again after one source changed; and, for comparison, after the
// change without the cache.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const chapters = 20
const seed = 'snyder-bloodlands-ch2-class-terror'
const bin = resolve('packages/cli/bin/colophon.js')
const project = mkdtempSync(join(tmpdir(), 'colophon-reader-bench-'))
writeFileSync(join(project, 'package.json'), '{}\n')
mkdirSync(join(project, 'source'))
const entries = []
for (let k = 1; k <= chapters; k++) {
  copyFileSync(join('source', `${seed}.txt`), join(project, 'source', `chapter-${k}.txt`))
  copyFileSync(join('source', `${seed}.yaml`), join(project, 'source', `chapter-${k}.yaml`))
  entries.push(`  - source: chapter-${k}.txt\n    title: Chapter ${k}`)
}
const manifest = join(project, 'source', 'course.reader.yaml')
writeFileSync(manifest, `title: Twenty chapters\nentries:\n${entries.join('\n')}\n`)

/** One build, timed; exits on failure. */
function build(label, cache = ['--cache', join(project, 'cache')]) {
  const start = performance.now()
  const child = spawnSync(process.execPath, [bin, 'build', 'source/course.reader.yaml', ...cache], {
    cwd: project,
    encoding: 'utf8'
  })
  const seconds = (performance.now() - start) / 1000
  if (child.status !== 0) {
    console.error(child.stderr)
    process.exit(1)
  }
  const pages = /Done: (\d+) pages/.exec(child.stderr)?.[1] ?? '?'
  const reused = /; (\d+ of \d+) parts from the cache/.exec(child.stderr)?.[1] ?? 'no cache'
  const laidOut = child.stderr.split('\n').filter((line) => / Paginating /.test(line)).length
  console.error(
    `bench: ${label}: ${seconds.toFixed(1)} s, ${pages} pages, ${reused} from the cache`
  )
  return { label, seconds, pages, reused, laidOut }
}

const cold = build('cold')
const same = build('again, nothing changed')
// One chapter changes: a sentence of its source, rewritten.
const changed = join(project, 'source', 'chapter-7.txt')
writeFileSync(
  changed,
  readFileSync(changed, 'utf8').replace(
    'Confessions were elicited by torture.',
    'Confessions were extracted by torture.'
  )
)
const again = build('after changing chapter 7')
const uncached = build('after changing chapter 7, without the cache', ['--no-cache'])
rmSync(project, { recursive: true, force: true })

console.log(
  `Reader of ${chapters} chapters (the first manuscript, each a source), AST, HTML and PDF`
)
console.log('| build | s | pages | parts laid out | parts from the cache |')
console.log('|---|--:|--:|--:|--:|')
for (const row of [cold, same, again, uncached]) {
  console.log(
    `| ${row.label} | ${row.seconds.toFixed(1)} | ${row.pages} | ${row.laidOut} | ${row.reused} |`
  )
}
console.log(`nothing changed / cold: ${(same.seconds / cold.seconds).toFixed(2)}`)
console.log(`after a change / cold: ${(again.seconds / cold.seconds).toFixed(2)}`)
console.log(
  `after a change, with / without the cache: ${(again.seconds / uncached.seconds).toFixed(2)}`
)
