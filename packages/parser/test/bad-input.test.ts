// Bad and unusual input: each gets a clear message with a place, never an exception.
import { readFileSync } from 'node:fs'
import { validateEdition } from '@colophon/schema'
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
    const paragraph = result.tree?.children[0]?.children[0]?.children[0]
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
    expect(result.tree?.omitted?.filter((omission) => omission.reason === 'excluded')).toHaveLength(1)
    // Not a timing test: a generous bound that only a hang can miss.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(30)
  })
})
