#!/usr/bin/env node
// The e2e tests use the system's Chromium when there is one (CI has no way to download a
// browser). On a developer machine without one, Playwright's own Chromium is installed once.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [
  process.env.LOOSEN_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
]
const system = candidates.find((c) => c && existsSync(c))
if (system) {
  console.log(`Using the system browser at ${system}.`)
  process.exit(0)
}
if (process.env.CI) {
  console.error('No system Chromium found. CI installs it with apt (see .ci/run).')
  process.exit(1)
}
console.log("No system Chromium found; installing Playwright's Chromium (one time).")
const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
process.exit(result.status ?? 1)
