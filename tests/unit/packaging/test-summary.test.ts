import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summarize } from '../../../scripts/test-summary.mjs'

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
    writeFileSync(
      join(unit, 'mixed.test.js'),
      `test('adds up', () => expect(1 + 1).toBe(2))
       test('breaks', () => expect(1 + 1).toBe(3))
       test.skip('later', () => {})`,
    )
    writeFileSync(join(unit, 'broken.test.js'), `import './not-there.js'\ntest('never', () => {})`)
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
    // Vitest: one failed test and one file that cannot load; Playwright: one failed test.
    expect(summarize(vitest, playwright)).toMatchObject({
      passed: 2,
      failed: 3,
      skipped: 2,
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
