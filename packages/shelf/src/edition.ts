// The task of one edition, run by turbo in the edition's workspace: `colophon build` of the
// edition from the project root, then the checksums of what it wrote, kept beside it in the cache.
import { join, resolve } from 'node:path'
import { editionName, main } from '@colophon/cli'
import { checksumsFile, writeChecksums } from './outputs.js'

/**
 * `colophon-shelf edition PATH --out DIR [formats]`, in `.shelf/<workspace>/`: builds the
 * edition at `PATH` (from the project root) into `DIR/<name>/`; its exit code.
 */
export async function editionTask(args: readonly string[]): Promise<number> {
  const workspace = process.cwd()
  const root = resolve(workspace, '..', '..')
  const path = args[0]
  const at = args.indexOf('--out')
  const out = at === -1 ? undefined : args[at + 1]
  if (path === undefined || out === undefined) {
    process.stderr.write('colophon-shelf edition: expected `PATH --out DIR`\n')
    return 2
  }
  const formats = args.filter((arg) => /^--(?:json|html|pdf|epub)$/.test(arg))
  process.chdir(root)
  const code = await main(['build', path, '--out', out, ...formats])
  if (code === 0) {
    writeChecksums(root, `${out}/${editionName(path)}`, join(workspace, checksumsFile))
  }
  return code
}
