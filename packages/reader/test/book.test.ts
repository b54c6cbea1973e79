// Tests for a book in several chapter files: the manifest's problems at their YAML nodes, the
// files joined in the manifest's order (real texts: the first manuscript and a Markdown lesson
// of the corpus), and a note one chapter of a file cites in another still found.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { type Root, validateEdition } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'
import { afterEach, describe, expect, it } from 'vitest'
import { bookChapters, isBookManifest, readBook } from '../src/index.js'

const seed = fileURLToPath(
  new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
)
const lesson = fileURLToPath(
  new URL(
    '../../../corpus/en-lavin-linear-regression/en-lavin-linear-regression.md',
    import.meta.url
  )
)

const made: string[] = []
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A project in a new temporary folder, with `files` (text, or a real file to copy). */
function project(files: Record<string, string | { copy: string }>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'colophon-book-')))
  made.push(root)
  writeFileSync(join(root, 'package.json'), '{}\n')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    if (typeof content === 'string') writeFileSync(join(root, name), content)
    else copyFileSync(content.copy, join(root, name))
  }
  return root
}

const show = (messages: readonly VFileMessage[]) =>
  messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)

/** Every id in the tree, for telling that none is given twice. */
function ids(tree: Root): string[] {
  const found: string[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (typeof node === 'object' && node !== null) {
      const { id } = node as { id?: unknown }
      if (typeof id === 'string') found.push(id)
      for (const [key, value] of Object.entries(node)) if (key !== 'position') visit(value)
    }
  }
  visit(tree.children)
  return found
}

describe('readBook', () => {
  it('joins real chapter files in the order given, each chapter numbered anew, notes kept', () => {
    const root = project({
      'book/a.txt': { copy: seed },
      'book/b.md': { copy: lesson },
      'book/guide.book.yaml':
        'title: A Field Guide\nauthor: A. Editor\nchapters:\n  - b.md\n  - a.txt\n'
    })
    const manifest = join(root, 'book', 'guide.book.yaml')
    const result = readBook(manifest)
    const tree = result.tree as Root
    const first = parseFile(join(root, 'book', 'b.md')).tree as Root
    const second = parseFile(join(root, 'book', 'a.txt')).tree as Root
    expect(validateEdition(tree).ok).toBe(true)
    expect(tree.meta.title).toBe('A Field Guide')
    expect(tree.meta.author).toBe('A. Editor')
    expect(tree.meta.sources.map((source) => source.path.split('/').pop())).toEqual([
      'b.md',
      'a.txt'
    ])
    const count = first.children.length + second.children.length
    expect(tree.children).toHaveLength(count)
    expect(tree.children.map((chapter) => chapter.id)).toEqual(
      Array.from({ length: count }, (_, index) => `c${index + 1}`)
    )
    const notes = (root: Root) =>
      root.children.reduce((sum, chapter) => sum + chapter.notes.length, 0)
    expect(notes(tree)).toBe(notes(first) + notes(second))
    const all = ids(tree)
    expect(new Set(all).size).toBe(all.length)
    expect(bookChapters(manifest).map((path) => path.split('/').pop())).toEqual(['b.md', 'a.txt'])
  })

  it('keeps a reference to a note in another chapter of its file pointing at that chapter', () => {
    const root = project({
      'one.md': '# One\n\nFirst.[^a]\n\n# Two\n\nAgain.[^a]\n\n[^a]: The note.\n',
      'zero.md': '# Zero\n\nBefore.\n',
      'b.book.yaml': 'title: B\nchapters: [zero.md, one.md]\n'
    })
    const single = parseFile(join(root, 'one.md')).tree as Root
    const tree = readBook(join(root, 'b.book.yaml')).tree as Root
    const references = (root: Root) => JSON.stringify(root.children).match(/"identifier":"[^"]*"/g)
    // Each of `one.md`'s references, shifted by the chapter before it.
    expect(references(tree)).toEqual(
      references(single)?.map((id) => id.replace(/c(\d)/g, (_, n) => `c${Number(n) + 1}`))
    )
  })

  it('titles a file’s one chapter with the file’s own title line when no heading gives one', () => {
    const root = project({
      'r.txt': 'RESULTS\n\nThe letters are short.\n',
      'b.book.yaml': 'title: B\nchapters: [r.txt]\n'
    })
    expect(readBook(join(root, 'b.book.yaml')).tree?.children[0]?.title).toBe('RESULTS')
  })

  it('reports each problem of the manifest at its line, and builds nothing', () => {
    const root = project({
      'a.md': '# A\n\nText.\n',
      'b.book.yaml': 'titel: B\nchapters:\n  - a.md\n  - missing.md\n  - ../outside.md\n'
    })
    const result = readBook(join(root, 'b.book.yaml'))
    expect(result.tree).toBeUndefined()
    expect(result.status).toBe('unreadable')
    const messages = show(result.messages)
    expect(messages.some((m) => m.startsWith('1:1 book-invalid') && m.includes('`titel`'))).toBe(
      true
    )
    expect(messages.some((m) => m.startsWith('4:5 book-source-missing'))).toBe(true)
    expect(messages.some((m) => m.startsWith('5:5 book-path'))).toBe(true)
  })

  it('says what an empty manifest needs', () => {
    const root = project({ 'b.book.yaml': '' })
    expect(show(readBook(join(root, 'b.book.yaml')).messages)).toEqual([
      expect.stringContaining('Manifest is empty, expected a `title` and `chapters`')
    ])
  })

  it('knows a book manifest by its name', () => {
    expect(isBookManifest('guide.book.yaml')).toBe(true)
    expect(isBookManifest('guide.BOOK.yml')).toBe(true)
    expect(isBookManifest('guide.reader.yaml')).toBe(false)
    expect(isBookManifest('book.yaml')).toBe(false)
  })
})
