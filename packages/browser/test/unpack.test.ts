// Unpacking the npm Chromium where no process sees it half-written. A stand-in package unpacks
// as `@sparticuz/chromium` does: into the temporary folder read when it is called, writing a
// file in place and resolving once it is whole.
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type NpmChromium, unpackedChromium } from '../src/unpack.js'

const whole = 'x'.repeat(64 * 1024)

/** A package that writes its browser in two halves, `pauseMs` apart; `fail` dies between them. */
function standIn(pauseMs: number, fail = false) {
  const calls: string[] = []
  const chromium: NpmChromium = {
    executablePath() {
      const folder = tmpdir()
      calls.push(folder)
      const path = join(folder, 'chromium')
      return (async () => {
        await writeFile(path, whole.slice(0, whole.length / 2))
        await new Promise((done) => setTimeout(done, pauseMs))
        if (fail) throw new Error('killed while unpacking')
        await writeFile(path, whole)
        await writeFile(join(folder, 'libGLESv2.so'), 'gl')
        return path
      })()
    }
  }
  return { chromium, calls }
}

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'colophon-unpack-test-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('unpacking the npm Chromium', () => {
  it('unpacks into a folder of its version, beside its libraries, and leaves TMPDIR as it was', async () => {
    const before = process.env.TMPDIR
    const { chromium, calls } = standIn(5)
    const path = await unpackedChromium(chromium, '1.2.3', root)
    expect(path).toBe(join(root, 'colophon-npm-chromium-1.2.3', 'chromium'))
    expect(await readFile(path, 'utf8')).toBe(whole)
    expect(await readdir(join(root, 'colophon-npm-chromium-1.2.3'))).toEqual([
      'chromium',
      'libGLESv2.so'
    ])
    expect(calls).toHaveLength(1)
    expect(calls[0]).toContain('colophon-npm-chromium-1.2.3.part-')
    expect(process.env.TMPDIR).toBe(before)
  })

  it('unpacks once: a later call returns the folder there', async () => {
    const first = standIn(5)
    const second = standIn(5)
    await unpackedChromium(first.chromium, '1.2.3', root)
    await unpackedChromium(second.chromium, '1.2.3', root)
    expect(second.calls).toHaveLength(0)
  })

  it('never returns a half-written browser to callers that start at once', async () => {
    const callers = Array.from({ length: 4 }, () => standIn(30))
    const paths = await Promise.all(
      callers.map(({ chromium }) => unpackedChromium(chromium, '1.2.3', root))
    )
    for (const path of paths) {
      expect(path).toBe(join(root, 'colophon-npm-chromium-1.2.3', 'chromium'))
      expect(await readFile(path, 'utf8')).toBe(whole)
    }
    // The losers' copies are removed: the version's folder alone is left.
    expect(await readdir(root)).toEqual(['colophon-npm-chromium-1.2.3'])
  })

  it('leaves nothing that passes for a browser when unpacking fails, and unpacks whole next time', async () => {
    const failing = standIn(5, true)
    await expect(unpackedChromium(failing.chromium, '1.2.3', root)).rejects.toThrow(
      'killed while unpacking'
    )
    expect(await readdir(root)).toEqual([])
    const path = await unpackedChromium(standIn(5).chromium, '1.2.3', root)
    expect(await readFile(path, 'utf8')).toBe(whole)
  })

  it('removes the part folder a killed process left, once it is stale', async () => {
    const stale = join(root, 'colophon-npm-chromium-1.2.3.part-AbC123')
    const fresh = join(root, 'colophon-npm-chromium-1.2.3.part-DeF456')
    await mkdir(stale)
    await mkdir(fresh)
    const hourAgo = new Date(Date.now() - 60 * 60_000)
    await utimes(stale, hourAgo, hourAgo)
    await unpackedChromium(standIn(5).chromium, '1.2.3', root)
    expect((await readdir(root)).sort()).toEqual([
      'colophon-npm-chromium-1.2.3',
      'colophon-npm-chromium-1.2.3.part-DeF456'
    ])
  })

  it('uses the package’s own place if it does not unpack where it is told', async () => {
    const elsewhere = join(root, 'elsewhere')
    const chromium: NpmChromium = { executablePath: async () => elsewhere }
    expect(await unpackedChromium(chromium, '1.2.3', root)).toBe(elsewhere)
    expect(await readdir(root)).toEqual([])
  })
})
