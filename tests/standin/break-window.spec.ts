import type { StandInApp } from './launch'
import type { DisplaySpec, StandInState, WindowState } from './messages'
import { acknowledgeFirstRun, expect, invokeFromWindow, shownWindow, test, until } from './scenario'

const MINUTE = 60_000

// Three displays side by side, each with its own panel: a laptop below-left, a wide one in the
// middle with a dock at the bottom, and a portrait one on the right.
const DISPLAYS: DisplaySpec[] = [
  {
    id: 10,
    bounds: { x: 0, y: 0, width: 2560, height: 1440 },
    workArea: { x: 0, y: 0, width: 2560, height: 1380 },
  },
  {
    id: 11,
    bounds: { x: -1440, y: 400, width: 1440, height: 900 },
    workArea: { x: -1440, y: 428, width: 1440, height: 872 },
  },
  {
    id: 12,
    bounds: { x: 2560, y: 0, width: 1080, height: 1920 },
    workArea: { x: 2600, y: 0, width: 1040, height: 1920 },
  },
]

const breakWindows = (s: StandInState) =>
  s.windows.filter((w) => w.url.includes('#/break') && !w.destroyed)

const inside = (w: WindowState, d: DisplaySpec) =>
  w.bounds.x >= d.workArea.x &&
  w.bounds.y >= d.workArea.y &&
  w.bounds.x + w.bounds.width <= d.workArea.x + d.workArea.width &&
  w.bounds.y + w.bounds.height <= d.workArea.y + d.workArea.height

async function sitUntilDue(app: StandInApp, windows: number): Promise<StandInState> {
  await app.command({ name: 'idle', seconds: 0 })
  await app.command({ name: 'advance', ms: 46 * MINUTE })
  return until(
    () => app.state(),
    (s) => breakWindows(s).filter((w) => w.visible).length === windows,
  )
}

/** The main window open and focused, as someone typing in Loosen (or any app) would have it. */
async function startTyping(app: StandInApp, style: 'window' | 'window-only', cursor = false) {
  await acknowledgeFirstRun(app)
  const result = await invokeFromWindow(app, 'settings:update', {
    remindersStyle: style,
    remindersWindowDisplays: cursor ? 'cursor' : 'all',
  })
  expect(result.ok).toBe(true)
  const main = await shownWindow(app)
  expect(main.focused).toBe(true)
  return main
}

test('a due break opens one calm window per display, in its work area, taking no focus; Skip on one closes all', async ({
  launch,
}) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true, displays: DISPLAYS })
  const main = await startTyping(app, 'window')
  const state = await sitUntilDue(app, 3)

  const shown = breakWindows(state)
  expect(shown).toHaveLength(3)
  for (const display of DISPLAYS) {
    const on = shown.filter((w) => inside(w, display))
    expect(on, `one break window inside display ${String(display.id)}'s work area`).toHaveLength(1)
  }
  for (const w of shown) {
    expect(w.focused).toBe(false)
    expect(w.shownWith).toBe('showInactive')
    expect(w.options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true })
    expect(w.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
  }
  // The sentence being typed keeps the keyboard.
  expect(state.windows.find((w) => w.id === main.id)?.focused).toBe(true)
  // 'window': the notification as well.
  expect(state.notifications.some((n) => /break|move/i.test(`${n.title} ${n.body}`))).toBe(true)

  const page = await app.page(/#\/break/)
  await expect(page.getByRole('heading', { name: 'Time for a movement break' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/break-window.png' })
  await page.getByRole('button', { name: 'Skip' }).click()
  const after = await until(
    () => app.state(),
    (s) => breakWindows(s).length === 0,
  )
  expect(breakWindows(after)).toEqual([])
  expect(after.windows.map((w) => w.id)).toEqual([main.id])
  expect(after.tray?.menu[0]?.label).toMatch(/Next break in/)
  expect(app.violations()).toEqual([])
})

test('on the display with the pointer only; a display unplugged takes its window with it', async ({
  launch,
}) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true, displays: DISPLAYS })
  await startTyping(app, 'window-only', true)
  await app.command({ name: 'cursor', x: 3000, y: 900 })
  const state = await sitUntilDue(app, 1)
  const [only] = breakWindows(state)
  expect(only && inside(only, DISPLAYS[2] as DisplaySpec)).toBe(true)
  // 'window-only': the break itself comes as the window alone (the heads-up stays a notice).
  expect(state.notifications.map((n) => n.title)).toEqual(['A movement break in 1 minute'])

  await app.command({ name: 'displays', displays: DISPLAYS.slice(0, 2) })
  const unplugged = await until(
    () => app.state(),
    (s) => breakWindows(s).length === 0,
  )
  expect(breakWindows(unplugged)).toEqual([])
  expect(app.violations()).toEqual([])
})

test('every display: Start movement break in one window closes them all and opens the Movement Break', async ({
  launch,
}) => {
  const app = launch({ platform: 'win32', displays: DISPLAYS.slice(0, 2) })
  await startTyping(app, 'window-only')
  await sitUntilDue(app, 2)
  // A display plugged in while the break is up gets its own window.
  await app.command({ name: 'displays', displays: DISPLAYS })
  const three = await until(
    () => app.state(),
    (s) => breakWindows(s).filter((w) => w.visible).length === 3,
  )
  expect(breakWindows(three).filter((w) => inside(w, DISPLAYS[2] as DisplaySpec))).toHaveLength(1)

  const page = await app.page(/#\/break/)
  await page.getByRole('button', { name: 'Start movement break' }).click()
  const after = await until(
    () => app.state(),
    (s) => breakWindows(s).length === 0 && s.windows.some((w) => w.url.includes('movement-break')),
  )
  expect(breakWindows(after)).toEqual([])
  const main = after.windows.find((w) => w.url.includes('#/practice/movement-break'))
  expect(main?.focused).toBe(true)
  expect(app.violations()).toEqual([])
})

test('the notification, clicked on another display, closes every break window', async ({
  launch,
}) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true, displays: DISPLAYS })
  await startTyping(app, 'window')
  const state = await sitUntilDue(app, 3)
  const due = state.notifications.findLast((n) => /time/i.test(n.title))
  if (!due) throw new Error(`No due reminder: ${JSON.stringify(state.notifications)}`)
  await app.command({ name: 'notification', id: due.id, act: 'click' })
  const after = await until(
    () => app.state(),
    (s) => breakWindows(s).length === 0 && s.windows.some((w) => w.url.includes('movement-break')),
  )
  expect(breakWindows(after)).toEqual([])
  expect(after.windows.find((w) => w.url.includes('#/practice/movement-break'))?.focused).toBe(true)
  expect(app.violations()).toEqual([])
})
