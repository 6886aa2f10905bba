#!/usr/bin/env node
// Provisions the Electron runtime the way Electron 42+ intends: the `electron` package no longer
// downloads its binary on install, so this runs the package's own `install-electron` bin
// (install.js) after `npm install` and again before `npm start` / `npm run dev`, and explains
// what to do, in one paragraph and without a stack trace, when the binary cannot be had.
//
//   node scripts/electron-runtime.mjs postinstall   never fails the install; skips when told to
//   node scripts/electron-runtime.mjs ensure        before start/dev: exits 1 when there is none
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder of the `electron` package this project resolves (node_modules/electron). */
export function electronPackageDir(projectDir = process.cwd()) {
  const require = createRequire(join(projectDir, 'package.json'))
  return dirname(require.resolve('electron/package.json'))
}

/**
 * The Electron executable electron-vite will start, or null. electron-vite reads
 * ELECTRON_EXEC_PATH first, then the package's path.txt, which install.js writes last.
 */
export function installedElectron(packageDir, env = process.env) {
  const override = env['ELECTRON_EXEC_PATH']
  if (override) return existsSync(override) ? override : null
  const marker = join(packageDir, 'path.txt')
  if (!existsSync(marker)) return null
  const executable = join(packageDir, 'dist', readFileSync(marker, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

function skipRequested(env) {
  const value = env['ELECTRON_SKIP_BINARY_DOWNLOAD']
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}

/** The first line of an error report, without the stack. */
export function firstErrorLine(text) {
  const lines = String(text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
  return lines.find((line) => /error/i.test(line)) ?? lines[0] ?? null
}

/** Runs the package's `install-electron` bin; returns why it failed, or null on success. */
export function runInstallElectron(packageDir, env = process.env) {
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    // About 100 MB on a slow line; a network that drops packets must not hang forever.
    timeout: 15 * 60_000,
  })
  if (result.error) return result.error.message
  if (result.status !== 0) return firstErrorLine(result.stderr) ?? `exit code ${result.status}`
  return installedElectron(packageDir, { ...env, ELECTRON_EXEC_PATH: '' })
    ? null
    : 'install-electron finished but left no executable behind'
}

function describeTarget(packageDir, env) {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const platform = env['ELECTRON_INSTALL_PLATFORM'] ?? process.platform
  const arch = env['ELECTRON_INSTALL_ARCH'] ?? process.arch
  return `Electron ${version} for ${platform}-${arch}`
}

/** The one paragraph a user reads when Loosen cannot start for want of Electron. */
export function missingElectronMessage(target, reason) {
  return [
    `Loosen cannot open: the Electron runtime it runs in (${target}) is not installed, and ${reason}.`,
    'To fetch it, run `npx install-electron` in this folder on a machine with internet access',
    '(or set ELECTRON_EXEC_PATH to an Electron executable of the same major version), then run',
    '`npm start` again. To look at Loosen without Electron, run `npm run preview:browser`: it',
    'opens the built screens in your Chromium, backed by the real data services.',
  ].join(' ')
}

/** Returns the process exit code for `mode`, printing what the user needs to know. */
export function provision(mode, { packageDir = electronPackageDir(), env = process.env } = {}) {
  if (installedElectron(packageDir, env)) return 0
  const target = describeTarget(packageDir, env)
  if (skipRequested(env)) {
    const reason = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not fetched'
    if (mode === 'postinstall') {
      console.log(
        `Skipped fetching ${target}: ELECTRON_SKIP_BINARY_DOWNLOAD is set. \`npm start\` fetches it once the variable is unset.`,
      )
      return 0
    }
    console.error(`\n${missingElectronMessage(target, reason)}\n`)
    return 1
  }
  console.log(`Fetching ${target} (about 100 MB, once)…`)
  const failure = runInstallElectron(packageDir, env)
  if (failure === null) return 0
  const message = missingElectronMessage(target, `fetching it failed (${failure})`)
  if (mode === 'postinstall') {
    // The install itself succeeded; `npm start` tries again and says the same if it must.
    console.warn(`\n${message}\n`)
    return 0
  }
  console.error(`\n${message}\n`)
  return 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2]
  if (mode !== 'postinstall' && mode !== 'ensure') {
    console.error('usage: node scripts/electron-runtime.mjs postinstall|ensure')
    process.exit(2)
  }
  process.exit(provision(mode))
}
