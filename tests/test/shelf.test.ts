// `npm run editions` as CI machines run it: each edition a turbo task of its own, restored when
// nothing it is made from changed, shared between machines by a self-hosted remote cache
// (turborepo-remote-cache on 127.0.0.1), a damaged cache entry found and built again, and a cache
// server that is down or slow costing one warning, not the build. A tiny shelf (two small
// manuscripts and a reader, JSON and HTML) keeps it quick.
import type { ChildProcess } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checksums,
  cloneProject,
  machineEnv,
  outcomesOf,
  runEditions,
  startCacheServer
} from './shelf-machines.js'

const temporary = mkdtempSync(join(tmpdir(), 'colophon-shelf-'))
const token = 'a-token-of-the-press'
const team = 'press'
let server: ChildProcess | undefined
let silent: Server | undefined
let remote: { api: string; token: string; team: string }
/** The editions of the first machine's first build. */
let first: Record<string, string>

const machine = (name: string) => join(temporary, name)

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** The hash of the cache entry in `cache` that holds the edition `name`, newest first. */
function entryOf(cache: string, name: string): string {
  const entries = readdirSync(cache)
    .filter((file) => file.endsWith('-manifest.json'))
    .filter((file) => readFileSync(join(cache, file), 'utf8').includes(`"editions/${name}/`))
    .sort((a, b) => statSync(join(cache, b)).mtimeMs - statSync(join(cache, a)).mtimeMs)
  const found = entries[0]
  if (found === undefined) throw new Error(`no cache entry holds the edition ${name}`)
  return found.replace(/-manifest\.json$/, '')
}

/** The file the cache server stores the artifact `hash` in. */
function storedArtifact(storage: string, hash: string): string {
  const found = readdirSync(storage, { recursive: true, withFileTypes: true }).find(
    (entry) => entry.isFile() && entry.name.startsWith(hash)
  )
  if (!found) throw new Error(`the cache server holds no artifact ${hash}`)
  return join(found.parentPath, found.name)
}

beforeAll(async () => {
  const port = await freePort()
  remote = { api: `http://127.0.0.1:${port}`, token, team }
  server = await startCacheServer(port, join(temporary, 'storage'), token)
  cloneProject(machine('a'))
  const run = await runEditions(machine('a'), machineEnv(remote))
  expect(run.stderr).not.toContain('warning')
  expect(run.code, run.stderr).toBe(0)
  expect(outcomesOf(run.stdout)).toEqual({ course: 'built', one: 'built', two: 'built' })
  first = checksums(join(machine('a'), 'editions'))
}, 600_000)

afterAll(() => {
  server?.kill()
  silent?.close()
  rmSync(temporary, { recursive: true, force: true })
})

describe('a shelf on a second machine', () => {
  it('restores every edition from the remote cache, byte for byte, building nothing', async () => {
    cloneProject(machine('b'))
    const run = await runEditions(machine('b'), machineEnv(remote))
    expect(run.code, run.stderr).toBe(0)
    expect(outcomesOf(run.stdout)).toEqual({
      course: 'restored (remote)',
      one: 'restored (remote)',
      two: 'restored (remote)'
    })
    expect(run.stdout).toContain('editions: 3 restored (3 from the remote cache), 0 built')
    expect(checksums(join(machine('b'), 'editions'))).toEqual(first)
    expect(Object.keys(first).sort()).toEqual([
      'course/course.html',
      'course/course.json',
      'one/one.html',
      'one/one.json',
      'two/two.html',
      'two/two.json'
    ])
  }, 300_000)
})

describe('a shelf on one machine', () => {
  it('restores what did not change, and builds an edited manuscript and the reader quoting it', async () => {
    const a = machine('a')
    const env = machineEnv(remote)
    const unchanged = await runEditions(a, env)
    expect(outcomesOf(unchanged.stdout)).toEqual({
      course: 'restored',
      one: 'restored',
      two: 'restored'
    })
    writeFileSync(
      join(a, 'source/one.txt'),
      readFileSync(join(a, 'source/one.txt'), 'utf8').replace('hunger', 'famine')
    )
    const edited = await runEditions(a, env)
    expect(edited.code, edited.stderr).toBe(0)
    expect(outcomesOf(edited.stdout)).toEqual({ course: 'built', one: 'built', two: 'restored' })
    expect(readFileSync(join(a, 'editions/course/course.html'), 'utf8')).toContain('famine')
    writeFileSync(join(a, 'source/two.md'), '---\ntitle: Two\n---\n\n# Two\n\nAnother paragraph.\n')
    const other = await runEditions(a, env)
    expect(outcomesOf(other.stdout)).toEqual({ course: 'restored', one: 'restored', two: 'built' })
  }, 300_000)

  it('builds again an edition whose local entry restores other files, and says so', async () => {
    const b = machine('b')
    const cache = join(b, '.turbo/cache')
    const one = entryOf(cache, 'one')
    const two = entryOf(cache, 'two')
    // A well-formed entry that turbo restores without complaint, holding another edition.
    copyFileSync(join(cache, `${two}.tar.zst`), join(cache, `${one}.tar.zst`))
    const run = await runEditions(b, machineEnv(remote))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain(
      'colophon-shelf: warning: one: the local cache gave a damaged edition'
    )
    expect(outcomesOf(run.stdout)).toEqual({ course: 'restored', one: 'built', two: 'restored' })
    expect(checksums(join(b, 'editions'))).toEqual(first)
    // Built again, it is whole in the cache from then on.
    const again = await runEditions(b, machineEnv(remote))
    expect(outcomesOf(again.stdout).one).toBe('restored')
    expect(again.stderr).not.toContain('damaged')
  }, 300_000)

  it('builds again an edition whose local entry is truncated (turbo finds it itself)', async () => {
    const b = machine('b')
    const cache = join(b, '.turbo/cache')
    const artifact = join(cache, `${entryOf(cache, 'two')}.tar.zst`)
    truncateSync(artifact, Math.floor(statSync(artifact).size / 2))
    // Without the remote cache, which turbo would restore it from instead.
    const run = await runEditions(b, machineEnv())
    expect(run.code, run.stderr).toBe(0)
    expect(outcomesOf(run.stdout).two).toBe('built')
    expect(checksums(join(b, 'editions'))).toEqual(first)
  }, 300_000)
})

describe('a damaged or unreachable remote cache', () => {
  it('builds again an edition whose remote entry is damaged, and mends the entry', async () => {
    const cache = join(machine('b'), '.turbo/cache')
    const storage = join(temporary, 'storage')
    const one = storedArtifact(storage, entryOf(cache, 'one'))
    const swapped = storedArtifact(storage, entryOf(cache, 'two'))
    copyFileSync(swapped, one)
    cloneProject(machine('c'))
    const run = await runEditions(machine('c'), machineEnv(remote))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain(
      'colophon-shelf: warning: one: the remote cache gave a damaged edition'
    )
    expect(outcomesOf(run.stdout)).toEqual({
      course: 'restored (remote)',
      one: 'built',
      two: 'restored (remote)'
    })
    expect(checksums(join(machine('c'), 'editions'))).toEqual(first)
    expect(readFileSync(one)).not.toEqual(readFileSync(swapped))
  }, 300_000)

  it('builds with the local cache alone, with one warning, when the server is down', async () => {
    const c = machine('c')
    writeFileSync(join(c, 'source/two.md'), '---\ntitle: Two\n---\n\n# Two\n\nDown.\n')
    const down = { ...remote, api: `http://127.0.0.1:${await freePort()}` }
    const run = await runEditions(c, machineEnv(down))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr.match(/warning/g)).toHaveLength(1)
    expect(run.stderr).toContain(`the remote cache at ${down.api} cannot be used`)
    expect(outcomesOf(run.stdout)).toEqual({ course: 'restored', one: 'restored', two: 'built' })
  }, 300_000)

  it('builds with the local cache alone, with one warning, when the server does not answer', async () => {
    const c = machine('c')
    writeFileSync(join(c, 'source/two.md'), '---\ntitle: Two\n---\n\n# Two\n\nSlow.\n')
    const port = await freePort()
    // Takes the connection, never answers.
    silent = createServer(() => {}).listen(port, '127.0.0.1')
    const slow = { ...remote, api: `http://127.0.0.1:${port}` }
    const run = await runEditions(c, machineEnv(slow))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr.match(/warning/g)).toHaveLength(1)
    expect(run.stderr).toContain('did not answer within 5 s')
    expect(outcomesOf(run.stdout).two).toBe('built')
  }, 300_000)
})
