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
      const reason = (file.message ?? '').split('\n')[0] || unexplained(file)
      failures.push(`${relative(process.cwd(), file.name)}: ${reason}`)
    }
  }
  return { failures, brokenFiles }
}

/**
 * Vitest's report gives no message when a describe block's hook fails or overruns its time: its
 * tests read as skipped. Say so, so the reader looks at the hook and not at the tests.
 */
function unexplained(file) {
  const tests = file.assertionResults ?? []
  if (tests.length > 0 && tests.every((test) => test.status === 'skipped')) {
    return `a setup or teardown hook failed or ran out of time, so its ${String(tests.length)} tests did not run (Vitest's output above says which)`
  }
  return 'the file failed to run'
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
  const failedBy = { Vitest: 0, Playwright: 0 }
  if (vitest) {
    const { failures: found, brokenFiles } = vitestFailures(vitest)
    passed += vitest.numPassedTests ?? 0
    failedBy.Vitest = (vitest.numFailedTests ?? 0) + brokenFiles
    failed += failedBy.Vitest
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
    failures.push(...found)
  } else missing.push('Vitest')
  if (playwright) {
    const stats = playwright.stats ?? {}
    const found = playwrightResults(playwright)
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    failedBy.Playwright = Math.max(stats.unexpected ?? 0, found.failures.length)
    failed += failedBy.Playwright
    skipped += stats.skipped ?? 0
    failures.push(...found.failures)
    skipReasons = found.skipReasons
  } else missing.push('Playwright')
  return { passed, failed, failedBy, skipped, skipReasons, failures, missing }
}

/**
 * The verdict of a whole `npm test` run: the summary plus the steps that failed. A step that is
 * not a test runner (typecheck, lint, format, build, Electronegativity…) adds one failure and is
 * named. A test step (`runnerOf` names its runner) adds one only when its failure is not already
 * counted as failed tests: it crashed after its tests passed, or wrote no report. A runner that
 * wrote no report counts once even if its step claimed success. So the last line reads
 * "0 failed" exactly when the run exits 0.
 *
 * @param {object} summary what summarize() returned
 * @param {readonly string[]} failedSteps names of the steps that exited non-zero, in order
 * @param {Readonly<Record<string, 'Vitest' | 'Playwright'>>} runnerOf test steps and their runner
 */
export function conclude(summary, failedSteps, runnerOf) {
  const failures = [...summary.failures]
  let failed = summary.failed
  const stepFailure = (name, why) => {
    failed++
    failures.push(`step ${name}: ${why}`)
  }
  const counted = new Set()
  for (const name of failedSteps) {
    const runner = runnerOf[name]
    if (runner === undefined) {
      stepFailure(name, 'exited with an error')
      continue
    }
    counted.add(runner)
    if (summary.missing.includes(runner)) stepFailure(name, `${runner} wrote no results`)
    else if (!hasFailuresOf(summary, runner)) {
      stepFailure(name, `exited with an error although no ${runner} test failed`)
    }
  }
  for (const runner of summary.missing) {
    if (!counted.has(runner)) stepFailure(runner, `${runner} wrote no results`)
  }
  return {
    failed,
    failures,
    exitCode: failed > 0 ? 1 : 0,
    lastLine: `${summary.passed} passed, ${failed} failed`,
  }
}

function hasFailuresOf(summary, runner) {
  return summary.failedBy[runner] > 0
}
