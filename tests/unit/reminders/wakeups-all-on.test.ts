import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { FakeQuietSource } from '../../../electron/main/reminders/quiet-source'
import { createMainServices } from '../../../electron/main/services'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY_START = Date.parse('2026-03-02T09:00:00Z')
const LUNCH: [number, number] = [DAY_START + 3 * HOUR, DAY_START + 4 * HOUR]
const CALL: [number, number] = [DAY_START + 5 * HOUR, DAY_START + 5.5 * HOUR]

/** The wake-up budget of `npm run bench`'s reminder_wakeups_per_8h, with every rule switched on. */
const BUDGET = 2000

async function day(idleAt: (t: number) => number): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-wakeups-'))
  const clock = { t: DAY_START }
  const world = createManualWorld('UTC')
  world.idle = { idleMs: () => idleAt(clock.t) }
  const quiet = new FakeQuietSource()
  world.quiet = quiet
  const services = createMainServices({
    dataFolder: folder,
    appVersion: 'wakeups',
    platform: 'linux',
    now: () => clock.t,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: world,
  })
  try {
    const saved = await services.dispatch('settings:update', {
      remindersWorkingHoursOn: true,
      remindersDaily: [
        { id: 'noon', time: '13:30', days: [1, 2, 3, 4, 5], label: 'Body scan', practiceId: null },
      ],
      remindersCreditPct: 50,
      remindersStrict: true,
      remindersSkipsPerDay: 2,
      remindersAskPostponeReason: true,
      remindersLullWaitMin: 5,
      remindersMicroEveryMin: 10,
      remindersQuietCall: true,
      remindersQuietFullscreen: true,
      remindersQuietDnd: true,
      remindersQuietApps: ['keynote'],
      remindersSitStandMin: 15,
      remindersStyle: 'window',
      remindersCues: [
        { id: 'call', trigger: 'call-end', awayMin: 10, action: 'movement', practiceId: null },
        { id: 'back', trigger: 'back', awayMin: 30, action: 'checkin', practiceId: null },
      ],
    })
    expect(saved.ok).toBe(true)
    let answered = 0
    while (clock.t < DAY_START + 8 * HOUR) {
      quiet.reading =
        clock.t >= CALL[0] && clock.t < CALL[1] ? { reason: 'call', detail: null } : null
      world.scheduler.runUntil(
        clock.t + MIN,
        (t) => (clock.t = t),
        () => clock.t,
      )
      await new Promise((done) => setImmediate(done))
      // The person takes each break they are reminded of.
      const dues = world.notifier.shown.filter((n) => n.kind === 'due')
      for (const due of dues.slice(answered)) due.handlers.click()
      answered = dues.length
    }
    expect(answered).toBeGreaterThan(3)
    // Sit/stand prompts came too (the budget counts them).
    expect(world.notifier.shown.some((n) => n.kind === 'posture')).toBe(true)
    return world.scheduler.wakeups
  } finally {
    services.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

it('stays within the wake-up budget with every rule on, for an ordinary typist', async () => {
  // Typing every few seconds with short pauses, away for lunch (the bench's day).
  const wakeups = await day((t) =>
    t >= LUNCH[0] && t < LUNCH[1] ? t - LUNCH[0] : (Math.floor(t / 1000) % 7) * 1000,
  )
  console.log(`reminder wake-ups in 8 h, everything on (ordinary typist): ${String(wakeups)}`)
  expect(wakeups).toBeLessThanOrEqual(BUDGET)
})

it('stays within the budget even for someone who never pauses typing', async () => {
  const wakeups = await day((t) => (t >= LUNCH[0] && t < LUNCH[1] ? t - LUNCH[0] : 500))
  console.log(`reminder wake-ups in 8 h, everything on (never pausing): ${String(wakeups)}`)
  expect(wakeups).toBeLessThanOrEqual(BUDGET)
})
