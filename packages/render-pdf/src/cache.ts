// Paginated parts kept by content, so that a book rebuilt after a change to one chapter lays
// out and prints that chapter only. A part is found by a hash of everything its pages depend
// on: its document (HTML, stylesheet with the page rules, language), the page it is laid out
// in (fonts and the polyfill), this renderer's version and the browser's executable. What
// pagination found (the facts the checks read) is kept once per part; the printed PDF once per
// first folio, since the folios are printed on the pages. Files are written whole (a temporary
// file, then a rename), and one that does not read back as expected is a miss, never an error.
// Each file used is marked as used (its modification time); files of parts no build has used
// for 30 days are removed when the cache is opened, so that it does not grow for ever.
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { PrintDocument } from './documents.js'
import type { PaginationFacts } from './page-script.js'
import type { PaginatedPart } from './paginate.js'

/** Changes whenever what is kept, or how a part is paginated, changes. */
const format = 'colophon-part-cache/2'

interface Entry {
  format: string
  facts: PaginationFacts
  blocked: string[]
}

export class PartCache {
  /** Failures to write, said once by the renderer; the PDF does not depend on them. */
  readonly failures: string[] = []

  private constructor(
    readonly dir: string,
    private readonly salt: string
  ) {}

  /**
   * The cache in `dir` for parts laid out in `shell` by the browser at `executablePath`,
   * with this renderer's `version`.
   */
  static async open(
    dir: string,
    identity: { shell: string; executablePath: string; version: string }
  ): Promise<PartCache> {
    const browser = await stat(identity.executablePath).then(
      (found) => `${found.size}:${found.mtimeMs}`,
      () => 'unknown'
    )
    const salt = hash([
      format,
      identity.version,
      identity.executablePath,
      browser,
      hash([identity.shell])
    ])
    await sweep(dir, Date.now() - unusedFor)
    return new PartCache(dir, salt)
  }

  /** The key of `document`. */
  keyOf(document: PrintDocument): string {
    return hash([this.salt, document.lang, document.css, document.html])
  }

  /** What pagination found for the part with `key`, if it was paginated before. */
  async facts(key: string): Promise<{ facts: PaginationFacts; blocked: string[] } | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.path(key, 'json'), 'utf8')) as Entry
      if (entry.format !== format || !Array.isArray(entry.facts?.pages)) return undefined
      return { facts: entry.facts, blocked: entry.blocked }
    } catch {
      return undefined
    }
  }

  /**
   * The part with `key` as printed with folios from `firstFolio`, if it was; `known`, its facts
   * when they were read already.
   */
  async part(
    key: string,
    firstFolio: number | undefined,
    known?: { facts: PaginationFacts; blocked: string[] }
  ): Promise<PaginatedPart | undefined> {
    const found = known ?? (await this.facts(key))
    if (!found) return undefined
    try {
      const pdf = new Uint8Array(await readFile(this.path(key, pdfName(firstFolio))))
      if (!isWholePdf(pdf)) return undefined
      const now = new Date()
      await Promise.all(
        [this.path(key, 'json'), this.path(key, pdfName(firstFolio))].map((path) =>
          utimes(path, now, now).catch(() => {})
        )
      )
      return { pdf, facts: found.facts, blocked: found.blocked }
    } catch {
      return undefined
    }
  }

  /** Keeps `part`, printed with folios from `firstFolio`. */
  async keep(key: string, firstFolio: number | undefined, part: PaginatedPart): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true })
      await writeWhole(this.path(key, pdfName(firstFolio)), part.pdf)
      const entry: Entry = { format, facts: part.facts, blocked: part.blocked }
      await writeWhole(this.path(key, 'json'), JSON.stringify(entry))
    } catch (error) {
      this.failures.push(error instanceof Error ? error.message : String(error))
    }
  }

  private path(key: string, extension: string): string {
    return join(this.dir, `${key}.${extension}`)
  }
}

/** How long a kept part may go unused before it is removed: 30 days. */
const unusedFor = 30 * 24 * 60 * 60 * 1000

/** Removes the cache's files last used before `before` (ms since 1970); the rest stay. */
async function sweep(dir: string, before: number): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((name) => /^[0-9a-f]{64}\.(?:json|(?:\d+\.)?pdf)$/.test(name))
      .map(async (name) => {
        const path = join(dir, name)
        const found = await stat(path).catch(() => undefined)
        if (found && found.mtimeMs < before) await rm(path, { force: true }).catch(() => {})
      })
  )
}

function pdfName(firstFolio: number | undefined): string {
  return firstFolio === undefined ? 'pdf' : `${Math.trunc(firstFolio)}.pdf`
}

/** A PDF from its header to its end-of-file marker: not cut short. */
function isWholePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1')
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1')
  return head === '%PDF-' && /%%EOF\s*$/.test(tail)
}

/** `data` written whole to a temporary file beside `path`, flushed, then renamed over it. */
async function writeWhole(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data))
}

function hash(parts: readonly string[]): string {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(`${part.length}:${part}`)
  return digest.digest('hex')
}
