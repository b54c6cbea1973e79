// The one browser finder: what a fresh machine finds without a system browser, and the
// package's public API. The finder's stages one by one are tested where the renderer uses it
// (packages/render-pdf/test/browser.test.ts).
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { findBrowser, noSystemVariable } from '../src/index.js'

describe('a machine without a system browser', () => {
  it.skipIf(process.platform !== 'linux' || process.arch !== 'x64')(
    'finds the Chromium that npm ci installs',
    async () => {
      const found = await findBrowser({
        env: { ...process.env, [noSystemVariable]: '1', COLOPHON_BROWSER: '' }
      })
      expect(found.source).toBe('npm')
      expect(found.executablePath).toMatch(/colophon-npm-chromium-\d+\.\d+\.\d+\/chromium$/)
    },
    120_000
  )

  it('passes over the system, whatever is on PATH, when told to', async () => {
    const found = await findBrowser({
      env: { PATH: '/usr/bin:/bin', [noSystemVariable]: '1' },
      skip: ['npm']
    }).catch((error: unknown) => error)
    expect(found).toBeInstanceOf(api.BrowserNotFoundError)
  })
})

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BrowserNotFoundError',
      'environmentVariable',
      'findBrowser',
      'isSet',
      'noSystemVariable',
      'npmPackage'
    ])
  })
})
