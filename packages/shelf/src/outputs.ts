// The checksums of an edition's files, written by the task that builds it and kept in the cache
// with them, so that an edition restored from a cache is known whole before it is trusted: a
// truncated or altered entry restores files that differ from the list, or no list at all.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The file beside the workspace's `package.json` that lists the checksums. */
export const checksumsFile = 'outputs.sha256'

/** `sha256  path` lines of every file in `folder` (relative to `root`), sorted by path. */
export function checksumsOf(root: string, folder: string): string {
  const lines = filesUnder(join(root, folder))
    .sort()
    .map((file) => `${sha256(join(root, folder, file))}  ${folder}/${file}`)
  return lines.map((line) => `${line}\n`).join('')
}

/** Writes the checksums of `folder` into `list`. */
export function writeChecksums(root: string, folder: string, list: string): void {
  writeFileSync(list, checksumsOf(root, folder))
}

/**
 * Whether the files listed in `list` are there with their checksums: undefined when they are,
 * else what is wrong, in words.
 */
export function verifyChecksums(root: string, list: string): string | undefined {
  if (!existsSync(list)) return 'its list of checksums is missing'
  const lines = readFileSync(list, 'utf8').split('\n').filter(Boolean)
  if (lines.length === 0) return 'its list of checksums is empty'
  for (const line of lines) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)
    const expected = match?.[1]
    const file = match?.[2]
    if (expected === undefined || file === undefined) {
      return `its list of checksums has a malformed line \`${line.slice(0, 80)}\``
    }
    const path = join(root, file)
    if (!existsSync(path)) return `\`${file}\` is missing`
    if (sha256(path) !== expected) return `\`${file}\` differs from its checksum`
  }
  return undefined
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.includes('.colophon-partial'))
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
}
