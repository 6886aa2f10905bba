import { acknowledgeFirstRun, expect, invokeFromWindow, shownWindow, test, until } from './scenario'

const MINUTE = 60_000

test('a planned cue: after unlocking the screen, the planned movement is offered once and opens the Movement Break', async ({
  launch,
}) => {
  const app = launch({ platform: 'darwin', macSigned: true })
  await acknowledgeFirstRun(app)
  const saved = await invokeFromWindow(app, 'settings:update', {
    remindersCues: [
      { id: 'lunch', trigger: 'back', awayMin: 30, action: 'checkin', practiceId: null },
      { id: 'unlock', trigger: 'unlock', awayMin: 10, action: 'movement', practiceId: null },
    ],
  })
  expect(saved.ok).toBe(true)
  await app.command({ name: 'close-window', id: (await shownWindow(app)).id })
  await app.command({ name: 'idle', seconds: 0 })
  await app.command({ name: 'advance', ms: 10 * MINUTE })

  // A short lock: the unlock plan, not the 30-minute one; exactly one notice for the event.
  await app.command({ name: 'power', kind: 'lock-screen' })
  await app.command({ name: 'advance', ms: 5 * MINUTE })
  await app.command({ name: 'power', kind: 'unlock-screen' })
  const state = await until(
    () => app.state(),
    (s) => s.notifications.some((n) => n.title.startsWith('Welcome back')),
  )
  const cues = state.notifications.filter((n) => n.title.startsWith('Welcome back'))
  expect(cues.map((n) => n.title)).toEqual([
    'Welcome back: two minutes of movement, as you planned',
  ])
  await app.command({ name: 'notification', id: cues[0]?.id ?? -1, act: 'click' })
  const opened = await until(
    () => app.state(),
    (s) => s.windows.some((w) => w.url.includes('#/practice/movement-break') && w.visible),
  )
  expect(opened.windows.find((w) => w.url.includes('movement-break'))?.focused).toBe(true)
  expect(app.violations()).toEqual([])
})
