// Tests for decode: encodings, byte-order marks, located UTF-8 and UTF-16 faults, controls, size.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Decoded, decode, maxBytes } from '../src/shared/decode.js'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)))

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  const be = Buffer.from(le)
  be.swap16()
  return be
}

function text(result: Decoded): string {
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`)
  return result.text
}

function failure(result: Decoded): Extract<Decoded, { ok: false }> {
  if (result.ok) throw new Error('expected a failure, got text')
  return result
}

/** Where `index` (a UTF-16 offset) lies in `source`, counted the way decode counts. */
function lineAndColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index)
  const breaks = before.match(/\r\n?|\n/g) ?? []
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return { line: breaks.length + 1, column: index - (lastBreak + 1) + 1 }
}

const latin1Hint =
  'if the file is Latin-1 or Windows-1252, set `encoding: windows-1252` in the settings'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('UTF-8', () => {
  it('decodes plain UTF-8 by default', () => {
    const source = 'Chapter 1\n\nStalin’s “second revolution” — naïve 😀 Ωμέγα\n'
    expect(decode(utf8(source))).toEqual({
      ok: true,
      text: source,
      encoding: 'utf-8',
      bom: false,
      controls: []
    })
    expect(decode(utf8(source), 'utf-8')).toEqual(decode(utf8(source)))
  })

  it('decodes an empty file to an empty text', () => {
    expect(decode(new Uint8Array())).toEqual({
      ok: true,
      text: '',
      encoding: 'utf-8',
      bom: false,
      controls: []
    })
  })

  it('removes a UTF-8 byte-order mark, and only the first', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'Title\n'))).toEqual({
      ok: true,
      text: 'Title\n',
      encoding: 'utf-8',
      bom: true,
      controls: []
    })
    expect(text(decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x')))).toBe('\uFEFFx')
    expect(text(decode(bytes('a', [0xef, 0xbb, 0xbf])))).toBe('a\uFEFF')
  })

  it('lets a UTF-8 byte-order mark outrank the encoding setting', () => {
    const result = decode(bytes([0xef, 0xbb, 0xbf], 'café'), 'windows-1252')
    expect(result).toMatchObject({ ok: true, text: 'café', encoding: 'utf-8', bom: true })
  })

  it('accepts a Buffer and a view into the middle of a larger buffer', () => {
    expect(text(decode(Buffer.from('naïve', 'utf8')))).toBe('naïve')
    const whole = bytes('xxxx', 'été', [0xff])
    expect(text(decode(whole.subarray(4, whole.length - 1)))).toBe('été')
  })
})

describe('invalid UTF-8', () => {
  it('reports a bad first byte', () => {
    const result = failure(decode(bytes([0xe9], 'té')))
    expect(result.ruleId).toBe('encoding-invalid')
    expect(result.place).toEqual({ byteOffset: 0, line: 1, column: 1 })
    expect(result.reason).toBe(
      'Invalid UTF-8 at byte `0` (line 1, column 1): byte `0xE9` does not start a valid ' +
        `sequence: 2 continuation bytes should follow, not \`0x74\`; ${latin1Hint}`
    )
  })

  it('counts lines across CRLF and columns in decoded characters after multi-byte ones', () => {
    // Line 3 holds 2-byte, 3-byte and 4-byte characters before the bad byte.
    const before = 'Première ligne\r\nzweite Zeile — gut\r\nλέξη “😀” '
    const input = bytes(before, [0xe9, 0x74, 0xe9], '\r\nend')
    const result = failure(decode(input))
    // λέξη (4) + space + “ + 😀 (2 code units) + ” + space = 10 code units before it
    expect(result.place).toEqual({ byteOffset: utf8(before).length, line: 3, column: 11 })
    expect(result.reason).toContain(
      `Invalid UTF-8 at byte \`${utf8(before).length}\` (line 3, column 11): byte \`0xE9\``
    )
    expect(result.reason).toContain(latin1Hint)
  })

  it('counts a lone CR as a line break, and a CRLF as one', () => {
    const result = failure(decode(bytes('a\rb\r\nc\n\nd\r\r\nef', [0x80])))
    expect(result.place).toMatchObject({ line: 7, column: 3 })
  })

  it('counts the byte-order mark in the byte offset but not in the column', () => {
    const result = failure(decode(bytes([0xef, 0xbb, 0xbf], 'ab', [0xff])))
    expect(result.place).toEqual({ byteOffset: 5, line: 1, column: 3 })
    expect(result.reason).toContain('byte `0xFF` does not start a valid sequence')
    // The setting cannot help here, so the advice is to re-save the file.
    expect(result.reason).not.toContain(latin1Hint)
    expect(result.reason).toContain('re-save it as UTF-8')
  })

  it('reports a sequence cut short at the end of the file', () => {
    const result = failure(decode(bytes('abc\n', [0xe2, 0x80])))
    expect(result.place).toEqual({ byteOffset: 4, line: 2, column: 1 })
    expect(result.reason).toContain(
      'bytes `0xE2 0x80` do not start a valid sequence: the file ends where 1 more continuation ' +
        'byte should follow'
    )
    const lone = failure(decode(bytes('ab', [0xf0])))
    expect(lone.place).toEqual({ byteOffset: 2, line: 1, column: 3 })
    expect(lone.reason).toContain('the file ends where 3 continuation bytes should follow')
  })

  it('reports a sequence broken off in the middle at its lead byte', () => {
    const result = failure(decode(bytes('x', [0xe2, 0x80], 'y')))
    expect(result.place?.byteOffset).toBe(1)
    expect(result.reason).toContain(
      'bytes `0xE2 0x80` do not start a valid sequence: 1 more continuation byte should follow, ' +
        'not `0x79`'
    )
  })

  it('rejects the overlong C0 AF', () => {
    const result = failure(decode(bytes('../', [0xc0, 0xaf], 'etc')))
    expect(result.place).toEqual({ byteOffset: 3, line: 1, column: 4 })
    expect(result.reason).toContain(
      'byte `0xC0` does not start a valid sequence (it could only begin an overlong form)'
    )
  })

  it('rejects longer overlong forms', () => {
    const three = failure(decode(bytes('a', [0xe0, 0x80, 0xaf])))
    expect(three.place?.byteOffset).toBe(1)
    expect(three.reason).toContain('bytes `0xE0 0x80` do not start a valid sequence')
    expect(three.reason).toContain('overlong')
    const four = failure(decode(bytes([0xf0, 0x8f, 0xbf, 0xbf])))
    expect(four.place?.byteOffset).toBe(0)
    expect(four.reason).toContain('overlong')
  })

  it('rejects a surrogate encoded in UTF-8 (ED A0 80)', () => {
    const result = failure(decode(bytes('ok\nno ', [0xed, 0xa0, 0x80])))
    expect(result.place).toEqual({ byteOffset: 6, line: 2, column: 4 })
    expect(result.reason).toContain(
      'bytes `0xED 0xA0` do not start a valid sequence (they would encode a UTF-16 surrogate'
    )
  })

  it('rejects code points above U+10FFFF and bytes that never occur', () => {
    const above = failure(decode(bytes([0xf4, 0x90, 0x80, 0x80])))
    expect(above.reason).toContain('above U+10FFFF')
    for (const byte of [0xf5, 0xf8, 0xfe, 0xff]) {
      const result = failure(decode(bytes('a', [byte, 0x80, 0x80, 0x80])))
      expect(result.place?.byteOffset).toBe(1)
      expect(result.reason).toContain('it never occurs in UTF-8')
    }
  })

  it('rejects a continuation byte with no lead byte', () => {
    const result = failure(decode(bytes('é', [0xa9])))
    expect(result.place).toEqual({ byteOffset: 2, line: 1, column: 2 })
    expect(result.reason).toContain('continuation byte with no lead byte before it')
  })

  it('finds the fault exactly where a WHATWG decoder puts its first replacement', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    const valid = (part: Uint8Array): boolean => {
      try {
        fatal.decode(part)
        return true
      } catch {
        return false
      }
    }
    // The first fault starts at the longest prefix that still decodes on its own and
    // is followed by a byte the streaming decoder refuses (or by the end of the file).
    const expected = (input: Uint8Array): number | undefined => {
      if (valid(input)) return undefined
      const streaming = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
      let refused = input.length
      for (let i = 0; i < input.length; i++) {
        try {
          streaming.decode(input.subarray(i, i + 1), { stream: true })
        } catch {
          refused = i
          break
        }
      }
      let start = refused
      while (!valid(input.subarray(0, start))) start--
      return start
    }
    const interesting = fc.oneof(
      fc.constantFrom(0x41, 0x0a, 0x0d, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1),
      fc.constantFrom(0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff),
      fc.integer({ min: 0, max: 255 })
    )
    fc.assert(
      fc.property(fc.array(interesting, { maxLength: 12 }), (list) => {
        const input = Uint8Array.from(list)
        const result = decode(input)
        const offset = expected(input)
        if (offset === undefined) expect(result.ok).toBe(true)
        else expect(failure(result).place?.byteOffset).toBe(offset)
      }),
      { numRuns: 3000, seed: 20_250_101 }
    )
  })
})

describe('UTF-16', () => {
  const source = 'Chapitre 1\r\nÉté 😀 “quoted”\n'

  it('decodes UTF-16LE announced by its byte-order mark, whatever the setting says', () => {
    const input = Buffer.from(`\uFEFF${source}`, 'utf16le')
    const expected = { ok: true, text: source, encoding: 'utf-16le', bom: true, controls: [] }
    expect(decode(input)).toEqual(expected)
    expect(decode(input, 'latin1')).toEqual(expected)
    expect(decode(input, 'utf-16be')).toEqual(expected)
  })

  it('decodes UTF-16BE announced by its byte-order mark, whatever the setting says', () => {
    const input = utf16be(`\uFEFF${source}`)
    expect(Array.from(input.subarray(0, 4))).toEqual([0xfe, 0xff, 0x00, 0x43])
    const expected = { ok: true, text: source, encoding: 'utf-16be', bom: true, controls: [] }
    expect(decode(input)).toEqual(expected)
    expect(decode(input, 'windows-1252')).toEqual(expected)
  })

  it('decodes UTF-16 without a byte-order mark when the setting names it', () => {
    expect(decode(Buffer.from(source, 'utf16le'), 'utf-16le')).toMatchObject({
      ok: true,
      text: source,
      bom: false
    })
    expect(decode(utf16be(source), 'utf-16be')).toMatchObject({
      ok: true,
      text: source,
      encoding: 'utf-16be',
      bom: false
    })
  })

  it('reports an odd number of bytes at the last byte', () => {
    const input = Buffer.concat([Buffer.from('\uFEFFab\ncd', 'utf16le'), Buffer.from([0x65])])
    const result = failure(decode(input))
    expect(result.ruleId).toBe('encoding-invalid')
    expect(result.place).toEqual({ byteOffset: 12, line: 2, column: 3 })
    expect(result.reason).toBe(
      'Invalid UTF-16LE at byte `12` (line 2, column 3): the file has an odd number of bytes, ' +
        'so its last byte `0x65` is half a character; the file may be damaged or cut short'
    )
  })

  it('reports an unpaired high surrogate', () => {
    const input = utf16be('\uFEFFl1\nab\uD83Dc')
    const result = failure(decode(input))
    expect(result.place).toEqual({ byteOffset: 12, line: 2, column: 3 })
    expect(result.reason).toContain(
      'Invalid UTF-16BE at byte `12` (line 2, column 3): code unit `0xD83D` is a high surrogate'
    )
  })

  it('reports an unpaired low surrogate, even when the file also has an odd length', () => {
    const input = Buffer.concat([Buffer.from('😀\uDE00xyz', 'utf16le'), Buffer.from([0x00])])
    const result = failure(decode(input, 'utf-16le'))
    expect(result.place).toEqual({ byteOffset: 4, line: 1, column: 3 })
    expect(result.reason).toContain('code unit `0xDE00` is a low surrogate')
  })

  it('reports a high surrogate at the very end', () => {
    const result = failure(decode(Buffer.from('\uFEFFabc\uD800', 'utf16le')))
    expect(result.place).toEqual({ byteOffset: 8, line: 1, column: 4 })
  })
})

describe('Latin-1 and Windows-1252', () => {
  it('maps every byte to the same code point under latin1', () => {
    const result = decode(Uint8Array.of(0x80, 0xe9), 'latin1')
    expect(result).toEqual({
      ok: true,
      text: '\u0080\u00E9',
      encoding: 'latin1',
      bom: false,
      controls: [0]
    })
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(text(decode(all, 'latin1'))).toBe(String.fromCharCode(...all))
  })

  it('maps 0x80–0x9F to the Windows-1252 characters under windows-1252', () => {
    expect(decode(Uint8Array.of(0x80, 0xe9), 'windows-1252')).toEqual({
      ok: true,
      text: '€é',
      encoding: 'windows-1252',
      bom: false,
      controls: []
    })
    expect(
      text(decode(Uint8Array.of(0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f), 'windows-1252'))
    ).toBe('‘’“”–—Ÿ')
    expect(text(decode(Uint8Array.of(0x41, 0xa0, 0xff), 'windows-1252'))).toBe('A\u00A0ÿ')
  })

  it('keeps the five bytes Windows-1252 leaves undefined as C1 controls, and reports them', () => {
    const result = decode(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x41), 'windows-1252')
    expect(result).toMatchObject({
      text: '\u0081\u008D\u008F\u0090\u009DA',
      controls: [0, 1, 2, 3, 4]
    })
  })

  it('does not read a UTF-8 é as latin1 unless asked', () => {
    expect(text(decode(utf8('é'), 'latin1'))).toBe('Ã©')
    expect(text(decode(utf8('é')))).toBe('é')
  })
})

describe('controls', () => {
  it('locates NUL, ESC, DEL and C1 controls by UTF-16 offset', () => {
    const source = 'a\u0000b\u001Bc\u007Fd\u0085e\u000Bf😀\u0001'
    const result = decode(utf8(source))
    expect(result).toMatchObject({ ok: true, text: source })
    expect(result.ok && result.controls).toEqual([1, 3, 5, 7, 9, 13])
  })

  it('leaves TAB, LF, CR and FF alone', () => {
    expect(decode(utf8('a\tb\nc\rd\r\ne\ff\u00A0g'))).toMatchObject({ ok: true, controls: [] })
  })

  it('finds controls in UTF-16 text too', () => {
    const result = decode(Buffer.from('\uFEFFx\u0000y\u009F', 'utf16le'))
    expect(result).toMatchObject({ ok: true, text: 'x\u0000y\u009F', controls: [1, 3] })
  })
})

describe('size limit', () => {
  it('is 64 MiB', () => {
    expect(maxBytes).toBe(64 * 1024 * 1024)
  })

  it('refuses a manuscript one byte over the limit without decoding it', () => {
    const decodeSpy = vi.spyOn(TextDecoder.prototype, 'decode')
    const result = decode(new Uint8Array(maxBytes + 1))
    expect(decodeSpy).not.toHaveBeenCalled()
    expect(result).toEqual({
      ok: false,
      ruleId: 'size-limit',
      reason:
        'Manuscript is `67.1 MB`, over the limit of `64 MiB`; split it into several files ' +
        '(one per part or chapter)'
    })
  })

  it('checks the size before the bytes, whatever the encoding', () => {
    const garbage = new Uint8Array(maxBytes + 1).fill(0xff)
    expect(decode(garbage)).toMatchObject({ ok: false, ruleId: 'size-limit' })
    expect(decode(garbage, 'utf-16le')).toMatchObject({ ok: false, ruleId: 'size-limit' })
  })

  it('accepts a manuscript of exactly the limit', () => {
    const result = decode(new Uint8Array(maxBytes).fill(0x61))
    expect(result.ok && result.text.length).toBe(maxBytes)
  })
})

// Speed is measured in bench/; these only prove that large inputs work.
describe('large input', () => {
  it('decodes 50 MB of valid UTF-8', () => {
    const line = utf8('Stalin’s second revolution — “collectivization” — Ωμέγα 😀.\r\n')
    const input = new Uint8Array(50_000_000)
    for (let at = 0; at + line.length <= input.length; at += line.length) input.set(line, at)
    input.fill(0x20, input.length - (input.length % line.length))
    const result = decode(input)
    expect(result.ok && result.controls).toEqual([])
  })

  it('locates a fault at the end of 50 MB', () => {
    const input = new Uint8Array(50_000_000).fill(0x61)
    for (let at = 99; at < input.length; at += 100) input[at] = 0x0a
    input[input.length - 1] = 0xc3
    const result = failure(decode(input))
    expect(result.place).toEqual({ byteOffset: input.length - 1, line: 500_000, column: 100 })
  })
})

describe('misuse', () => {
  it('throws a TypeError for anything but a Uint8Array', () => {
    expect(() => decode('text' as unknown as Uint8Array)).toThrow(TypeError)
    expect(() => decode(new Uint16Array(2) as unknown as Uint8Array)).toThrow(TypeError)
    expect(() => decode([0x41] as unknown as Uint8Array)).toThrow(TypeError)
    expect(() => decode(undefined as unknown as Uint8Array)).toThrow(TypeError)
  })

  it('throws a TypeError for an unknown encoding name', () => {
    expect(() => decode(utf8('x'), 'utf8' as never)).toThrow(/Unknown encoding `utf8`/)
    expect(() => decode(utf8('x'), 'UTF-8' as never)).toThrow(TypeError)
    expect(() => decode(utf8('x'), null as never)).toThrow(TypeError)
  })

  it('never throws for any bytes in any encoding', () => {
    const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'windows-1252'] as const
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom(...encodings),
        (input, name) => {
          const result = decode(input, name)
          if (!result.ok) {
            expect(result.ruleId).toBe('encoding-invalid')
            expect(result.place?.byteOffset).toBeLessThan(input.length)
          }
        }
      ),
      { numRuns: 2000, seed: 42 }
    )
  })
})

describe('a real manuscript', () => {
  const path = new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
  const raw = readFileSync(path)
  const source = raw.toString('utf8')

  it('decodes to the same string as Buffer does', () => {
    expect(decode(raw)).toEqual({
      ok: true,
      text: source,
      encoding: 'utf-8',
      bom: false,
      controls: []
    })
  })

  it.each([
    ['the first ’', 0],
    ['the first ’ past the middle', source.length >> 1]
  ])('places a corrupted byte where %s is in the text', (_, from) => {
    const index = source.indexOf('’', from)
    const byteOffset = Buffer.byteLength(source.slice(0, index), 'utf8')
    expect(Array.from(raw.subarray(byteOffset, byteOffset + 3))).toEqual([0xe2, 0x80, 0x99])
    expect(byteOffset).toBeGreaterThan(0)
    const corrupted = Uint8Array.from(raw)
    corrupted[byteOffset] = 0xff
    const result = failure(decode(corrupted))
    const { line, column } = lineAndColumn(source, index)
    expect(result.place).toEqual({ byteOffset, line, column })
    expect(result.reason).toContain(
      `Invalid UTF-8 at byte \`${byteOffset}\` (line ${line}, column ${column}): ` +
        'byte `0xFF` does not start a valid sequence'
    )
  })
})
