import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import {
  acknowledgeFirstRun,
  expect,
  invokeFromWindow,
  loginLaunch,
  shownWindow,
  test,
  until,
} from './scenario'

for (const platform of ['linux', 'darwin', 'win32'] as const) {
  test(`${platform}: started at login, Loosen waits in the tray until asked`, async ({
    launch,
  }) => {
    const first = launch({ platform, statusNotifierHost: true })
    await acknowledgeFirstRun(first)
    expect(
      (await invokeFromWindow(first, 'settings:update', { remindersLaunchAtLogin: true })).ok,
    ).toBe(true)
    await first.command({ name: 'tray-menu', path: ['Quit Loosen'] })
    expect((await first.waitForExit()).code).toBe(0)

    const atLogin = launch({ ...loginLaunch(first, platform), statusNotifierHost: true })
    const waiting = await until(
      () => atLogin.state(),
      (s) => s.tray !== null,
    )
    expect(waiting.tray).not.toBeNull()
    expect(waiting.windows).toEqual([])
    // The OS setting is written when the choice changes, not again at every start.
    if (platform !== 'linux')
      expect(waiting.loginItem).toMatchObject({ openAtLogin: true, setCalls: 1 })

    await atLogin.command({ name: 'tray-menu', path: ['Open Loosen'] })
    const window = await shownWindow(atLogin)
    expect(window.focused).toBe(true)
    expect(atLogin.violations()).toEqual([])
  })
}

test('closing the window leaves Loosen in the tray where the panel shows one', async ({
  launch,
}) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true })
  await acknowledgeFirstRun(app)
  await app.command({ name: 'close-window', id: (await shownWindow(app)).id })
  const state = await app.state()
  expect(state.windows).toEqual([])
  expect(state.tray).not.toBeNull()
  expect(app.child.exitCode).toBeNull()
})

test('on a Linux panel without a tray host, closing the window quits instead of hiding Loosen', async ({
  launch,
}) => {
  const app = launch({ platform: 'linux', statusNotifierHost: false })
  await acknowledgeFirstRun(app)
  const page = await app.page()
  await page.goto(page.url().replace(/#.*$/, '') + '#/reminders')
  await expect(
    page.getByText(/no tray icon|tray icon cannot be shown|no place for a tray icon/i).first(),
  ).toBeVisible()
  await app.command({ name: 'close-window', id: (await shownWindow(app)).id })
  const exit = await app.waitForExit()
  expect(exit).toMatchObject({ code: 0, timedOut: false })
})

test('Windows: a left click on the tray icon opens the window', async ({ launch }) => {
  const app = launch({ platform: 'win32' })
  await acknowledgeFirstRun(app)
  await app.command({ name: 'close-window', id: (await shownWindow(app)).id })
  await app.command({ name: 'tray-click', button: 'left' })
  expect((await shownWindow(app)).focused).toBe(true)
})

test('every tray menu item does what it says', async ({ launch }) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true })
  await acknowledgeFirstRun(app)
  const windowId = (await shownWindow(app)).id
  await app.command({ name: 'close-window', id: windowId })

  await app.command({ name: 'tray-menu', path: ['Start movement break'] })
  const main = await app.page(/movement-break/)
  await expect(main.getByRole('heading', { name: 'Movement Break', level: 2 })).toBeVisible()
  expect((await shownWindow(app)).url).toContain('#/practice/movement-break')

  await app.command({ name: 'tray-menu', path: ['Start a practice', 'Belly Breathing'] })
  await expect(main.getByRole('heading', { name: 'Belly Breathing', level: 2 })).toBeVisible()

  await app.command({ name: 'tray-menu', path: ['Log tension…'] })
  const quickLog = await app.page(/#\/quick-log/)
  await expect(quickLog.getByRole('heading').first()).toBeVisible()

  await app.command({ name: 'tray-menu', path: ['Pause reminders', 'For 30 minutes'] })
  let state = await app.state()
  expect(state.tray?.menu[0]?.label).toMatch(/^Paused until/)
  await app.command({ name: 'tray-menu', path: ['Resume reminders'] })
  state = await app.state()
  expect(state.tray?.menu[0]?.label).not.toMatch(/^Paused/)

  await app.command({ name: 'tray-menu', path: ['Open Loosen'] })
  await expect(main).toHaveURL(/#\/reminders/)
  expect(app.violations()).toEqual([])
})

test('Quit closes windows, writes the database and leaves nothing running', async ({ launch }) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true })
  await acknowledgeFirstRun(app)
  await shownWindow(app)
  expect((await invokeFromWindow(app, 'log:addRating', { value: 6 })).ok).toBe(true)
  await app.command({ name: 'tray-menu', path: ['Quit Loosen'] })
  const exit = await app.waitForExit()
  expect(exit.timedOut).toBe(false)
  expect(exit.code).toBe(0)
  expect(exit.quitDone?.pendingTimers).toBe(0)
  expect(exit.quitDone?.appEvents.slice(-3)).toEqual(['before-quit', 'will-quit', 'quit'])
  const database = join(app.userData, 'loosen.db')
  const wal = `${database}-wal`
  expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true)
  const db = new DatabaseSync(database, { readOnly: true })
  try {
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
  } finally {
    db.close()
  }
})
