import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  electronFuses: Record<string, boolean>
  linux: { target: string[]; icon: string }
  mac: { target: string[]; icon: string }
  win: { target: string[]; icon: string }
  extends?: string
}

function load(file: string): BuilderConfig {
  return parse(readFileSync(file, 'utf8')) as BuilderConfig
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

  it('points at icons that exist, in the formats each platform needs', () => {
    expect(existsSync(config.mac.icon)).toBe(true)
    expect(readFileSync(config.mac.icon).subarray(0, 4).toString('ascii')).toBe('icns')
    expect(existsSync(config.win.icon)).toBe(true)
    expect([...readFileSync(config.win.icon).subarray(0, 4)]).toEqual([0, 0, 1, 0])
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = `${config.linux.icon}/icon-${size}.png`
      expect(existsSync(png), png).toBe(true)
      const bytes = readFileSync(png)
      expect(bytes.readUInt32BE(16), `${png} width`).toBe(size)
    }
    expect(existsSync('assets/icons/icon.svg')).toBe(true)
    expect(existsSync('scripts/make-icons.mjs')).toBe(true)
  })

  it('packages the built app and the main entry it starts from', () => {
    expect(config.files).toContain('out/**/*')
    // The test harness's stand-in bridge must never ship inside the app.
    expect(existsSync('tests/e2e/harness/bridge.vite.config.mts')).toBe(true)
    expect(readFileSync('tests/e2e/harness/bridge.vite.config.mts', 'utf8')).toMatch(/out\/harness/)
    expect(config.files).toContain('!out/harness/**/*')
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }
    expect(pkg.main).toBe('out/main/index.js')
  })

  it('turns off every fuse an attacker could use', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('keeps only the inspector fuse on in the end-to-end variant', () => {
    const e2e = load('electron-builder.e2e.yml')
    expect(e2e.extends).toBe('./electron-builder.yml')
    const changed = Object.keys(e2e.electronFuses).filter(
      (fuse) => e2e.electronFuses[fuse] !== config.electronFuses[fuse],
    )
    expect(changed).toEqual(['enableNodeCliInspectArguments'])
  })
})
