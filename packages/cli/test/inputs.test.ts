// The files an edition is made from: what a build tool hashes to know whether to build it again.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { editionInputs } from '../src/index.js'

const temporary = mkdtempSync(join(tmpdir(), 'colophon-cli-inputs-'))
afterAll(() => rmSync(temporary, { recursive: true, force: true }))

/** A project with two manuscripts, a notes file, a Markdown one with an image, and a reader. */
function project(): string {
  const root = join(temporary, 'project')
  mkdirSync(join(root, 'source', 'images'), { recursive: true })
  writeFileSync(join(root, 'package.json'), '{}\n')
  const source = join(root, 'source')
  writeFileSync(join(source, 'one.txt'), 'One\n\nA first sentence.1\n')
  writeFileSync(join(source, 'one.yaml'), 'title: One\nnotes:\n  file: one.notes.txt\n')
  writeFileSync(join(source, 'one.notes.txt'), '1. A source.\n')
  writeFileSync(join(source, 'two.txt'), 'Two\n\nA second sentence.\n')
  writeFileSync(join(source, 'three.md'), '# Three\n\n![A figure](images/figure.png)\n')
  writeFileSync(join(source, 'images', 'figure.png'), 'not really a PNG')
  writeFileSync(
    join(source, 'course.reader.yaml'),
    'title: Course\nentries:\n  - source: one.txt\n    select:\n      paragraphs: [p1]\n'
  )
  return root
}

const inputsOf = (root: string, path: string) =>
  editionInputs(join(root, path)).map((file) => relative(root, file))

describe('editionInputs', () => {
  const root = project()

  it('gives a manuscript with its settings and its notes file', () => {
    expect(inputsOf(root, 'source/one.txt')).toEqual([
      'source/one.notes.txt',
      'source/one.txt',
      'source/one.yaml'
    ])
    expect(inputsOf(root, 'source/two.txt')).toEqual(['source/two.txt'])
  })

  it('gives a reader with its manifest and every file of every source', () => {
    expect(inputsOf(root, 'source/course.reader.yaml')).toEqual([
      'source/course.reader.yaml',
      'source/one.notes.txt',
      'source/one.txt',
      'source/one.yaml'
    ])
  })

  it('gives a Markdown manuscript with every file beside it that could be an image', () => {
    expect(inputsOf(root, 'source/three.md')).toEqual([
      'source/images/figure.png',
      'source/three.md'
    ])
  })
})
