// An edition names its sources from the project root, the same from any working folder, and
// never by a folder of the machine that built it.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findProjectRoot, parseFile, sourceName } from '../src/index.js'

/** A project: `package.json` at its root, a manuscript with a notes file in `text/`. */
function project(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'colophon-names-')))
  writeFileSync(join(root, 'package.json'), '{}\n')
  mkdirSync(join(root, 'text'))
  writeFileSync(join(root, 'text', 'essay.txt'), 'Essay\n\nIt was said.1\n')
  writeFileSync(join(root, 'text', 'essay.yaml'), 'notes:\n  file: essay.notes.txt\n')
  writeFileSync(join(root, 'text', 'essay.notes.txt'), '1 A note.\n')
  return root
}

describe('sourceName', () => {
  it('is the path from the project root, with `/` between folders', () => {
    const root = project()
    expect(findProjectRoot(join(root, 'text', 'essay.txt'))).toBe(root)
    expect(sourceName(join(root, 'text', 'essay.txt'))).toBe('text/essay.txt')
    expect(sourceName(join(root, 'text', 'essay.txt'), join(root, 'text'))).toBe('essay.txt')
  })

  it('is the file name alone for a file outside the root', () => {
    const root = project()
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'colophon-outside-')))
    writeFileSync(join(outside, 'far.txt'), 'Far\n')
    expect(sourceName(join(outside, 'far.txt'), root)).toBe('far.txt')
  })

  it('names a file reached through a link where it is', () => {
    const root = project()
    symlinkSync(join(root, 'text'), join(root, 'link'))
    expect(sourceName(join(root, 'link', 'essay.txt'), root)).toBe('text/essay.txt')
  })

  it('throws on misuse', () => {
    expect(() => sourceName('')).toThrow(TypeError)
    expect(() => sourceName('a.txt', '')).toThrow(TypeError)
  })
})

describe('parseFile names its sources from the project root', () => {
  it('gives the same tree for an absolute and a relative path, with no folder of this machine', () => {
    const root = project()
    const absolute = parseFile(join(root, 'text', 'essay.txt'))
    const fromHere = parseFile(relative(process.cwd(), join(root, 'text', 'essay.txt')))
    expect(absolute.tree?.meta.sources.map((source) => source.path)).toEqual([
      'text/essay.txt',
      'text/essay.notes.txt'
    ])
    expect(JSON.stringify(fromHere.tree)).toBe(JSON.stringify(absolute.tree))
    expect(JSON.stringify(absolute.tree)).not.toContain(root)
    // Messages keep the path as given, so a terminal can open the file.
    expect(fromHere.messages.every((message) => message.file !== 'text/essay.txt')).toBe(true)
  })
})
