import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Prefer the system's Chromium: CI has no way to download Playwright's own browser. */
const SYSTEM_CHROMIUM = [
  process.env['LOOSEN_CHROMIUM'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)))

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0

const chromiumArgs = [
  // The machine has no network; these keep Chromium from trying to reach Google in the background.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--autoplay-policy=no-user-gesture-required',
  ...(runningAsRoot ? ['--no-sandbox'] : []),
]

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
        launchOptions: {
          ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: chromiumArgs,
        },
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
        launchOptions: {
          ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: chromiumArgs,
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
})
