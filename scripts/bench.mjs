#!/usr/bin/env node
// `npm run bench`: runs the Node benchmarks (Vitest, one file at a time) and the browser
// benchmarks (Playwright, project "bench", one test at a time: a second browser would eat into
// the figures), one step after the other, then prints every recorded figure as one JSON object
// on stdout. The seeded histories (10k, 100k, 1M ratings) are built once into .tmp/bench-cache.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const figuresFolder = '.tmp/bench'
rmSync(figuresFolder, { recursive: true, force: true })

// Each step's own output goes to stderr, so a failure can be read and stdout holds only the JSON.
const quiet = { stdio: ['ignore', 2, 'inherit'], env: { ...process.env, LOOSEN_BENCH: '1' } }
const steps = [
  ['npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.mts', '--reporter=dot']],
  ['npx', ['electron-vite', 'build', '--logLevel', 'error']],
  [
    'npx',
    [
      'vite',
      'build',
      '--config',
      'tests/e2e/harness/bridge.vite.config.mts',
      '--logLevel',
      'error',
    ],
  ],
  [
    'npx',
    [
      'playwright',
      'test',
      '--project=bench',
      '--workers=1',
      '--reporter=dot',
      '--pass-with-no-tests',
    ],
  ],
]
let failed = false
for (const [command, args] of steps) {
  const result = spawnSync(command, args, quiet)
  if (result.status !== 0) {
    failed = true
    console.error(`bench step failed: ${command} ${args.join(' ')}`)
  }
}

const figures = {}
if (existsSync(figuresFolder)) {
  for (const name of readdirSync(figuresFolder).sort()) {
    Object.assign(figures, JSON.parse(readFileSync(join(figuresFolder, name), 'utf8')))
  }
}
console.log(JSON.stringify(figures, null, 2))
process.exit(failed ? 1 : 0)
