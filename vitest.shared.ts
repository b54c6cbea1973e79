// Settings every package's vitest config starts from: the same reporters
// everywhere, so CI can count results from one JSON report per package.
import { fileURLToPath } from 'node:url'
import type { UserWorkspaceConfig } from 'vitest/config'

export const shared: UserWorkspaceConfig = {
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    globalSetup: [fileURLToPath(new URL('./vitest.global.ts', import.meta.url))],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 60_000,
    // A `beforeAll` that makes books or starts a browser: on a loaded machine (CI shares its
    // cores) more than vitest's 10 s.
    hookTimeout: 120_000
  }
} as UserWorkspaceConfig
