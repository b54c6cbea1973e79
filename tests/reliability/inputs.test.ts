// Bad input, each case a `colophon` process of its own with a time limit: the exit code, the
// message's rule and place, and that nothing is written for a manuscript that fails and
// nothing left in the folder but what a good run writes.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { colophon, inventory, messages, scratch } from './run.js'

/** A folder holding `name` with `text` (and its settings), and its inventory before the run. */
function manuscript(name: string, text: string | Uint8Array, settings?: string) {
  const folder = scratch(name.replace(/\W/g, ''))
  writeFileSync(join(folder, name), text)
  if (settings !== undefined) writeFileSync(join(folder, name.replace(/\.\w+$/, '.yaml')), settings)
  return { folder, before: inventory(folder) }
}

function count(tree: Root, type: string): number {
  let found = 0
  const walk = (node: { type: string; children?: unknown[]; notes?: unknown[] }) => {
    if (node.type === type) found++
    for (const child of [...(node.children ?? []), ...(node.notes ?? [])]) {
      walk(child as { type: string })
    }
  }
  walk(tree)
  return found
}

describe('bad manuscripts: refused with a place, nothing written', () => {
  it('invalid UTF-8: the byte, its line and column, and the encoding setting to use', async () => {
    const { folder, before } = manuscript(
      'latin.txt',
      Buffer.from('Title\n\nCaf\xe9 noir.\n', 'latin1')
    )
    const run = await colophon(['build', 'latin.txt', '--out', 'out', '--html'], { cwd: folder })
    // Input that cannot be read is exit code 2, as the README says.
    expect(run.code).toBe(2)
    expect(messages(run.stderr)).toContainEqual(
      expect.objectContaining({ file: 'latin.txt', line: 3, column: 4, rule: 'encoding-invalid' })
    )
    expect(inventory(folder)).toEqual(before)
  })

  it('control characters of a binary file: named at their places', async () => {
    const { folder, before } = manuscript('binary.txt', 'Title\n\nA\u0000B\u0007 text.\n')
    const run = await colophon(['build', 'binary.txt', '--out', 'out', '--html'], { cwd: folder })
    expect(run.code).toBe(1)
    const found = messages(run.stderr).filter((m) => m.rule === 'text-control-character')
    expect(found.map((m) => [m.line, m.column])).toEqual([
      [3, 2],
      [3, 4]
    ])
    expect(inventory(folder)).toEqual(before)
  })

  it('a file over the size limit: refused before it is read whole', async () => {
    const { folder, before } = manuscript('huge.txt', Buffer.alloc(65 * 1024 * 1024, 'a'))
    const run = await colophon(['parse', 'huge.txt', '--out', 'tree.json'], { cwd: folder })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^huge\.txt {2}error {2}File is `68\.2 MB`.* {2}size-limit$/m)
    expect(inventory(folder)).toEqual(before)
  })

  it('settings nested thousands deep, and a YAML alias bomb: refused, no crash', async () => {
    const deep = `a:\n${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 1)}b:`).join('\n')}\n`
    const bomb = Array.from(
      { length: 12 },
      (_, i) =>
        `a${i}: &a${i} [${
          i === 0
            ? 'x, x, x, x, x, x, x, x, x'
            : Array(9)
                .fill(`*a${i - 1}`)
                .join(', ')
        }]`
    ).join('\n')
    for (const settings of [deep, `${bomb}\ntitle: *a11\n`]) {
      const { folder, before } = manuscript('text.txt', 'Title\n\nA fact.\n', settings)
      const run = await colophon(['build', 'text.txt', '--out', 'out', '--html'], { cwd: folder })
      expect(run.timedOut).toBe(false)
      expect(run.code).toBe(2)
      expect(messages(run.stderr).map((m) => m.rule)).toContain('settings-invalid')
      expect(inventory(folder)).toEqual(before)
    }
  })
})

describe('odd but valid manuscripts: read, and said where odd', () => {
  it('an empty, a blank and a BOM-only manuscript: a warning, an empty edition', async () => {
    for (const text of ['', ' \n\t\n', '\ufeff']) {
      const { folder } = manuscript('empty.txt', text)
      const run = await colophon(['build', 'empty.txt', '--out', 'out', '--html'], { cwd: folder })
      expect(run.code).toBe(0)
      expect(messages(run.stderr).map((m) => m.rule)).toEqual(['text-empty'])
      expect(readFileSync(join(folder, 'out/empty/empty.html'), 'utf8')).toMatch(
        /^<!doctype html>/i
      )
    }
  })

  it('50,000 notes: every one read, none merged into another', async () => {
    const count50k = 50_000
    const lines: string[] = ['Title', '']
    for (let i = 1; i <= count50k; i++) lines.push(`Fact ${i}.[${i}]`, '')
    for (let i = 1; i <= count50k; i++) lines.push(`[${i}] Note ${i}.`, '')
    const { folder } = manuscript('many.txt', lines.join('\n'))
    const run = await colophon(['parse', 'many.txt', '--out', 'tree.json'], { cwd: folder })
    expect(run.code).toBe(0)
    const tree = JSON.parse(readFileSync(join(folder, 'tree.json'), 'utf8')) as Root
    expect(count(tree, 'footnoteReference')).toBe(count50k)
    expect(count(tree, 'footnoteDefinition')).toBe(count50k)
  })

  it('a pattern that would backtrack for days: run in linear time', async () => {
    const { folder } = manuscript(
      'trap.txt',
      `Title\n\n${'a'.repeat(40)}b\n\naaaa\n`,
      "exclude:\n  - pattern: '^(a+)+$'\n"
    )
    const run = await colophon(['parse', 'trap.txt', '--out', 'tree.json'], {
      cwd: folder,
      timeout: 30_000
    })
    expect(run.timedOut).toBe(false)
    expect(run.code).toBe(0)
    const tree = readFileSync(join(folder, 'tree.json'), 'utf8')
    expect(tree).toContain(`${'a'.repeat(40)}b`)
    expect(tree).toContain('"reason":"excluded"')
  })

  it('markup in the text is text: no element of it reaches the HTML', async () => {
    const { folder } = manuscript(
      'markup.txt',
      'Title\n\nA <script>alert(1)</script> and <img src=x onerror=alert(2)> fact.[1]\n\n[1] A <b onclick="alert(3)">note</b>.\n'
    )
    const run = await colophon(['build', 'markup.txt', '--out', 'out', '--html'], { cwd: folder })
    expect(run.code).toBe(0)
    const html = readFileSync(join(folder, 'out/markup/markup.html'), 'utf8')
    expect(html).not.toMatch(/<script>alert|<img src=x|<b onclick/)
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
  })
})

describe('odd text: kept, and said at its place', () => {
  it('UTF-16 without a byte-order mark: named as such, not as thousands of controls', async () => {
    const text = Buffer.from('Title\n\nA fact in UTF-16 without its mark.\n', 'utf16le')
    const { folder, before } = manuscript('wide.txt', text)
    const run = await colophon(['build', 'wide.txt', '--out', 'out', '--html'], { cwd: folder })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^wide\.txt:1:1 {2}error {2}.*UTF-16LE without a byte-order mark.*encoding: utf-16le.* {2}encoding-invalid$/m
    )
    expect(run.stderr).not.toContain('control character')
    expect(inventory(folder)).toEqual(before)
  })

  it('doubly encoded text and invisible controls: warnings at their places, the edition built', async () => {
    const { folder } = manuscript(
      'odd.txt',
      'Title\n\nHe didn\u00e2\u20ac\u2122t say it. A name \u202eevil\u202c here.\n'
    )
    const run = await colophon(['build', 'odd.txt', '--out', 'out', '--html'], { cwd: folder })
    expect(run.code).toBe(0)
    const found = messages(run.stderr).map((m) => `${m.line}:${m.column} ${m.rule}`)
    expect(found).toEqual(['3:8 text-mojibake', '3:28 text-invisible', '3:33 text-invisible'])
  })
})

describe('links and ids a hostile manuscript writes', () => {
  it('script URLs are no links, and anchor names cannot clobber the page', async () => {
    const { folder } = manuscript(
      'links.md',
      '# T\n\nA [link](javascript:alert(1)), [data](data:text/html,x), [vb](vbscript:x) and <a id="getElementById">x</a>, [back](#getElementById).\n'
    )
    const run = await colophon(['build', 'links.md', '--out', 'out', '--html'], { cwd: folder })
    expect(run.code).toBe(0)
    const html = readFileSync(join(folder, 'out/links/links.html'), 'utf8')
    expect(html).not.toMatch(/href="(?:javascript|data|vbscript):/i)
    expect(html).not.toMatch(/\b(?:id|name)="getElementById"/)
    expect(html).toContain('id="a-getElementById"')
    expect(html).toContain('href="#a-getElementById"')
  })
})

describe('hostile manifests', () => {
  it('a reader naming a file outside the project: refused, nothing read or written', async () => {
    const folder = scratch('traversal')
    writeFileSync(
      join(folder, 'steal.reader.yaml'),
      'title: Steal\nentries:\n  - source: ../../../../../../etc/passwd\n    select:\n      paragraphs: [p1]\n'
    )
    const before = inventory(folder)
    const run = await colophon(['build', 'steal.reader.yaml', '--out', 'out', '--html'], {
      cwd: folder
    })
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/outside/)
    expect(run.stderr).not.toMatch(/root:x:0/)
    expect(inventory(folder)).toEqual(before)
  })
})
