// Benchmark of a press's whole shelf built by `npm run editions` (@colophon/shelf): each edition a
// turbo task, timed cold (nothing in the cache), unchanged (everything restored), after one
// manuscript changed, and after one package's source changed, with 1 and 2 editions at once, and
// the peak memory of the whole process tree (turbo, every colophon, every browser).
//
//   node bench/shelf.mjs                 the HTML/JSON shelf (60 manuscripts, 5 readers) and a
//                                        PDF shelf (4 manuscripts, 1 reader, every format)
//   node bench/shelf.mjs --json          the same as a JSON object
//   node bench/shelf.mjs --manuscripts 60 --readers 5 --pdf-manuscripts 4 --pdf-readers 1
//   node bench/shelf.mjs --concurrency 1,2 --no-pdf --no-html --no-package
//
// The shelves are made in bench/inputs/ from the first manuscript in source/ and the plain-text
// texts of corpus/ (copies, each in a folder of its own with its settings and notes file, every
// note rule lowered to a warning so that each builds); the readers quote copies of the first
// manuscript (manuscripts 0, 25, 50 of 60), reader r the (r mod 3)th copy, so that changing the
// second copy builds it and readers 1 and 4 (of a shelf under 26, the first copy and reader 0). Each
// concurrency starts from a cache holding the packages' builds alone (made once, in
// bench/inputs/turbo-packages). Run `npx turbo run build` first if the sources changed.
import { spawn } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, stringify } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const inputs = join(root, 'bench', 'inputs')
const shelfBin = join(root, 'packages', 'shelf', 'bin', 'colophon-shelf.js')
const turboBin = join(root, 'node_modules', 'turbo', 'bin', 'turbo')
/** The package whose source the last step changes: a comment at the end of its entry. */
const changedPackage = join(root, 'packages', 'render-epub', 'src', 'index.ts')
const lowered = [
  'note-defined',
  'note-used',
  'note-unique',
  'note-sequence',
  'marker-ambiguous',
  'marker-punctuation',
  'claim-cited'
]

const options = parseOptions(process.argv.slice(2))
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1' }
for (const name of ['TURBO_API', 'TURBO_TOKEN', 'TURBO_TEAM', 'COLOPHON_CONCURRENCY']) {
  delete env[name]
}

function parseOptions(args) {
  const found = {
    manuscripts: 60,
    readers: 5,
    pdfManuscripts: 4,
    pdfReaders: 1,
    concurrency: [1, 2],
    pdf: true,
    html: true,
    package: true,
    json: false
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const next = () => args[++i]
    if (arg === '--json') found.json = true
    else if (arg === '--no-pdf') found.pdf = false
    else if (arg === '--no-html') found.html = false
    else if (arg === '--no-package') found.package = false
    else if (arg === '--manuscripts') found.manuscripts = Number(next())
    else if (arg === '--readers') found.readers = Number(next())
    else if (arg === '--pdf-manuscripts') found.pdfManuscripts = Number(next())
    else if (arg === '--pdf-readers') found.pdfReaders = Number(next())
    else if (arg === '--concurrency') found.concurrency = next().split(',').map(Number)
    else {
      process.stderr.write(`bench: unknown argument ${arg}\n`)
      process.exit(2)
    }
  }
  return found
}

/** The texts a shelf is made from: the first manuscript, then corpus/'s plain-text texts. */
function texts() {
  const found = [join(root, 'source', 'snyder-bloodlands-ch2-class-terror.txt')]
  const corpus = join(root, 'corpus')
  for (const name of readdirSync(corpus).sort()) {
    const text = join(corpus, name, `${name}.txt`)
    if (existsSync(text)) found.push(text)
  }
  return found
}

/** A shelf of `count` manuscripts and `readers` readers in `folder`; its manuscripts' paths. */
function makeShelf(folder, count, readers) {
  rmSync(folder, { recursive: true, force: true })
  const all = texts()
  const manuscripts = []
  for (let k = 0; k < count; k++) {
    const text = all[k % all.length]
    const name = `${basename(text, '.txt')}-${String(k).padStart(2, '0')}`
    const into = join(folder, `m${String(k).padStart(2, '0')}`)
    mkdirSync(into, { recursive: true })
    cpSync(text, join(into, `${name}.txt`))
    const sidecar = text.replace(/\.txt$/, '.yaml')
    const settings = existsSync(sidecar) ? parse(readFileSync(sidecar, 'utf8')) : {}
    settings.rules = { ...settings.rules, ...Object.fromEntries(lowered.map((id) => [id, 'warn'])) }
    if (settings.notes?.file)
      cpSync(join(dirname(text), settings.notes.file), join(into, settings.notes.file))
    writeFileSync(join(into, `${name}.yaml`), stringify(settings))
    manuscripts.push(join(into, `${name}.txt`))
  }
  mkdirSync(join(folder, 'readers'), { recursive: true })
  const copies = quotedCopies(manuscripts.length, all.length)
  for (let r = 0; r < readers; r++) {
    const source = manuscripts[copies[r % copies.length]]
    const relativeSource = `../${basename(dirname(source))}/${basename(source)}`
    writeFileSync(
      join(folder, 'readers', `reader-${r}.reader.yaml`),
      stringify({
        title: `Reader ${r}`,
        entries: [{ source: relativeSource, select: { paragraphs: ['p1-p3'] } }]
      })
    )
  }
  return manuscripts
}

/** The indices of the copies of the first manuscript in a shelf of `count` made of `texts`. */
function quotedCopies(count, texts) {
  const found = []
  for (let k = 0; k < count; k += texts) found.push(k)
  return found
}

/** The manuscript the third step changes: the second copy of the first, else the first. */
function changedManuscript(count) {
  const copies = quotedCopies(count, texts().length)
  return copies[1] ?? copies[0]
}

/** The summed resident memory (MB) of `pid` and every process below it, from /proc. */
function treeRss(pid) {
  let parents
  try {
    parents = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => {
        try {
          const status = readFileSync(`/proc/${name}/status`, 'utf8')
          const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
          const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
          return { pid: Number(name), ppid, rss }
        } catch {
          return undefined
        }
      })
      .filter(Boolean)
  } catch {
    return 0
  }
  const inTree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const process of parents) {
      if (!inTree.has(process.pid) && inTree.has(process.ppid)) {
        inTree.add(process.pid)
        grew = true
      }
    }
  }
  return (
    parents.filter((process) => inTree.has(process.pid)).reduce((sum, p) => sum + p.rss, 0) / 1024
  )
}

/** Runs `node ARGS` with `extra` in the environment; seconds, peak MB of its tree, stdout. */
function timed(args, extra) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    let peak = 0
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid))
    }, 200)
    child.on('close', (code) => {
      clearInterval(sampler)
      resolve({ code, seconds: (performance.now() - started) / 1000, peak, stdout, stderr })
    })
  })
}

/** The count line of the shelf's report: restored and built. */
function counts(stdout) {
  const line = stdout.split('\n').find((text) => text.startsWith('editions: ')) ?? ''
  const restored = Number(/(\d+) restored/.exec(line)?.[1] ?? 0)
  const built = Number(/(\d+) built/.exec(line)?.[1] ?? 0)
  const failed = Number(/(\d+) failed/.exec(line)?.[1] ?? 0)
  return { restored, built, failed }
}

/** The packages' builds in a cache folder of their own, made once. */
async function packagesCache() {
  const folder = join(inputs, 'turbo-packages')
  const run = await timed(
    [
      turboBin,
      'run',
      'build',
      '--filter=@colophon/shelf',
      '--output-logs=errors-only',
      `--cache-dir=${folder}`
    ],
    {}
  )
  if (run.code !== 0) throw new Error(`the packages did not build:\n${run.stderr}`)
  return folder
}

/** The four steps on `shelf` with `concurrency` editions at once. */
async function steps(label, shelf, manuscripts, formats, concurrency, seed, withPackage) {
  const cache = join(inputs, `turbo-${label}-${concurrency}`)
  const out = `bench/inputs/editions-${label}-${concurrency}`
  rmSync(cache, { recursive: true, force: true })
  rmSync(join(root, out), { recursive: true, force: true })
  cpSync(seed, cache, { recursive: true })
  const args = [shelfBin, shelf, '--out', out, ...formats, '--concurrency', String(concurrency)]
  const extra = { TURBO_CACHE_DIR: cache }
  const results = []
  const step = async (name) => {
    const load = loadavg()[0]
    const run = await timed(args, extra)
    results.push({
      step: name,
      concurrency,
      ...counts(run.stdout),
      seconds: run.seconds,
      peakMB: run.peak,
      load
    })
    if (run.code !== 0)
      process.stderr.write(
        `bench: ${label} ${name} exited ${run.code}\n${run.stderr.slice(-2000)}\n`
      )
  }
  // The PDF's paginated parts are kept by content across runs (node_modules/.cache/colophon):
  // a cold build starts without them.
  rmSync(join(root, 'node_modules', '.cache', 'colophon'), { recursive: true, force: true })
  await step('cold')
  await step('unchanged')
  appendFileSync(
    manuscripts[changedManuscript(manuscripts.length)],
    '\nA sentence added to the last paragraph.\n'
  )
  await step('one manuscript changed')
  if (withPackage) {
    const before = readFileSync(changedPackage, 'utf8')
    writeFileSync(changedPackage, `${before}// changed by bench/shelf.mjs\n`)
    try {
      await step('one package changed')
    } finally {
      writeFileSync(changedPackage, before)
    }
  }
  return results
}

async function main() {
  mkdirSync(inputs, { recursive: true })
  const seed = await packagesCache()
  const all = []
  const htmlShelf = join(inputs, 'shelf-html')
  const htmlManuscripts = makeShelf(htmlShelf, options.manuscripts, options.readers)
  for (const concurrency of options.html ? options.concurrency : []) {
    makeShelf(htmlShelf, options.manuscripts, options.readers)
    const results = await steps(
      'html',
      'bench/inputs/shelf-html',
      htmlManuscripts,
      ['--json', '--html'],
      concurrency,
      seed,
      options.package
    )
    all.push(
      ...results.map((result) => ({
        shelf: `${options.manuscripts}+${options.readers} JSON, HTML`,
        ...result
      }))
    )
  }
  if (options.pdf) {
    const pdfShelf = join(inputs, 'shelf-pdf')
    for (const concurrency of options.concurrency) {
      const manuscripts = makeShelf(pdfShelf, options.pdfManuscripts, options.pdfReaders)
      const results = await steps(
        'pdf',
        'bench/inputs/shelf-pdf',
        manuscripts,
        [],
        concurrency,
        seed,
        false
      )
      all.push(
        ...results.map((result) => ({
          shelf: `${options.pdfManuscripts}+${options.pdfReaders} every format`,
          ...result
        }))
      )
    }
  }
  // The packages' dist as their sources give it again.
  await timed(
    [
      turboBin,
      'run',
      'build',
      '--filter=@colophon/shelf',
      '--output-logs=errors-only',
      `--cache-dir=${seed}`
    ],
    {}
  )
  report(all)
}

function report(all) {
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ cores: availableParallelism(), node: process.version, results: all }, null, 2)}\n`
    )
    return
  }
  process.stdout.write(`cores ${availableParallelism()}, node ${process.version}\n`)
  process.stdout.write(
    'shelf | step | editions at once | restored | built | failed | s | peak MB | load\n'
  )
  for (const r of all) {
    process.stdout.write(
      `${r.shelf} | ${r.step} | ${r.concurrency} | ${r.restored} | ${r.built} | ${r.failed} | ${r.seconds.toFixed(2)} | ${Math.round(r.peakMB)} | ${r.load.toFixed(1)}\n`
    )
  }
}

await main()
