import { defineProject } from 'vitest/config'
import { shared } from '../vitest.shared.js'

// The end-to-end tests, and the reliability suite: one `colophon` process per bad input or fault.
export default defineProject({
  ...shared,
  test: { ...shared.test, include: ['test/**/*.test.ts', 'reliability/**/*.test.ts'] }
})
