import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { conclude, summarize, type TestSummary } from '../../../scripts/test-summary.mjs'

const ROOT = resolve(__dirname, '../../..')

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  })
}

/**
 * The last line of `npm test` is built from the runners' JSON reports, so this makes real ones:
 * Vitest and Playwright each run a passing, a failing and a skipped test and a file that cannot
 * load, inside the repository so both resolve their own packages.
 */
describe('the npm test summary', () => {
  let folder = ''
  let vitest: object | null = null
  let playwright: object | null = null
  let playwrightBroken: object | null = null

  beforeAll(() => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    folder = mkdtempSync(join(ROOT, '.tmp', 'summary-'))
    const unit = join(folder, 'unit')
    const e2e = join(folder, 'e2e')
    mkdirSync(unit)
    mkdirSync(e2e)
    // The skipped tests below are fixtures: written to a temporary project so that real Vitest and
    // Playwright runs report a skip, which the summary must count and explain. They are not
    // Loosen's tests and never run in Loosen's own suite.
    writeFileSync(
      join(unit, 'mixed.test.js'),
      `test('adds up', () => expect(1 + 1).toBe(2))
       test('breaks', () => expect(1 + 1).toBe(3))
       test.skip('later', () => {})`,
    )
    writeFileSync(join(unit, 'broken.test.js'), `import './not-there.js'\ntest('never', () => {})`)
    writeFileSync(
      join(unit, 'hook.test.js'),
      `describe('needs a server', () => {
         beforeAll(() => { throw new Error('no server') })
         test('one', () => {})
         test('two', () => {})
       })`,
    )
    run(
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--root',
        unit,
        '--globals',
        '--reporter=json',
        `--outputFile=${join(folder, 'vitest.json')}`,
      ],
      unit,
    )
    writeFileSync(
      join(e2e, 'mixed.spec.ts'),
      `import { expect, test } from '@playwright/test'
       test('adds up', () => expect(1 + 1).toBe(2))
       test('breaks', () => expect(1 + 1).toBe(3))
       test('needs Electron', () => test.skip(true, 'The Electron binary is not installed.'))`,
    )
    const playwrightRun = (spec: string, report: string) => {
      writeFileSync(
        join(e2e, 'pw.config.mjs'),
        `export default { testDir: '.', testMatch: '${spec}', reporter: [['json', { outputFile: ${JSON.stringify(
          join(folder, report),
        )} }]] }`,
      )
      run(
        [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'pw.config.mjs'],
        e2e,
      )
      return JSON.parse(readFileSync(join(folder, report), 'utf8')) as object
    }
    playwright = playwrightRun('mixed.spec.ts', 'playwright.json')
    // A spec that cannot load stops Playwright before any test runs.
    writeFileSync(join(e2e, 'broken.spec.ts'), `import './not-there'\n`)
    playwrightBroken = playwrightRun('broken.spec.ts', 'playwright-broken.json')
    vitest = JSON.parse(readFileSync(join(folder, 'vitest.json'), 'utf8')) as object
  }, 60_000)

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
  })

  it('totals both runners and counts a file that cannot load as a failure', () => {
    // Vitest: one failed test, one file that cannot load and one whose hook fails; Playwright:
    // one failed test.
    expect(summarize(vitest, playwright)).toMatchObject({
      passed: 2,
      failed: 4,
      skipped: 4,
      missing: [],
    })
    // Playwright runs nothing at all when a spec cannot load; that must not read as green.
    const broken = summarize(null, playwrightBroken)
    expect(broken.passed).toBe(0)
    expect(broken.failed).toBeGreaterThan(0)
  })

  it('names each failure and each reason for skipping', () => {
    const summary = summarize(vitest, playwright)
    expect([...summary.failures].sort()).toEqual([
      expect.stringMatching(/^\.tmp\/summary-\w+\/unit\/broken\.test\.js: .*not-there/),
      expect.stringMatching(
        /^\.tmp\/summary-\w+\/unit\/hook\.test\.js: a setup or teardown hook failed .* its 2 tests did not run/,
      ),
      expect.stringMatching(/^\.tmp\/summary-\w+\/unit\/mixed\.test\.js: breaks$/),
      'mixed.spec.ts: breaks',
    ])
    expect(summary.skipReasons).toEqual(['The Electron binary is not installed.'])
    expect(summarize(null, playwrightBroken).failures).toContainEqual(
      expect.stringMatching(/^Playwright: .*not-there/),
    )
  })

  it('says which runner wrote no report', () => {
    expect(summarize(vitest, null).missing).toEqual(['Playwright'])
    expect(summarize(null, null)).toMatchObject({
      passed: 0,
      failed: 0,
      missing: ['Vitest', 'Playwright'],
    })
  })
})

const RUNNER_OF = { unit: 'Vitest', e2e: 'Playwright' } as const

function summaryOf(parts: Partial<TestSummary>): TestSummary {
  const failedBy = parts.failedBy ?? { Vitest: 0, Playwright: 0 }
  return {
    passed: 10,
    failed: failedBy.Vitest + failedBy.Playwright,
    failedBy,
    skipped: 0,
    skipReasons: [],
    failures: [],
    missing: [],
    ...parts,
  }
}

describe('the verdict of npm test', () => {
  it('counts each failed step that is not a test runner as one failure and names it', () => {
    const steps = ['typecheck', 'lint', 'format', 'build', 'electronegativity']
    const verdict = conclude(summaryOf({}), steps, RUNNER_OF)
    expect(verdict.lastLine).toBe('10 passed, 5 failed')
    expect(verdict.exitCode).toBe(1)
    expect(verdict.failures).toEqual(steps.map((step) => `step ${step}: exited with an error`))
  })

  it('does not count a test step twice when its runner reported the failed tests', () => {
    const summary = summaryOf({
      failedBy: { Vitest: 2, Playwright: 1 },
      failures: ['a.test.ts: one', 'a.test.ts: two', 'b.spec.ts: three'],
    })
    const verdict = conclude(summary, ['unit', 'e2e'], RUNNER_OF)
    expect(verdict.lastLine).toBe('10 passed, 3 failed')
    expect(verdict.failures).toEqual(summary.failures)
  })

  it('counts a test step that failed with every test passing, or without a report', () => {
    const crashed = conclude(summaryOf({}), ['unit'], RUNNER_OF)
    expect(crashed.lastLine).toBe('10 passed, 1 failed')
    expect(crashed.failures).toEqual([
      'step unit: exited with an error although no Vitest test failed',
    ])
    const silent = conclude(summaryOf({ missing: ['Playwright'] }), ['e2e'], RUNNER_OF)
    expect(silent.failures).toEqual(['step e2e: Playwright wrote no results'])
    // A runner that wrote nothing fails the run even when its step claimed success.
    const quiet = conclude(summaryOf({ missing: ['Vitest'] }), [], RUNNER_OF)
    expect(quiet).toMatchObject({ lastLine: '10 passed, 1 failed', exitCode: 1 })
  })

  it('reads "0 failed" exactly when the run exits 0, whatever failed', () => {
    const stepNames = ['typecheck', 'lint', 'format', 'unit', 'build', 'electronegativity', 'e2e']
    fc.assert(
      fc.property(
        fc.subarray(stepNames),
        fc.nat(3),
        fc.nat(3),
        fc.subarray(['Vitest', 'Playwright'] as const),
        (failedSteps, vitestFailed, playwrightFailed, missing) => {
          const summary = summaryOf({
            failedBy: { Vitest: vitestFailed, Playwright: playwrightFailed },
            missing,
          })
          const verdict = conclude(summary, failedSteps, RUNNER_OF)
          expect(verdict.lastLine).toMatch(/^\d+ passed, \d+ failed$/)
          const anythingWrong =
            failedSteps.length > 0 || vitestFailed + playwrightFailed > 0 || missing.length > 0
          expect(verdict.exitCode).toBe(anythingWrong ? 1 : 0)
          expect(verdict.lastLine.endsWith(' 0 failed')).toBe(!anythingWrong)
          expect(verdict.failed).toBeGreaterThanOrEqual(summary.failed)
        },
      ),
    )
  })
})

/**
 * The real scripts/test-all.mjs, run in an empty folder whose `npx` is a stand-in: the type
 * check fails, every other step passes, and Vitest and Playwright write passing reports.
 */
describe.skipIf(process.platform === 'win32')('npm test with a failed type check', () => {
  it('ends with "1 failed" and exits 1', () => {
    const folder = mkdtempSync(join(ROOT, '.tmp', 'test-all-'))
    try {
      const bin = join(folder, 'bin')
      mkdirSync(bin)
      mkdirSync(join(folder, 'scripts', 'security'), { recursive: true })
      writeFileSync(join(folder, 'scripts', 'security', 'electronegativity.mjs'), '')
      writeFileSync(join(folder, 'scripts', 'ensure-browser.mjs'), '')
      const vitestReport = JSON.stringify({ numPassedTests: 3, numFailedTests: 0, testResults: [] })
      const playwrightReport = JSON.stringify({ stats: { expected: 2 }, suites: [] })
      writeFileSync(
        join(bin, 'npx'),
        [
          '#!/bin/sh',
          'case "$1" in',
          '  tsc) echo "error TS2322: not assignable"; exit 2 ;;',
          `  vitest) echo '${vitestReport}' > .vitest-results.json ;;`,
          `  playwright) echo '${playwrightReport}' > .playwright-results.json ;;`,
          'esac',
          'exit 0',
          '',
        ].join('\n'),
      )
      chmodSync(join(bin, 'npx'), 0o755)
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'test-all.mjs')], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` },
      })
      const lines = result.stdout.trimEnd().split('\n')
      expect(lines.at(-1)).toBe('5 passed, 1 failed')
      expect(result.stdout).toContain('✗ step typecheck: exited with an error')
      expect(result.status).toBe(1)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 30_000)
})
