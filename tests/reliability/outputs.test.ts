// Faults while writing, each case a `colophon` process of its own: special files written into
// and never replaced, refusals in words, a run killed mid-write leaving the old file whole,
// concurrent runs on one target, and nothing left behind.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { colophon, inventory, repo, scratch } from './run.js'

const seed = join(repo, 'source', 'snyder-bloodlands-ch2-class-terror.txt')

/** A folder with a short manuscript that `check` fails (note 2 is missing) and `parse` reads. */
function project(name: string): string {
  const folder = scratch(name)
  writeFileSync(join(folder, 'gap.txt'), 'Title\n\nOne.[1] Three.[3]\n\n[1] A.\n\n[3] C.\n')
  return folder
}

/** A manuscript of `copies` copies of the first manuscript, whose tree takes a while to write. */
function large(folder: string, copies: number): string {
  const text = readFileSync(seed, 'utf8')
  writeFileSync(join(folder, 'large.txt'), Array(copies).fill(text).join('\n\n'))
  return 'large.txt'
}

/** Resolves once `test` holds, looking every 5 ms, or rejects after `ms`. */
async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!test()) {
    if (Date.now() > end) throw new Error('Timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const partial = /\.colophon-partial$/

describe('where --out points', () => {
  it.skipIf(process.platform === 'win32')('a named pipe: written into, still a pipe', async () => {
    const folder = project('fifo')
    const pipe = join(folder, 'pipe')
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0)
    const reader = spawn('cat', [pipe])
    let read = ''
    reader.stdout.on('data', (chunk) => {
      read += chunk
    })
    const closed = new Promise((resolve) => reader.on('close', resolve))
    const run = await colophon(['check', 'gap.txt', '--out', 'pipe'], { cwd: folder })
    expect(run.code).toBe(1)
    await closed
    expect(read).toContain('note-sequence')
    expect(statSync(pipe).isFIFO()).toBe(true)
  })

  it.skipIf(!existsSync('/dev/full'))('a full device: said, exit 2, still a device', async () => {
    const folder = project('full')
    const run = await colophon(['check', 'gap.txt', '--out', '/dev/full'], { cwd: folder })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'colophon: cannot write /dev/full: no space left on the device (ENOSPC)\n'
    )
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true)
  })

  it('a folder, a path through a file, a place no file can be made: said, nothing changed', async () => {
    const folder = project('refused')
    writeFileSync(join(folder, 'file.txt'), 'kept')
    mkdirSync(join(folder, 'folder'))
    const before = inventory(folder)
    const cases: [string, RegExp][] = [
      ['folder', /it is a folder; name a file/],
      ['file.txt/tree.json', /a part of the path is a file, not a folder/],
      ['/sys/colophon-tree.json', /permission denied|read-only|no file can be created/]
    ]
    for (const [out, reason] of cases) {
      const run = await colophon(['parse', 'gap.txt', '--out', out], { cwd: folder })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(reason)
      expect(run.stderr).not.toContain('internal error')
    }
    expect(inventory(folder)).toEqual(before)
  })

  it('a folder that does not exist yet: made, the file written whole', async () => {
    const folder = project('missing')
    const run = await colophon(['parse', 'gap.txt', '--out', 'a/b/tree.json'], { cwd: folder })
    expect(run.code).toBe(0)
    expect(JSON.parse(readFileSync(join(folder, 'a/b/tree.json'), 'utf8')).type).toBe('root')
    expect(readdirSync(join(folder, 'a/b'))).toEqual(['tree.json'])
  })
})

describe('a run stopped mid-write', () => {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`by ${signal}: the old file stays whole; no temporary file is left for long`, async () => {
      const folder = scratch(signal.toLowerCase())
      const name = large(folder, 60)
      writeFileSync(join(folder, 'tree.json'), 'the old tree\n')
      let pid = 0
      const running = colophon(['parse', name, '--out', 'tree.json'], {
        cwd: folder,
        started: (id) => {
          pid = id
        }
      })
      // The temporary file appears when the tree is being written: stop the run then.
      await until(() => readdirSync(folder).some((entry) => partial.test(entry)), 60_000)
      process.kill(pid, signal)
      const run = await running
      expect(run.signal ?? run.code).toBeTruthy()
      expect(readFileSync(join(folder, 'tree.json'), 'utf8')).toBe('the old tree\n')
      const left = readdirSync(folder).filter((entry) => partial.test(entry))
      // SIGTERM is caught and the temporary file removed; SIGKILL cannot be, so the next run
      // that writes there removes it.
      if (signal === 'SIGTERM') expect(left).toEqual([])
      const next = await colophon(['parse', name, '--out', 'other.json'], { cwd: folder })
      expect(next.code).toBe(0)
      expect(readdirSync(folder).filter((entry) => partial.test(entry))).toEqual([])
    }, 120_000)
  }
})

describe('two runs writing one target at once', () => {
  it('leaves one of the two trees whole, and no temporary file', async () => {
    const folder = scratch('concurrent')
    const name = large(folder, 20)
    writeFileSync(join(folder, 'small.txt'), 'Title\n\nA short one.\n')
    const [one, two] = await Promise.all([
      colophon(['parse', name, '--out', 'tree.json'], { cwd: folder }),
      colophon(['parse', 'small.txt', '--out', 'tree.json'], { cwd: folder })
    ])
    expect([one.code, two.code]).toEqual([0, 0])
    const tree = JSON.parse(readFileSync(join(folder, 'tree.json'), 'utf8'))
    expect(['large.txt', 'small.txt']).toContain(tree.meta.sources[0].path)
    expect(readdirSync(folder).filter((entry) => partial.test(entry))).toEqual([])
  }, 120_000)
})
