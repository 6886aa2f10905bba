import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const REPO = resolve(__dirname, '../..')
const electronPackage = resolve(REPO, 'node_modules/electron')

/** The executable electron-vite would start (ELECTRON_EXEC_PATH, else the package's path.txt). */
function installedElectron(): string | null {
  const override = process.env['ELECTRON_EXEC_PATH']
  if (override) return existsSync(override) ? override : null
  const marker = join(electronPackage, 'path.txt')
  if (!existsSync(marker)) return null
  const executable = join(electronPackage, 'dist', readFileSync(marker, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

/** What every real-Electron spec launches: the repo root, so app path, name and version are Loosen's. */
export const APP_ROOT = REPO

/**
 * The Electron executable, or the true reason it cannot be had. Where the network is open the
 * binary is provisioned the way `npm start` does it, and a failure there fails the run loudly
 * (thrown, not skipped). Only an install told not to download (ELECTRON_SKIP_BINARY_DOWNLOAD,
 * as on the offline CI machine) skips.
 */
export function findElectron(): { path: string } | { missing: string } {
  if (!existsSync(resolve(REPO, 'out/main/index.js'))) {
    throw new Error('The app is not built; run `npm run build` before tests/electron.')
  }
  const found = installedElectron()
  if (found) return { path: found }
  const skip = process.env['ELECTRON_SKIP_BINARY_DOWNLOAD']
  if (skip && skip !== '0' && skip !== 'false') {
    return {
      missing:
        'No Electron binary: this install set ELECTRON_SKIP_BINARY_DOWNLOAD (a machine without internet), so the real-Electron tests cannot run here. The Electron stand-in scenarios (tests/standin) cover the shell instead.',
    }
  }
  const provisioning = spawnSync(process.execPath, ['scripts/electron-runtime.mjs', 'ensure'], {
    cwd: REPO,
    stdio: 'inherit',
  })
  if (provisioning.status !== 0) {
    throw new Error('Electron could not be provisioned for tests/electron (see the message above).')
  }
  const provisioned = installedElectron()
  if (!provisioned) throw new Error('install-electron finished without an Electron executable.')
  return { path: provisioned }
}

/** Electron needs a display on Linux: where there is none, a private Xvfb serves one. */
export function ensureDisplay(): void {
  if (process.platform !== 'linux' || process.env['DISPLAY']) return
  const display = `:${90 + (process.pid % 100)}`
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
    detached: false,
  })
  xvfb.on('error', (error) => {
    throw new Error(`Electron needs a display and Xvfb could not start: ${error.message}`)
  })
  process.env['DISPLAY'] = display
  process.once('exit', () => xvfb.kill())
}
