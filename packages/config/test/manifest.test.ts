// Tests for what manifests share: reading the file and its YAML, and wording each problem the
// schema finds at its place, for a kind of manifest (here the book's).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bookSchema, validateBook } from '@colophon/schema'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import {
  everyProblem,
  type ManifestKind,
  manifestProblems,
  manifestWording,
  readManifestText,
  readManifestYaml,
  reportYamlProblems,
  type YamlProblem
} from '../src/index.js'

const wording = manifestWording('book-invalid')
const book: ManifestKind = {
  schema: bookSchema,
  wording,
  hint: (name) => `add \`${name}\``
}
const folder = mkdtempSync(join(tmpdir(), 'colophon-config-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The messages of reading `text` as a book manifest, as `line:column rule reason`. */
function messagesOf(text: string): string[] {
  const problems: YamlProblem[] = []
  const data = readManifestYaml(text, problems, wording, 'a `title` and `chapters`')
  if (data !== undefined && !validateBook(data.value).ok) {
    const value = data.value as Record<string, unknown>
    const found = everyProblem(value, {
      minimal: { title: 'T', chapters: ['a.md'] },
      validate: validateBook,
      isList: () => false
    })
    problems.push(...manifestProblems(found, data, book))
  }
  const file = new VFile({ path: 'a.book.yaml', value: text })
  reportYamlProblems(file, text, problems)
  return file.messages.map(
    (message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`
  )
}

describe('readManifestText', () => {
  it('reads a UTF-8 manifest', () => {
    const path = join(folder, 'ok.book.yaml')
    writeFileSync(path, 'title: A\n')
    const file = new VFile({ path })
    expect(readManifestText(file, path, wording)).toBe('title: A\n')
    expect(file.messages).toEqual([])
  })

  it('says why a manifest cannot be read: missing, a folder, not UTF-8', () => {
    const reasons = (path: string) => {
      const file = new VFile({ path })
      expect(readManifestText(file, path, wording)).toBeUndefined()
      return file.messages.map((message) => `${message.ruleId} ${message.reason}`)
    }
    expect(reasons(join(folder, 'none.book.yaml'))).toEqual([
      'file-unreadable File not found; check the path'
    ])
    mkdirSync(join(folder, 'dir.book.yaml'))
    expect(reasons(join(folder, 'dir.book.yaml'))).toEqual([
      'file-unreadable Expected a manifest file, found a folder; name the file'
    ])
    writeFileSync(join(folder, 'latin.book.yaml'), Uint8Array.of(0x74, 0xe9, 0x0a))
    expect(reasons(join(folder, 'latin.book.yaml'))).toEqual([
      'book-invalid Manifest is not valid UTF-8; save it as UTF-8'
    ])
  })
})

describe('manifest problems', () => {
  it('says an empty manifest lacks what it should hold', () => {
    expect(messagesOf('# nothing yet\n')).toEqual([
      '1:1 book-invalid Manifest is empty, expected a `title` and `chapters`; add them, one `name: value` per line'
    ])
  })

  it('reports every problem at its place, in the words of the kind of manifest', () => {
    expect(messagesOf('titel: A\nchapters: one.md\n')).toEqual([
      '1:1 book-invalid Manifest has no `title`, expected one; add `title`',
      '1:1 book-invalid Unknown field `titel`, expected one of `title`, `author`, `work`, `language`, `chapters`; rename it to `title` or remove it',
      '2:11 book-invalid Field `chapters` is the text `one.md`, expected a list; fix the value'
    ])
  })
})
