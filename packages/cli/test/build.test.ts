// `colophon build` runs the checks first: a manuscript with errors at the severities in force
// is not built, and the others still are.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exit, main } from '../src/index.js'

const temporary = mkdtempSync(join(tmpdir(), 'colophon-cli-build-'))
afterAll(() => rmSync(temporary, { recursive: true, force: true }))

async function build(folder: string): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await main(['build', folder, '--out', join(folder, 'out'), '--json', '--html'], {
    stdout: () => {},
    stderr: (text) => {
      stderr += `${text}\n`
    },
    env: {}
  })
  return { code, stderr }
}

/** A folder with a manuscript whose note 2 has no body, and a clean one. */
function shelf(name: string): string {
  const folder = join(temporary, name)
  mkdirSync(folder)
  writeFileSync(join(folder, 'broken.txt'), 'Broken\n\nOne.1 Two.2\n\nNotes\n\n1. A source.\n')
  writeFileSync(join(folder, 'clean.txt'), 'Clean\n\nA sentence with no note at all.\n')
  return folder
}

describe('colophon build: the checks come first', () => {
  it('exits 1 and writes nothing for a manuscript with errors; the others are built', async () => {
    const folder = shelf('errors')
    const run = await build(folder)
    expect(run.code).toBe(exit.errors)
    expect(run.stderr).toContain(
      'broken.txt:3:11  error  Note `2` has no body; add its text to the notes'
    )
    expect(run.stderr).toContain(
      "broken.txt: no edition written; fix the error above, or lower a rule's severity in the settings (`rules: { note-defined: warn }`)"
    )
    expect(existsSync(join(folder, 'out', 'broken'))).toBe(false)
    expect(existsSync(join(folder, 'out', 'clean', 'clean.json'))).toBe(true)
    expect(existsSync(join(folder, 'out', 'clean', 'clean.html'))).toBe(true)
  })

  it('builds the same manuscript when the settings lower the rule to a warning', async () => {
    const folder = shelf('lowered')
    writeFileSync(join(folder, 'broken.yaml'), 'rules:\n  note-defined: warn\n')
    const run = await build(folder)
    expect(run.code).toBe(exit.ok)
    expect(run.stderr).toContain('broken.txt:3:11  warning  Note `2` has no body')
    expect(existsSync(join(folder, 'out', 'broken', 'broken.json'))).toBe(true)
  })
})

describe('colophon build: a book in several chapter files', () => {
  /** A book of two Markdown chapters and a plain-text one, with a manifest, and a loose manuscript. */
  function book(name: string): string {
    const folder = join(temporary, name)
    mkdirSync(join(folder, 'guide'), { recursive: true })
    writeFileSync(join(folder, 'package.json'), '{}\n')
    writeFileSync(
      join(folder, 'guide', '01-intro.md'),
      '# Introduction\n\nA history.[^1]\n\n[^1]: A survey.\n'
    )
    writeFileSync(
      join(folder, 'guide', '02-method.md'),
      '# Method\n\nWe read twice.[^1] And again.[^2]\n\n[^1]: As in 1901.\n'
    )
    writeFileSync(join(folder, 'guide', '03-results.txt'), 'RESULTS\n\nThe letters are short.\n')
    writeFileSync(
      join(folder, 'guide', 'guide.book.yaml'),
      'title: A Field Guide\nchapters:\n  - 01-intro.md\n  - 02-method.md\n  - 03-results.txt\n'
    )
    writeFileSync(join(folder, 'loose.txt'), 'Loose\n\nA sentence.\n')
    return folder
  }

  it('builds the book as one edition, and not its chapter files on their own', async () => {
    const folder = book('book-errors')
    const run = await build(folder)
    // Chapter 2 cites a note it has no body for: the message names that file, and no book is written.
    expect(run.stderr).toContain('guide/02-method.md:3:30  error  Note `2` has no body')
    expect(run.code).toBe(exit.errors)
    expect(existsSync(join(folder, 'out', 'guide'))).toBe(false)
    expect(existsSync(join(folder, 'out', '01-intro'))).toBe(false)
    expect(existsSync(join(folder, 'out', 'loose', 'loose.json'))).toBe(true)
    writeFileSync(
      join(folder, 'guide', '02-method.md'),
      '# Method\n\nWe read twice.[^1] And again.[^2]\n\n[^1]: As in 1901.\n[^2]: In pencil.\n'
    )
    const fixed = await build(folder)
    expect(fixed.code).toBe(exit.ok)
    const tree = JSON.parse(readFileSync(join(folder, 'out', 'guide', 'guide.json'), 'utf8'))
    expect(tree.meta.title).toBe('A Field Guide')
    expect(tree.children.map((chapter: { title: string }) => chapter.title)).toEqual([
      'Introduction',
      'Method',
      'RESULTS'
    ])
    expect(existsSync(join(folder, 'out', 'guide', 'guide.html'))).toBe(true)
    expect(existsSync(join(folder, 'out', '02-method'))).toBe(false)
  })
})

describe('colophon build --epub', () => {
  it('writes the EPUB beside the other editions, and nothing for a bad SOURCE_DATE_EPOCH', async () => {
    const folder = shelf('epub')
    const run = async (env: Record<string, string>) => {
      let stderr = ''
      const code = await main(
        ['build', join(folder, 'clean.txt'), '--out', join(folder, 'out'), '--epub'],
        {
          stdout: () => {},
          stderr: (text) => {
            stderr += `${text}\n`
          },
          env
        }
      )
      return { code, stderr }
    }
    const bad = await run({ SOURCE_DATE_EPOCH: 'soon' })
    expect(bad.code).toBe(exit.usage)
    expect(bad.stderr).toContain('error  Unexpected SOURCE_DATE_EPOCH `soon`')
    expect(existsSync(join(folder, 'out', 'clean'))).toBe(false)
    const good = await run({ SOURCE_DATE_EPOCH: '1767225600' })
    expect(good.code).toBe(exit.ok)
    const epub = readFileSync(join(folder, 'out', 'clean', 'clean.epub'))
    expect(epub.subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip')
    expect(existsSync(join(folder, 'out', 'clean', 'clean.json'))).toBe(false)
  })
})

describe('colophon build --epub: links that lead out of the book', () => {
  it('warns, at the link, of a file the EPUB does not hold and of a place it does not have', async () => {
    const folder = join(temporary, 'links')
    mkdirSync(folder)
    writeFileSync(
      join(folder, 'guide.md'),
      '# Guide\n\n## Background\n\nSee [the lesson](/es/lecciones/a), [above](#background) and [below](#alternatives).\n'
    )
    let stderr = ''
    const code = await main(
      ['build', join(folder, 'guide.md'), '--out', join(folder, 'out'), '--epub'],
      {
        stdout: () => {},
        stderr: (text) => {
          stderr += `${text}\n`
        },
        env: {}
      }
    )
    expect(code).toBe(exit.ok)
    expect(stderr).toContain(
      'guide.md:5:5  warning  Link to `/es/lecciones/a` leads to a file the EPUB does not hold'
    )
    expect(stderr).toContain(
      'guide.md:5:61  warning  Link to `#alternatives` leads to no place in the EPUB: no anchor, chapter or section has that name; its words are kept, not linked; name an anchor, or a title as its slug (`#background`)  epub-link'
    )
    expect(stderr).not.toContain('`#background`  epub-link')
  })
})
