// Tests for settings: reading sidecar YAML, placing each problem on its node, and finding sidecars.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { afterEach, describe, expect, it } from 'vitest'
import { findSidecar, readSettings } from '../src/settings.js'

function read(text: string | Uint8Array) {
  const file = new VFile({ path: 'chapter.yaml', value: text })
  const settings = readSettings(file)
  return { settings, messages: file.messages }
}

/** The one message `text` gives, checked to be a fatal settings problem at `line:column`. */
function problem(text: string, line: number, column: number): VFileMessage {
  const { settings, messages } = read(text)
  expect(settings).toBeUndefined()
  expect(messages).toHaveLength(1)
  const [message] = messages
  if (!message) throw new Error('no message')
  expect({
    line: message.line,
    column: message.column,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal
  }).toEqual({ line, column, ruleId: 'settings-invalid', source: 'colophon', fatal: true })
  expect(message.reason).not.toMatch(/[\r\n]/)
  return message
}

function prototypeIsClean(): void {
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
}

const realLike = `title: Class Terror
author: Timothy Snyder
work: 'Bloodlands: Europe Between Hitler and Stalin (2010)'
language: en
exclude:
  - text: Military history
  - pattern: '^If you find an error'
notes:
  bodies: absent
`

describe('readSettings: valid settings', () => {
  it('reads a sidecar like the real one', () => {
    const { settings, messages } = read(realLike)
    expect(messages).toEqual([])
    expect(settings).toEqual({
      title: 'Class Terror',
      author: 'Timothy Snyder',
      work: 'Bloodlands: Europe Between Hitler and Stalin (2010)',
      language: 'en',
      exclude: [{ text: 'Military history' }, { pattern: '^If you find an error' }],
      notes: { bodies: 'absent' }
    })
  })

  it('reads every sidecar in source/ without a message', () => {
    const folder = new URL('../../../source/', import.meta.url)
    // Reader manifests (`name.reader.yaml`) live there too; they are not sidecars.
    const names = readdirSync(folder).filter(
      (name) => /\.ya?ml$/.test(name) && !/\.reader\.ya?ml$/.test(name)
    )
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const { settings, messages } = read(readFileSync(new URL(name, folder), 'utf8'))
      expect(messages.map((message) => message.reason)).toEqual([])
      expect(settings).toBeDefined()
    }
  })

  it('reads every kind of setting', () => {
    const { settings, messages } = read(
      [
        'encoding: windows-1252',
        'exclude:',
        '  - block: -1',
        '  - pattern: "^contact"',
        '    flags: iu',
        'notes: {bodies: present, file: notes/chapter-2.txt}'
      ].join('\n')
    )
    expect(messages).toEqual([])
    expect(settings).toEqual({
      encoding: 'windows-1252',
      exclude: [{ block: -1 }, { pattern: '^contact', flags: 'iu' }],
      notes: { bodies: 'present', file: 'notes/chapter-2.txt' }
    })
  })

  it('gives {} for an empty file, comments only, or a bare document marker', () => {
    for (const text of [
      '',
      '\n\n',
      '# settings to come\n  # indented too\n',
      '---\n',
      '--- # x\n...\n'
    ]) {
      expect(read(text)).toEqual({ settings: {}, messages: [] })
    }
  })

  it('reads bytes, CRLF line ends and a byte-order mark', () => {
    const { settings } = read(new TextEncoder().encode('\uFEFFtitle: Café\r\nlanguage: fr\r\n'))
    expect(settings).toEqual({ title: 'Café', language: 'fr' })
    problem('title: x\r\nexclude: 3\r\n', 2, 10)
  })

  it('follows YAML aliases', () => {
    const { settings, messages } = read(
      'exclude:\n  - &label {text: Military history}\n  - *label\n'
    )
    expect(messages).toEqual([])
    expect(settings).toEqual({
      exclude: [{ text: 'Military history' }, { text: 'Military history' }]
    })
  })

  it('returns plain objects', () => {
    const { settings } = read(realLike)
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(settings?.notes)).toBe(Object.prototype)
  })
})

describe('readSettings: YAML syntax', () => {
  it('points at the opening quote of an unclosed string', () => {
    expect(problem('title: "Class Terror\nauthor: Timothy Snyder\n', 1, 8).reason).toMatch(
      /not valid YAML.*`"`/
    )
    expect(problem("exclude:\n  - pattern: '^If you\n  - text: x\n", 2, 14).reason).toContain("`'`")
  })

  it('places bad indentation', () => {
    expect(problem('notes:\n  bodies: absent\n file: notes.txt\n', 3, 1).reason).toMatch(
      /^Settings are not valid YAML: .+; /
    )
    problem('title: Class Terror\n  author: Timothy Snyder\n', 1, 8)
    expect(problem('\ttitle: x\n', 1, 1).reason).toContain('spaces')
  })

  it('refuses a key given twice, at the second one, naming the first', () => {
    expect(problem('title: A\nauthor: B\ntitle: C\n', 3, 1).reason).toContain(
      '`title` is given twice, first at line 1, column 1 and again here'
    )
    expect(problem('notes:\n  bodies: absent\n  bodies: present\n', 3, 3).reason).toContain(
      '`bodies`'
    )
    // Different YAML, the same name in the settings.
    problem("title: A\n'title': B\n", 2, 1)
  })

  it('names the first twenty problems and counts the rest', () => {
    const items = Array.from({ length: 2000 }, () => '  - pattern: 5\n').join('')
    const { settings, messages } = read(`exclude:\n${items}`)
    expect(settings).toBeUndefined()
    expect(messages).toHaveLength(21)
    expect(messages[20]?.reason).toContain('1980 more problems in this file after these')
    expect([messages[20]?.line, messages[20]?.fatal]).toEqual([22, true])
  })

  it('warns of a lone surrogate at its place and reads it as U+FFFD', () => {
    const { settings, messages } = read('title: "A \\uDC00 b"\n')
    expect(settings?.title).toBe('A \uFFFD b')
    expect(messages.map((m) => [m.line, m.column, m.fatal])).toEqual([[1, 8, false]])
    expect(messages[0]?.reason).toContain('`\\uDC00`, half of a character')
  })

  it('refuses a second document', () => {
    expect(problem('title: A\n---\ntitle: B\n', 2, 1).reason).toContain('single YAML document')
  })

  it('refuses names that are not text, and unknown tags', () => {
    problem('? [title]\n: x\n', 1, 3)
    problem('title: !custom x\n', 1, 8)
    expect(problem('title: !!timestamp 2010-10-12\n', 1, 20).reason).toContain('`title`')
    expect(problem('title: !!binary aGVsbG8=\n', 1, 17).reason).toContain('`!!binary`')
    problem('%YAML 1.1\n---\ntitle: 2010-10-12\n', 3, 8)
  })

  it('refuses aliases without an anchor or that contain themselves', () => {
    expect(problem('title: *name\n', 1, 8).reason).toContain('`*name`')
    const { messages } = read('exclude: &list [*list]\n')
    expect(messages.map((message) => [message.line, message.column])).toContainEqual([1, 17])
  })

  it('stops aliases that expand without end', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 8; level++) {
      const previous = String.fromCharCode(96 + level)
      const name = String.fromCharCode(97 + level)
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`)
    }
    const { settings, messages } = read(`${levels.join('\n')}\n`)
    expect(settings).toBeUndefined()
    expect(messages.some((message) => message.reason.includes('aliases'))).toBe(true)
  })

  it('refuses deep nesting without crashing', () => {
    for (const text of ['['.repeat(100_000), `x: ${'- '.repeat(20_000)}x`, '{a: '.repeat(5_000)]) {
      const { settings, messages } = read(text)
      expect(settings).toBeUndefined()
      expect(messages[0]?.fatal).toBe(true)
    }
    expect(problem(`title: ${'['.repeat(70)}${']'.repeat(70)}\n`, 1, 71).reason).toContain('nested')
  })
})

describe('readSettings: schema problems', () => {
  it('places a top level that is not a mapping', () => {
    problem('- title: x\n', 1, 1)
    problem('# comment\nClass Terror\n', 2, 1)
    problem('~\n', 1, 1)
  })

  it('places a value of the wrong type', () => {
    expect(problem('title: A\nexclude: 3\n', 2, 10).reason).toContain('`exclude`')
    expect(problem('notes: absent\n', 1, 8).reason).toContain('`notes`')
    expect(problem('title: [A, B]\n', 1, 8).reason).toContain('`title`')
  })

  it('points at the key of an empty value', () => {
    expect(problem('author: X\ntitle:\n', 2, 1).reason).toContain('`title`')
  })

  it('places values the schema refuses', () => {
    expect(problem("title: ''\n", 1, 8).reason).toContain('`title`')
    expect(problem('language: english language\n', 1, 11).reason).toContain('`language`')
    expect(problem('encoding: utf8\n', 1, 11).reason).toContain('`utf-8`')
    expect(problem('notes:\n  bodies: missing\n', 2, 11).reason).toContain('`notes.bodies`')
  })

  it('places an unknown setting at its key and suggests the near one', () => {
    const message = problem('author: Timothy Snyder\ntitel: Class Terror\n', 2, 1)
    expect(message.reason).toContain('`titel`')
    expect(message.reason).toContain('`title`')
    expect(message.expected).toEqual(['title'])
    expect(problem('notes:\n  body: absent\n', 2, 3).reason).toContain('`notes.body`')
    expect(problem('colour: red\n', 1, 1).expected).toBeUndefined()
  })

  it('places a typo inside an exclusion', () => {
    const message = problem('exclude:\n  - text: Military history\n  - pattren: ^If\n', 3, 5)
    expect(message.reason).toContain('`exclude[1].pattren`')
    expect(message.expected).toEqual(['pattern'])
  })

  it('places a wrong value inside an exclusion', () => {
    expect(problem('exclude:\n  - text: x\n  - pattern: 3\n', 3, 14).reason).toContain(
      '`exclude[1].pattern`'
    )
    expect(problem('exclude:\n  - block: 0\n', 2, 12).reason).toContain('`exclude[0].block`')
    expect(problem('exclude:\n  - block: 1.5\n', 2, 12).reason).toContain('`exclude[0].block`')
    expect(problem('exclude:\n  - pattern: x\n    flags: g\n', 3, 12).reason).toContain(
      '`exclude[0].flags`'
    )
  })

  it('says what an exclusion lacks or has too much of', () => {
    expect(problem('exclude:\n  - {}\n', 2, 5).reason).toContain('`exclude[0]`')
    expect(problem('exclude:\n  - Military history\n', 2, 5).reason).toContain('`text`')
    expect(problem('exclude:\n  - text: a\n    pattern: b\n', 2, 5).reason).toContain(
      '`exclude[0]`'
    )
    expect(problem('exclude:\n  - block: 2\n    flags: i\n', 3, 5).reason).toContain(
      '`exclude[0].flags`'
    )
  })
})

describe('readSettings: checks beyond the schema', () => {
  it('places a pattern that is not a valid regular expression', () => {
    const message = problem("exclude:\n  - text: a\n  - pattern: '^(If you'\n", 3, 14)
    expect(message.reason).toContain('`exclude[1].pattern`')
    expect(message.reason).toContain('missing closing )')
    expect(read("exclude:\n  - pattern: '\\-'\n    flags: u\n").messages).toEqual([])
  })

  it('refuses what a linear-time engine cannot run: look-around, back-references', () => {
    for (const pattern of ['a(?=b)', '(?<!a)b', '(a)\\1']) {
      const message = problem(`exclude:\n  - pattern: '${pattern}'\n`, 2, 14)
      expect(message.reason).toContain('RE2 syntax')
    }
    expect(problem('exclude:\n  - pattern: x\n    flags: ii\n', 3, 12).reason).toContain(
      '`exclude[0].flags`'
    )
  })

  it('refuses a notes file outside the manuscript folder', () => {
    expect(problem('notes:\n  file: ../x.txt\n', 2, 9).reason).toContain('`notes.file`')
    expect(problem('notes:\n  file: /etc/passwd\n', 2, 9).reason).toContain('`notes.file`')
    problem('notes:\n  file: notes/../../x.txt\n', 2, 9)
    problem('notes:\n  file: C:\\notes.txt\n', 2, 9)
    problem('notes:\n  file: ..\\notes.txt\n', 2, 9)
    problem('notes:\n  file: notes/\n', 2, 9)
    expect(read('notes:\n  file: notes/chapter..2.txt\n').messages).toEqual([])
  })

  it('reports a problem in each setting and each exclusion at once', () => {
    const { settings, messages } = read(
      'titel: x\nauthr: y\nexclude:\n  - pattren: a\n  - block: 0\n  - text: ok\nlanguage: e\n'
    )
    expect(settings).toBeUndefined()
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [1, 1],
      [2, 1],
      [4, 5],
      [5, 12],
      [7, 11]
    ])
    expect(messages.map((message) => message.reason.match(/`([^`]+)`/)?.[1])).toEqual([
      'titel',
      'authr',
      'exclude[0].pattren',
      'exclude[1].block',
      'language'
    ])
  })

  it('reports problems of several kinds at once, in document order', () => {
    const { messages } = read('exclude:\n  - pattern: (\nnotes:\n  file: ../n.txt\ntitel: x\n')
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [2, 14],
      [4, 9],
      [5, 1]
    ])
  })
})

describe('readSettings: __proto__ and other special names', () => {
  afterEach(prototypeIsClean)

  it('reports __proto__ at the top level as unknown, at its key', () => {
    expect(problem('__proto__: {polluted: true}\n', 1, 1).reason).toContain('`__proto__`')
    expect(problem('title: x\n"__proto__":\n  polluted: true\n', 2, 1).reason).toContain(
      '`__proto__`'
    )
  })

  it('reports __proto__ nested in a mapping or an exclusion', () => {
    expect(problem('notes:\n  __proto__: {polluted: true}\n', 2, 3).reason).toContain(
      '`notes.__proto__`'
    )
    expect(
      problem('exclude:\n  - text: x\n    __proto__: {polluted: true}\n', 3, 5).reason
    ).toContain('`exclude[0].__proto__`')
    expect(problem('exclude:\n  - __proto__: {polluted: true}\n', 2, 5).reason).toContain(
      '`exclude[0].__proto__`'
    )
  })

  it('reports constructor and prototype as unknown', () => {
    const { messages } = read('constructor: {polluted: true}\nnotes:\n  prototype: x\n')
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [1, 1],
      [3, 3]
    ])
    expect(messages[0]?.reason).toContain('`constructor`')
    expect(messages[1]?.reason).toContain('`notes.prototype`')
  })

  it('does not let __proto__ through an alias either', () => {
    const { messages } = read('a: &p {polluted: true}\n__proto__: *p\n')
    expect(messages.some((message) => message.reason.includes('`__proto__`'))).toBe(true)
  })
})

describe('readSettings: any text', () => {
  const fragments = [
    'title',
    'exclude',
    'notes',
    '__proto__',
    ':',
    ': ',
    '- ',
    '\n',
    '  ',
    '\t',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '&a ',
    '*a',
    '!!str ',
    '? ',
    '#',
    '---',
    '|',
    '>',
    'pattern: (',
    'text: x',
    'block: 0',
    'file: ../x',
    '\r\n',
    '%YAML 1.1\n'
  ]
  const yamlish = fc
    .array(fc.constantFrom(...fragments), { maxLength: 40 })
    .map((parts) => parts.join(''))

  it('never throws, and either gives settings or says why not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        const { settings, messages } = read(text)
        if (settings === undefined) {
          expect(messages.length).toBeGreaterThan(0)
          for (const message of messages) {
            expect(message.fatal).toBe(true)
            expect(message.ruleId).toBe('settings-invalid')
            expect(message.line).toBeGreaterThanOrEqual(1)
            expect(message.column).toBeGreaterThanOrEqual(1)
            expect(message.reason).not.toMatch(/[\r\n]/)
          }
        } else {
          expect(messages).toEqual([])
        }
      }),
      { numRuns: 500 }
    )
    prototypeIsClean()
  })

  it('is deterministic', () => {
    const text = 'titel: x\nexclude:\n  - pattren: y\n  - pattern: (\nnotes: {file: /x}\n'
    const first = read(text).messages.map(String)
    expect(first.length).toBeGreaterThan(0)
    expect(read(text).messages.map(String)).toEqual(first)
  })
})

describe('findSidecar', () => {
  let folder: string | undefined
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true })
    folder = undefined
  })
  const make = (): string => {
    folder = mkdtempSync(join(tmpdir(), 'colophon-'))
    return folder
  }

  it('finds name.yaml beside name.txt', () => {
    const dir = make()
    writeFileSync(join(dir, 'chapter.txt'), 'Text\n')
    writeFileSync(join(dir, 'chapter.yaml'), 'title: x\n')
    expect(findSidecar(join(dir, 'chapter.txt'))).toBe(join(dir, 'chapter.yaml'))
  })

  it('prefers .yaml to .yml, and falls back to .yml', () => {
    const dir = make()
    writeFileSync(join(dir, 'chapter.yml'), 'title: x\n')
    expect(findSidecar(join(dir, 'chapter.txt'))).toBe(join(dir, 'chapter.yml'))
    writeFileSync(join(dir, 'chapter.yaml'), 'title: x\n')
    expect(findSidecar(join(dir, 'chapter.txt'))).toBe(join(dir, 'chapter.yaml'))
  })

  it('gives undefined without a sidecar, and ignores other names', () => {
    const dir = make()
    writeFileSync(join(dir, 'chapter.txt'), 'Text\n')
    writeFileSync(join(dir, 'other.yaml'), 'title: x\n')
    writeFileSync(join(dir, 'chapter.txt.yaml'), 'title: x\n')
    expect(findSidecar(join(dir, 'chapter.txt'))).toBeUndefined()
  })

  it('keeps the folder, and handles names with several dots or none', () => {
    const dir = make()
    mkdirSync(join(dir, 'part.1'))
    writeFileSync(join(dir, 'part.1', 'ch.2.yaml'), 'title: x\n')
    writeFileSync(join(dir, 'part.1', 'README.yml'), 'title: x\n')
    expect(findSidecar(join(dir, 'part.1', 'ch.2.txt'))).toBe(join(dir, 'part.1', 'ch.2.yaml'))
    expect(findSidecar(join(dir, 'part.1', 'README'))).toBe(join(dir, 'part.1', 'README.yml'))
  })

  it('does not give a .yaml manuscript as its own sidecar', () => {
    const dir = make()
    writeFileSync(join(dir, 'odd.yaml'), 'Text\n')
    expect(findSidecar(join(dir, 'odd.yaml'))).toBeUndefined()
  })
})
