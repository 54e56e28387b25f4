// Sums the test counts of vitest's and Playwright's JSON reports (the static site's end-to-end run and
// team mode's) into the closing line CI reads; one line per report before it.
import { existsSync, readFileSync } from 'node:fs'

/** A report's counts: vitest's numbers, or Playwright's stats plus the errors outside any test (a failed global setup). */
function countsOf(report) {
  if (typeof report.numPassedTests === 'number') {
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
  }
  if (report.stats) {
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + (report.errors?.length ?? 0), skipped: report.stats.skipped }
  }
  return { passed: 0, failed: 1, skipped: 0 }
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`

const total = { passed: 0, failed: 0, skipped: 0 }
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file}`)
    total.failed += 1
    continue
  }
  const counts = countsOf(JSON.parse(readFileSync(file, 'utf8')))
  console.log(`${file}: ${line(counts)}`)
  for (const key of Object.keys(total)) total[key] += counts[key]
}
console.log(line(total))
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0)
