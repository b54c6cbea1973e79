// The browser's own folder for its profile and temporary files: made by us in the system's
// temporary folder, removed when the browser closes or crashes, and removed at the next start when
// the process that made it is gone (killed before it could clean up).
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The prefix of our folders in the system's temporary folder. */
export const profilePrefix = 'colophon-chromium-'

/** The file in each folder that names the process that made it. */
const ownerFile = 'owner'

/** A folder without an owner file is left this long: it may be being made right now. */
const unownedGraceMs = 10 * 60 * 1000

/** Makes a folder of ours, its owner this process. */
export async function makeProfileFolder(): Promise<string> {
  const folder = await mkdtemp(join(systemTemporaryFolder(), profilePrefix))
  await writeFile(join(folder, ownerFile), `${process.pid}\n`)
  return folder
}

/**
 * Removes `folder` and everything in it; never throws (a leftover is not worth a failed build).
 * A killed browser's helpers may still be writing in it for a moment, and playwright removes the
 * profile inside at the same time: it is tried again until it is gone, for up to ten seconds
 * (on a loaded machine an older Chromium's helpers were seen writing there for over two).
 */
export async function removeProfileFolder(folder: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => {})
    if (!(await exists(folder))) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/** Removes the folders of ours whose process is gone; returns how many. */
export async function removeStaleProfiles(): Promise<number> {
  const root = systemTemporaryFolder()
  const names = await readdir(root).catch(() => [] as string[])
  let removed = 0
  for (const name of names) {
    if (!name.startsWith(profilePrefix)) continue
    const folder = join(root, name)
    if (await isStale(folder)) {
      await removeProfileFolder(folder)
      removed++
    }
  }
  return removed
}

async function isStale(folder: string): Promise<boolean> {
  const owner = await readFile(join(folder, ownerFile), 'utf8').catch(() => undefined)
  const pid = Number(owner?.trim())
  if (owner === undefined || !Number.isInteger(pid) || pid <= 0) {
    const made = await stat(folder).catch(() => undefined)
    return made !== undefined && Date.now() - made.mtimeMs > unownedGraceMs
  }
  return !isAlive(pid)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The launch under way, which the next waits for. */
let queue: Promise<unknown> = Promise.resolve()

/** The system's temporary folder as it was before a launch under way took `TMPDIR` over. */
let systemFolderDuringLaunch: string | undefined

/**
 * The system's temporary folder, also while a launch has `TMPDIR` pointing into its own folder:
 * a second browser started meanwhile in this process must not make its folder inside the first's
 * (removed with it when the first closes).
 */
function systemTemporaryFolder(): string {
  return systemFolderDuringLaunch ?? tmpdir()
}

/**
 * Runs `launch` with the system's temporary folder taken to be `folder`, so that the profile
 * playwright makes for the browser (it refuses `--user-data-dir` and names its own folder from
 * `os.tmpdir()`) is made inside ours. Launches take turns, so each profile lands in its own
 * browser's folder.
 */
export function withTemporaryFolder<T>(folder: string, launch: () => Promise<T>): Promise<T> {
  const run = async () => {
    const saved = process.env.TMPDIR
    systemFolderDuringLaunch = tmpdir()
    process.env.TMPDIR = folder
    try {
      return await launch()
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
      systemFolderDuringLaunch = undefined
    }
  }
  const result = queue.then(run, run)
  queue = result.catch(() => {})
  return result
}
