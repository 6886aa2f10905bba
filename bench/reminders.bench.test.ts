import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { openSqlite } from '../electron/main/db/sqlite'
import {
  BreakRepository,
  type NewBreak,
  type SittingSpan,
} from '../electron/main/reminders/break-repository'
import { machineConfig } from '../electron/main/reminders/config'
import { promptReport } from '../electron/main/reminders/prompt-report'
import { initialState, step } from '../electron/main/reminders/machine'
import { createManualWorld } from '../electron/main/reminders/manual-world'
import { createMainServices, DATABASE_FILE_NAME } from '../electron/main/services'
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

/**
 * A year of a full-time desk worker's records: every weekday from 09:00, nine reminders 45
 * minutes apart (most followed within a few minutes by a break, taken or natural; some
 * snoozed), and the sitting stretches in between: about 7,000 rows.
 */
function yearOfRecords(end: number): { breaks: NewBreak[]; spans: SittingSpan[] } {
  const breaks: NewBreak[] = []
  const spans: SittingSpan[] = []
  for (let day = 365; day >= 1; day--) {
    const start = end - day * 24 * HOUR
    const weekday = new Date(start).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    let t = start
    for (let i = 0; i < 9; i++) {
      const prompt = t + 45 * MIN
      spans.push({ startedAt: t, endedAt: prompt })
      breaks.push({ kind: 'prompt', occurredAt: prompt, durationMs: 0, sittingBeforeMs: 45 * MIN })
      const answer = (day * 7 + i) % 5
      if (answer === 4) {
        breaks.push({
          kind: 'snoozed',
          occurredAt: prompt + MIN,
          durationMs: 0,
          sittingBeforeMs: 0,
        })
      } else {
        breaks.push({
          kind: answer === 3 ? 'natural' : 'taken',
          occurredAt: prompt + answer * MIN,
          durationMs: 4 * MIN,
          sittingBeforeMs: 45 * MIN,
        })
      }
      t = prompt + 8 * MIN
    }
  }
  return { breaks, spans }
}

it('measures the prompt response report over a year of records', () => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-prompts-'))
  const now = DAY_START + 400 * 24 * HOUR
  // The app's own migrations make the schema; the report then reads through the repository.
  createMainServices({
    dataFolder: folder,
    appVersion: 'bench',
    platform: 'linux',
    now: () => now,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: createManualWorld('UTC'),
  }).close()
  const db = openSqlite(join(folder, DATABASE_FILE_NAME))
  try {
    const repository = new BreakRepository(db)
    const year = yearOfRecords(now)
    repository.write(year.breaks, year.spans)
    const rows = year.breaks.length + year.spans.length
    expect(rows).toBeGreaterThan(6_500)
    const run = () => promptReport(repository, now, 'Europe/Berlin', { intervalMin: 45 })
    const report = run()
    expect(report.overall.prompts).toBeGreaterThan(150)
    const times: number[] = []
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now()
      run()
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN
    recordFigure('prompt_response_report_ms', Number(median.toFixed(2)))
    expect(median).toBeLessThanOrEqual(20)
  } finally {
    db.close()
    rmSync(folder, { recursive: true, force: true })
  }
})
