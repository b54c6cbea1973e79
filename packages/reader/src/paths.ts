// Where a manifest's sources are: each path resolves against the manifest's folder and must stay
// inside the project root, so a manifest from elsewhere cannot make a build read any file it likes.
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { show } from '@colophon/config'

// One meaning of the project root for the whole project: the parser names sources from it.
export { findProjectRoot } from '@colophon/parser'
// Messages show a value as configuration's messages do.
export { show }

/** An entry's manuscript, found on disk. */
export interface ResolvedSource {
  /** Index of the entry in the manifest's `entries`, from 0. */
  entry: number
  /** Absolute path with every symbolic link resolved. */
  path: string
  /** The path as written in the manifest. */
  relative: string
}

/** The outcome of resolving one source: its real path, or why there is none. */
export type SourceResolution =
  | { ok: true; path: string }
  | { ok: false; ruleId: 'reader-path' | 'reader-source-missing'; reason: string }

/** What `resolveSource` needs besides the path as written. */
export interface SourceContext {
  /** The folder relative paths start from: the manifest's, with its links resolved. */
  folder: string
  /** The project root, with its links resolved. */
  root: string
  /** Allow paths that lead outside `root` (absolute, `..`, symbolic links). */
  allowOutside?: boolean
}

const allow = 'or allow paths outside it with `--allow-outside-root`'

/** Resolves `written`, a source path from a manifest, and checks that it may be read. */
export function resolveSource(written: string, context: SourceContext): SourceResolution {
  if (typeof written !== 'string') throw new TypeError('Expected `written` to be a string')
  const refused = formProblem(written, context.allowOutside === true)
  if (refused !== undefined) return { ok: false, ruleId: 'reader-path', reason: refused }
  const shown = `Source \`${show(written)}\``
  const target = resolve(context.folder, written)
  if (context.allowOutside !== true && !isInside(context.root, target)) {
    return {
      ok: false,
      ruleId: 'reader-path',
      reason: `${shown} leads out of the project root, expected a file inside it; move the file into the project, ${allow}`
    }
  }
  let real: string
  try {
    real = realpathSync(target)
  } catch (error) {
    return unreadable(shown, error)
  }
  if (context.allowOutside !== true && !isInside(context.root, real)) {
    return {
      ok: false,
      ruleId: 'reader-path',
      reason: `${shown} goes through a symbolic link to a file outside the project root, expected a file inside it; copy the file into the project, ${allow}`
    }
  }
  try {
    if (!statSync(real).isFile()) {
      return {
        ok: false,
        ruleId: 'reader-source-missing',
        reason: `${shown} is a folder, expected a manuscript file; name the file`
      }
    }
  } catch (error) {
    return unreadable(shown, error)
  }
  return { ok: true, path: real }
}

/** Why a path is refused from its text alone, if it is. */
function formProblem(written: string, allowOutside: boolean): string | undefined {
  const shown = `Source \`${show(written)}\``
  const control = /\p{Cc}/u.exec(written)?.[0]
  if (control !== undefined) {
    return `${shown} contains the control character \`${show(control)}\`, expected a plain path; remove it`
  }
  if (written.includes('\\')) {
    return `${shown} contains a backslash, expected \`/\` between folders; write it like \`sources/chapter.txt\``
  }
  const drive = /^[A-Za-z]:/.test(written)
  const scheme = drive ? undefined : /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(written)?.[1]
  if (scheme !== undefined) {
    return `${shown} is a URL (\`${show(scheme)}:\`), expected a path relative to the manifest; put the file in the project and write its path`
  }
  const percent = /%[0-9A-Fa-f]{2}/.exec(written)?.[0]
  if (percent !== undefined) {
    return `${shown} contains the percent-escape \`${percent}\`, expected a plain path; write the character itself (sources are paths, not URLs)`
  }
  if (!allowOutside && (drive || isAbsolute(written))) {
    return `${shown} is an absolute path, expected a path relative to the manifest; write it from the manifest's folder, like \`sources/chapter.txt\`, ${allow}`
  }
  return undefined
}

function unreadable(shown: string, error: unknown): SourceResolution {
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? `${shown} not found, expected a file at that path from the manifest's folder; check the path`
      : code === 'ELOOP'
        ? `${shown} goes through a loop of symbolic links, expected a file; fix the links`
        : code === 'EACCES'
          ? `${shown} cannot be read (permission denied), expected a readable file; check its permissions`
          : `${shown} cannot be read (\`${show(code ?? String(error))}\`), expected a readable file; check the file`
  return { ok: false, ruleId: 'reader-source-missing', reason }
}

/** Whether `path` is `root` or inside it; both absolute and normalised. */
function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path)
  return (
    fromRoot === '' ||
    (fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot))
  )
}

/** `folder` with its links resolved, or as given when it cannot be. */
export function realFolder(folder: string): string {
  try {
    return realpathSync(folder)
  } catch {
    return folder
  }
}
