#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and component tests, build, then end-to-end tests in Chromium.
// Every step runs even after a failure, so one run shows everything that is wrong; the last
// line totals the Vitest and Playwright results and the failed steps.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { conclude, summarize } from './test-summary.mjs'

const steps = [
  ['typecheck', 'npx', ['tsc', '-b', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level=warn']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  // Electronegativity over the sources and the fresh build; fails on findings above LOW.
  ['electronegativity', 'node', ['scripts/security/electronegativity.mjs']],
  [
    'harness',
    'npx',
    ['vite', 'build', '--config', 'tests/e2e/harness/bridge.vite.config.mts', '--logLevel', 'warn'],
  ],
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
  [
    'e2e',
    'npx',
    ['playwright', 'test', '--project=e2e', '--project=standin', '--project=electron'],
  ],
]

// The test steps and the runner whose report counts their tests; every other step that fails
// counts as one failure of its own.
const runnerOf = { unit: 'Vitest', e2e: 'Playwright' }
const failedSteps = []
rmSync('.vitest-results.json', { force: true })
rmSync('.playwright-results.json', { force: true })

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    failedSteps.push(name)
    console.log(`✗ ${name} failed (${seconds} s)`)
  } else {
    console.log(`✓ ${name} (${seconds} s)`)
  }
}

function readJson(file) {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

const summary = summarize(readJson('.vitest-results.json'), readJson('.playwright-results.json'))
const verdict = conclude(summary, failedSteps, runnerOf)
if (verdict.failures.length > 0) {
  console.log('\nFailed:')
  for (const failure of verdict.failures) console.log(`  ✗ ${failure}`)
}
for (const runner of summary.missing) {
  console.log(`\n${runner} wrote no results, so its tests are not counted below.`)
}
if (summary.skipped > 0) {
  console.log(`\n${summary.skipped} skipped`)
  for (const reason of summary.skipReasons) console.log(`  - ${reason}`)
}
// The last line is exactly "N passed, N failed", for a reader or a script scanning the log; a
// failed step counts in it, so it says "0 failed" exactly when the run exits 0.
console.log(`\n${verdict.lastLine}`)
process.exit(verdict.exitCode)
