// EPUBCheck on the EPUBs of the first manuscript (source/*.txt), with print pages, and of the
// example reader (source/*.reader.yaml), built by the `colophon` command: no error and no
// warning. Skipped, saying why, when `epubcheck` is not on the PATH (Debian: `apt-get install
// epubcheck`; `.ci/run` installs it). The whole corpus is checked in corpus-epub.test.ts.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { renderEpub } from '@colophon/render-epub'
import { describe, expect, it } from 'vitest'
import { checkOne, findEpubcheck } from './epubcheck.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(repo, 'packages/cli/bin/colophon.js')
const temporary = mkdtempSync(join(tmpdir(), 'colophon-epub-'))
const found = findEpubcheck()
const epubcheck = 'why' in found ? undefined : found
const why = 'why' in found ? found.why : undefined

/** EPUBCheck's counts for the book at `path`, and its messages. */
function check(path: string) {
  if (!epubcheck) throw new Error(`Expected EPUBCheck: ${why}`)
  return checkOne(epubcheck, path)
}

/** A concordance of the tree's paragraphs as if three began on each printed page. */
function pagesOf(tree: NonNullable<ReturnType<typeof parseFile>['tree']>) {
  const ids: Record<string, { index: number }> = {}
  const folios = ['i', 'ii']
  let n = 0
  for (const chapter of tree.children) {
    for (const section of chapter.children) {
      for (const block of section.children) {
        if (block.type !== 'paragraph') continue
        if (n % 3 === 0) folios.push(String(folios.length - 1))
        ids[block.id] = { index: folios.length - 1 }
        n++
      }
    }
  }
  return { folios, ids }
}

describe.skipIf(epubcheck === undefined)(`EPUBCheck${why ? ` (skipped: ${why})` : ''}`, () => {
  it('finds no error and no warning in the first manuscript’s EPUB with print pages', () => {
    const { tree } = parseFile(join(repo, 'source', 'snyder-bloodlands-ch2-class-terror.txt'))
    if (!tree) throw new Error('Expected the first manuscript’s tree')
    const path = join(temporary, 'seed.epub')
    const epub = renderEpub(tree, { pages: { concordance: pagesOf(tree), source: 'seed.pdf' } })
    writeFileSync(path, epub)
    const result = check(path)
    expect(result.output).toContain('Validating using EPUB version 3')
    expect({ errors: result.errors, warnings: result.warnings }, result.output).toEqual({
      errors: 0,
      warnings: 0
    })
  }, 120_000)

  it('finds no error and no warning in an EPUB with every note after the last chapter', () => {
    const source = join(repo, 'corpus', 'en-white-selborne', 'en-white-selborne.txt')
    const { tree } = parseFile(source)
    if (!tree) throw new Error('Expected the text’s tree')
    const path = join(temporary, 'book-notes.epub')
    writeFileSync(path, renderEpub(tree, { notes: 'book' }))
    const result = check(path)
    expect({ errors: result.errors, warnings: result.warnings }, result.output).toEqual({
      errors: 0,
      warnings: 0
    })
  }, 120_000)

  it('finds no error and no warning in the example reader’s EPUB, built by `colophon build --epub`', () => {
    const out = join(temporary, 'editions')
    const run = spawnSync(
      process.execPath,
      [bin, 'build', 'source/great-terror.reader.yaml', '--epub', '--out', out],
      { cwd: repo, encoding: 'utf8' }
    )
    expect(run.status, run.stderr).toBe(0)
    const path = join(out, 'great-terror', 'great-terror.epub')
    expect(readFileSync(path).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip')
    const result = check(path)
    expect({ errors: result.errors, warnings: result.warnings }, result.output).toEqual({
      errors: 0,
      warnings: 0
    })
  }, 120_000)
})
