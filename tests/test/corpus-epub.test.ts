// Every text of the conformance corpus becomes an EPUB that EPUBCheck passes with no error and no
// warning, as `colophon build --epub` writes it and with print pages (a concordance that starts
// a page at every second element, so that markers land before and inside every kind of block).
// The 56 books are checked in one Java process: about a minute, where EPUBCheck's command line
// takes 10 to 15 seconds a book. Skipped, saying why, without EPUBCheck's jar or a Java that
// runs a source file (Debian: `apt-get install epubcheck`; `.ci/run` installs it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { renderEpub } from '@colophon/render-epub'
import type { Root } from '@colophon/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: the scoreboard is a plain script, without type declarations
import * as scoreboard from '../../corpus/score.mjs'
import { type Counts, checkMany, findEpubcheck, whyNoBatch } from './epubcheck.js'

const { corpusTexts, mainFile } = scoreboard as {
  corpusTexts: () => string[]
  mainFile: (id: string) => string
}
const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))
const found = findEpubcheck()
const epubcheck = 'why' in found ? undefined : found
const why = 'why' in found ? found.why : whyNoBatch(found)

/** A concordance that starts a printed page at every second id of the tree, in reading order. */
function pagesOf(tree: Root) {
  const ids: Record<string, { index: number }> = {}
  const folios = ['i', 'ii']
  let n = 0
  const visit = (node: object) => {
    if ('id' in node && typeof node.id === 'string') {
      if (n % 2 === 0) folios.push(String(folios.length - 1))
      ids[node.id] = { index: folios.length - 1 }
      n++
    }
    if ('children' in node && Array.isArray(node.children))
      for (const child of node.children) visit(child)
  }
  visit(tree)
  return { folios, ids }
}

describe.skipIf(why !== undefined)(
  `the corpus as EPUB, checked by EPUBCheck${why ? ` (skipped: ${why})` : ''}`,
  () => {
    const temporary = mkdtempSync(join(tmpdir(), 'colophon-corpus-epub-'))
    const books = new Map<string, { plain: string; paged: string }>()
    let results = new Map<string, Counts>()
    afterAll(() => rmSync(temporary, { recursive: true, force: true }))

    beforeAll(() => {
      for (const id of corpusTexts()) {
        const { tree } = parseFile(`${corpus}${id}/${mainFile(id)}`)
        if (!tree) throw new Error(`Expected ${id} to parse`)
        const paths = {
          plain: join(temporary, `${id}.epub`),
          paged: join(temporary, `${id}-paged.epub`)
        }
        writeFileSync(paths.plain, renderEpub(tree))
        const pages = { concordance: pagesOf(tree), source: `${id}.pdf` }
        writeFileSync(paths.paged, renderEpub(tree, { pages }))
        books.set(id, paths)
      }
      if (epubcheck)
        results = checkMany(
          epubcheck,
          [...books.values()].flatMap((b) => [b.plain, b.paged])
        )
    }, 600_000)

    for (const id of corpusTexts()) {
      it(`${id}: no error and no warning, with and without print pages`, () => {
        const paths = books.get(id)
        if (!paths) throw new Error(`Expected the EPUBs of ${id}`)
        for (const path of [paths.plain, paths.paged]) {
          const result = results.get(path)
          expect(result, path).toBeDefined()
          expect({ errors: result?.errors, warnings: result?.warnings }, result?.output).toEqual({
            errors: 0,
            warnings: 0
          })
        }
      })
    }
  }
)
