// Outputs: written whole or not at all, and only ever a regular file replaced.
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { OutputError, writeAtomic } from '../src/write.js'

const temporary = mkdtempSync(join(tmpdir(), 'colophon-cli-write-'))
afterAll(() => rmSync(temporary, { recursive: true, force: true }))

function folder(name: string): string {
  const path = join(temporary, name)
  mkdirSync(path, { recursive: true })
  return path
}

describe('writeAtomic', () => {
  it('replaces a regular file whole and leaves no temporary file beside it', async () => {
    const dir = folder('regular')
    const target = join(dir, 'report.txt')
    writeFileSync(target, 'before')
    await writeAtomic(target, 'after\n')
    expect(readFileSync(target, 'utf8')).toBe('after\n')
    expect(readdirSync(dir)).toEqual(['report.txt'])
  })

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(folder('mode'), 'private.json')
    writeFileSync(target, 'before', { mode: 0o600 })
    chmodSync(target, 0o600)
    await writeAtomic(target, 'after')
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(readFileSync(target, 'utf8')).toBe('after')
  })

  it('creates the missing folders of a new file', async () => {
    const target = join(folder('new'), 'a', 'b', 'tree.json')
    await writeAtomic(target, new Uint8Array([123, 125]))
    expect(readFileSync(target, 'utf8')).toBe('{}')
  })

  it('writes pieces of text one after another, as UTF-8', async () => {
    const target = join(folder('pieces'), 'tree.json')
    function* pieces() {
      yield '{"a":"’'
      yield '"}'
      yield '\n'
    }
    await writeAtomic(target, pieces())
    expect(readFileSync(target, 'utf8')).toBe('{"a":"’"}\n')
  })

  it('writes any pieces as the UTF-8 of each, the buffer written when full and growing as it must', async () => {
    const target = join(folder('pieces-property'), 'tree.json')
    // Pieces of every size, astral characters and lone surrogates included, a long piece
    // between short ones, pieces that fill the megabyte buffer and one longer than it: each
    // piece's bytes are those `Buffer.from` gives it.
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 5000 }),
      fc.constantFrom('\ud800', '\udfff', '😀', '’'),
      fc.constantFrom('é'.repeat(300_000), '’'.repeat(350_001))
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        await writeAtomic(target, pieces.values())
        const expected = Buffer.concat(pieces.map((text) => Buffer.from(text, 'utf8')))
        expect(readFileSync(target).equals(expected)).toBe(true)
      }),
      { seed: 20261206, numRuns: 60 }
    )
  })

  it.skipIf(process.platform === 'win32')(
    'writes into a named pipe and keeps it a pipe',
    async () => {
      const pipe = join(folder('fifo'), 'pipe')
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0)
      const reader = spawn('cat', [pipe])
      let read = ''
      reader.stdout.on('data', (chunk) => {
        read += chunk
      })
      const closed = new Promise((resolve) => reader.on('close', resolve))
      await writeAtomic(pipe, 'through the pipe\n')
      await closed
      expect(read).toBe('through the pipe\n')
      expect(statSync(pipe).isFIFO()).toBe(true)
    }
  )

  it.skipIf(!existsSync('/dev/full'))(
    'says a full device is full, and leaves it a device',
    async () => {
      const error = await writeAtomic('/dev/full', 'x').catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(OutputError)
      expect((error as Error).message).toBe(
        'cannot write /dev/full: no space left on the device (ENOSPC)'
      )
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true)
    }
  )

  it('refuses a folder and a path through a file, in words', async () => {
    const dir = folder('refused')
    const file = join(dir, 'file.txt')
    writeFileSync(file, 'kept')
    await expect(writeAtomic(dir, 'x')).rejects.toThrow(`cannot write ${dir}: it is a folder`)
    await expect(writeAtomic(join(file, 'inside.txt'), 'x')).rejects.toThrow(
      /a part of the path is a file, not a folder \((ENOTDIR|EEXIST)\)/
    )
    expect(readFileSync(file, 'utf8')).toBe('kept')
  })

  it("removes what a killed run left, and nothing that is another's or not ours", async () => {
    const dir = folder('leftovers')
    // The highest pid Linux gives is 4,194,304: no process has this one.
    const dead = '.tree.json.99999999.colophon-partial'
    const live = `.tree.json.${process.ppid}.colophon-partial`
    for (const name of [dead, live, 'tree.json.1234', 'notes.colophon-partial']) {
      writeFileSync(join(dir, name), 'x')
    }
    await writeAtomic(join(dir, 'tree.json'), '{}')
    expect(readdirSync(dir).sort()).toEqual(
      [live, 'notes.colophon-partial', 'tree.json', 'tree.json.1234'].sort()
    )
  })
})
