import { acknowledgeFirstRun, expect, shownWindow, test, until } from './scenario'

test('first launch opens one window from app:// with the welcome', async ({ launch }) => {
  const app = launch({ platform: 'linux' })
  const page = await app.page()
  await expect(page.getByRole('dialog', { name: 'Welcome to Loosen' })).toBeVisible()
  const state = await app.state()
  expect(state.windows).toHaveLength(1)
  expect(state.windows[0]?.url).toMatch(/^app:\/\/loosen\/index\.html/)
  expect(state.windows[0]?.visible).toBe(true)
  expect(state.windows[0]?.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    spellcheck: false,
  })
  expect(app.violations()).toEqual([])
})

test('the sandboxed preload leaves one bridge, and what it saves is there on the next start', async ({
  launch,
}) => {
  const first = launch({ platform: 'linux' })
  const page = await first.page()
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    transport: typeof (window as unknown as { __standinIpc?: unknown }).__standinIpc,
    loosen: typeof window.loosen,
  }))
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    transport: 'undefined',
    loosen: 'object',
  })
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await expect(page.getByRole('dialog', { name: 'Welcome to Loosen' })).toBeHidden()
  await first.command({ name: 'quit' })
  expect((await first.waitForExit()).code).toBe(0)

  const second = launch({ platform: 'linux', userData: first.userData })
  const again = await second.page()
  await expect(again.locator('h1.screen-title')).toBeVisible()
  await expect(again.getByRole('dialog', { name: 'Welcome to Loosen' })).toHaveCount(0)
})

test('a second copy of Loosen hands over to the first, which shows its window', async ({
  launch,
}) => {
  const first = launch({ platform: 'win32' })
  await acknowledgeFirstRun(first)
  await first.command({ name: 'close-window', id: (await shownWindow(first)).id })
  expect((await first.state()).windows).toHaveLength(0)

  const second = launch({ platform: 'win32', userData: first.userData })
  const secondExit = await second.waitForExit()
  expect(secondExit.timedOut).toBe(false)
  const state = await until(
    () => first.state(),
    (s) => s.windows[0]?.visible === true,
  )
  expect(state.appEvents).toContain('second-instance')
  expect(state.windows[0]).toMatchObject({ visible: true, focused: true })
  expect(first.violations()).toEqual([])
})

test('IPC from a foreign page or a frame that is gone is refused, and nothing changes', async ({
  launch,
}) => {
  const app = launch({ platform: 'linux' })
  await app.page()
  for (const sender of ['foreign', 'null-frame'] as const) {
    const result = await app.command<{ ok: boolean; error?: { message: string } }>({
      name: 'ipc-invoke',
      channel: 'settings:update',
      payload: { firstRunAcknowledged: true },
      sender,
    })
    expect(result.ok).toBe(false)
    expect(result.error?.message).toMatch(/did not come from Loosen/)
  }
  const page = await app.page()
  await page.reload()
  await expect(page.getByRole('dialog', { name: 'Welcome to Loosen' })).toBeVisible()
})

test('the window cannot navigate away, open pop-ups or reach any network', async ({ launch }) => {
  const app = launch({ platform: 'linux' })
  await acknowledgeFirstRun(app)
  const page = await app.page()
  await expect(page.locator('h1.screen-title')).toBeVisible()
  await page.evaluate(() => {
    window.open('https://example.com/', '_blank')
    void fetch('https://example.com/track').catch(() => undefined)
  })
  await page.evaluate(() => {
    window.location.href = 'https://example.com/'
  })
  await page.waitForTimeout(300)
  const state = await app.state()
  expect(state.windows).toHaveLength(1)
  expect(state.windows[0]?.url).toMatch(/^app:\/\/loosen\//)
  expect(state.appEvents.filter((e) => e.startsWith('window-open-allowed'))).toEqual([])
  expect(await app.command<{ request: boolean; check: boolean }>({ name: 'permissions' })).toEqual({
    request: false,
    check: false,
  })
  // The page's own fetch was stopped by CSP or by the stand-in; either way nothing left.
  expect(state.blockedRequests.every((url) => url.startsWith('https://example.com/'))).toBe(true)
})

test('a packaged Loosen has no developer menu; on macOS it keeps Edit for copy and paste', async ({
  launch,
}) => {
  const linux = launch({ platform: 'linux', isPackaged: true })
  await linux.page()
  expect((await linux.state()).applicationMenu).toBeNull()

  const mac = launch({ platform: 'darwin', isPackaged: true, macSigned: true })
  await mac.page()
  const menu = (await mac.state()).applicationMenu
  expect(menu?.map((item) => item.role)).toEqual(['appMenu', 'editMenu', 'windowMenu'])
  expect(JSON.stringify(menu)).not.toMatch(/reload|toggleDevTools/i)
})

test('Windows: an installed Loosen and a development run keep separate notification identities', async ({
  launch,
}) => {
  const installed = launch({ platform: 'win32', isPackaged: true })
  const development = launch({ platform: 'win32', isPackaged: false })
  await installed.page()
  await development.page()
  expect((await installed.state()).appUserModelId).toBe('app.loosen.desktop')
  expect((await development.state()).appUserModelId).toBe('app.loosen.desktop.dev')
})
