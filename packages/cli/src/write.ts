// Writes outputs atomically: a temporary file beside the target, then a rename,
// so a failed run never leaves a half-written edition.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import writeFileAtomic from 'write-file-atomic'

/** Writes `data` to `path` in one step, creating its folder. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  mkdirSync(dirname(path), { recursive: true })
  if (typeof data === 'string') await writeFileAtomic(path, data, { encoding: 'utf8' })
  else await writeFileAtomic(path, Buffer.from(data.buffer, data.byteOffset, data.byteLength))
}
