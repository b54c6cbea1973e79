// Bad and unusual input: each gets a clear message with a place, never an exception.
import { readFileSync } from 'node:fs'
import { paragraphsOf, validateEdition } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { maxBytes, parse, severityOf } from '../src/index.js'

const seedPath = new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
const seed = readFileSync(seedPath, 'utf8')
const declared = { notes: { bodies: 'absent' as const } }

/** The tree without positions or hashes, to compare trees of differently encoded sources. */
function shape(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, inner) =>
      key === 'position' || key === 'titlePosition' || key === 'partPosition' || key === 'sha256'
        ? undefined
        : inner
    )
  )
}

function valid(tree: unknown): void {
  const result = validateEdition(tree)
  expect(result.ok ? [] : result.problems).toEqual([])
}

describe('encodings', () => {
  const sample = 'Title\n\nCafé “crème” costs 5 francs.1 Next.\n'

  it('names the byte, line and column of invalid UTF-8 and suggests the encoding setting', () => {
    const bytes = Buffer.from('First line\nSecond caf\xe9 line\n', 'latin1')
    const result = parse(bytes, { path: 'latin.txt' })
    expect(result.tree).toBeUndefined()
    const [message] = result.messages
    expect(message?.ruleId).toBe('encoding-invalid')
    expect(message?.fatal).toBe(true)
    expect([message?.line, message?.column]).toEqual([2, 11])
    expect(message?.reason).toContain('byte `21`')
    expect(message?.reason).toContain('encoding: windows-1252')
  })

  it('reads Latin-1 and Windows-1252 when the settings say so', () => {
    const bytes = Buffer.from('Caf\xe9 cr\xe8me.\n', 'latin1')
    for (const encoding of ['latin1', 'windows-1252'] as const) {
      const result = parse(bytes, { settings: { encoding } })
      valid(result.tree)
      expect(String(result.file.value)).toBe('Café crème.\n')
    }
    const euro = parse(Uint8Array.from([0x80, 0x35, 0x2e]), { encoding: 'windows-1252' })
    expect(String(euro.file.value)).toBe('€5.')
  })

  it('decodes UTF-16 by its byte-order mark into the same tree as UTF-8', () => {
    const utf8 = parse(Buffer.from(sample, 'utf8'), { settings: declared })
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    for (const bytes of [le, be]) {
      const result = parse(bytes, { settings: declared })
      valid(result.tree)
      expect(shape(result.tree)).toEqual(shape(utf8.tree))
    }
  })

  it('removes a UTF-8 byte-order mark, says so, and keeps columns as an editor shows them', () => {
    const result = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]), {
      settings: declared
    })
    expect(result.messages.map((m) => m.ruleId)).toContain('encoding-bom')
    const title = result.tree?.omitted?.[0]
    expect(title?.reason).toBe('title')
    expect(title?.position.start).toEqual({ line: 1, column: 1, offset: 0 })
  })
})

describe('line endings', () => {
  it('gives the same tree for LF, CRLF and CR, with positions right in each', () => {
    const lf = parse(seed, { settings: { ...declared, exclude: [{ block: 1 }, { block: -1 }] } })
    for (const ending of ['\r\n', '\r']) {
      const source = seed.replace(/\n/g, ending)
      const result = parse(source, {
        settings: { ...declared, exclude: [{ block: 1 }, { block: -1 }] }
      })
      expect(shape(result.tree)).toEqual(shape(lf.tree))
      const reference = result.tree?.children[0]?.notes[6]
      expect(reference?.label).toBe('7')
      // Marker 7 (`1933.7`) is on line 19 whatever the line endings.
      const messages = result.messages.filter((m) => m.ruleId === 'marker-ambiguous')
      expect(messages[0]?.line).toBe(19)
    }
  })
})

describe('control characters', () => {
  it('reports NUL and other controls as errors at their place', () => {
    const result = parse('Clean line.\n\nA bro\u0000ken line\u001b here.\n')
    valid(result.tree)
    const controls = result.messages.filter((m) => m.ruleId === 'text-control-character')
    expect(controls.map((m) => [m.line, m.column, severityOf(m)])).toEqual([
      [3, 6, 'error'],
      [3, 15, 'error']
    ])
    expect(controls[0]?.reason).toContain('U+0000')
  })

  it('names the first few and counts the rest', () => {
    const result = parse(`Text ${'\u0001'.repeat(20)} here.`)
    const controls = result.messages.filter((m) => m.ruleId === 'text-control-character')
    expect(controls).toHaveLength(6)
    expect(controls.filter((m) => m.reason.includes('15 more'))).toHaveLength(1)
  })
})

describe('invisible characters', () => {
  const kinds: Array<[string, string]> = [
    ['\u202E', 'right-to-left override'],
    ['\u2066', 'left-to-right isolate'],
    ['\u200F', 'right-to-left mark'],
    ['\u200B', 'zero-width space'],
    ['\u2060', 'word joiner'],
    ['\uFEFF', 'byte-order mark inside the text'],
    ['\u2028', 'line separator'],
    ['\u2029', 'paragraph separator'],
    ['\uFDD0', 'noncharacter'],
    ['\uFFFF', 'noncharacter'],
    ['\u{10FFFE}', 'noncharacter']
  ]

  it('warns of each, naming the code point and what it is, at its place, in text and Markdown', () => {
    for (const path of ['a.txt', 'a.md']) {
      for (const [character, name] of kinds) {
        const result = parse(`Title\n\nA line wi${character}th it.\n`, { path })
        valid(result.tree)
        const found = result.messages.filter((m) => m.ruleId === 'text-invisible')
        const code = (character.codePointAt(0) as number).toString(16).toUpperCase()
        expect(
          found.map((m) => [m.line, m.column, severityOf(m)]),
          `${path} U+${code}`
        ).toEqual([[3, 10, 'warning']])
        expect(found[0]?.reason).toContain(`\`U+${code}\``)
        expect(found[0]?.reason).toContain(name)
      }
    }
  })

  it('keeps them in the text, where they stand', () => {
    const result = parse('Title\n\nA \u202Eb\u200Bc.\n')
    const claim = result.tree?.children[0]?.children[0]?.children[0]
    const paragraph = claim?.type === 'paragraph' ? claim : undefined
    const text = paragraph?.children[0]?.children[0]
    expect(text?.type === 'text' && text.value).toBe('A \u202Eb\u200Bc.')
  })

  it('names the first five and counts the rest at the sixth', () => {
    const result = parse(`Title\n\nText${'\u200B'.repeat(12)} here.`)
    const found = result.messages.filter((m) => m.ruleId === 'text-invisible')
    expect(found).toHaveLength(6)
    expect(found[5]?.reason).toContain('7 more invisible characters')
    expect([found[5]?.line, found[5]?.column]).toEqual([3, 10])
  })

  it('leaves the soft hyphen and the joiners alone, and U+200B in Thai', () => {
    const result = parse('Title\n\nhy\u00ADphen, \u0645\u200C\u06CC, \u{1F469}\u200D\u{1F52C}.\n')
    expect(result.messages.map((m) => m.ruleId)).not.toContain('text-invisible')
    const thai = parse('ชื่อ\n\nภาษาไทย\u200Bเขียนติดกัน\n', { settings: { language: 'th' } })
    expect(thai.messages.map((m) => m.ruleId)).not.toContain('text-invisible')
  })
})

describe('doubly encoded text', () => {
  it('warns once, at the first sequence, and counts them all', () => {
    for (const path of ['a.txt', 'a.md']) {
      const result = parse(
        'Title\n\nIt\u00e2\u20ac\u2122s a caf\u00c3\u00a9, \u00e2\u20ac\u0153sch\u00c3\u00b6n\u00e2\u20ac\u009d, \u00c3\u00bcber, \u00c3\u00a8.\n',
        { path }
      )
      const found = result.messages.filter((m) => m.ruleId === 'text-mojibake')
      expect(
        found.map((m) => [m.line, m.column, severityOf(m)]),
        path
      ).toEqual([[3, 3, 'warning']])
      expect(found[0]?.reason).toContain('`â€™`')
      expect(found[0]?.reason).toContain('doubly encoded')
      expect(found[0]?.reason).toContain('7 such sequences')
    }
  })

  it('says to remove the encoding setting when a UTF-8 file was read as Windows-1252', () => {
    const bytes = Buffer.from('Title\n\nA caf\u00e9 and \u201cquotes\u201d.\n', 'utf8')
    const result = parse(bytes, { settings: { encoding: 'windows-1252' } })
    const found = result.messages.filter((m) => m.ruleId === 'text-mojibake')
    expect(found).toHaveLength(1)
    expect(found[0]?.reason).toContain('remove `encoding: windows-1252`')
  })

  it('is silent on real text in Portuguese, French and German capitals', () => {
    const result = parse('SÃO PAULO\n\nNÃO”, disse. «IRMÃ» é Â. Ça, Ölüm, Über, É, À.\n')
    expect(result.messages.map((m) => m.ruleId)).not.toContain('text-mojibake')
  })
})

describe('UTF-16 without a byte-order mark', () => {
  it('says which, and how to set it, instead of counting NULs', () => {
    const text = 'Title\n\nCafé “crème” costs 5 francs.1 Next.\n'.repeat(50)
    const little = Buffer.from(text, 'utf16le')
    const big = Buffer.from(little).swap16()
    for (const [bytes, name] of [
      [little, 'utf-16le'],
      [big, 'utf-16be']
    ] as const) {
      const result = parse(bytes, { path: 'wide.txt' })
      expect(result.tree).toBeUndefined()
      expect(result.messages).toHaveLength(1)
      const [message] = result.messages
      expect(message?.ruleId).toBe('encoding-invalid')
      expect([message?.line, message?.column]).toEqual([1, 1])
      expect(message?.reason).toContain(
        `looks like ${name.toUpperCase()} without a byte-order mark`
      )
      expect(message?.reason).toContain(`set \`encoding: ${name}\` in the settings`)
      const read = parse(bytes, { path: 'wide.txt', settings: { encoding: name } })
      expect(read.messages.map((m) => m.ruleId)).not.toContain('text-control-character')
      expect(shape(read.tree)).toEqual(shape(parse(text, { path: 'wide.txt' }).tree))
    }
  })

  it('leaves a UTF-8 text with a stray NUL to the control character report', () => {
    const result = parse(Buffer.from('Title\n\nA NUL\u0000 here.\n', 'utf8'))
    expect(result.messages.map((m) => m.ruleId)).toEqual(['text-control-character'])
  })
})

describe('form feeds', () => {
  it('reads one inside a paragraph as a space, and one on its own line as a block break', () => {
    const result = parse(
      'Title\n\nThe end of page one\n\fgoes on here. And\fmore.\n\f\nNext block.\n'
    )
    valid(result.tree)
    const json = JSON.stringify(result.tree)
    expect(json).not.toContain('\\f')
    const section = result.tree?.children[0]?.children[0]
    const paragraphs = section?.children.filter((child) => child.type === 'paragraph') ?? []
    expect(paragraphs).toHaveLength(2)
    const first = paragraphs[0]
    expect(first?.type === 'paragraph' && first.verse).toBeFalsy()
    expect(json).toContain('The end of page one\\n goes on here.')
    expect(json).toContain('And more.')
  })

  it('reads one in verse and in Markdown as a space too', () => {
    const verse = parse('Title\n\nOne line\n\fTwo line\nThree\fline\n')
    expect(JSON.stringify(verse.tree)).not.toContain('\\f')
    const markdown = parse('# Title\n\nA page\fbreak.\n', { path: 'a.md' })
    expect(JSON.stringify(markdown.tree)).not.toContain('\\f')
    expect(JSON.stringify(markdown.tree)).toContain('A page break.')
  })
})

describe('empty and odd texts', () => {
  it('warns about an empty file and still returns a valid tree', () => {
    for (const input of ['', '\n\n  \n', new Uint8Array()]) {
      const result = parse(input)
      valid(result.tree)
      expect(result.tree?.children).toEqual([])
      expect(result.messages.map((m) => m.ruleId)).toEqual(['text-empty'])
    }
  })

  it('keeps line breaks in verse', () => {
    const result = parse(
      'The Tyger\n\nTyger Tyger, burning bright,\nIn the forests of the night;\n'
    )
    const section = result.tree?.children[0]?.children[0]
    const paragraph = section && paragraphsOf(section)[0]
    expect(paragraph?.verse).toBe(true)
    expect(paragraph?.children[0]?.children.map((node) => node.type)).toEqual([
      'text',
      'break',
      'text'
    ])
  })

  it('treats names such as __proto__ as plain text everywhere', () => {
    const text =
      '__PROTO__\n\nThe constructor of __proto__ said “toString.”1\n\nNOTES\n\n1. hasOwnProperty.\n'
    const result = parse(text, {
      path: '__proto__.txt',
      settings: { title: '__proto__', author: 'constructor' }
    })
    valid(result.tree)
    expect(result.tree?.meta.title).toBe('__proto__')
    expect(result.tree?.children[0]?.title).toBe('__PROTO__')
    expect(result.tree?.children[0]?.notes[0]?.status).toBe('present')
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
    expect(({} as Record<string, unknown>).constructor).toBe(Object)
  })
})

describe('size', () => {
  it('refuses a manuscript over the size limit before decoding it', () => {
    const result = parse(new Uint8Array(maxBytes + 1).fill(0x61))
    expect(result.tree).toBeUndefined()
    expect(result.messages[0]?.ruleId).toBe('size-limit')
    expect(result.messages[0]?.reason).toContain('64 MiB')
  })

  it('parses a 50 MB manuscript', () => {
    const copies = Math.ceil(50e6 / Buffer.byteLength(seed))
    const big = Buffer.from(Array.from({ length: copies }, () => seed).join('\n\n'))
    expect(big.length).toBeGreaterThan(50e6)
    const result = parse(big, { settings: declared })
    const paragraphs = result.tree?.children[0]?.children.reduce((n, s) => n + s.children.length, 0)
    // 77 blocks in each copy (the web artefacts are not excluded here), less the
    // first line, which is read as the manuscript's title.
    expect(paragraphs).toBe(77 * copies - 1)
  })
})

describe('misuse', () => {
  it('throws a TypeError for input that is not text or bytes, or for invalid settings', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError)
    expect(() => parse('x', { settings: { titel: 'x' } as never })).toThrow(/titel/)
  })
})

describe('patterns from the settings', () => {
  // `^(a+)+$` takes JavaScript's backtracking engine 2^n steps on n `a`s and a `b`: 40 of
  // them would run for days. The settings' patterns run in a linear-time engine instead.
  it('runs a pattern that would backtrack for days in linear time', () => {
    const trap = `${'a'.repeat(40)}b`
    const started = process.hrtime.bigint()
    const result = parse(`Title\n\n${trap}\n\naaaa\n\nA fact.\n`, {
      settings: { exclude: [{ pattern: '^(a+)+$' }] }
    })
    const words = (result.tree?.children ?? []).flatMap((chapter) =>
      chapter.children.flatMap((section) => section.children.map((block) => JSON.stringify(block)))
    )
    expect(words.some((block) => block.includes(trap))).toBe(true)
    expect(words.some((block) => block.includes('"aaaa"'))).toBe(false)
    expect(result.tree?.omitted?.filter((omission) => omission.reason === 'excluded')).toHaveLength(
      1
    )
    // Not a timing test: a generous bound that only a hang can miss.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(30)
  })
})

describe('a separate notes file', () => {
  it('has its controls, invisible characters and doubly encoded text named at their places in it', () => {
    const { messages } = parse('A fact.[1] Another.[2]\n', {
      path: 'text.txt',
      settings: { notes: { file: 'notes.txt' } },
      notes: {
        path: 'notes.txt',
        value: Buffer.from(
          '[1] A note\u0007 here.\n\n[2] He didn\u00e2\u20ac\u2122t, said \u202eX.\n',
          'utf8'
        )
      }
    })
    const inNotes = messages.filter((m) => m.file === 'notes.txt')
    expect(inNotes.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:11 text-control-character',
      '3:12 text-mojibake',
      '3:23 text-invisible'
    ])
  })
})
