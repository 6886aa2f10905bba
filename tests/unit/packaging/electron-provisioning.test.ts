import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storedZip } from '../../support/stored-zip'

// `npm start` provisions Electron with the electron package's own install-electron (install.js),
// run here against a copy of the real package's files and a mirror on 127.0.0.1 that serves a
// stand-in release archive, so the whole path from "no binary" to path.txt is exercised offline.

const REPO = resolve(__dirname, '../../..')
const SCRIPT = join(REPO, 'scripts/electron-runtime.mjs')
const realPackage = join(REPO, 'node_modules/electron')
const version = (
  JSON.parse(readFileSync(join(realPackage, 'package.json'), 'utf8')) as { version: string }
).version
const ARCHIVE = `electron-v${version}-linux-x64.zip`

let project: string
let server: Server
let mirror: string
let served: string[]
let archive: Buffer | null

function run(mode: 'ensure' | 'postinstall', env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [SCRIPT, mode], {
      cwd: project,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: project,
        ELECTRON_INSTALL_PLATFORM: 'linux',
        ELECTRON_INSTALL_ARCH: 'x64',
        electron_config_cache: join(project, 'cache'),
        ...env,
      },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

beforeEach(async () => {
  project = mkdtempSync(join(tmpdir(), 'loosen-provision-'))
  const electron = join(project, 'node_modules/electron')
  mkdirSync(electron, { recursive: true })
  // The package as npm installs it (its `files`), without any binary a developer may have.
  for (const file of [
    'package.json',
    'install.js',
    'index.js',
    'cli.js',
    'checksums.json',
    'LICENSE',
  ]) {
    copyFileSync(join(realPackage, file), join(electron, file))
  }
  for (const scope of ['@electron', '@electron-internal']) {
    symlinkSync(join(REPO, 'node_modules', scope), join(project, 'node_modules', scope))
  }
  writeFileSync(join(project, 'package.json'), '{"name":"provision-test","private":true}')
  served = []
  archive = storedZip([
    { name: 'electron', content: '#!/bin/sh\necho stand-in electron "$@"\n', mode: 0o755 },
    { name: 'version', content: `v${version}` },
  ])
  server = createServer((request, response) => {
    served.push(request.url ?? '')
    const sums = archive
      ? `${createHash('sha256').update(archive).digest('hex')} *${ARCHIVE}\n`
      : ''
    if (archive && request.url === `/v${version}/${ARCHIVE}`) response.end(archive)
    else if (archive && request.url === `/v${version}/SHASUMS256.txt`) response.end(sums)
    else response.writeHead(404).end()
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterEach(async () => {
  await new Promise((closed) => server.close(closed))
  rmSync(project, { recursive: true, force: true })
})

describe('provisioning Electron for npm start', () => {
  it('fetches the release with the package’s own installer and leaves the path.txt electron-vite reads', async () => {
    const result = await run('ensure', {
      ELECTRON_MIRROR: mirror,
      electron_use_remote_checksums: '1',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(served).toContain(`/v${version}/${ARCHIVE}`)
    const electron = join(project, 'node_modules/electron')
    expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe('electron')
    expect(existsSync(join(electron, 'dist/electron'))).toBe(true)
    // Once there, a second start fetches nothing.
    served = []
    expect((await run('ensure', { ELECTRON_MIRROR: mirror })).status).toBe(0)
    expect(served).toEqual([])
  }, 30_000)

  it('when the download fails, says what is missing and what to run, without a stack trace', async () => {
    archive = null
    const result = await run('ensure', {
      ELECTRON_MIRROR: mirror,
      electron_use_remote_checksums: '1',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /Loosen cannot open: the Electron runtime it runs in \(Electron [\d.]+ for linux-x64\) is not installed, and fetching it failed/,
    )
    expect(result.stderr).toContain('npx install-electron')
    expect(result.stderr).toContain('npm run preview:browser')
    expect(result.stderr).not.toMatch(/\n\s+at |Electron uninstall/)
  }, 30_000)

  it('a closed network (ELECTRON_SKIP_BINARY_DOWNLOAD) skips the install quietly but stops npm start clearly', async () => {
    const install = await run('postinstall', {
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      ELECTRON_MIRROR: mirror,
    })
    expect(install.status).toBe(0)
    expect(install.stdout).toMatch(/^Skipped fetching Electron/)
    const start = await run('ensure', {
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      ELECTRON_MIRROR: mirror,
    })
    expect(start.status).toBe(1)
    expect(start.stderr.trim().split('\n')).toHaveLength(1)
    expect(served).toEqual([])
  })

  it('a failed download during npm install does not fail the install', async () => {
    archive = null
    const install = await run('postinstall', {
      ELECTRON_MIRROR: mirror,
      electron_use_remote_checksums: '1',
    })
    expect(install.status).toBe(0)
    expect(install.stderr).toContain('Loosen cannot open')
  }, 30_000)
})

describe('the Node version check', () => {
  it('turns away Node older than 22.13 in plain words', async () => {
    const { tooOld } = (await import('../../../scripts/check-node.cjs')) as {
      tooOld: (v: string) => boolean
    }
    expect(tooOld('v20.20.2')).toBe(true)
    expect(tooOld('v22.12.0')).toBe(true)
    expect(tooOld('v22.13.0')).toBe(false)
    expect(tooOld('v24.21.0')).toBe(false)
  })
})
