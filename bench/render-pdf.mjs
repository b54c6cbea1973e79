// Benchmark of the PDF renderer (`@colophon/render-pdf`, the built `dist`): seconds per page
// for the seed chapter and for a book of the seed repeated as ten chapters, tagged (the default)
// and untagged (`tagged: false`), beside pagedjs-cli on the same HTML with the same Chromium,
// in the same run, the tools alternating.
//
//   node bench/render-pdf.mjs                  1× and 10×, each tool 2 timed runs
//   node bench/render-pdf.mjs --large          also a book of about 1,000 pages (renderPdf only)
//   node bench/render-pdf.mjs --runs 3         more timed runs (medians are reported)
//   node bench/render-pdf.mjs --concurrency 1  chapters paginated at once (default: the cores)
//   node bench/render-pdf.mjs --no-pagedjs-cli renderPdf only (no install of pagedjs-cli)
//   node bench/render-pdf.mjs --json           a JSON object instead of the table
//
// pagedjs-cli is not a dependency of the workspaces: it is installed on demand into
// bench/pagedjs-cli (pinned there), with puppeteer's browser download switched off, and run with
// the Chromium the renderer finds (`COLOPHON_BROWSER`, else the system's). Run
// `npx turbo run build` first if the sources changed.
//
// The script exits with 1 if a render fails, if renderPdf returns a fatal message, or if the
// stitched book's page numbers are wrong (folios, chapter openings, the contents).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@colophon/parser'
import { renderHtml } from '@colophon/render-html'
import { findBrowser, renderPdf } from '@colophon/render-pdf'
import { validateEdition } from '@colophon/schema'
import { PDFDocument } from 'pdf-lib'
import { parse as parseYaml } from 'yaml'
import { layoutOf, pageCss } from '../packages/render-pdf/dist/layout.js'
import { parsePageSize } from '../packages/render-pdf/dist/page-size.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const seedName = 'snyder-bloodlands-ch2-class-terror'
const seedText = join(root, 'source', `${seedName}.txt`)
const seedSettings = join(root, 'source', `${seedName}.yaml`)
const cliFolder = join(here, 'pagedjs-cli')
const pageSize = '6x9in'
/** As the renderer reads it: run Chromium without its sandbox. */
const noSandboxVariable = 'COLOPHON_BROWSER_NO_SANDBOX'

/** Chapters in the large book: 35 pages each, about 1,080 in all. */
const largeChapters = 30

/** `concurrency` for renderPdf, from `--concurrency`; undefined for its default (the cores). */
let concurrency

if (process.argv[2] === '--child-large') {
  concurrency = process.argv[4] ? Number(process.argv[4]) : undefined
  await childLarge(process.argv[3])
} else {
  await main()
}

// ---------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2)
  let runs = 2
  const flags = new Set()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--runs') {
      runs = Number(args[++i])
      if (!Number.isInteger(runs) || runs < 1) usage(`--runs needs a whole number, not ${args[i]}`)
    } else if (arg === '--concurrency') {
      concurrency = Number(args[++i])
      if (!Number.isInteger(concurrency) || concurrency < 1) {
        usage(`--concurrency needs a whole number, not ${args[i]}`)
      }
    } else if (['--large', '--json', '--no-pagedjs-cli'].includes(arg)) {
      flags.add(arg)
    } else {
      usage(`unknown argument ${arg}`)
    }
  }
  const json = flags.has('--json')
  const withCli = !flags.has('--no-pagedjs-cli')
  const log = (line) => process.stderr.write(`bench: ${line}\n`)

  const found = await findBrowser()
  const browser = found.executablePath
  const cli = withCli ? installCli(log) : undefined
  const work = mkdtempSync(join(tmpdir(), 'colophon-bench-pdf-'))
  const pageStyle = pageCss(layoutOf(sizeOf(pageSize)))

  const sizes = [
    { name: '1×', chapters: 1 },
    { name: '10×', chapters: 10 }
  ].map((size) => {
    const tree = book(size.chapters)
    const htmlPath = join(work, `book-${size.chapters}.html`)
    writeFileSync(htmlPath, cliHtml(tree, pageStyle))
    return { ...size, tree, htmlPath, colophon: [], untagged: [], cli: [] }
  })

  const failures = []
  try {
    // One untimed render of the seed by each tool: the browser's files into the page cache.
    log(`warm-up (browser ${browser})`)
    await timeColophon(sizes[0].tree, browser, failures, sizes[0].name)
    if (cli) await timeCli(cli, sizes[0].htmlPath, work, browser)

    // Timed runs, the two tools alternating, and the order swapped every other run.
    for (let run = 0; run < runs; run++) {
      for (const size of sizes) {
        const toolNames = {
          colophon: 'colophon',
          untagged: 'colophon untagged',
          cli: 'pagedjs-cli'
        }
        const tools = ['colophon', 'untagged', 'cli']
        const order = run % 2 === 0 ? tools : [...tools].reverse()
        for (const tool of order) {
          if (tool === 'cli' && !cli) continue
          log(`run ${run + 1}/${runs}, ${size.name}, ${toolNames[tool]} …`)
          const result =
            tool === 'cli'
              ? await timeCli(cli, size.htmlPath, work, browser)
              : await timeColophon(size.tree, browser, failures, size.name, tool === 'colophon')
          log(`  ${result.pages} pages in ${fixed(result.ms / 1000, 1)} s`)
          size[tool].push(result)
        }
      }
    }
  } catch (error) {
    process.stderr.write(`bench: a render failed: ${error?.stack ?? error}\n`)
    process.exit(1)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }

  // The large book in a child process of its own, so that its peak RSS is its own.
  let large
  if (flags.has('--large')) {
    log(`large: ${largeChapters} chapters, renderPdf only …`)
    const done = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child-large', browser, String(concurrency ?? '')],
      { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 16e6 }
    )
    if (done.status !== 0) {
      process.stderr.write(`bench: the large book failed (exit ${done.status ?? done.signal})\n`)
      process.exit(1)
    }
    large = JSON.parse(done.stdout)
    failures.push(...large.failures)
  }

  const rows = []
  for (const size of sizes) {
    rows.push(summary(`${size.name} colophon`, size.colophon))
    rows.push(summary(`${size.name} colophon untagged`, size.untagged))
    if (cli) rows.push(summary(`${size.name} pagedjs-cli`, size.cli))
  }
  if (large) rows.push(summary(`${largeChapters}× colophon`, [large.result], large.peakRssBytes))
  const byName = Object.fromEntries(rows.map((row) => [row.name, row]))
  const ratios = {
    colophonLinearity: byName['10× colophon'].secondsPerPage / byName['1× colophon'].secondsPerPage,
    taggedOverUntagged10: byName['10× colophon'].ms / byName['10× colophon untagged'].ms
  }
  if (cli) {
    ratios.cliLinearity =
      byName['10× pagedjs-cli'].secondsPerPage / byName['1× pagedjs-cli'].secondsPerPage
    ratios.cliOverColophon10 = byName['10× pagedjs-cli'].ms / byName['10× colophon'].ms
    ratios.cliOverColophon10PerPage =
      byName['10× pagedjs-cli'].secondsPerPage / byName['10× colophon'].secondsPerPage
    if (byName['10× colophon'].cpuMs !== undefined) {
      ratios.cliOverColophon10Cpu = byName['10× pagedjs-cli'].cpuMs / byName['10× colophon'].cpuMs
    }
  }
  if (large) {
    ratios.largeLinearity =
      byName[`${largeChapters}× colophon`].secondsPerPage / byName['1× colophon'].secondsPerPage
  }
  const machine = {
    node: process.version,
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    platform: `${process.platform} ${process.arch}`,
    browser: chromiumVersion(browser),
    concurrency: concurrency ?? availableParallelism()
  }

  if (json) {
    process.stdout.write(`${JSON.stringify({ machine, runs, rows, ratios, failures }, null, 2)}\n`)
  } else {
    printTable(machine, runs, rows, ratios, Boolean(large))
  }
  if (failures.length > 0) {
    process.stderr.write(`bench: ${failures.length} check(s) failed:\n`)
    for (const failure of failures) process.stderr.write(`  ${failure}\n`)
    process.exit(1)
  }
}

function usage(problem) {
  process.stderr.write(
    `bench: ${problem} (use --large, --runs N, --concurrency N, --no-pagedjs-cli, --json)\n`
  )
  process.exit(2)
}

// ---------------------------------------------------------------------------------------
// Inputs.

/** The seed as it is (1 chapter), or N `CHAPTER <roman>.` headings each followed by the seed. */
function book(chapters) {
  const settings = parseYaml(readFileSync(seedSettings, 'utf8'))
  const seed = readFileSync(seedText, 'utf8')
  const text =
    chapters === 1
      ? seed
      : Array.from({ length: chapters }, (_, k) => `CHAPTER ${roman(k + 1)}.\n\n${seed}`).join(
          '\n\n'
        )
  const result = parse(Buffer.from(text, 'utf8'), { path: `${seedName}.txt`, settings })
  const valid = result.tree ? validateEdition(result.tree) : { ok: false, problems: [] }
  if (!result.tree || !valid.ok || result.tree.children.length !== chapters) {
    process.stderr.write(
      `bench: the book of ${chapters} chapter(s) did not parse as such: ${JSON.stringify({
        chapters: result.tree?.children.length,
        messages: result.messages.slice(0, 5).map(String),
        problems: valid.ok ? [] : valid.problems.slice(0, 5)
      })}\n`
    )
    process.exit(1)
  }
  return result.tree
}

/**
 * The print HTML for pagedjs-cli: the HTML edition's print profile with footnotes, the
 * renderer's page rules added, and the page's content security policy removed (it allows no
 * script, and pagedjs-cli injects Paged.js into the page).
 */
function cliHtml(tree, pageStyle) {
  const html = renderHtml(tree, { profile: 'print', notes: 'foot' })
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/i
  if (!policy.test(html)) throw new Error('Expected a Content-Security-Policy meta in the HTML')
  return html.replace(policy, '').replace('</head>', `<style>${pageStyle}</style></head>`)
}

function sizeOf(name) {
  const size = parsePageSize(name)
  if ('error' in size) throw new Error(size.error)
  return size
}

function roman(n) {
  const digits = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I']
  ]
  let out = ''
  for (const [value, letters] of digits) {
    while (n >= value) {
      out += letters
      n -= value
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------
// The two tools.

/** renderPdf on `tree` (a tagged PDF, or with `tagged` false an untagged one), timed from the call to the PDF (browser start included). */
async function timeColophon(tree, browser, failures, name, tagged = true) {
  const c0 = busySeconds()
  const t0 = performance.now()
  const out = await renderPdf(tree, { size: pageSize, notes: 'foot', browser, concurrency, tagged })
  const ms = performance.now() - t0
  const cpuMs = cpuSince(c0)
  const fatal = out.messages.filter((m) => m.fatal === true)
  if (fatal.length > 0) {
    process.stderr.write(`bench: ${name}: renderPdf returned errors:\n`)
    for (const m of fatal) process.stderr.write(`  ${m.ruleId}: ${m.reason}\n`)
    process.exit(1)
  }
  failures.push(...(await checkBook(tree, out, name)))
  return {
    ms,
    cpuMs,
    pages: out.concordance.pages,
    messages: out.messages.map((m) => `${m.fatal === false ? 'warning' : 'info'} ${m.ruleId}`)
  }
}

/** pagedjs-cli on the HTML file, timed as a process (Node's start and the browser's included). */
async function timeCli(cli, htmlPath, work, browser) {
  const output = htmlPath.replace(/\.html$/, '.pdf')
  rmSync(output, { force: true })
  // Chromium's sandbox cannot start as root; the renderer drops it then too.
  const noSandbox = process.getuid?.() === 0 || isSet(process.env[noSandboxVariable])
  const args = [cli, htmlPath, '-o', output, ...(noSandbox ? ['--browserArgs=--no-sandbox'] : [])]
  const c0 = busySeconds()
  const t0 = performance.now()
  const { code, stderr } = await run(process.execPath, args, {
    cwd: work,
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser, PUPPETEER_SKIP_DOWNLOAD: '1' }
  })
  const ms = performance.now() - t0
  const cpuMs = cpuSince(c0)
  if (code !== 0 || !existsSync(output)) {
    throw new Error(
      `pagedjs-cli exited with ${code}: ${stderr.trim().split('\n').slice(-10).join('\n')}`
    )
  }
  const pdf = await PDFDocument.load(readFileSync(output), { updateMetadata: false })
  // pagedjs-cli reports Paged.js's own time (the rest is Node, the browser and printing).
  const paged = /Rendering (\d+) pages took ([\d.]+) milliseconds/.exec(stderr)
  return { ms, cpuMs, pages: pdf.getPageCount(), pagedMs: paged ? Number(paged[2]) : undefined }
}

/**
 * The CPU seconds the whole machine has spent busy (every core; `/proc/stat`'s user, nice,
 * system, irq and softirq), or undefined where there is no `/proc/stat`. A run's share of it
 * is its own only when nothing else runs: the figure is for comparing tools on a quiet machine,
 * where the wall time of a tool that uses both cores and one that uses one tell different things.
 */
function busySeconds() {
  let stat
  try {
    stat = readFileSync('/proc/stat', 'utf8')
  } catch {
    return undefined
  }
  const [user, nice, system, , , irq, softirq] = stat
    .slice(0, stat.indexOf('\n'))
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  // USER_HZ: 100 on Linux.
  return (user + nice + system + irq + softirq) / 100
}

function cpuSince(before) {
  const now = busySeconds()
  return before === undefined || now === undefined ? undefined : (now - before) * 1000
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000)
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stderr }))
  })
}

/** The path of pagedjs-cli's entry point, installed into bench/pagedjs-cli if it is not there. */
function installCli(log) {
  const manifest = JSON.parse(readFileSync(join(cliFolder, 'package.json'), 'utf8'))
  const wanted = manifest.dependencies['pagedjs-cli']
  const installed = join(cliFolder, 'node_modules', 'pagedjs-cli', 'package.json')
  const version = () =>
    existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : undefined
  if (version() !== wanted) {
    log(`installing pagedjs-cli ${wanted} into bench/pagedjs-cli (no browser download) …`)
    const done = spawnSync('npm', ['install', '--prefix', cliFolder, '--no-audit', '--no-fund'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' }
    })
    if (done.status !== 0 || version() !== wanted) {
      process.stderr.write(
        `bench: could not install pagedjs-cli ${wanted} (npm exit ${done.status})\n`
      )
      process.exit(1)
    }
  }
  return join(cliFolder, 'node_modules', 'pagedjs-cli', 'src', 'cli.js')
}

function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

function chromiumVersion(path) {
  const done = spawnSync(path, ['--version'], { encoding: 'utf8' })
  return done.status === 0 ? done.stdout.trim() : 'unknown'
}

// ---------------------------------------------------------------------------------------
// The stitched book: page count, folios, chapter openings, the contents.

async function checkBook(tree, out, name) {
  const problems = []
  const fail = (what) => problems.push(`${name}: ${what}`)
  const { concordance } = out
  const pdf = await PDFDocument.load(out.pdf, { updateMetadata: false })
  if (pdf.getPageCount() !== concordance.pages) {
    fail(`the PDF has ${pdf.getPageCount()} pages, the concordance says ${concordance.pages}`)
  }
  const { folios } = concordance
  if (folios.length !== concordance.pages)
    fail(`${folios.length} folios for ${concordance.pages} pages`)
  // Roman folios for the front matter, then 1, 2, 3 … to the last page.
  const bodyStart = folios.indexOf('1')
  if (bodyStart < 1) fail(`the body does not start with folio 1 after the front matter`)
  // (the last front page may be the blank that puts page 1 on the right, with no folio)
  for (let k = 0; k < bodyStart; k++) {
    const blankPad = k === bodyStart - 1 && bodyStart % 2 === 0 && folios[k] === ''
    if (folios[k] !== roman(k + 1).toLowerCase() && !blankPad) {
      fail(`page ${k} has folio ${folios[k]}`)
    }
  }
  for (let k = bodyStart; k < folios.length; k++) {
    if (folios[k] !== String(k - bodyStart + 1)) {
      fail(`page ${k} has folio ${folios[k]}, expected ${k - bodyStart + 1}`)
      break
    }
  }
  // Each chapter after the one before, on a right-hand (odd) page, its folio where it is.
  let previous = -1
  for (const chapter of tree.children) {
    const at = concordance.ids[chapter.id]
    if (!at) {
      fail(`no page for chapter ${chapter.id}`)
      continue
    }
    if (at.index <= previous)
      fail(`chapter ${chapter.id} begins on page ${at.index}, before ${previous}`)
    if (Number(at.page) % 2 !== 1) fail(`chapter ${chapter.id} opens on folio ${at.page}, not odd`)
    if (folios[at.index] !== at.page)
      fail(`chapter ${chapter.id}: folio ${at.page} at page ${at.index}`)
    previous = at.index
  }
  if (tree.children.length > 1) problems.push(...(await checkContents(tree, out, bodyStart, name)))
  return problems
}

/** The contents printed in the front matter give each chapter's folio from the concordance. */
async function checkContents(tree, out, bodyStart, name) {
  let pdfjs
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  } catch {
    return [] // pdfjs-dist is a devDependency of the renderer; without it, this check is skipped
  }
  const document = await pdfjs.getDocument({ data: out.pdf.slice(), verbosity: 0 }).promise
  let text = ''
  for (let k = 1; k <= bodyStart; k++) {
    const content = await (await document.getPage(k)).getTextContent()
    text += ` ${content.items.map((item) => item.str).join(' ')}`
  }
  await document.destroy()
  text = text.replace(/\s+/g, ' ')
  const problems = []
  for (const [k, chapter] of tree.children.entries()) {
    const folio = out.concordance.ids[chapter.id]?.page
    const line = new RegExp(`CHAPTER ${roman(k + 1)}\\. ?${folio}(?!\\d)`)
    if (!line.test(text))
      problems.push(`${name}: the contents do not give ${chapter.id} as folio ${folio}`)
  }
  return problems
}

// ---------------------------------------------------------------------------------------
// The large book, in a child process: one timed render, then the child's peak RSS.

async function childLarge(browser) {
  const tree = book(largeChapters)
  const failures = []
  const t0 = performance.now()
  const out = await renderPdf(tree, {
    size: pageSize,
    notes: 'foot',
    browser,
    concurrency,
    onProgress: (line) => process.stderr.write(`bench:   ${line}\n`)
  })
  const ms = performance.now() - t0
  const fatal = out.messages.filter((m) => m.fatal === true)
  for (const m of fatal)
    failures.push(`${largeChapters}×: renderPdf error ${m.ruleId}: ${m.reason}`)
  failures.push(...(await checkBook(tree, out, `${largeChapters}×`)))
  const result = {
    ms,
    pages: out.concordance.pages,
    messages: out.messages.map((m) => `${m.fatal === false ? 'warning' : 'info'} ${m.ruleId}`)
  }
  process.stdout.write(
    `${JSON.stringify({ result, failures, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`
  )
}

// ---------------------------------------------------------------------------------------
// Figures.

function summary(name, results, peakRssBytes) {
  const ms = median(results.map((r) => r.ms))
  const pages = results[0].pages
  const messages = [...new Set(results.flatMap((r) => r.messages ?? []))]
  const paged = results.map((r) => r.pagedMs).filter((value) => value !== undefined)
  const cpu = results.map((r) => r.cpuMs).filter((value) => value !== undefined)
  return {
    name,
    runs: results.length,
    pages,
    ms,
    ...(cpu.length === 0 ? {} : { cpuMs: median(cpu) }),
    secondsPerPage: ms / 1000 / pages,
    runsMs: results.map((r) => Math.round(r.ms)),
    ...(paged.length === 0 ? {} : { pagedMs: median(paged) }),
    messages,
    ...(peakRssBytes === undefined ? {} : { peakRssBytes })
  }
}

function printTable(machine, runs, rows, ratios, large) {
  const header = [
    'book',
    'tool',
    'runs',
    'pages',
    'median s',
    'runs s',
    's/page',
    'CPU s',
    'Paged.js s'
  ]
  if (large) header.push('peak RSS MB')
  const table = [header]
  for (const row of rows) {
    const [book, ...tool] = row.name.split(' ')
    const line = [
      book,
      tool.join(' '),
      String(row.runs),
      String(row.pages),
      fixed(row.ms / 1000, 1),
      row.runsMs.map((ms) => fixed(ms / 1000, 1)).join(', '),
      fixed(row.secondsPerPage, 3),
      row.cpuMs === undefined ? '' : fixed(row.cpuMs / 1000, 1),
      row.pagedMs === undefined ? '' : fixed(row.pagedMs / 1000, 1)
    ]
    if (large) line.push(row.peakRssBytes === undefined ? '' : fixed(row.peakRssBytes / 1e6, 0))
    table.push(line)
  }
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)))
  const format = (row) =>
    `| ${row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`
  const out = [
    `Input: source/${seedName}.txt, 1× as it is and as N chapters; page ${pageSize}, footnotes`,
    `${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, ${machine.platform}, Node ${machine.node}, ${machine.browser}`,
    `Times are wall time per book (median of ${runs} timed runs), browser start included; colophon concurrency ${machine.concurrency}.`,
    "CPU s: the machine's busy CPU time over the run, every core (median; a run's own only on a quiet machine).",
    "Paged.js s: pagedjs-cli's own report of the time Paged.js took (median), printing excluded.",
    '',
    format(header),
    `|${widths.map((w, i) => (i < 2 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...table.slice(1).map(format),
    ''
  ]
  console.log(
    `10×: tagged / untagged time ${fixed(ratios.taggedOverUntagged10, 2)} (tagging may cost at most 1.15)`
  )
  if (ratios.cliOverColophon10 !== undefined) {
    out.push(
      `10×: pagedjs-cli / colophon, time ${fixed(ratios.cliOverColophon10, 2)}, s/page ${fixed(ratios.cliOverColophon10PerPage, 2)} (target: 2 or more)` +
        (ratios.cliOverColophon10Cpu === undefined
          ? ''
          : `; CPU ${fixed(ratios.cliOverColophon10Cpu, 2)}`)
    )
  }
  out.push(
    `s/page 10× / 1× (1 or below: linear): colophon ${fixed(ratios.colophonLinearity, 2)}` +
      (ratios.cliLinearity === undefined ? '' : `, pagedjs-cli ${fixed(ratios.cliLinearity, 2)}`)
  )
  if (ratios.largeLinearity !== undefined) {
    out.push(`s/page ${largeChapters}× / 1×: colophon ${fixed(ratios.largeLinearity, 2)}`)
  }
  const messages = [...new Set(rows.flatMap((row) => row.messages))]
  if (messages.length > 0) out.push(`renderPdf messages (not fatal): ${messages.join(', ')}`)
  process.stdout.write(`${out.join('\n')}\n`)
}

function fixed(value, digits) {
  return value.toFixed(digits)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
