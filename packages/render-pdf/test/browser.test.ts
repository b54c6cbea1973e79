// Finding and launching the browser: each stage of the search alone, against fake executables in
// temporary directories, then real launches with whatever Chromium this machine has.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BrowserNotFoundError,
  type BrowserSource,
  type FoundBrowser,
  findBrowser
} from '@colophon/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../src/browser.js'

const everything: readonly BrowserSource[] = ['option', 'environment', 'system', 'npm']

let root = ''

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'colophon-browser-'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

// A shell script standing in for a browser: the search only asks that it be an executable file.
async function fake(directory: string, name: string, mode = 0o755) {
  await mkdir(join(root, directory), { recursive: true })
  const path = join(root, directory, name)
  await writeFile(path, '#!/bin/sh\nexit 0\n')
  await chmod(path, mode)
  return path
}

describe('findBrowser', () => {
  it('should take the `--browser` option before the environment and the system', async () => {
    const explicit = await fake('option', 'my-chrome')
    const fromEnvironment = await fake('environment', 'other-chrome')
    const bin = join(root, 'bin-option')
    await fake('bin-option', 'chromium')
    const found = await findBrowser({
      explicit,
      env: { COLOPHON_BROWSER: fromEnvironment, PATH: bin }
    })
    expect(found).toEqual({ executablePath: explicit, source: 'option' })
  })

  it('should take `COLOPHON_BROWSER` before the system', async () => {
    const fromEnvironment = await fake('environment', 'env-chrome')
    await fake('bin-environment', 'chromium')
    const found = await findBrowser({
      env: { COLOPHON_BROWSER: fromEnvironment, PATH: join(root, 'bin-environment') }
    })
    expect(found).toEqual({ executablePath: fromEnvironment, source: 'environment' })
  })

  it('should look a bare command name in the option up on `PATH`', async () => {
    const path = await fake('bin-named', 'chrome-beta')
    const found = await findBrowser({
      explicit: 'chrome-beta',
      env: { PATH: join(root, 'bin-named') }
    })
    expect(found).toEqual({ executablePath: path, source: 'option' })
  })

  it('should fail on an option naming nothing, not fall through to the system', async () => {
    const missing = join(root, 'nowhere', 'chromium')
    await expect(findBrowser({ explicit: missing, env: {} })).rejects.toThrow(
      `Found nothing at \`${missing}\` (from \`--browser\`)`
    )
  })

  it('should fail on `COLOPHON_BROWSER` naming a file that is not executable', async () => {
    const path = await fake('not-executable', 'chromium', 0o644)
    // Even root may not execute a file with no execute bit set at all.
    await expect(findBrowser({ env: { COLOPHON_BROWSER: path } })).rejects.toThrow(
      `Found \`${path}\` (from the \`COLOPHON_BROWSER\` environment variable) but it is not an executable file`
    )
  })

  it('should fail on a bare command name not on `PATH`', async () => {
    await expect(
      findBrowser({ explicit: 'no-such-chrome', env: { PATH: join(root, 'empty') } })
    ).rejects.toThrow('Found no command `no-such-chrome` on `PATH` (from `--browser`)')
  })

  it('should find a browser on `PATH`, skipping files that are not executable', async () => {
    await fake('bin-first', 'chromium', 0o644)
    const path = await fake('bin-second', 'chromium')
    const found = await findBrowser({
      env: { PATH: [join(root, 'bin-first'), join(root, 'bin-second')].join(':') },
      skip: ['npm']
    })
    expect(found).toEqual({ executablePath: path, source: 'system' })
  })

  it.each([
    ['chromium', 'google-chrome'],
    ['chromium-headless-shell', 'chromium']
  ])('should prefer `%s` to `%s` wherever each is on `PATH`', async (preferred, other) => {
    await fake(`bin-${other}`, other)
    const path = await fake(`bin-${preferred}`, preferred)
    const found = await findBrowser({
      env: { PATH: [join(root, `bin-${other}`), join(root, `bin-${preferred}`)].join(':') }
    })
    expect(found).toEqual({ executablePath: path, source: 'system' })
  })

  it('should name the three ways to get a browser when every stage is skipped', async () => {
    const error = await findBrowser({ env: {}, skip: everything }).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    expect(error).toMatchObject({ name: 'BrowserNotFoundError' })
    const message = (error as Error).message
    expect(message).toContain('`--browser`')
    expect(message).toContain('`COLOPHON_BROWSER`')
    expect(message).toContain('`apt-get install chromium`')
    expect(message).toContain('`@sparticuz/chromium`')
  })
})

const hasNpmChromium = (() => {
  try {
    createRequire(import.meta.url).resolve('@sparticuz/chromium')
    return process.platform === 'linux' && process.arch === 'x64'
  } catch {
    return false
  }
})()

// Any browser this machine has, for the tests that need a real one to start or to time out.
const anyBrowser = await findBrowser().catch(() => undefined)

describe('launchBrowser', () => {
  it.skipIf(!hasNpmChromium)(
    'should launch the Chromium of `@sparticuz/chromium` (skipped when that optional package is not installed, or not on Linux x64)',
    async () => {
      const found = await findBrowser({ env: {}, skip: ['option', 'environment', 'system'] })
      expect(found.source).toBe('npm')
      const browser = await launchBrowser(found, { timeoutMs: 60_000 })
      try {
        const page = await browser.newPage()
        expect(await page.evaluate('1+1')).toBe(2)
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!anyBrowser)(
    'should launch the browser found by default (skipped when none is found)',
    async () => {
      const browser = await launchBrowser(anyBrowser as FoundBrowser, { timeoutMs: 60_000 })
      try {
        const page = await browser.newPage()
        expect(await page.evaluate('1+1')).toBe(2)
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!anyBrowser)(
    'should name the launch budget when the browser is not ready within it (skipped when none is found)',
    async () => {
      await expect(launchBrowser(anyBrowser as FoundBrowser, { timeoutMs: 1 })).rejects.toThrow(
        'did not start within the launch budget of `1` ms'
      )
    }
  )

  it('should name an executable that is not a browser', async () => {
    const found: FoundBrowser = { executablePath: '/bin/false', source: 'option' }
    const error = await launchBrowser(found, { timeoutMs: 30_000 }).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toMatch(/^Could not start browser `\/bin\/false` \(from `--browser`\): /)
    expect(message).not.toContain('\n')
  })

  it.skipIf(!anyBrowser)(
    'should start a browser that crashed while starting once more, and say so (skipped when none is found)',
    async () => {
      // Dies of SIGSEGV on its first start, as the npm Chromium now and then does on a loaded
      // machine; runs the real browser on the second.
      const mark = join(root, 'crashed-once')
      const path = join(root, 'crashes-once')
      const real = (anyBrowser as FoundBrowser).executablePath
      await writeFile(
        path,
        `#!/bin/sh\nif [ ! -e '${mark}' ]; then touch '${mark}'; kill -SEGV $$; fi\nexec '${real}' "$@"\n`
      )
      await chmod(path, 0o755)
      const reasons: string[] = []
      const found: FoundBrowser = { executablePath: path, source: 'option' }
      const browser = await launchBrowser(found, {
        timeoutMs: 60_000,
        onRestart: (reason) => reasons.push(reason)
      })
      try {
        expect(await (await browser.newPage()).evaluate('1+1')).toBe(2)
      } finally {
        await browser.close()
      }
      expect(reasons).toEqual([
        'The browser crashed while starting (signal `SIGSEGV`) and was started once more'
      ])
    }
  )

  it('should not start again a browser that crashes at every start', async () => {
    const path = join(root, 'crashes-always')
    await writeFile(path, '#!/bin/sh\nkill -SEGV $$\n')
    await chmod(path, 0o755)
    const reasons: string[] = []
    const found: FoundBrowser = { executablePath: path, source: 'option' }
    const error = await launchBrowser(found, {
      timeoutMs: 30_000,
      onRestart: (reason) => reasons.push(reason)
    }).catch((error: unknown) => error)
    expect((error as Error).message).toContain('it exited with code `null` and signal `SIGSEGV`')
    expect(reasons).toHaveLength(1)
  })

  it('should refuse a launch budget that is not a positive number', async () => {
    const found: FoundBrowser = { executablePath: '/bin/false', source: 'option' }
    await expect(launchBrowser(found, { timeoutMs: 0 })).rejects.toThrow(
      'Unexpected launch budget `0`'
    )
  })
})
