import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = resolve(__dirname, '../../..')
const requireFromHere = createRequire(__filename)

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  toolsets?: { appimage?: string }
  electronFuses: Record<string, boolean>
  linux: {
    target: string[]
    icon: string
    executableName?: string
    syncDesktopName?: boolean
    desktop?: { entry?: Record<string, string> }
  }
  deb: { depends?: string[]; recommends?: string[]; fpm?: string[] }
  mac: { target: string[]; icon: string }
  win: { target: string[]; icon: string }
  extends?: string
}

interface PackageJson {
  name: string
  main: string
  desktopName?: string
  dependencies: Record<string, string>
}

function load(file: string): BuilderConfig {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as BuilderConfig
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson

/** electron-builder's own JSON schema for its configuration (the installed version). */
const scheme = requireFromHere('app-builder-lib/scheme.json') as {
  definitions: Record<string, { properties: Record<string, { anyOf?: { enum?: string[] }[] }> }>
}

/** electron-builder's default deb dependencies, read from the installed FpmTarget itself. */
function defaultDebDepends(): string[] {
  const { default: FpmTarget } = requireFromHere('app-builder-lib/out/targets/FpmTarget') as {
    default: { prototype: { getDefaultDepends: (target: string) => string[] } }
  }
  return FpmTarget.prototype.getDefaultDepends('deb')
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('packaging configuration', () => {
  const config = load('electron-builder.yml')

  it('names the app and builds AppImage, deb, dmg and an NSIS installer', () => {
    expect(config.appId).toBe('app.loosen.desktop')
    expect(config.productName).toBe('Loosen')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
  })

  it('is valid for the installed electron-builder, release and end-to-end variants alike', async () => {
    const { getConfig, validateConfiguration } = requireFromHere(
      'app-builder-lib/out/util/config/config',
    ) as {
      getConfig: (dir: string, file: string, extra: null) => Promise<Record<string, unknown>>
      validateConfiguration: (config: object, logger: object) => Promise<void>
    }
    const { DebugLogger } = requireFromHere('builder-util') as {
      DebugLogger: new (enabled: boolean) => object
    }
    for (const file of ['electron-builder.yml', 'electron-builder.e2e.yml']) {
      const merged = await getConfig(ROOT, join(ROOT, file), null)
      await expect(validateConfiguration(merged, new DebugLogger(false)), file).resolves.toBe(
        undefined,
      )
    }
  })

  it('builds the AppImage with the static runtime, which needs no libfuse2', () => {
    const allowed = scheme.definitions['ToolsetConfig']?.properties['appimage']?.anyOf?.[0]?.enum
    expect(allowed).toContain(config.toolsets?.appimage)
    // "0.0.0" is the legacy runtime, which needs libfuse2 (gone from Ubuntu 24.04 and Debian 13).
    expect(config.toolsets?.appimage).not.toBe('0.0.0')
    expect(config.toolsets?.appimage).toBe('1.0.3')
  })

  it('points at icons that exist, in the formats each platform needs', () => {
    expect(readFileSync(join(ROOT, config.mac.icon)).subarray(0, 4).toString('ascii')).toBe('icns')
    expect([...readFileSync(join(ROOT, config.win.icon)).subarray(0, 4)]).toEqual([0, 0, 1, 0])
    // Linux: a folder of NxN.png, the names electron-builder takes a size from; each one is
    // installed as /usr/share/icons/hicolor/NxN/apps/loosen.png, so its pixels must match.
    const folder = join(ROOT, config.linux.icon)
    const names = readdirSync(folder).sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    expect(names).toEqual([16, 24, 32, 48, 64, 128, 256, 512].map((n) => `${n}x${n}.png`))
    for (const name of names) {
      const size = parseInt(name, 10)
      expect(pngSize(join(folder, name)), name).toEqual({ width: size, height: size })
    }
    expect(existsSync(join(ROOT, 'assets/icons/icon.svg'))).toBe(true)
    expect(readFileSync(join(ROOT, 'scripts/make-icons.mjs'), 'utf8')).toMatch(/linux/)
  })

  it('ships every icon the main process loads, and nothing else from assets/icons', () => {
    const main = readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8')
    const loaded = [
      ...main.matchAll(/iconFile\(\s*'([^']+)'\s*\)/g),
      ...main.matchAll(/'assets\/icons\/([^']+)'/g),
      ...main.matchAll(/'(tray[^']*\.png)'/g),
    ].map((match) => `assets/icons/${match[1]}`)
    expect(loaded.length).toBeGreaterThan(0)
    for (const file of loaded) {
      expect(existsSync(join(ROOT, file)), file).toBe(true)
      const name = file.slice('assets/icons/'.length)
      expect(
        config.files.some(
          (pattern) => pattern === file || (pattern.endsWith('*.png') && name.startsWith('tray')),
        ),
        `${file} is packaged`,
      ).toBe(true)
    }
    expect(config.files).not.toContain('assets/icons/**/*')
  })

  it('packages the built app and the main entry it starts from', () => {
    // Only electron-vite's three builds: the browser harness bridge (out/harness) and anything
    // else a test builds into out/ must never ship inside the app.
    expect(config.files.filter((pattern) => pattern.startsWith('out/'))).toEqual([
      'out/main/**/*',
      'out/preload/**/*',
      'out/renderer/**/*',
    ])
    expect(readFileSync(join(ROOT, 'tests/e2e/harness/bridge.vite.config.mts'), 'utf8')).toMatch(
      /out\/harness/,
    )
    expect(config.files).toContain('!**/*.map')
    expect(pkg.main).toBe('out/main/index.js')
  })

  it('names the .desktop file after desktopName, so Linux groups windows, notifications and tray', () => {
    const executableName = config.linux.executableName ?? pkg.name.toLowerCase()
    // Electron reads desktopName from the packaged package.json and uses it as the window's app
    // id; electron-builder names the .desktop file and StartupWMClass after it.
    expect(pkg.desktopName).toBe(`${executableName}.desktop`)
    expect(config.linux.syncDesktopName).toBe(true)
    // An explicit StartupWMClass would override the one derived from desktopName.
    expect(config.linux.desktop?.entry?.['StartupWMClass']).toBeUndefined()
  })

  it('depends on what notifications need and recommends no package that is gone', () => {
    const depends = config.deb.depends ?? defaultDebDepends()
    expect(depends).toEqual(expect.arrayContaining(['libnotify4', 'libgtk-3-0', 'libnss3']))
    // Electron does not load libappindicator; the package is gone from Debian 12+ and Ubuntu 24.04.
    expect(config.deb.recommends).toEqual([])
    expect(config.deb.fpm).toEqual(['--deb-suggests', 'gnome-shell-extension-appindicator'])
  })

  it('turns off every fuse an attacker could use, and re-signs a Mac build after flipping', () => {
    const known = Object.keys(scheme.definitions['FuseOptionsV1']?.properties ?? {})
    expect(known).toContain('resetAdHocDarwinSignature')
    for (const key of Object.keys(config.electronFuses)) expect(known, key).toContain(key)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    })
  })

  it('keeps only the inspector fuse on in the end-to-end variant', () => {
    const e2e = load('electron-builder.e2e.yml')
    expect(e2e.extends).toBe('./electron-builder.yml')
    expect(Object.keys(e2e.electronFuses).sort()).toEqual(Object.keys(config.electronFuses).sort())
    const changed = Object.keys(e2e.electronFuses).filter(
      (fuse) => e2e.electronFuses[fuse] !== config.electronFuses[fuse],
    )
    expect(changed).toEqual(['enableNodeCliInspectArguments'])
  })
})
