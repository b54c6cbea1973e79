// Settings every package's vitest config starts from: the same reporters
// everywhere, so CI can count results from one JSON report per package.
import type { UserWorkspaceConfig } from 'vitest/config'

export const shared: UserWorkspaceConfig = {
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 60_000
  }
} as UserWorkspaceConfig
