// Tests for path safety: each source must stay inside the project root unless allowed, and each
// refusal names the manifest's line and column of that source.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { findProjectRoot, readManifest, resolveSource } from '../src/index.js'

const seedName = 'snyder-bloodlands-ch2-class-terror.txt'
const seed = fileURLToPath(new URL(`../../../source/${seedName}`, import.meta.url))

const made: string[] = []
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/**
 * A new temporary folder holding a project (`project/`, with a `package.json`, the seed in
 * `project/sources/` and its manifest in `project/readers/`) and, beside it, a file the
 * project must not reach (`outside/secret.txt`).
 */
function layout() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'colophon-paths-')))
  made.push(base)
  const root = join(base, 'project')
  mkdirSync(join(root, 'sources'), { recursive: true })
  mkdirSync(join(root, 'readers'))
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(root, 'package.json'), '{}\n')
  copyFileSync(seed, join(root, 'sources', seedName))
  writeFileSync(join(base, 'outside', 'secret.txt'), 'Not for the reader.\n')
  return { base, root, readers: join(root, 'readers') }
}

/** Reads a manifest in `readers/` whose one entry's source is `written`, a YAML scalar. */
function withSource(written: string, options: { allowOutside?: boolean; root?: string } = {}) {
  const { base, readers } = layout()
  const path = join(readers, 'reader.yaml')
  writeFileSync(path, `title: R\nentries:\n  - title: One\n    source: ${written}\n`)
  // The project root is the one reading the manifest found.
  return { base, readers, path, ...readManifest(path, options) }
}

/** The one message reading `written` gives: its rule, its place and its reason. */
function refusal(written: string, options: { allowOutside?: boolean } = {}) {
  const result = withSource(written, options)
  expect(result.manifest).toBeUndefined()
  expect(result.sources).toEqual([])
  expect(result.messages).toHaveLength(1)
  const [message] = result.messages
  if (!message) throw new Error('no message')
  expect(message.file).toBe(result.path)
  expect(message.source).toBe('colophon')
  expect(message.fatal).toBe(true)
  return {
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    reason: message.reason
  }
}

describe('sources inside the project', () => {
  it('resolves `..` that stays inside the root, and a link that stays inside it', () => {
    const inside = withSource(`../sources/${seedName}`)
    expect(inside.messages).toEqual([])
    expect(inside.sources).toEqual([
      { entry: 0, path: join(inside.root, 'sources', seedName), relative: `../sources/${seedName}` }
    ])

    const { root, readers } = layout()
    symlinkSync(join(root, 'sources'), join(readers, 'linked'))
    writeFileSync(join(readers, 'r.yaml'), `title: R\nentries:\n  - source: linked/${seedName}\n`)
    const linked = readManifest(join(readers, 'r.yaml'))
    expect(linked.messages).toEqual([])
    expect(linked.sources[0]?.path).toBe(join(root, 'sources', seedName))
  })
})

describe('refused sources', () => {
  it('refuses an absolute path', () => {
    expect(refusal('/etc/passwd')).toEqual({
      ruleId: 'reader-path',
      line: 4,
      column: 13,
      reason:
        "Source `/etc/passwd` is an absolute path, expected a path relative to the manifest; write it from the manifest's folder, like `sources/chapter.txt`, or allow paths outside it with `--allow-outside-root`"
    })
    expect(refusal('C:/Windows/win.ini').reason).toContain('is an absolute path')
  })

  it('refuses `..` that leads out of the root', () => {
    expect(refusal('../../outside/secret.txt')).toEqual({
      ruleId: 'reader-path',
      line: 4,
      column: 13,
      reason:
        'Source `../../outside/secret.txt` leads out of the project root, expected a file inside it; move the file into the project, or allow paths outside it with `--allow-outside-root`'
    })
    // Refused for where it leads, before anything is looked up.
    expect(refusal('../../x.txt').ruleId).toBe('reader-path')
  })

  it('refuses a link out of the root, as the file or as any folder on the way', () => {
    const { base, readers } = layout()
    symlinkSync(join(base, 'outside', 'secret.txt'), join(readers, 'secret.txt'))
    symlinkSync(join(base, 'outside'), join(readers, 'elsewhere'))
    for (const [written, column] of [
      ['secret.txt', 13],
      ['elsewhere/secret.txt', 13],
      ['./elsewhere/../elsewhere/secret.txt', 13]
    ] as const) {
      writeFileSync(join(readers, 'r.yaml'), `title: R\nentries:\n  - source: ${written}\n`)
      const result = readManifest(join(readers, 'r.yaml'))
      expect(result.manifest).toBeUndefined()
      expect(result.sources).toEqual([])
      expect(
        result.messages.map((message) => [message.ruleId, message.line, message.column])
      ).toEqual([['reader-path', 3, column]])
      expect(result.messages[0]?.reason).toContain('goes through a symbolic link to a file outside')
    }
  })

  it('refuses percent-escapes, URLs, backslashes and control characters', () => {
    const percent = refusal('"%2e%2e/%2e%2e/outside/secret.txt"')
    expect(percent).toMatchObject({ ruleId: 'reader-path', line: 4, column: 13 })
    expect(percent.reason).toBe(
      'Source `%2e%2e/%2e%2e/outside/secret.txt` contains the percent-escape `%2e`, expected a plain path; write the character itself (sources are paths, not URLs)'
    )
    expect(refusal('..%2F..%2Foutside%2Fsecret.txt').reason).toContain('`%2F`')
    expect(refusal('file:///etc/passwd')).toEqual({
      ruleId: 'reader-path',
      line: 4,
      column: 13,
      reason:
        'Source `file:///etc/passwd` is a URL (`file:`), expected a path relative to the manifest; put the file in the project and write its path'
    })
    expect(refusal('https://example.com/chapter.txt').reason).toContain('(`https:`)')
    expect(refusal('..\\..\\outside\\secret.txt').reason).toBe(
      'Source `..\\..\\outside\\secret.txt` contains a backslash, expected `/` between folders; write it like `sources/chapter.txt`'
    )
    expect(refusal('"chapter.txt\\0.yaml"').reason).toBe(
      'Source `chapter.txt\\u0000.yaml` contains the control character `\\u0000`, expected a plain path; remove it'
    )
  })

  it('keeps refusing what is not a plain path when outside paths are allowed', () => {
    for (const written of ['"%2e%2e/x.txt"', 'file:///etc/passwd', 'a\\b.txt', '"a\\0b.txt"']) {
      expect(refusal(written, { allowOutside: true }).ruleId).toBe('reader-path')
    }
  })
})

describe('allowOutside', () => {
  it('allows an absolute path, `..` and links out of the root, resolved to the real file', () => {
    const { base, readers } = layout()
    const secret = join(base, 'outside', 'secret.txt')
    symlinkSync(join(base, 'outside'), join(readers, 'elsewhere'))
    writeFileSync(
      join(readers, 'r.yaml'),
      `title: R\nentries:\n  - source: ${secret}\n  - source: ../../outside/secret.txt\n  - source: elsewhere/secret.txt\n`
    )
    const strict = readManifest(join(readers, 'r.yaml'))
    expect(strict.messages.map((message) => message.line)).toEqual([3, 4, 5])
    const allowed = readManifest(join(readers, 'r.yaml'), { allowOutside: true })
    expect(allowed.messages).toEqual([])
    expect(allowed.sources).toEqual([
      { entry: 0, path: secret, relative: secret },
      { entry: 1, path: secret, relative: '../../outside/secret.txt' },
      { entry: 2, path: secret, relative: 'elsewhere/secret.txt' }
    ])
  })
})

describe('missing sources', () => {
  it('reports a missing source at its line', () => {
    expect(refusal('sources/nope.txt')).toEqual({
      ruleId: 'reader-source-missing',
      line: 4,
      column: 13,
      reason:
        "Source `sources/nope.txt` not found, expected a file at that path from the manifest's folder; check the path"
    })
  })

  it('reports a folder, a dangling link and a file used as a folder', () => {
    expect(refusal('../sources').reason).toContain('is a folder, expected a manuscript file')
    const { readers } = layout()
    symlinkSync(join(readers, 'gone.txt'), join(readers, 'dangling.txt'))
    writeFileSync(join(readers, 'r.yaml'), 'title: R\nentries:\n  - source: dangling.txt\n')
    expect(readManifest(join(readers, 'r.yaml')).messages[0]?.ruleId).toBe('reader-source-missing')
    expect(refusal(`../sources/${seedName}/x.txt`).ruleId).toBe('reader-source-missing')
  })

  it('reports every bad source of a manifest, each at its own line, beside other problems', () => {
    const { readers } = layout()
    writeFileSync(
      join(readers, 'r.yaml'),
      `title: R\nentries:\n  - source: nope.txt\n  - source: ../sources/${seedName}\n  - source: /etc/passwd\n    titel: Secrets\n`
    )
    const result = readManifest(join(readers, 'r.yaml'))
    expect(result.manifest).toBeUndefined()
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['reader-source-missing', 3],
      ['reader-path', 5],
      ['reader-invalid', 6]
    ])
    expect(result.sources.map((source) => source.entry)).toEqual([1])
  })
})

describe('the project root', () => {
  it('is the nearest folder with a `package.json` or `.git`, else the manifest’s folder', () => {
    const { base, root, readers } = layout()
    expect(findProjectRoot(join(readers, 'reader.yaml'))).toBe(root)
    mkdirSync(join(readers, '.git'))
    expect(findProjectRoot(join(readers, 'reader.yaml'))).toBe(readers)
    const lone = join(base, 'outside')
    // Only when no folder above the temporary one is a project itself.
    const above = findProjectRoot(base)
    if (above === base) expect(findProjectRoot(join(lone, 'reader.yaml'))).toBe(lone)
  })

  it('can be given, and then bounds the sources', () => {
    const inside = withSource(`../sources/${seedName}`)
    const narrow = readManifest(inside.path, { root: inside.readers })
    expect(narrow.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['reader-path', 4]
    ])
    const wide = readManifest(inside.path, { root: inside.base })
    expect(wide.messages).toEqual([])
  })

  it('must be a folder', () => {
    const { root } = layout()
    expect(() =>
      readManifest(join(root, 'readers', 'reader.yaml'), { root: join(root, 'package.json') })
    ).toThrow(TypeError)
    expect(() => findProjectRoot(7 as unknown as string)).toThrow(TypeError)
  })
})

describe('resolveSource', () => {
  it('answers for one path, and throws on misuse', () => {
    const { root, readers } = layout()
    const context = { folder: readers, root }
    expect(resolveSource(`../sources/${seedName}`, context)).toEqual({
      ok: true,
      path: join(root, 'sources', seedName)
    })
    expect(resolveSource('../../outside/secret.txt', context)).toMatchObject({
      ok: false,
      ruleId: 'reader-path'
    })
    expect(() => resolveSource(undefined as unknown as string, context)).toThrow(TypeError)
  })
})
