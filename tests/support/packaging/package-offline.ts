// Packages Loosen for Linux with the real electron-builder and the project's own
// electron-builder.yml, offline: Electron and the downloadable tools are local stand-ins
// (stand-ins.ts) and the build runs in a child whose network is switched off
// (offline-build.mts). Also extracts the app.asar, for tests that start the packaged app.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { electronAsar, makeFakeTools, makeStandInElectron, type FakeTools } from './stand-ins'

const ROOT = resolve(__dirname, '../../..')
const run = promisify(execFile)

/** What electron-vite build writes and the app needs; built when any is missing. */
export const BUILT_ENTRIES = [
  'out/main/index.js',
  'out/preload/index.js',
  'out/renderer/index.html',
]

export interface BuildReport {
  error: string | null
  networkAttempts: string[]
  artifacts: string[]
  milliseconds: number
}

export interface OfflinePackage {
  /** Temp folder holding everything below. */
  folder: string
  /** The unpacked Linux app, as `--linux dir` leaves it (release/linux-unpacked). */
  appOutDir: string
  asar: string
  /** The packaged executable (the stand-in Electron, renamed and with its fuses flipped). */
  executable: string
  tools: FakeTools
  report: BuildReport
  /** electron-builder's output, for a failure message. */
  log: string
  /** Seconds spent building out/ first (0 when it was already built). */
  buildSeconds: number
}

const isBuilt = () => BUILT_ENTRIES.every((file) => existsSync(join(ROOT, file)))

/**
 * Builds main, preload and renderer into out/ with electron-vite when out/ is incomplete (as on
 * a fresh clone, where `npm test` runs the unit tests before its build step). Test files run in
 * parallel processes, so one builds while the others wait on a lock folder.
 */
export async function ensureBuilt(): Promise<number> {
  if (isBuilt()) return 0
  const started = Date.now()
  const lock = join(ROOT, '.tmp', 'packaging-build.lock')
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // Another test process is building; a lock older than the build's timeout is stale.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs
      if (since !== undefined && Date.now() - since > 300_000) {
        rmSync(lock, { recursive: true, force: true })
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 200))
    }
  }
  try {
    if (!isBuilt()) {
      await run(
        process.execPath,
        [
          join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'),
          'build',
          '--logLevel',
          'warn',
        ],
        { cwd: ROOT, timeout: 240_000, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024 },
      )
    }
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
  return (Date.now() - started) / 1000
}

/** The environment of the packaging child: every way out to the network points nowhere. */
function offlineEnv(folder: string, tools: FakeTools): NodeJS.ProcessEnv {
  const nowhere = 'http://127.0.0.1:9'
  const cache = join(folder, 'empty-cache')
  const tmp = join(folder, 'tmp')
  mkdirSync(cache)
  mkdirSync(tmp)
  return {
    ...process.env,
    // Only electron-builder's own offline switch (it covers Windows signing); the rest below.
    ELECTRON_BUILDER_OFFLINE: 'true',
    // An empty cache, so a tool electron-builder would fetch cannot be found there silently.
    ELECTRON_BUILDER_CACHE: cache,
    ELECTRON_CACHE: cache,
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    // The tools electron-builder would download, replaced by recording fakes.
    APPIMAGE_TOOLS_PATH: tools.appImageTools,
    CUSTOM_FPM_PATH: tools.fpm,
    // Child processes (npm list for the dependency tree) get an offline npm and a dead proxy.
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    HTTP_PROXY: nowhere,
    HTTPS_PROXY: nowhere,
    http_proxy: nowhere,
    https_proxy: nowhere,
    ALL_PROXY: nowhere,
    NO_PROXY: '',
    no_proxy: '',
    TMPDIR: tmp,
    // A code-signing setup on the developer's machine must not change the result.
    CSC_LINK: '',
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    CI: '',
  }
}

/**
 * Packages the app into `folder` with `configFile` (relative to the project) for Linux as the
 * `dir`, `AppImage` and `deb` targets. Never rejects because the build failed: the report says
 * so, with electron-builder's output in `log`.
 */
export async function packageOffline(
  folder: string,
  configFile = 'electron-builder.yml',
  options: { withoutStandInElectron?: boolean } = {},
): Promise<OfflinePackage> {
  const buildSeconds = await ensureBuilt()
  const electron = makeStandInElectron(join(folder, 'electron-dist'))
  const tools = makeFakeTools(join(folder, 'tools'), process.arch)
  const outputDir = join(folder, 'release')
  const reportFile = join(folder, 'report.json')
  const job = {
    projectDir: ROOT,
    configFile: join(ROOT, configFile),
    // Without it electron-builder downloads Electron: used to show that the guard catches that.
    electronDist: options.withoutStandInElectron ? null : electron.folder,
    outputDir,
    reportFile,
    targets: ['dir', 'AppImage', 'deb'],
  }
  let log: string
  try {
    const result = await run(
      process.execPath,
      [join(__dirname, 'offline-build.mts'), JSON.stringify(job)],
      {
        cwd: ROOT,
        env: offlineEnv(folder, tools),
        timeout: 180_000,
        killSignal: 'SIGKILL',
        maxBuffer: 32 * 1024 * 1024,
      },
    )
    log = `${result.stdout}\n${result.stderr}`
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; killed?: boolean; message: string }
    log = `${failed.killed ? 'Killed after 180 s (hung?).\n' : ''}${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`
  }
  const report: BuildReport = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport)
    : {
        error: 'The packaging child wrote no report.',
        networkAttempts: [],
        artifacts: [],
        milliseconds: 0,
      }
  const appOutDir = join(
    outputDir,
    process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`,
  )
  return {
    folder,
    appOutDir,
    asar: join(appOutDir, 'resources', 'app.asar'),
    executable: join(appOutDir, 'loosen'),
    tools,
    report,
    log,
    buildSeconds,
  }
}

/** Every path in an asar, relative, with forward slashes (folders included). */
export function listAsar(asar: string): string[] {
  return electronAsar()
    .listPackage(asar, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .sort()
}

/** Extracts an asar into `destination` (created), and returns `destination`. */
export function extractAsar(asar: string, destination: string): string {
  mkdirSync(destination, { recursive: true })
  electronAsar().extractAll(asar, destination)
  return destination
}

let extracted: Promise<string> | null = null

/**
 * The packaged app's files, extracted from the app.asar into a temp folder: what Electron
 * would load, for starting the packaged app (e.g. with the stand-in runtime in tests/standin).
 * Packages once per test process and removes the folder when the process exits.
 */
export function extractedApp(): Promise<string> {
  extracted ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'loosen-packaged-'))
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
    const packaged = await packageOffline(folder)
    if (packaged.report.error !== null || packaged.report.networkAttempts.length > 0) {
      throw new Error(`Offline packaging failed: ${packaged.report.error ?? ''}\n${packaged.log}`)
    }
    return extractAsar(packaged.asar, join(folder, 'app'))
  })()
  return extracted
}
