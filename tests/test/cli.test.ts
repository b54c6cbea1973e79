// End to end: the `colophon` command on the first manuscript and on bad input.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FootnoteReference, Root } from '@colophon/schema'
import { paragraphsOf, validateEdition } from '@colophon/schema'
import { describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(repo, 'packages/cli/bin/colophon.js')
const name = 'snyder-bloodlands-ch2-class-terror'
const seed = join(repo, 'source', `${name}.txt`)

function colophon(args: string[], cwd = repo) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function references(tree: Root): FootnoteReference[] {
  const found: FootnoteReference[] = []
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'footnoteReference') found.push(node as FootnoteReference)
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] })
  }
  walk(tree)
  return found
}

/** A scratch folder holding a copy of the first manuscript and its settings. */
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'colophon-e2e-'))
  copyFileSync(seed, join(folder, `${name}.txt`))
  copyFileSync(join(repo, 'source', `${name}.yaml`), join(folder, `${name}.yaml`))
  return folder
}

describe('colophon parse on the first manuscript', () => {
  const run = colophon(['parse', `source/${name}.txt`])
  const tree = JSON.parse(run.stdout) as Root
  const text = readFileSync(seed, 'utf8')

  it('exits 0 and prints a tree that validates', () => {
    expect(run.code).toBe(0)
    const result = validateEdition(tree)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('finds exactly 65 references, numbered 1 to 65 in source order', () => {
    const found = references(tree)
    expect(found.map((reference) => reference.number)).toEqual(
      Array.from({ length: 65 }, (_, i) => i + 1)
    )
    for (const reference of found) {
      const { start, end } = reference.position ?? { start: { offset: 0 }, end: { offset: 0 } }
      expect(text.slice(start.offset, end.offset)).toBe(reference.label)
    }
  })

  it('reads `43.9 percent` as text, `March 1933.7` as note 7, `Order 00447.51` as note 51, and note 34 inside its paragraph', () => {
    const found = references(tree)
    const at = (n: number) => found[n - 1]?.position?.start.offset ?? -1
    expect(text.slice(at(7) - 11, at(7) + 1)).toBe('March 1933.7')
    expect(text.slice(at(51) - 12, at(51) + 2)).toBe('Order 00447.51')
    expect(text.slice(at(34) - 11, at(34) + 7)).toBe('“fascists.”34 They')
    expect(JSON.stringify(tree)).toContain('with 43.9 percent of the')
    const paragraph = tree.children[0]?.children
      .flatMap(paragraphsOf)
      .find((p) => JSON.stringify(p).includes('"label":"34"'))
    const claims = paragraph?.children ?? []
    const last = claims[claims.length - 1]
    expect(last?.children.some((node) => node.type === 'footnoteReference')).toBe(false)
  })

  it('excludes the web page label and trailer, and declares the note bodies absent', () => {
    expect(tree.meta).toMatchObject({
      title: 'Class Terror',
      author: 'Timothy Snyder',
      language: 'en'
    })
    expect(tree.omitted?.map((o) => [o.reason, o.rule, o.position.start.line])).toEqual([
      ['excluded', 'exclude[0]', 1],
      ['excluded', 'exclude[1]', 165]
    ])
    expect(tree.children[0]?.notes.every((note) => note.status === 'missing')).toBe(true)
    expect(JSON.stringify(tree)).not.toContain('Military history')
  })

  it('prints diagnostics as `file:line:column  severity  message  rule-id`', () => {
    const lines = run.stderr.trim().split('\n')
    expect(lines).toContain(
      `source/${name}.txt:19:1124  info  Read \`1933.7\` as \`1933.\` followed by note \`7\`, the next note expected (a text whose notes are never bare numerals says so in its settings, \`notes: { markers: [bracket] }\`); check it  marker-ambiguous`
    )
    expect(lines.at(-1)).toBe('0 errors, 0 warnings, 7 info')
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^\S+:\d+:\d+ {2}(error|warning|info) {2}.+ {2}[a-z-]+$/)
  })

  it('gives the same ids when parsed twice', () => {
    const again = JSON.parse(colophon(['parse', `source/${name}.txt`]).stdout)
    expect(again).toEqual(tree)
  })
})

describe('colophon parse --out', () => {
  it('writes the file and nothing on stdout', () => {
    const folder = scratch()
    const out = join(folder, 'out', 'tree.json')
    const run = colophon(['parse', join(folder, `${name}.txt`), '--out', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(validateEdition(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true)
  })

  it('leaves an existing output untouched when the input cannot be read', () => {
    const folder = scratch()
    const manuscript = join(folder, `${name}.txt`)
    const bytes = readFileSync(manuscript)
    bytes[5000] = 0xff
    writeFileSync(manuscript, bytes)
    const out = join(folder, 'tree.json')
    writeFileSync(out, 'previous')
    const run = colophon(['parse', manuscript, '--out', out])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /:\d+:\d+ {2}error {2}Invalid UTF-8 at byte `5000`.*encoding-invalid/
    )
    expect(readFileSync(out, 'utf8')).toBe('previous')
  })

  it('writes nothing when the manuscript has errors', () => {
    const folder = scratch()
    const manuscript = join(folder, `${name}.txt`)
    writeFileSync(
      manuscript,
      readFileSync(manuscript, 'utf8').replace('Gareth Jones', 'Gareth\u0000Jones')
    )
    const out = join(folder, 'tree.json')
    const run = colophon(['parse', manuscript, '--out', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /:5:\d+ {2}error {2}Unexpected control character `U\+0000`.*text-control-character/
    )
    expect(existsSync(out)).toBe(false)
  })
})

describe('bad usage and unreadable input', () => {
  it('exits 2 with usage help for a missing argument or an unknown option', () => {
    expect(colophon(['parse']).code).toBe(2)
    const unknown = colophon(['parse', seed, '--bogus'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown option '--bogus'")
    expect(colophon(['frobnicate']).code).toBe(2)
  })

  it('exits 2 naming a missing file', () => {
    const run = colophon(['parse', 'source/nothing-here.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'source/nothing-here.txt  error  File not found; check the path  file-unreadable\n1 error, 0 warnings, 0 info'
    )
  })

  it('exits 2 with file:line:column when the settings are not valid YAML or break the schema', () => {
    const folder = scratch()
    const settings = join(folder, `${name}.yaml`)
    writeFileSync(settings, 'title: Class Terror\nexclude:\n  - txt: Military history\n')
    const schema = colophon(['parse', join(folder, `${name}.txt`)])
    expect(schema.code).toBe(2)
    expect(schema.stderr).toContain(`${name}.yaml:3:5  error`)
    expect(schema.stderr).toContain('settings-invalid')
    expect(schema.stderr).not.toMatch(/\n\s+at /)

    writeFileSync(settings, 'title: "Class Terror\nauthor: x\n')
    const yaml = colophon(['parse', join(folder, `${name}.txt`)])
    expect(yaml.code).toBe(2)
    expect(yaml.stderr).toMatch(new RegExp(`${name}\\.yaml:1:8 {2}error`))
  })

  it('prints help and the version with exit 0', () => {
    const help = colophon(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('parse')
    expect(colophon(['--version']).stdout.trim()).toBe('0.1.0')
  })
})

describe('colophon build', () => {
  it('writes the AST and the HTML edition of every manuscript in a folder to DIR/<name>/', () => {
    const folder = scratch()
    const out = join(folder, 'editions')
    const run = colophon(['build', folder, '--json', '--html', '--out', out])
    expect(run.code).toBe(0)
    const tree = JSON.parse(readFileSync(join(out, name, `${name}.json`), 'utf8'))
    expect(validateEdition(tree).ok).toBe(true)
    expect(references(tree)).toHaveLength(65)
    const html = readFileSync(join(out, name, `${name}.html`), 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<title>Class Terror')
    expect(html.match(/role="doc-noteref"/g)).toHaveLength(65)
  })

  it('writes only what is asked for with --html', () => {
    const folder = scratch()
    const out = join(folder, 'editions')
    expect(colophon(['build', join(folder, `${name}.txt`), '--html', '--out', out]).code).toBe(0)
    expect(existsSync(join(out, name, `${name}.html`))).toBe(true)
    expect(existsSync(join(out, name, `${name}.json`))).toBe(false)
  })

  it('embeds the images of a Markdown manuscript, found beside it, in its HTML edition', () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-e2e-'))
    const images = join(repo, 'packages/parser/test/fixtures-md/images/img')
    mkdirSync(join(folder, 'img'))
    for (const file of ['map.png', 'plan.svg'])
      copyFileSync(join(images, file), join(folder, 'img', file))
    const text =
      '# Plates\n\nThe valley.\n\n![The valley](img/map.png)\nThe valley in 1851.\n\n![The road](img/plan.svg)\n'
    writeFileSync(join(folder, 'plates.md'), text)
    const out = join(folder, 'editions')
    const run = colophon(['build', join(folder, 'plates.md'), '--html', '--out', out])
    expect(run.stderr).not.toMatch(/error|warning/)
    expect(run.code).toBe(0)
    const html = readFileSync(join(out, 'plates', 'plates.html'), 'utf8')
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="The valley">/)
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="The road">/)
    expect(html).toContain(
      '<figcaption><span id="figure1-caption" class="caption">The valley in 1851.</span></figcaption>'
    )
    // A missing image is an error at its line: nothing is written.
    writeFileSync(join(folder, 'plates.md'), text.replace('img/plan.svg', 'img/lost.svg'))
    const failed = colophon([
      'build',
      join(folder, 'plates.md'),
      '--html',
      '--out',
      join(folder, 'again')
    ])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/plates\.md:8:1\s+error\s+Image `img\/lost\.svg` not found/)
    expect(failed.stderr).toContain('image-missing')
    expect(existsSync(join(folder, 'again', 'plates'))).toBe(false)
  })

  it('writes nothing for a manuscript with errors, and says which', () => {
    const folder = scratch()
    const manuscript = join(folder, `${name}.txt`)
    writeFileSync(
      manuscript,
      readFileSync(manuscript, 'utf8').replace('Gareth Jones', 'Gareth\u0000Jones')
    )
    const out = join(folder, 'editions')
    const run = colophon(['build', folder, '--out', out])
    expect(run.code).toBe(1)
    expect(existsSync(join(out, name))).toBe(false)
  })
})
