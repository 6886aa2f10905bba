// Starts the packaged app, not the repository: the files of the app.asar that electron-builder
// made offline (tests/support/packaging), extracted, under the Electron stand-in
// (tests/standin/launch.ts). So the app's runtime dependencies must really be in the package:
// require() looks for them next to the extracted files, never in this repository.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launchStandIn, type StandInApp } from '../../standin/launch'
import { systemChromium } from '../../support/chromium'
import { extractedApp } from '../../support/packaging/package-offline'

const apps: StandInApp[] = []

afterAll(async () => {
  for (const app of apps.splice(0)) await app.dispose()
})

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolveWait) => setTimeout(resolveWait, 50))
  }
}

describe('the packaged app', () => {
  it.skipIf(systemChromium() === '')(
    'starts from its extracted app.asar and opens its window from app://',
    async () => {
      const folder = await extractedApp()
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        main: string
      }
      expect(existsSync(join(folder, manifest.main))).toBe(true)
      // Nothing to fall back on: the app's dependencies resolve inside the extracted folder.
      expect(existsSync(join(folder, 'node_modules/zod/package.json'))).toBe(true)
      const app = launchStandIn({ platform: 'linux', appPath: folder, isPackaged: true })
      apps.push(app)
      const page = await app.page()
      const state = await until(
        () => app.state(),
        (s) => s.windows.some((w) => w.visible),
      )
      expect(state.windows).toHaveLength(1)
      expect(state.windows[0]?.url).toMatch(/^app:\/\/loosen\/index\.html/)
      expect(state.windows[0]?.visible).toBe(true)
      // The page got its bridge from the packaged preload.
      expect(await page.evaluate(() => typeof window.loosen)).toBe('object')
      expect(app.violations()).toEqual([])
      await app.command({ name: 'quit' })
      expect((await app.waitForExit()).code, app.output.join('')).toBe(0)
    },
    180_000,
  )
})
