// Packages Loosen for Linux with the real electron-builder and electron-builder.yml, offline
// (tests/support/packaging), and checks what would ship: the app.asar's contents, the fuses in
// the packaged binary, the AppImage's AppDir (static runtime) and the deb's metadata.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  extractAsar,
  listAsar,
  packageOffline,
  type OfflinePackage,
} from '../../support/packaging/package-offline'
import {
  ELECTRON_DEFAULT_FUSES,
  electronFuses,
  fuseConstants,
} from '../../support/packaging/stand-ins'

const ROOT = resolve(__dirname, '../../..')
const HEX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

interface PackageJson {
  main: string
  desktopName?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PackageJson
const project = readJson(join(ROOT, 'package.json'))
const releaseConfig = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>
}

/** Runtime dependencies and everything they pull in, by the installed package.json files. */
function runtimeClosure(names: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...names]
  while (queue.length > 0) {
    const name = queue.pop() as string
    if (seen.has(name)) continue
    seen.add(name)
    const manifest = readJson(join(ROOT, 'node_modules', name, 'package.json'))
    queue.push(...Object.keys(manifest.dependencies ?? {}))
    queue.push(
      ...Object.keys(manifest.optionalDependencies ?? {}).filter((dep) =>
        existsSync(join(ROOT, 'node_modules', dep)),
      ),
    )
  }
  return seen
}

/** Bare package names the built main process and preload require or import at run time. */
function packagesRequiredBy(folder: string): Set<string> {
  const found = new Set<string>()
  for (const file of readdirSync(folder, { recursive: true }).map(String)) {
    if (!/\.(c|m)?js$/.test(file)) continue
    const code = readFileSync(join(folder, file), 'utf8')
    // A package name holds no white space: the word "from" before a quote in a comment
    // (`"ended after from" is a few rows`) is not an import.
    const specifiers = [
      ...code.matchAll(/\brequire\(\s*["']([^"'./\s][^"'\s]*)["']\s*\)/g),
      ...code.matchAll(/\bfrom\s*["']([^"'./\s][^"'\s]*)["']/g),
      ...code.matchAll(/\bimport\(\s*["']([^"'./\s][^"'\s]*)["']\s*\)/g),
    ].map((match) => match[1] as string)
    for (const specifier of specifiers) {
      if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
      const parts = specifier.split('/')
      found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string))
    }
  }
  found.delete('electron')
  return found
}

/** fpm's arguments, as the fake fpm saved them (NUL-separated). */
function fpmArgs(pkg: OfflinePackage): string[] {
  return readFileSync(join(pkg.tools.log, 'fpm.args'), 'utf8').split('\0').slice(0, -1)
}

function valuesOf(args: string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1] as string] : []))
}

function desktopEntry(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
}

describe('packaging offline with electron-builder.yml', () => {
  let folder = ''
  let pkg: OfflinePackage
  let entries: string[] = []
  let extracted = ''
  let seconds = 0

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'loosen-package-'))
    const started = Date.now()
    pkg = await packageOffline(folder)
    seconds = (Date.now() - started) / 1000
    console.log(
      `Offline packaging took ${seconds.toFixed(1)} s (electron-builder ${(pkg.report.milliseconds / 1000).toFixed(1)} s, electron-vite build first ${pkg.buildSeconds.toFixed(1)} s)`,
    )
    if (pkg.report.error === null && existsSync(pkg.asar)) {
      entries = listAsar(pkg.asar)
      extracted = extractAsar(pkg.asar, join(folder, 'extracted'))
    }
  }, 300_000)

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  it('builds without touching the network, and fails loudly if anything tries', () => {
    expect(pkg.report.networkAttempts).toEqual([])
    expect(pkg.report.error, pkg.log).toBeNull()
    expect(existsSync(pkg.asar), pkg.log).toBe(true)
    // The child's guard throws on the first connection attempt instead of letting it hang.
    expect(readFileSync(join(ROOT, 'tests/support/packaging/offline-build.mts'), 'utf8')).toMatch(
      /net\.Socket\.prototype\.connect =/,
    )
  })

  it('puts the built main, preload and renderer and the package.json Electron reads in app.asar', () => {
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'assets/icons/icon-512.png',
      'assets/icons/tray.png',
      'assets/icons/tray@2x.png',
      'assets/icons/trayTemplate.png',
      'assets/icons/trayTemplate@2x.png',
    ]) {
      expect(entries, file).toContain(file)
    }
    expect(entries.some((entry) => /^out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true)
    // The import/export worker thread starts from inside app.asar (Electron's worker threads
    // read asar since 17/18, electron/electron#33216), where the integrity fuse covers it: its
    // script and each chunk it loads, and nothing unpacked beside the archive.
    const worker = 'out/main/transfer-worker.js'
    expect(entries).toContain(worker)
    const chunks = [
      ...readFileSync(join(extracted, worker), 'utf8').matchAll(
        /require\("\.\/(chunks\/[^"]+)"\)/g,
      ),
    ]
    expect(chunks.length).toBeGreaterThan(0)
    for (const [, chunk] of chunks) expect(entries).toContain(`out/main/${chunk ?? ''}`)
    expect(existsSync(`${pkg.asar}.unpacked`)).toBe(false)
    // The typeface travels with its licence (OFL 1.1 asks for both), and only its Latin file.
    const fonts = entries.filter((entry) => entry.endsWith('.woff2'))
    expect(fonts).toHaveLength(1)
    expect(fonts[0]).toMatch(/^out\/renderer\/assets\/figtree-latin-wght-normal-.+\.woff2$/)
    expect(entries).toContain('out/renderer/licenses/Figtree-OFL.txt')
    const packaged = readJson(join(extracted, 'package.json'))
    expect(packaged.main).toBe('out/main/index.js')
    expect(existsSync(join(extracted, packaged.main))).toBe(true)
    // Electron takes the window's app id on Linux from this field.
    expect(packaged.desktopName).toBe('loosen.desktop')
  })

  it('carries the runtime dependencies and whatever the built main process requires', () => {
    const needed = new Set([
      ...runtimeClosure(Object.keys(project.dependencies ?? {})),
      ...runtimeClosure([...packagesRequiredBy(join(ROOT, 'out/main'))]),
    ])
    expect(needed.has('zod')).toBe(true)
    for (const name of needed) {
      expect(entries, name).toContain(`node_modules/${name}/package.json`)
    }
    // And no other package: the top-level node_modules is exactly that closure.
    const shipped = new Set(
      entries
        .map((entry) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry)?.[1])
        .filter((name): name is string => name !== undefined),
    )
    expect([...shipped].sort()).toEqual([...needed].sort())
  })

  it('leaves out devDependencies, the test harness, source maps, sources, tests and build scripts', () => {
    const devDependencies = Object.keys(project.devDependencies ?? {})
    for (const name of [
      'react',
      'react-dom',
      'howler',
      'uplot',
      'vite',
      'electron',
      '@playwright/test',
    ]) {
      expect(devDependencies, `${name} is a devDependency`).toContain(name)
    }
    for (const name of [...devDependencies, 'playwright', 'playwright-core']) {
      expect(entries, name).not.toContain(`node_modules/${name}`)
    }
    const own = entries.filter((entry) => !/^node_modules(\/|$)/.test(entry))
    const offending = (pattern: RegExp) => entries.filter((entry) => pattern.test(entry))
    expect(offending(/^out\/harness(\/|$)/), 'test harness bridge').toEqual([])
    expect(offending(/\.map$/), 'source maps').toEqual([])
    expect(
      own.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry)),
      'TypeScript sources',
    ).toEqual([])
    expect(
      offending(/(^|\/)(tests?|__tests__|e2e)\/|\.(test|spec)\.[cm]?[jt]sx?$/),
      'tests',
    ).toEqual([])
    const topLevel = new Set(own.map((entry) => entry.split('/')[0]))
    expect([...topLevel].sort()).toEqual(['assets', 'out', 'package.json'])
    // Only the app's three builds: tests build into out/ too (harness bridge, stand-in boot).
    const builds = new Set(own.filter((e) => e.startsWith('out/')).map((e) => e.split('/')[1]))
    expect([...builds].sort()).toEqual(['main', 'preload', 'renderer'])
    expect(own.filter((entry) => entry.startsWith('assets/')).sort()).toEqual([
      'assets/icons',
      'assets/icons/icon-512.png',
      'assets/icons/tray.png',
      'assets/icons/tray@2x.png',
      'assets/icons/trayTemplate.png',
      'assets/icons/trayTemplate@2x.png',
    ])
    // Build scripts: the icon and tray render scripts, configs, anything under scripts/.
    expect(
      offending(
        /(^|\/)scripts\/|\.(mjs|cjs|sh)$|-make\.|\.config\.|tsconfig|electron-builder/,
      ).filter((entry) => !entry.startsWith('node_modules/')),
    ).toEqual([])
  })

  it('flips every fuse in the packaged binary as electron-builder.yml says', async () => {
    const { FuseV1Options, getCurrentFuseWire } = electronFuses()
    const { FuseState } = fuseConstants()
    const wire = (await getCurrentFuseWire(pkg.executable)) as unknown as Record<number, number>
    const expected = Object.entries(releaseConfig.electronFuses).filter(
      ([key]) => key !== 'resetAdHocDarwinSignature',
    )
    expect(expected.length).toBe(ELECTRON_DEFAULT_FUSES.length)
    let flipped = 0
    for (const [key, on] of expected) {
      const index =
        FuseV1Options[(key.charAt(0).toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options]
      expect(index, key).toBeTypeOf('number')
      expect(wire[index as number], key).toBe(on ? FuseState.ENABLE : FuseState.DISABLE)
      if ((ELECTRON_DEFAULT_FUSES[index as number] === '1') !== on) flipped += 1
    }
    // Electron ships seven of the eight the other way round; the stand-in started from those.
    expect(flipped).toBe(7)
    // Still the same program: flipping changed bytes in place, nothing else.
    const result = spawnSync(pkg.executable, [], { encoding: 'utf8' })
    expect(result.stdout).toContain('stand-in for Electron')
  })

  it('makes the AppImage with the static runtime: zstd squashfs, AppRun, loosen.desktop, icons', () => {
    const args = readFileSync(join(pkg.tools.log, 'mksquashfs.args'), 'utf8').split('\0')
    // Only the static-runtime path compresses with zstd and offsets by the static runtime.
    expect(valuesOf(args, '-comp')).toEqual(['zstd'])
    expect(valuesOf(args, '-offset')).toEqual([String(Buffer.byteLength(pkg.tools.runtime))])
    const stage = join(pkg.tools.log, 'appimage-stage')
    expect(readFileSync(join(stage, 'AppRun'), 'utf8')).toMatch(/--no-sandbox/)
    const entry = desktopEntry(join(stage, 'loosen.desktop'))
    expect(entry).toMatchObject({
      Name: 'Loosen',
      Icon: 'loosen',
      StartupWMClass: 'loosen',
      Categories: 'Utility;',
    })
    // The static runtime's AppRun decides on --no-sandbox itself; the legacy one forced it here.
    expect(entry['Exec']).toBe('AppRun %U')
    for (const size of HEX_ICON_SIZES) {
      const icon = join(stage, `usr/share/icons/hicolor/${size}x${size}/apps/loosen.png`)
      expect(readFileSync(icon).readUInt32BE(16), icon).toBe(size)
    }
    expect(existsSync(join(stage, '.DirIcon'))).toBe(true)
    expect(existsSync(join(stage, 'resources/app.asar'))).toBe(true)
    expect(pkg.report.artifacts.some((file) => file.endsWith('.AppImage'))).toBe(true)
  })

  it('gives the deb its dependencies, no stale recommends, loosen.desktop and the hicolor icons', () => {
    const args = fpmArgs(pkg)
    expect(valuesOf(args, '-t')).toEqual(['deb'])
    expect(valuesOf(args, '-d')).toEqual(
      expect.arrayContaining(['libnotify4', 'libgtk-3-0', 'libnss3']),
    )
    expect(valuesOf(args, '--deb-recommends')).toEqual([])
    expect(valuesOf(args, '--deb-suggests')).toEqual(['gnome-shell-extension-appindicator'])
    const installed = args
      .filter((arg) => arg.includes('=/usr/share/'))
      .map((arg) => arg.slice(arg.indexOf('=') + 1))
    expect(installed).toContain('/usr/share/applications/loosen.desktop')
    for (const size of HEX_ICON_SIZES) {
      expect(installed).toContain(`/usr/share/icons/hicolor/${size}x${size}/apps/loosen.png`)
    }
    expect(desktopEntry(join(pkg.tools.log, 'deb.desktop'))).toMatchObject({
      Exec: '/opt/Loosen/loosen %U',
      Icon: 'loosen',
      StartupWMClass: 'loosen',
    })
    expect(pkg.report.artifacts.some((file) => file.endsWith('.deb'))).toBe(true)
  })

  it.skipIf(!existsSync('/usr/bin/desktop-file-validate'))(
    'writes .desktop files that desktop-file-validate accepts',
    () => {
      for (const file of [
        join(pkg.tools.log, 'appimage-stage/loosen.desktop'),
        join(pkg.tools.log, 'deb.desktop'),
      ]) {
        const result = spawnSync('/usr/bin/desktop-file-validate', [file], { encoding: 'utf8' })
        expect(result.status, `${file}: ${result.stdout}${result.stderr}`).toBe(0)
      }
    },
  )

  it('takes well under a minute of electron-builder time on this machine', () => {
    expect(pkg.report.milliseconds).toBeLessThan(60_000)
  })
})

describe('packaging offline with electron-builder.e2e.yml', () => {
  it('flips the same fuses but leaves the inspector on, for Playwright to attach', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'loosen-package-'))
    try {
      const pkg = await packageOffline(folder, 'electron-builder.e2e.yml')
      expect(pkg.report.error, pkg.log).toBeNull()
      const { FuseV1Options, getCurrentFuseWire } = electronFuses()
      const { FuseState } = fuseConstants()
      const wire = (await getCurrentFuseWire(pkg.executable)) as unknown as Record<number, number>
      const on = (index: number) => wire[index] === FuseState.ENABLE
      expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(true)
      expect(on(FuseV1Options.RunAsNode)).toBe(false)
      expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false)
      expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true)
      expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 300_000)
})

describe('the offline guard', () => {
  it('turns a download into a quick, loud failure instead of a hang', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'loosen-package-'))
    try {
      const started = Date.now()
      // No stand-in Electron: electron-builder goes to download it.
      const pkg = await packageOffline(folder, 'electron-builder.yml', {
        withoutStandInElectron: true,
      })
      expect(Date.now() - started).toBeLessThan(60_000)
      expect(pkg.report.networkAttempts.length, pkg.log).toBeGreaterThan(0)
      expect(pkg.report.error).toMatch(/network access refused/)
      expect(existsSync(pkg.asar)).toBe(false)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 120_000)
})
