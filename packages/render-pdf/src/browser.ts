// Launching the Chromium that `@colophon/browser` finds, headless with playwright-core, within
// a time budget.
import { join } from 'node:path'
import {
  type BrowserSource,
  environmentVariable,
  type FoundBrowser,
  isSet,
  npmPackage
} from '@colophon/browser'
import type { Browser } from 'playwright-core'
import {
  makeProfileFolder,
  removeProfileFolder,
  removeStaleProfiles,
  withTemporaryFolder
} from './profile.js'

export interface LaunchBrowserOptions {
  /** How long the browser may take to start and connect, in milliseconds. */
  timeoutMs: number
  /** The environment to read `COLOPHON_BROWSER_NO_SANDBOX` from; `process.env` if absent. */
  env?: Readonly<Record<string, string | undefined>>
  /** Told why, when the browser crashed while starting and is started once more. */
  onRestart?: (reason: string) => void
}

/** The signals of a crash (not of a kill or a refusal), which a second start may not repeat. */
const crashSignals = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGABRT', 'SIGTRAP', 'SIGFPE'])

/**
 * Launches the browser (see `launchOnce`); should it crash while starting (killed by a crash
 * signal before it was ready, seen now and then on a loaded machine), it is started once more,
 * and `onRestart` told why. Any other failure, or a second crash, is the error.
 */
export async function launchBrowser(
  found: FoundBrowser,
  options: LaunchBrowserOptions
): Promise<Browser> {
  try {
    return await launchOnce(found, options)
  } catch (error) {
    const signal = crashSignal(error)
    if (signal === undefined) throw error
    options.onRestart?.(
      `The browser crashed while starting (signal \`${signal}\`) and was started once more`
    )
    return launchOnce(found, options)
  }
}

/** The crash signal a failed launch's browser died of, if that is how it failed. */
function crashSignal(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined
  const message = cause instanceof Error ? cause.message : String(cause ?? '')
  const signal = /process did exit: exitCode=\w+, signal=(\w+)/.exec(message)?.[1]
  return signal !== undefined && crashSignals.has(signal) ? signal : undefined
}

const noSandboxVariable = 'COLOPHON_BROWSER_NO_SANDBOX'

/**
 * Why the browser runs without its sandbox, if it does: the build runs as `root` (Chromium
 * refuses to start its sandbox as root: a container, a CI job), or the environment turns it off
 * (`COLOPHON_BROWSER_NO_SANDBOX`, for hosts without user namespaces).
 */
export function sandboxOff(
  env: Readonly<Record<string, string | undefined>> = process.env
): 'root' | 'environment' | undefined {
  if (process.getuid?.() === 0) return 'root'
  return isSet(env[noSandboxVariable]) ? 'environment' : undefined
}

/**
 * Launches the browser headless with playwright-core, allowing it `timeoutMs` to start. It
 * keeps its profile and temporary files in a folder of its own (see `profile.ts`), removed when
 * it closes or crashes; folders left by a process that was killed are removed first.
 */
async function launchOnce(found: FoundBrowser, options: LaunchBrowserOptions): Promise<Browser> {
  const { timeoutMs } = options
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError(
      `Unexpected launch budget \`${timeoutMs}\`, expected a positive number of milliseconds`
    )
  }
  const env = options.env ?? process.env
  const args = [
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--font-render-hinting=none',
    '--disable-dev-shm-usage',
    // No frames unless asked for (the headless shell honours this; the full browser ignores
    // it): nothing of the renderer is ever shown, and without it the browser makes some 60
    // frames a second while a part is laid out (style, paint, compositing: about a fifth of the
    // 10-chapter book's CPU time). With no frames, no animation-frame or ResizeObserver callback
    // runs: the page script schedules Paged.js's pages as tasks, Paged.js waits for images by
    // their load events, and its observers of a page's size after layout stay still (while a
    // part is still being laid out, a page they saw grow would have the pages after it removed
    // and laid out again; once it is laid out, they only log).
    '--enable-begin-frame-control',
    ...(sandboxOff(env) ? ['--no-sandbox'] : [])
  ]
  // Loaded when a browser is wanted: a build whose parts all come from the cache, and every
  // command that prints no PDF, do without it (it takes half a second to load).
  const { chromium, errors } = await import('playwright-core')
  await removeStaleProfiles()
  const folder = await makeProfileFolder()
  try {
    // `chromiumSandbox: true` stops playwright adding `--no-sandbox` on its own; the flag is
    // passed above exactly when wanted. Chromium's own temporary files (`TMPDIR`) and
    // playwright's (`artifactsDir`, the profile) go in our folder.
    const browser = await withTemporaryFolder(folder, () =>
      chromium.launch({
        executablePath: found.executablePath,
        headless: true,
        chromiumSandbox: true,
        args,
        env: { ...process.env, TMPDIR: folder },
        artifactsDir: join(folder, 'artifacts'),
        timeout: timeoutMs
      } as Parameters<typeof chromium.launch>[0])
    )
    // Removed when the browser goes, closed or crashed; `close()` waits for the removal (tried
    // for up to ten seconds: see `removeProfileFolder`).
    const removed = new Promise<void>((resolve) =>
      browser.on('disconnected', () => resolve(removeProfileFolder(folder)))
    )
    const close = browser.close.bind(browser)
    browser.close = async (...closing) => {
      await close(...closing)
      await removed
    }
    return browser
  } catch (error) {
    await removeProfileFolder(folder)
    throw launchError(error, found, timeoutMs, errors.TimeoutError)
  }
}

/** Why the browser did not start, in words that say what to do. */
function launchError(
  error: unknown,
  found: FoundBrowser,
  timeoutMs: number,
  TimeoutError: new (...args: never[]) => Error
): Error {
  const executable = `\`${found.executablePath}\` (from ${describe(found.source)})`
  if (error instanceof TimeoutError) {
    return new Error(
      `Browser ${executable} did not start within the launch budget of \`${timeoutMs}\` ms, ` +
        'expected it to be ready by then; raise the launch budget (`timeoutMs`), or check ' +
        `that \`${found.executablePath} --headless --version\` runs`,
      { cause: error }
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  const exit = /process did exit: exitCode=(\w+), signal=(\w+)/.exec(message)
  const exited = exit ? `, it exited with code \`${exit[1]}\` and signal \`${exit[2]}\`` : ''
  // Chromium's own words when its sandbox cannot start, not the `--no-sandbox` in the call log.
  const hint = /No usable sandbox|without --no-sandbox/.test(message)
    ? `set \`${noSandboxVariable}=1\` to run it without its sandbox`
    : `check that it is a Chromium or Chrome that runs (\`${found.executablePath} --version\`), or name another with \`--browser\``
  return new Error(
    `Could not start browser ${executable}: ${firstLine(error)}${exited}; expected a ` +
      `Chromium or Chrome that playwright can drive; ${hint}`,
    { cause: error }
  )
}

function describe(source: BrowserSource) {
  switch (source) {
    case 'option':
      return '`--browser`'
    case 'environment':
      return `\`${environmentVariable}\``
    case 'system':
      return 'the system'
    case 'npm':
      return `\`${npmPackage}\``
  }
}

// Playwright prefixes its messages with the call (`browserType.launch: `) and follows them with
// its call log; the first line after the prefix is the reason.
function firstLine(error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n', 1)[0] ?? ''
  return line.replace(/^browserType\.launch: /, '').trim()
}
