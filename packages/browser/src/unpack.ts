// Unpacking the npm-shipped Chromium where no other process can see it half-written.
//
// `@sparticuz/chromium` inflates its browser into the system's temporary folder under a fixed
// name, writing the file in place, and takes any file of that name for a browser already
// unpacked. So a second process that starts while the first is unpacking (test workers starting
// at once on a fresh machine) launches a half-written binary, and a process killed while
// unpacking leaves one there for every later run. Here the package unpacks into a folder of our
// own, which takes its final name, one per version, by a single rename once every file is whole.
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

/** The shape of `@sparticuz/chromium` that is used here. */
export interface NpmChromium {
  executablePath(input?: string): Promise<string>
}

const prefix = 'colophon-npm-chromium-'
const partMark = '.part-'
/** A folder still being unpacked after this long was left by a process that died. */
const staleAfterMs = 10 * 60_000

/**
 * The path of the package's Chromium, unpacked once into `<root>/colophon-npm-chromium-<version>`
 * (`root` is the system's temporary folder unless given). A folder already there is whole, since
 * it only ever appears by rename; if two processes unpack at once, the first rename wins and the
 * other's copy is removed.
 */
export async function unpackedChromium(
  chromium: NpmChromium,
  version: string,
  root: string = tmpdir()
): Promise<string> {
  const folder = join(root, `${prefix}${version}`)
  const executable = join(folder, 'chromium')
  if (await isFile(executable)) return executable
  await removeStaleParts(root)
  const part = await mkdtemp(`${folder}${partMark}`)
  try {
    const unpacked = await unpackInto(chromium, part)
    // A package that no longer unpacks where it is told: its own place is used, as it was.
    if (dirname(unpacked) !== part) {
      await rm(part, { recursive: true, force: true })
      return unpacked
    }
    await rename(part, folder)
    return join(folder, basename(unpacked))
  } catch (error) {
    await rm(part, { recursive: true, force: true })
    if (isTaken(error) && (await isFile(executable))) return executable
    throw error
  }
}

// The package reads the temporary folder (`os.tmpdir()`, that is `TMPDIR`) when the call is made,
// before its first wait: pointing `TMPDIR` at the part folder for that synchronous stretch alone
// sends every file there, and no other code of this process can see the change.
function unpackInto(chromium: NpmChromium, part: string): Promise<string> {
  const saved = process.env.TMPDIR
  process.env.TMPDIR = part
  try {
    return chromium.executablePath()
  } finally {
    if (saved === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = saved
  }
}

// Part folders of a process that was killed while unpacking.
async function removeStaleParts(root: string) {
  const names = await readdir(root).catch(() => [] as string[])
  const now = Date.now()
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.includes(partMark)) continue
    const path = join(root, name)
    const stats = await stat(path).catch(() => undefined)
    if (stats && now - stats.mtimeMs > staleAfterMs) {
      await rm(path, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}

// The rename found the folder already there: another process finished first.
function isTaken(error: unknown) {
  const code = (error as { code?: unknown } | undefined)?.code
  return code === 'ENOTEMPTY' || code === 'EEXIST'
}

async function isFile(path: string) {
  const stats = await stat(path).catch(() => undefined)
  return stats?.isFile() === true
}
