import { defineConfig } from '@playwright/test'
import { chromiumArgs, systemChromium } from './tests/support/chromium'

// Prefer the system's Chromium: CI has no way to download Playwright's own.
const SYSTEM_CHROMIUM = systemChromium()
const launchOptions = {
  ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: chromiumArgs(),
}

export default defineConfig({
  // A ceiling for a stuck test, not a speed target: axe scans on a busy 2-core machine take a while.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1100, height: 760 },
        launchOptions,
      },
    },
    {
      // Benchmarks only run through `npm run bench`, never as part of `npm test`.
      name: 'bench',
      testDir: 'bench',
      testMatch: /.*\.bench\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1100, height: 760 },
        launchOptions,
      },
    },
    {
      // The built app under the Electron stand-in: main process in Node, windows in Chromium.
      name: 'standin',
      testDir: 'tests/standin',
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
})
