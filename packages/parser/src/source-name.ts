// How an edition names the files it was read from: by their path from the project root, so the
// same build gives the same bytes from any working folder and on any machine, and never carries
// the folders of the machine that built it.
import { existsSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/**
 * The project root of the file at `path`: the nearest folder at or above its own that holds a
 * `package.json` or `.git`, else its own folder. Links in the result are resolved.
 */
export function findProjectRoot(path: string): string {
  if (typeof path !== 'string') throw new TypeError('Expected `path` to be a string')
  const folder = realPath(dirname(resolve(path)))
  for (let current = folder; ; ) {
    if (existsSync(join(current, 'package.json')) || existsSync(join(current, '.git'))) {
      return current
    }
    const parent = dirname(current)
    if (parent === current) return folder
    current = parent
  }
}

/**
 * The name an edition records for the file at `path`: its path from `root` (by default the
 * file's project root, see `findProjectRoot`) with `/` between folders, or its file name alone
 * when it lies outside `root`. Links are resolved first, so a file reached through one is named
 * where it is.
 */
export function sourceName(path: string, root: string = findProjectRoot(path)): string {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError('Expected `path` to be the path of a file')
  }
  if (typeof root !== 'string' || root === '') {
    throw new TypeError('Expected `root` to be the path of a folder')
  }
  const fromRoot = relative(realPath(resolve(root)), realPath(resolve(path)))
  const outside =
    fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)
  if (outside) return basename(path)
  return fromRoot.split(sep).join('/')
}

/** `path` with its links resolved, or as given when it cannot be (it does not exist yet). */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
