// Sums the vitest JSON reports of every package into one line: `N passed, N failed`.
// A package whose report is missing counts as a failure, so a run that executed
// nothing cannot pass unnoticed: its tests do not run when its typecheck (its sources and
// tests compiled with `tsc --noEmit`) or its build failed, so a type error is one failure.
import { existsSync, readFileSync } from 'node:fs'

const root = JSON.parse(readFileSync('package.json', 'utf8'))
let passed = 0
let failed = 0
for (const workspace of root.workspaces) {
  // `.shelf/*`: the editions' workspaces, written for a run of `npm run editions` and removed
  // after it; they hold no tests.
  if (/[*?[{]/.test(workspace)) continue
  const manifest = JSON.parse(readFileSync(`${workspace}/package.json`, 'utf8'))
  if (!manifest.scripts?.test) continue
  const report = `${workspace}/reports/vitest.json`
  if (!existsSync(report)) {
    console.error(
      `${workspace}: no test report (reports/vitest.json): its typecheck or build failed, or its tests did not finish; counted as one failure`
    )
    failed++
    continue
  }
  const result = JSON.parse(readFileSync(report, 'utf8'))
  passed += result.numPassedTests
  failed += result.numFailedTests
  if (result.numTotalTests === 0) {
    console.error(`${workspace}: ran no test; counted as one failure`)
    failed++
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
