import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { APP_ROOT, ensureDisplay, findElectron } from './electron-binary'

const binary = findElectron()
if ('path' in binary) ensureDisplay()
if ('missing' in binary) console.log(`[tests/electron/reminders] skipped: ${binary.missing}`)

interface Hooks {
  menu: { items: { label: string; click: () => void }[] } | null
  notification: { emit: (event: string) => boolean; title: string } | null
}

test.describe('break reminders in the real app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '')

  let app: ElectronApplication
  let userData: string

  test.beforeEach(async () => {
    if (!('path' in binary)) return
    userData = mkdtempSync(join(tmpdir(), 'loosen-electron-reminders-'))
    app = await electron.launch({
      executablePath: binary.path,
      args: [APP_ROOT, `--user-data-dir=${userData}`],
      env: { ...process.env, LOOSEN_TEST_HOOKS: '1' },
    })
  })

  test.afterEach(async () => {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  })

  test('the tray menu offers the break, practices, logging, pausing and quitting', async () => {
    const page = await app.firstWindow()
    await expect(page.locator('h1.screen-title')).toBeVisible()
    await expect
      .poll(() =>
        app.evaluate(() => {
          const hooks = (globalThis as unknown as { __loosenReminders?: Hooks }).__loosenReminders
          return hooks?.menu?.items.map((item) => item.label) ?? []
        }),
      )
      .toEqual([
        expect.stringMatching(/^Next break in \d+ min$/),
        '',
        'Start movement break',
        'Start a practice',
        'Log tension…',
        'Pause reminders',
        '',
        'Open Loosen',
        'Quit Loosen',
      ])
    // "Start movement break" opens the Movement Break in the window.
    await app.evaluate(() => {
      const hooks = (globalThis as unknown as { __loosenReminders: Hooks }).__loosenReminders
      hooks.menu?.items.find((item) => item.label === 'Start movement break')?.click()
    })
    await expect(page).toHaveURL(/#\/practice\/movement-break$/)
  })

  test('clicking a reminder notification opens the Movement Break', async () => {
    const page = await app.firstWindow()
    await page.getByRole('button', { name: 'Skip for now' }).click()
    await page.keyboard.press('Alt+4')
    await page.getByRole('button', { name: 'Send a test notification' }).click()
    const title = await app.evaluate(() => {
      const hooks = (globalThis as unknown as { __loosenReminders: Hooks }).__loosenReminders
      return hooks.notification?.title ?? null
    })
    // Some CI desktops have no notification server; then there is nothing to click.
    test.skip(title === null, 'This system does not support notifications.')
    expect(title).toBe('Time to stand up and move')
    await app.evaluate(() => {
      const hooks = (globalThis as unknown as { __loosenReminders: Hooks }).__loosenReminders
      hooks.notification?.emit('click')
    })
    await expect(page).toHaveURL(/#\/practice\/movement-break$/)
    await expect(page.locator('h1.screen-title')).toHaveText('Practice')
  })
})
