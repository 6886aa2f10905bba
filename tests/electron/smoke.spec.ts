import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { APP_ROOT, ensureDisplay, findElectron } from './electron-binary'

const binary = findElectron()
if ('path' in binary) ensureDisplay()
if ('missing' in binary) console.log(`[tests/electron] skipped: ${binary.missing}`)

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '')

  let app: ElectronApplication
  let userData: string

  test.beforeEach(async () => {
    if (!('path' in binary)) return
    userData = mkdtempSync(join(tmpdir(), 'loosen-electron-'))
    app = await electron.launch({
      executablePath: binary.path,
      args: [APP_ROOT, `--user-data-dir=${userData}`],
      env: Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
      ),
    })
  })

  test.afterEach(async () => {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  })

  test('opens one secure window from app:// with the welcome', async () => {
    const page = await app.firstWindow()
    await expect(page.locator('h1.screen-title')).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/loosen\//)
    await expect(page.getByRole('dialog', { name: 'Welcome to Loosen' })).toBeVisible()
    await page.getByRole('button', { name: 'Skip for now' }).click()

    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      loosen: typeof window.loosen,
    }))
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', loosen: 'object' })

    // The sandboxed preload leaves exactly one bridge and nothing else from Node.
    const exposed = await page.evaluate(() =>
      Object.keys(window).filter((key) => key.startsWith('loosen') || key === 'ipcRenderer'),
    )
    expect(exposed).toEqual(['loosen'])
  })

  test('refuses to navigate away or open new windows', async () => {
    const page = await app.firstWindow()
    await expect(page.locator('h1.screen-title')).toBeVisible()
    await page.evaluate(() => {
      window.open('https://example.com', '_blank')
      window.location.href = 'https://example.com'
    })
    await expect.poll(() => app.windows().length).toBe(1)
    expect(page.url()).toMatch(/^app:\/\/loosen\//)
  })

  test('keeps a settings change after a restart', async () => {
    let page = await app.firstWindow()
    await page.getByRole('button', { name: 'Skip for now' }).click()
    await page.keyboard.press('Alt+5')
    await page.getByLabel('Theme').selectOption('dark')
    await expect(page.getByRole('status')).toHaveText('Saved.')
    await app.close()
    if (!('path' in binary)) return
    app = await electron.launch({
      executablePath: binary.path,
      args: [APP_ROOT, `--user-data-dir=${userData}`],
    })
    page = await app.firstWindow()
    await page.keyboard.press('Alt+5')
    await expect(page.getByLabel('Theme')).toHaveValue('dark')
  })
})
