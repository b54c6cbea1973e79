// Finding a Chromium to lay out and test with: an option, the environment, the system, or the
// npm-shipped build, in that order. One finder for the renderer and every test that needs a
// browser, so that what a fresh machine has (no system browser, the Chromium `npm ci` installs)
// is what they all use.
import { constants, type Stats } from 'node:fs'
import { access, readFile, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type NpmChromium, unpackedChromium } from './unpack.js'

export type BrowserSource = 'option' | 'environment' | 'system' | 'npm'

export interface FoundBrowser {
  executablePath: string
  source: BrowserSource
}

export interface FindBrowserOptions {
  /** The path (or a command name looked up on `PATH`) given with `--browser`. */
  explicit?: string | undefined
  /**
   * The environment to read `COLOPHON_BROWSER`, `COLOPHON_NO_SYSTEM_BROWSER`, `PATH` and `HOME`
   * from; `process.env` if absent.
   */
  env?: Readonly<Record<string, string | undefined>>
  /** Stages not to try, so that each can be exercised alone. */
  skip?: readonly BrowserSource[]
}

export const environmentVariable = 'COLOPHON_BROWSER'
/** Set (to `1`), the system's browsers are passed over: what a machine without one would find. */
export const noSystemVariable = 'COLOPHON_NO_SYSTEM_BROWSER'
export const npmPackage = '@sparticuz/chromium'

// Command names in order of preference: Chromium's headless shell first (the browser without
// its user interface: it starts in a third of the time, opens pages in half, and prints faster,
// for the very same layout), then an open-source Chromium before a branded Chrome.
const commandNames = [
  'chromium-headless-shell',
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome'
] as const

// Where installers put the browser when its directory is not on `PATH` (a minimal CI image, a
// macOS app bundle).
function installPaths(home: string): string[] {
  const macApps = [
    'Google Chrome.app/Contents/MacOS/Google Chrome',
    'Chromium.app/Contents/MacOS/Chromium'
  ]
  return [
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    ...macApps.map((app) => join('/Applications', app)),
    ...macApps.map((app) => join(home, 'Applications', app))
  ]
}

/** No browser was found in any of the places looked at. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'

  constructor(notes: readonly string[] = []) {
    const detail = notes.length > 0 ? ` (${notes.join('; ')})` : ''
    super(
      'Found no Chromium or Chrome, expected one from any of three places: name its path with ' +
        `\`--browser\` or the \`${environmentVariable}\` environment variable; install a system ` +
        'Chromium or Chrome (on Debian: `apt-get install chromium-headless-shell` or ' +
        '`apt-get install chromium`); or install the ' +
        `optional npm package \`${npmPackage}\` with npm (\`npm install\`, without ` +
        `\`--omit=optional\`; Linux x64 only)${detail}`
    )
  }
}

/**
 * Finds a browser: `explicit` (the `--browser` option), else `COLOPHON_BROWSER`, else a system
 * Chromium or Chrome, else the Chromium of the optional package `@sparticuz/chromium`.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<FoundBrowser> {
  const env = options.env ?? process.env
  const skip = new Set(options.skip ?? [])
  const notes: string[] = []

  // A path someone named is never passed over for another browser: a typo there should stop the
  // build, not quietly print with a different Chromium.
  if (!skip.has('option') && options.explicit) {
    return { executablePath: await named(options.explicit, '`--browser`', env), source: 'option' }
  }
  const fromEnvironment = env[environmentVariable]
  if (!skip.has('environment') && fromEnvironment) {
    const where = `the \`${environmentVariable}\` environment variable`
    return { executablePath: await named(fromEnvironment, where, env), source: 'environment' }
  }
  if (!skip.has('system') && !isSet(env[noSystemVariable])) {
    const found = await fromSystem(env)
    if (found) return { executablePath: found, source: 'system' }
  }
  if (!skip.has('npm')) {
    const found = await fromNpm(notes)
    if (found) return { executablePath: found, source: 'npm' }
  }
  throw new BrowserNotFoundError(notes)
}

// A path, or a bare command name (`chromium`) looked up on `PATH`.
async function named(
  value: string,
  where: string,
  env: Readonly<Record<string, string | undefined>>
): Promise<string> {
  if (!value.includes('/') && !value.includes('\\')) {
    const found = await onPath([value], env.PATH)
    if (found) return found
    throw new Error(
      `Found no command \`${value}\` on \`PATH\` (from ${where}), expected the name or path of a ` +
        'Chromium or Chrome executable; give its full path instead'
    )
  }
  const path = isAbsolute(value) ? value : resolve(value)
  const stats = await stat(path).catch(() => undefined)
  if (!stats) {
    throw new Error(
      `Found nothing at \`${path}\` (from ${where}), expected a Chromium or Chrome executable; ` +
        'check the path, or leave it unset to search the system'
    )
  }
  if (!(await isExecutable(path, stats))) {
    throw new Error(
      `Found \`${path}\` (from ${where}) but it is not an executable file, expected a Chromium ` +
        'or Chrome executable (on macOS, the file inside the app bundle: ' +
        '`Google Chrome.app/Contents/MacOS/Google Chrome`); check the path and its permissions'
    )
  }
  return path
}

async function fromSystem(env: Readonly<Record<string, string | undefined>>) {
  const found = await onPath(commandNames, env.PATH)
  if (found) return found
  for (const path of installPaths(env.HOME ?? homedir())) {
    if (await isExecutable(path)) return path
  }
  return undefined
}

// Names before directories, as `which` would for each name in turn. Empty entries of `PATH`
// mean the working directory to a shell; a browser is not looked for there.
async function onPath(names: readonly string[], path: string | undefined) {
  const directories = (path ?? '').split(delimiter).filter((directory) => directory !== '')
  for (const name of names) {
    for (const directory of directories) {
      const candidate = join(directory, name)
      if (await isExecutable(candidate)) return candidate
    }
  }
  return undefined
}

async function isExecutable(path: string, known?: Stats) {
  const stats = known ?? (await stat(path).catch(() => undefined))
  if (!stats?.isFile()) return false
  return access(path, constants.X_OK).then(
    () => true,
    () => false
  )
}

// The module is imported by a name held in a variable so that this file compiles whether or not
// the optional package is installed.
async function fromNpm(notes: string[]): Promise<string | undefined> {
  let module: { default?: unknown }
  const specifier: string = npmPackage
  try {
    module = await import(specifier)
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return undefined
    notes.push(`\`${npmPackage}\` is installed but could not be loaded: ${firstLine(error)}`)
    return undefined
  }
  // Its Chromium is a Linux x64 build; anywhere else it would be found but never start.
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    notes.push(
      `\`${npmPackage}\` is installed but ships a Chromium for \`linux x64\`, not ` +
        `\`${process.platform} ${process.arch}\``
    )
    return undefined
  }
  const chromiumModule = module.default as Partial<NpmChromium> | undefined
  if (typeof chromiumModule?.executablePath !== 'function') {
    notes.push(`\`${npmPackage}\` is installed but has no \`executablePath()\``)
    return undefined
  }
  try {
    // Unpacks the brotli-compressed build into a folder of the temporary directory the first
    // time; later calls return the unpacked file. Called without a URL, it never downloads.
    const version = await packageVersion(specifier)
    return await unpackedChromium(chromiumModule as NpmChromium, version)
  } catch (error) {
    notes.push(
      `\`${npmPackage}\` is installed but could not unpack its Chromium: ${firstLine(error)}`
    )
    return undefined
  }
}

// The installed package's version, from the `package.json` above its entry point (its exports
// do not include that file), so that a new version is unpacked afresh.
async function packageVersion(specifier: string): Promise<string> {
  let folder = dirname(fileURLToPath(import.meta.resolve(specifier)))
  for (;;) {
    const text = await readFile(join(folder, 'package.json'), 'utf8').catch(() => undefined)
    const manifest = text === undefined ? undefined : (JSON.parse(text) as Partial<Manifest>)
    if (manifest?.name === specifier && typeof manifest.version === 'string') {
      return manifest.version
    }
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`found no \`package.json\` of \`${specifier}\``)
    folder = parent
  }
}

interface Manifest {
  name: string
  version: string
}

/** Whether an environment variable is set to something other than nothing, `0` or `false`. */
export function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

function firstLine(error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n', 1)[0] ?? '').trim()
}
