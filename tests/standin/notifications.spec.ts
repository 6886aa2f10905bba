import type { StandInApp } from './launch'
import type { NotificationState } from './messages'
import { acknowledgeFirstRun, expect, invokeFromWindow, shownWindow, test, until } from './scenario'

const MINUTE = 60_000

/** Lets a person sit at the computer, active, until the break reminder appears. */
async function sitUntilReminder(app: StandInApp): Promise<NotificationState> {
  await app.command({ name: 'idle', seconds: 0 })
  await app.command({ name: 'advance', ms: 46 * MINUTE })
  const state = await until(
    () => app.state(),
    (s) => s.notifications.some((n) => /break|move/i.test(`${n.title} ${n.body}`)),
  )
  const due = state.notifications.findLast((n) => /break|move/i.test(`${n.title} ${n.body}`))
  if (!due) throw new Error(`No break reminder: ${JSON.stringify(state.notifications)}`)
  return due
}

async function closeTheWindow(app: StandInApp): Promise<void> {
  await acknowledgeFirstRun(app)
  await app.command({ name: 'close-window', id: (await shownWindow(app)).id })
}

test('linux: clicking the break reminder opens the Movement Break, once', async ({ launch }) => {
  const app = launch({ platform: 'linux', statusNotifierHost: true })
  await closeTheWindow(app)
  const due = await sitUntilReminder(app)
  expect(due.actions).toEqual([])
  expect(await app.command({ name: 'notification', id: due.id, act: 'click' })).toEqual({
    reachedApp: true,
  })
  const window = await shownWindow(app)
  expect(window.url).toContain('#/practice/movement-break')
  expect(window.focused).toBe(true)
  expect((await app.state()).windows).toHaveLength(1)
  expect(app.violations()).toEqual([])
})

test('win32: the reminder buttons start a break or snooze it', async ({ launch }) => {
  const app = launch({ platform: 'win32' })
  await closeTheWindow(app)
  const due = await sitUntilReminder(app)
  expect(due.actions).toEqual(['Start break', 'Snooze'])
  await app.command({ name: 'notification', id: due.id, act: 'action', actionIndex: 1 })
  const snoozed = await app.state()
  expect(snoozed.windows).toEqual([])
  expect(snoozed.tray?.menu[0]?.label).toMatch(/Next break in/)

  const again = await sitUntilReminder(app)
  await app.command({ name: 'notification', id: again.id, act: 'action', actionIndex: 0 })
  expect((await shownWindow(app)).url).toContain('#/practice/movement-break')
})

test('win32: a reminder clicked in the Action Center after its toast timed out still opens the break', async ({
  launch,
}) => {
  const app = launch({ platform: 'win32' })
  await closeTheWindow(app)
  const due = await sitUntilReminder(app)
  await app.command({ name: 'notification', id: due.id, act: 'timeout' })
  await app.command({ name: 'gc' })
  const state = await app.state()
  expect(state.notifications.find((n) => n.id === due.id)).toMatchObject({ delivered: true })
  await app.command({ name: 'notification', id: due.id, act: 'action-center-click' })
  expect((await shownWindow(app)).url).toContain('#/practice/movement-break')
  expect(app.violations()).toEqual([])
})

test('dismissing a reminder opens nothing', async ({ launch }) => {
  const app = launch({ platform: 'darwin', macSigned: true })
  await closeTheWindow(app)
  const due = await sitUntilReminder(app)
  await app.command({ name: 'notification', id: due.id, act: 'close' })
  expect((await app.state()).windows).toEqual([])
  expect(app.violations()).toEqual([])
})

test('macOS unsigned: a refused notification becomes Loosen’s own window, without stealing focus', async ({
  launch,
}) => {
  const app = launch({ platform: 'darwin', macSigned: false })
  await closeTheWindow(app)
  await app.command({ name: 'idle', seconds: 0 })
  await app.command({ name: 'advance', ms: 46 * MINUTE })
  const window = await shownWindow(app)
  expect(window.shownWith).toBe('showInactive')
  expect(window.focused).toBe(false)
  const page = await app.page(/index\.html/)
  await page.goto(page.url().replace(/#.*$/, '#/reminders'))
  await expect(page.getByText(/did not show Loosen’s notification/)).toBeVisible()
  expect(app.violations()).toEqual([])
})

test('sleep, wake and lock reach the reminders; Linux never sends lock; no stale burst after waking', async ({
  launch,
}) => {
  const linux = launch({ platform: 'linux', statusNotifierHost: true })
  await closeTheWindow(linux)
  expect(await linux.command({ name: 'power', kind: 'lock-screen' })).toEqual({ delivered: false })

  const app = launch({ platform: 'darwin', macSigned: true })
  await closeTheWindow(app)
  await app.command({ name: 'advance', ms: 30 * MINUTE })
  expect(await app.command({ name: 'power', kind: 'lock-screen' })).toEqual({ delivered: true })
  expect(await app.command({ name: 'power', kind: 'suspend' })).toEqual({ delivered: true })
  await app.command({ name: 'advance', ms: 3 * 60 * MINUTE })
  await app.command({ name: 'power', kind: 'resume' })
  await app.command({ name: 'power', kind: 'unlock-screen' })
  const state = await app.state()
  expect(state.notifications.filter((n) => n.delivered)).toEqual([])
  expect(state.tray?.menu[0]?.label).toMatch(/Next break in (4[0-5]|under)/)
  expect(app.violations()).toEqual([])
  expect(linux.violations()).toEqual([])
})

test('win32: logging off writes the sitting stretch under way, though quit events never come', async ({
  launch,
}) => {
  const app = launch({ platform: 'win32' })
  await acknowledgeFirstRun(app)
  await shownWindow(app)
  await app.command({ name: 'idle', seconds: 0 })
  await app.command({ name: 'advance', ms: 20 * MINUTE })
  await app.command({ name: 'os-session-end' })
  const exit = await app.waitForExit()
  expect(exit.quitDone).toBeNull()
  const { DatabaseSync } = await import('node:sqlite')
  const db = new DatabaseSync(`${app.userData}/loosen.db`, { readOnly: true })
  try {
    const rows = db.prepare('SELECT COUNT(*) AS n FROM sitting_spans').get() as { n: number }
    expect(rows.n).toBeGreaterThan(0)
  } finally {
    db.close()
  }
})

test('a running practice keeps the computer from suspending Loosen, and lets go when it ends', async ({
  launch,
}) => {
  const app = launch({ platform: 'darwin', macSigned: true })
  await acknowledgeFirstRun(app)
  const startedAt = (await app.state()).now
  const session = {
    id: '7d0c6a1e-3f7b-4f55-9a53-2f1f9d1f4a10',
    practiceId: 'belly-breathing',
    practiceTitle: 'Belly Breathing',
    plannedMs: 300_000,
    status: 'stopped',
    startedAt,
  }
  const running = await invokeFromWindow(app, 'practice:recordSession', {
    ...session,
    actualMs: 0,
    endedAt: startedAt,
    running: true,
  })
  expect(running.ok).toBe(true)
  expect((await app.state()).powerSaveBlockers).toHaveLength(1)
  await app.command({ name: 'advance', ms: 300_000 })
  const done = await invokeFromWindow(app, 'practice:recordSession', {
    ...session,
    status: 'completed',
    actualMs: 300_000,
    endedAt: startedAt + 300_000,
  })
  expect(done.ok).toBe(true)
  expect((await app.state()).powerSaveBlockers).toEqual([])
})
