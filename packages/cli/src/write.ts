// Writes outputs so that a failed or killed run never leaves half of one, and nothing that is
// not a regular file is replaced. A regular file (or a new one) is written whole to a
// temporary file beside it, then renamed over it. A pipe, a device or a socket the user names
// (`--out /dev/stdout`, a named pipe) is written into, as a shell's `>` would. A temporary
// file left by a run that was killed is removed by the next write beside it: its name says it
// is ours and which process wrote it, which write-file-atomic's names do not, and that package
// replaces a pipe with a regular file; hence this module.
import { constants, type Stats, unlinkSync } from 'node:fs'
import {
  type FileHandle,
  mkdir,
  open,
  readdir,
  rename,
  stat,
  unlink,
  writeFile
} from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { onExit } from 'signal-exit'

/** An output that cannot be written, said in words: the command reports it, no stack trace. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    reason: string
  ) {
    super(`cannot write ${path}: ${reason}`)
    this.name = 'OutputError'
  }
}

const suffix = '.colophon-partial'
/** `.name.json.1234.colophon-partial`: hidden, and naming the process that writes it. */
const partialName = /^\.(.+)\.(\d+)\.colophon-partial$/
/** Temporary files being written now, removed if the process is interrupted. */
const writing = new Set<string>()
let cleanupArmed = false

/**
 * Writes `data` to `path`, creating its folder; pieces of text (`jsonChunks`) are written one
 * after another, as UTF-8.
 */
export async function writeAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string>
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  try {
    const kind = await kindOf(path)
    if (kind === 'folder') throw new OutputError(path, 'it is a folder; name a file')
    if (kind === 'special') {
      await writeFile(path, bytes)
      return
    }
    await mkdir(dirname(path), { recursive: true })
    await removeLeftovers(dirname(path))
    await replace(path, bytes, kind === 'regular' ? await stat(path) : undefined)
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(path, reasonOf(error))
  }
}

async function kindOf(path: string): Promise<'none' | 'regular' | 'folder' | 'special'> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (found === undefined) return 'none'
  if (found.isFile()) return 'regular'
  return found.isDirectory() ? 'folder' : 'special'
}

/**
 * The whole of `bytes` in a temporary file beside `path`, flushed, then renamed over it; the
 * file it replaces keeps its permissions (and, for root, its owner).
 */
async function replace(
  path: string,
  bytes: Uint8Array | Iterable<string>,
  before?: Stats
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}${suffix}`)
  armCleanup()
  writing.add(temporary)
  try {
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL)
    try {
      if (before !== undefined) {
        await handle.chmod(before.mode & 0o7777)
        if (process.getuid?.() === 0) await handle.chown(before.uid, before.gid)
      }
      if (bytes instanceof Uint8Array) await writeFile(handle, bytes)
      else await writePieces(handle, bytes)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  } finally {
    writing.delete(temporary)
  }
}

/**
 * Writes pieces of text one after another as UTF-8, gathered in one buffer of a megabyte that is
 * written when the next piece might not fit, and used again. `writeFile` would allocate a new
 * buffer for each piece, and joining small pieces into large strings first costs a copy of
 * each; for the 28 MB of JSON of a 7 MB manuscript, either cost more than the encoding itself.
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let buffer = Buffer.allocUnsafeSlow(1 << 20)
  let used = 0
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, 4 for two units).
    const most = piece.length * 3
    if (used + most > buffer.length) {
      await writeAll(handle, buffer, used)
      used = 0
      if (most > buffer.length) buffer = Buffer.allocUnsafeSlow(most)
    }
    used += buffer.write(piece, used)
  }
  await writeAll(handle, buffer, used)
}

async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  let written = 0
  while (written < length) {
    written += (await handle.write(buffer, written, length - written)).bytesWritten
  }
}

/** On SIGINT, SIGTERM or an exit mid-write, the temporary files go with the process. */
function armCleanup(): void {
  if (cleanupArmed) return
  cleanupArmed = true
  onExit(() => {
    for (const temporary of writing) {
      try {
        unlinkSync(temporary)
      } catch {}
    }
  })
}

/** Removes our temporary files in `folder` whose process no longer runs (it was killed). */
async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names) {
    const pid = Number(partialName.exec(name)?.[2])
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue
    await unlink(join(folder, name)).catch(() => undefined)
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The system's reason in words a user acts on. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder; name a file',
    ENAMETOOLONG: 'the name is too long',
    ENOENT: 'no file can be created there'
  }
  if (code !== undefined && reasons[code] !== undefined) return `${reasons[code]} (${code})`
  return error instanceof Error ? error.message : String(error)
}
