#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and component tests, build, then end-to-end tests in Chromium.
// Every step runs even after a failure, so one run shows everything that is wrong; the last
// line totals the Vitest and Playwright results.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

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
  ['e2e', 'npx', ['playwright', 'test', '--project=e2e', '--project=electron']],
]

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

let passed = 0
let failed = 0
let skipped = 0
const vitest = readJson('.vitest-results.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}
const playwright = readJson('.playwright-results.json')
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0)
