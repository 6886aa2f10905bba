import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { machineConfig } from '../electron/main/reminders/config'
import { initialState, step } from '../electron/main/reminders/machine'
import { createManualWorld } from '../electron/main/reminders/manual-world'
import { createMainServices } from '../electron/main/services'
import { systemTimeZone } from '../electron/shared/reminders/zoned-time'
import { defaultSettings } from '../electron/shared/settings/schema'
import { recordFigure } from './record'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY_START = Date.parse('2026-03-02T09:00:00Z')
const LUNCH: [number, number] = [DAY_START + 3 * HOUR, DAY_START + 4 * HOUR]

/** Someone typing every few seconds, away for lunch. */
function idleAt(t: number): number {
  if (t >= LUNCH[0] && t < LUNCH[1]) return t - LUNCH[0]
  return (Math.floor(t / 1000) % 7) * 1000
}

it('counts main-process timer wake-ups over an 8-hour day with a lunch break', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-'))
  const clock = { t: DAY_START }
  const world = createManualWorld('UTC')
  world.idle = { idleMs: () => idleAt(clock.t) }
  const services = createMainServices({
    dataFolder: folder,
    appVersion: 'bench',
    platform: 'linux',
    now: () => clock.t,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: world,
  })
  try {
    await services.dispatch('settings:update', {
      remindersWorkingHoursOn: true,
      remindersDaily: [
        { id: 'noon', time: '13:30', days: [1, 2, 3, 4, 5], label: 'Body scan', practiceId: null },
      ],
    })
    let answered = 0
    while (clock.t < DAY_START + 8 * HOUR) {
      world.scheduler.runUntil(
        clock.t + MIN,
        (t) => (clock.t = t),
        () => clock.t,
      )
      // The person takes each break they are reminded of.
      const dues = world.notifier.shown.filter((n) => n.kind === 'due')
      for (const due of dues.slice(answered)) due.handlers.click()
      answered = dues.length
    }
    expect(answered).toBeGreaterThan(3)
    expect(world.scheduler.wakeups).toBeLessThanOrEqual(2000)
    recordFigure('reminder_wakeups_per_8h', world.scheduler.wakeups)
  } finally {
    services.close()
    rmSync(folder, { recursive: true, force: true })
  }
})

it('measures the CPU time of one state-machine step with the real time-zone lookup', () => {
  const cfg = machineConfig(
    { ...defaultSettings, remindersWorkingHoursOn: true },
    // The desktop's own source (shell/desktop-world.ts): asked on every step, as in the app.
    systemTimeZone,
  )
  let state = initialState(DAY_START, cfg, null)
  let now = DAY_START
  const steps = 50_000
  // Warm up the JIT and the working-hours cache first.
  for (let i = 0; i < 10_000; i++)
    state = step(state, { type: 'tick', idleMs: 2000 }, now, cfg).state
  const before = process.cpuUsage()
  for (let i = 0; i < steps; i++) {
    now += 20
    const result = step(state, { type: 'tick', idleMs: (i % 7) * 1000, scheduled: true }, now, cfg)
    state = result.state
  }
  const used = process.cpuUsage(before)
  const micros = (used.user + used.system) / steps
  recordFigure('scheduler_step_us', Number(micros.toFixed(3)))
  expect(micros).toBeLessThan(1_000)
})
