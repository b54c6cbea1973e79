// The cache of paginated parts, on real books: a second build takes every part from it and
// starts no browser; after one chapter changes, that chapter alone is laid out again; in each
// case the PDF is byte for byte the one a build without a cache makes. A damaged or unwritable
// cache is a miss, never a wrong PDF.
import {
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { paragraphsOf, type Root } from '@colophon/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { type PdfResult, renderPdf } from '../src/index.js'
import { bookTree, seedTree } from './helpers.js'

const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const slow = 300_000
const folders: string[] = []

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'colophon-cache-'))
  folders.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

async function build(tree: Root, cache?: string): Promise<{ result: PdfResult; lines: string[] }> {
  const lines: string[] = []
  const result = await renderPdf(tree, { env, cache, onProgress: (line) => lines.push(line) })
  expect(result.messages.filter((message) => message.fatal)).toEqual([])
  return { result, lines }
}

/** `tree` with one word of chapter `k` (from 1) changed. */
function changed(tree: Root, k: number): Root {
  const copy = structuredClone(tree)
  const section = copy.children[k - 1]?.children[0]
  const claim = section && paragraphsOf(section)[1]?.children[0]
  const text = claim?.children.find((child) => child.type === 'text')
  if (text?.type !== 'text' || !text.value.includes('the ')) {
    throw new Error('Expected a text with `the ` in it')
  }
  text.value = text.value.replace('the ', 'that ')
  return copy
}

describe('a book of three chapters, built again', () => {
  const cache = folder()
  const tree = bookTree(3)

  it(
    'takes every part from the cache the second time, with no browser, the same bytes',
    async () => {
      const cold = await build(tree, cache)
      expect(cold.lines.some((line) => line.startsWith('Starting the browser'))).toBe(true)
      expect(cold.lines.at(-1)).toMatch(/; 0 of 4 parts from the cache$/)
      const warm = await build(tree, cache)
      expect(warm.lines.some((line) => line.startsWith('Starting the browser'))).toBe(false)
      expect(warm.lines.some((line) => line.startsWith('Paginating'))).toBe(false)
      expect(warm.lines.at(-1)).toMatch(/; 4 of 4 parts from the cache$/)
      expect(Buffer.from(warm.result.pdf).equals(Buffer.from(cold.result.pdf))).toBe(true)
      expect(warm.result.concordance).toEqual(cold.result.concordance)
    },
    slow
  )

  it(
    'lays out only the chapter that changed, and makes the PDF a build without a cache makes',
    async () => {
      const edited = changed(tree, 2)
      const rebuilt = await build(edited, cache)
      const paginated = rebuilt.lines.filter((line) => line.startsWith('Paginating '))
      expect(paginated).toEqual([expect.stringMatching(/^Paginating chapter 2 \(/)])
      expect(rebuilt.lines.at(-1)).toMatch(/; 3 of 4 parts from the cache$/)
      const fresh = await build(edited)
      expect(fresh.lines.at(-1)).not.toMatch(/cache/)
      expect(Buffer.from(rebuilt.result.pdf).equals(Buffer.from(fresh.result.pdf))).toBe(true)
      expect(rebuilt.result.concordance).toEqual(fresh.result.concordance)
    },
    slow
  )
})

describe('a damaged or unwritable cache', () => {
  it(
    'lays out again a part whose kept PDF was cut short, or whose facts do not read',
    async () => {
      const cache = folder()
      const tree = seedTree()
      const cold = await build(tree, cache)
      const files = readdirSync(cache)
      const pdf = files.find((name) => /\.1\.pdf$/.test(name))
      const facts = files.find((name) => name === pdf?.replace(/\.1\.pdf$/, '.json'))
      if (!pdf || !facts) throw new Error(`Expected the chapter's files in ${files.join(', ')}`)
      truncateSync(join(cache, pdf), 1000)
      const again = await build(tree, cache)
      expect(again.lines.filter((line) => line.startsWith('Paginating '))).toHaveLength(1)
      expect(Buffer.from(again.result.pdf).equals(Buffer.from(cold.result.pdf))).toBe(true)
      writeFileSync(join(cache, facts), '{"format":')
      const third = await build(tree, cache)
      expect(third.lines.filter((line) => line.startsWith('Paginating '))).toHaveLength(1)
      expect(Buffer.from(third.result.pdf).equals(Buffer.from(cold.result.pdf))).toBe(true)
    },
    slow
  )

  it(
    'warns once when the cache cannot be written, and still makes the PDF',
    async () => {
      const dir = folder()
      const blocked = join(dir, 'a-file')
      writeFileSync(blocked, 'not a folder')
      const { result } = await build(seedTree(), join(blocked, 'cache'))
      const warnings = result.messages.filter((message) => message.ruleId === 'pdf-cache')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]?.reason).toMatch(
        /^Could not keep the paginated parts in `.*a-file\/cache`/
      )
      expect(result.pdf.length).toBeGreaterThan(10_000)
    },
    slow
  )

  it(
    'removes parts no build has used for 30 days, and keeps the rest and what is not its own',
    async () => {
      const cache = folder()
      const tree = seedTree()
      await build(tree, cache)
      const used = readdirSync(cache).sort()
      const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000)
      const stale = ['a'.repeat(64), 'b'.repeat(64)].flatMap((key) => [
        `${key}.json`,
        `${key}.1.pdf`
      ])
      for (const name of [...stale, 'notes.txt']) {
        writeFileSync(join(cache, name), '{}')
        utimesSync(join(cache, name), old, old)
      }
      // Parts used twenty days ago are kept, and a build that takes them marks them used.
      const recent = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000)
      for (const name of used) utimesSync(join(cache, name), recent, recent)
      const warm = await build(tree, cache)
      expect(warm.lines.at(-1)).toMatch(/; 2 of 2 parts from the cache$/)
      expect(readdirSync(cache).sort()).toEqual([...used, 'notes.txt'].sort())
      for (const name of used) {
        expect(statSync(join(cache, name)).mtimeMs).toBeGreaterThan(Date.now() - 60_000)
      }
    },
    slow
  )

  it('refuses a cache option that is not a folder path', async () => {
    await expect(renderPdf(seedTree(), { env, cache: '' })).rejects.toThrow(
      'Unexpected cache ``, expected the path of a folder'
    )
  })
})
