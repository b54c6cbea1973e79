// The whole `colophon build BOOK.md --json --html` process on a long Markdown book, as an
// author runs it. The book (about 1.2 MB) is made from the corpus's four real Markdown texts,
// joined and repeated until it is long enough, each copy's note labels made its own, with 130
// small PNG figures set between its paragraphs. Target: under 2 s.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const texts = [
  'en-lavin-linear-regression',
  'en-ossf-compiler-hardening',
  'es-vaughan-tei',
  'fr-vidal-gorene-transcription'
].map((name) => readFileSync(join('corpus', name, `${name}.md`), 'utf8'))

const target = 1.2e6
const figures = 130
const runs = 5

/** A text without its front matter, its note labels given the suffix `-k`. */
function copyOf(text, k) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
  return body.replace(/\[\^([^\]\s]+)\]/g, (_, label) => `[^${label}-${k}]`)
}

/** A PNG of 8 × 8 pixels in one grey. */
function png(shade) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(8, 0)
  header.writeUInt32BE(8, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const rows = Buffer.alloc(8 * 9, shade)
  for (let row = 0; row < 8; row++) rows[row * 9] = 0
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

function crc32(bytes) {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** The book: copies of the texts until `target` bytes, with figures between paragraphs. */
function book(folder) {
  const parts = ['---\ntitle: A Long Markdown Book\nlanguage: en\n---\n']
  let size = 0
  for (let k = 0; size < target; k++) {
    const text = copyOf(texts[k % texts.length], k)
    parts.push(text)
    size += Buffer.byteLength(text)
  }
  let joined = parts.join('\n\n')
  // A figure after every nth blank line outside code fences, until there are enough.
  const lines = joined.split('\n')
  const every = Math.floor(lines.length / (figures + 1))
  let fenced = false
  let made = 0
  for (let i = 0; i < lines.length && made < figures; i++) {
    if (/^\s*```/.test(lines[i])) fenced = !fenced
    const between =
      !fenced && lines[i] === '' && lines[i - 1] === '' && !/^[|>\s-]/.test(lines[i + 1] ?? '')
    if (between && i >= every * (made + 1)) {
      writeFileSync(join(folder, `figure-${made + 1}.png`), png(40 + (made % 200)))
      lines[i] = `\n![Figure ${made + 1}](figure-${made + 1}.png)\n`
      made++
    }
  }
  joined = lines.join('\n')
  writeFileSync(join(folder, 'book.md'), joined)
  return { bytes: Buffer.byteLength(joined), figures: made }
}

const folder = mkdtempSync(join(tmpdir(), 'colophon-bench-md-'))
const made = book(folder)
const out = join(folder, 'editions')
const times = []
let messages = ''
for (let run = -1; run < runs; run++) {
  const start = performance.now()
  const child = spawnSync(
    process.execPath,
    [
      'packages/cli/bin/colophon.js',
      'build',
      join(folder, 'book.md'),
      '--json',
      '--html',
      '--out',
      out
    ],
    { encoding: 'utf8' }
  )
  const elapsed = performance.now() - start
  if (child.status !== 0) {
    console.error(child.stderr.split('\n').slice(-12).join('\n'))
    process.exit(1)
  }
  messages = child.stderr
    .split('\n')
    .filter((line) => /errors?, \d+ warnings?/.test(line))
    .join('')
  if (run >= 0) times.push(elapsed)
}
rmSync(folder, { recursive: true, force: true })
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]
console.log(
  `colophon build book.md --json --html: ${(made.bytes / 1e6).toFixed(2)} MB, ${made.figures} figures; ${runs} runs after 1 warm-up`
)
console.log(`messages: ${messages}`)
console.log(
  `median ${(median / 1000).toFixed(2)} s, fastest ${((times[0] ?? 0) / 1000).toFixed(2)} s, slowest ${((times.at(-1) ?? 0) / 1000).toFixed(2)} s (target: under 2 s)`
)
