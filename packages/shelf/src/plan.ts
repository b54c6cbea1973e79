// Which editions a shelf holds and the files each is made from, named from the project root, and
// the name of the workspace each becomes in turbo's task graph.
import { createHash } from 'node:crypto'
import { isAbsolute, relative } from 'node:path'
import { editionInputs, editionName, findManuscripts } from '@colophon/cli'

/** One edition of the shelf. */
export interface Edition {
  /** Its folder under the output folder: `great-terror`. */
  name: string
  /** Its workspace's folder and package name: a name npm accepts, made from `name`. */
  workspace: string
  /** The manuscript or manifest, from the project root. */
  path: string
  /** The files it is made from, from the project root, sorted. */
  inputs: string[]
}

export interface Plan {
  editions: Edition[]
  /** What prevents building the shelf, in words; empty when nothing does. */
  problems: string[]
}

/** The editions the paths name, with their inputs, from the project at `root`. */
export async function planShelf(root: string, paths: readonly string[]): Promise<Plan> {
  const found = await findManuscripts(paths)
  const problems = found.unmatched.map(
    (path) => `${path}: no manuscript (.txt, Markdown) or manifest found here; check the path`
  )
  const editions: Edition[] = []
  const byName = new Map<string, string>()
  const byWorkspace = new Set<string>()
  for (const file of found.files) {
    const path = fromRoot(root, file)
    const name = editionName(file)
    const other = byName.get(name)
    if (other !== undefined) {
      problems.push(`${path}: its edition \`${name}\` is also ${other}'s; rename one of them`)
      continue
    }
    byName.set(name, path)
    const inputs = editionInputs(file).map((input) => fromRoot(root, input))
    const outside = inputs.find((input) => input.startsWith('../') || isAbsolute(input))
    if (outside !== undefined) {
      problems.push(`${path}: it is made from \`${outside}\`, outside the project; move it inside`)
      continue
    }
    const workspace = workspaceName(name, byWorkspace)
    byWorkspace.add(workspace)
    editions.push({ name, workspace, path, inputs })
  }
  return { editions, problems }
}

function fromRoot(root: string, path: string): string {
  return relative(root, path).split('\\').join('/')
}

/**
 * `name` as an npm package name's last part (lower case letters, digits, `-`, `.`, `_`, not
 * first), with a short hash of `name` when it had to change or is taken.
 */
export function workspaceName(name: string, taken: ReadonlySet<string>): string {
  const plain = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '')
    .slice(0, 100)
  if (plain === name && plain !== '' && !taken.has(plain)) return plain
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8)
  return plain === '' ? hash : `${plain}-${hash}`
}
