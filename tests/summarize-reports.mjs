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

/** The names of a report's failed tests, with their first message line: CI's log keeps only its tail. */
function failuresOf(report) {
  if (Array.isArray(report.testResults)) {
    return report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status === 'failed')
        .map((test) => `${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`),
    )
  }
  const failed = []
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const error = test.results?.at(-1)?.error?.message
          failed.push(`${spec.file ?? file} › ${spec.title}: ${firstLine(error)}`)
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file)
  }
  for (const suite of report.suites ?? []) walk(suite, suite.file)
  for (const error of report.errors ?? []) failed.push(`outside any test: ${firstLine(error.message)}`)
  return failed
}

// Without the terminal's colour codes (ESC [ … m), which vitest writes into its messages.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const firstLine = (message) =>
  (message ?? '')
    .replace(COLOUR, '')
    .split('\n')
    .find((text) => text.trim() !== '')
    ?.trim()
    .slice(0, 300) ?? ''

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`

const total = { passed: 0, failed: 0, skipped: 0 }
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file}`)
    total.failed += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const counts = countsOf(report)
  for (const failure of failuresOf(report)) console.log(`failed: ${failure}`)
  console.log(`${file}: ${line(counts)}`)
  for (const key of Object.keys(total)) total[key] += counts[key]
}
console.log(line(total))
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0)
