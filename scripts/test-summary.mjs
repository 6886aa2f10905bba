import { relative } from 'node:path'

// Totals Vitest's and Playwright's JSON reports for the last line of `npm test`, and names every
// failure so a reader of a long CI log finds them at the end without scrolling.

/** A test file that could not even load has no failed test in it, but it is a failure. */
function vitestFailures(report) {
  const failures = []
  let brokenFiles = 0
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed')
    for (const test of failed)
      failures.push(`${relative(process.cwd(), file.name)}: ${test.fullName}`)
    if (file.status === 'failed' && failed.length === 0) {
      brokenFiles++
      const reason = (file.message ?? '').split('\n')[0] || 'the file failed to run'
      failures.push(`${relative(process.cwd(), file.name)}: ${reason}`)
    }
  }
  return { failures, brokenFiles }
}

function playwrightResults(report) {
  const failures = []
  const skipReasons = new Set()
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue
        for (const note of test.annotations ?? []) {
          if (note.type === 'skip' && note.description) skipReasons.add(note.description)
        }
      }
      if (spec.ok === false) {
        const project = spec.tests?.[0]?.projectName
        failures.push(`${spec.file ?? file}: ${project ? `[${project}] ` : ''}${spec.title}`)
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file)
  }
  for (const suite of report.suites ?? []) walk(suite, suite.file)
  // Errors outside any test (a spec that does not compile, a broken config) fail the run too.
  const errors = (report.errors ?? []).map(
    (error) => `Playwright: ${(error.message ?? String(error)).split('\n')[0]}`,
  )
  return { failures: [...failures, ...errors], skipReasons: [...skipReasons] }
}

/**
 * @param {object | null} vitest Vitest's JSON report, or null when none was written
 * @param {object | null} playwright Playwright's JSON report, or null when none was written
 */
export function summarize(vitest, playwright) {
  let passed = 0
  let failed = 0
  let skipped = 0
  const failures = []
  const missing = []
  let skipReasons = []
  if (vitest) {
    const { failures: found, brokenFiles } = vitestFailures(vitest)
    passed += vitest.numPassedTests ?? 0
    failed += (vitest.numFailedTests ?? 0) + brokenFiles
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
    failures.push(...found)
  } else missing.push('Vitest')
  if (playwright) {
    const stats = playwright.stats ?? {}
    const found = playwrightResults(playwright)
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    failed += Math.max(stats.unexpected ?? 0, found.failures.length)
    skipped += stats.skipped ?? 0
    failures.push(...found.failures)
    skipReasons = found.skipReasons
  } else missing.push('Playwright')
  return { passed, failed, skipped, skipReasons, failures, missing }
}
