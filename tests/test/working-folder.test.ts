// The same edition from any working folder: the example reader and the first manuscript, built
// from the repository's root and from a folder far from it, give the same bytes, and no output
// (tree, HTML, PDF text, metadata and streams, concordance) carries a folder of this machine.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflateSync } from 'node:zlib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')
const bin = join(repo, 'packages/cli/bin/colophon.js')

/** Builds `target` (a path from the repository's root) into `out`, run from `cwd`. */
function build(target: string, out: string, cwd: string) {
  const path = cwd === repo ? target : join(repo, target)
  const run = spawnSync(process.execPath, [bin, 'build', path, '--out', out, '--no-cache'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }
  })
  expect(run.stderr).not.toMatch(/ error /)
  expect(run.status).toBe(0)
}

/** Every file under `folder`, by its path from it. */
function files(folder: string, under = ''): string[] {
  return readdirSync(join(folder, under), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(folder, join(under, entry.name)) : [join(under, entry.name)]
    )
    .sort()
}

/** What a PDF says in words: its raw and inflated streams, page text, metadata and outline. */
async function pdfWords(bytes: Buffer): Promise<string> {
  const parts = [bytes.toString('latin1')]
  for (const match of bytes.toString('latin1').matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    const end = bytes.indexOf('endstream', start)
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'))
    } catch {
      // Not deflated (an image, a font program): its raw bytes are searched above.
    }
  }
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise
  const metadata = await pdf.getMetadata()
  parts.push(JSON.stringify(metadata.info), metadata.metadata?.getRaw() ?? '')
  parts.push(JSON.stringify(await pdf.getOutline()))
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
    parts.push(JSON.stringify(await page.getAnnotations()))
  }
  return parts.join('\n')
}

describe('the same edition from any working folder', () => {
  for (const target of [
    'source/great-terror.reader.yaml',
    'source/snyder-bloodlands-ch2-class-terror.txt'
  ]) {
    it(`${target}: the same bytes, and no folder of this machine in any output`, async () => {
      const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'colophon-cwd-')))
      const far = join(scratch, 'a', 'b', 'c')
      mkdirSync(far, { recursive: true })
      const fromRoot = join(scratch, 'from-root')
      const fromFar = join(scratch, 'from-far')
      build(target, fromRoot, repo)
      build(target, fromFar, far)
      const written = files(fromRoot)
      expect(written.map((name) => name.replace(/^.*\./, ''))).toEqual(
        expect.arrayContaining(['json', 'html', 'pdf'])
      )
      expect(files(fromFar)).toEqual(written)
      const folders = [...new Set([repo, realpathSync(repo), scratch, tmpdir()])]
      for (const name of written) {
        const bytes = readFileSync(join(fromRoot, name))
        expect(readFileSync(join(fromFar, name)).equals(bytes), name).toBe(true)
        const words = name.endsWith('.pdf') ? await pdfWords(bytes) : bytes.toString('utf8')
        for (const folder of folders)
          expect(words.includes(folder), `${folder} in ${name}`).toBe(false)
      }
    }, 180_000)
  }
})
