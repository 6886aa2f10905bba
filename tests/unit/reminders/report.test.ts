import { describe, expect, it } from 'vitest'
import { BreakRepository } from '../../../electron/main/reminders/break-repository'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { todayReport, weekSummary } from '../../../electron/main/reminders/reminder-report'
import { createMainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const HOUR = 60 * MIN
const newFolder = useTempFolder('loosen-report-')

function repository(now: number) {
  const services = createMainServices({
    dataFolder: newFolder(),
    appVersion: 'test',
    platform: 'linux',
    now: () => now,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: createManualWorld('UTC'),
  })
  return { breaks: new BreakRepository(services.database.db), close: () => services.close() }
}

describe('the day and week reports', () => {
  it('counts lunch away as a break but not the night away', () => {
    const now = Date.parse('2026-03-03T15:00:00Z')
    const { breaks, close } = repository(now)
    const lunch = Date.parse('2026-03-03T12:00:00Z')
    const evening = Date.parse('2026-03-02T18:00:00Z')
    breaks.write(
      [
        { kind: 'natural', occurredAt: evening, durationMs: 14 * HOUR, sittingBeforeMs: HOUR },
        { kind: 'natural', occurredAt: lunch, durationMs: HOUR, sittingBeforeMs: 3 * HOUR },
        { kind: 'taken', occurredAt: lunch + 2 * HOUR, durationMs: 3 * MIN, sittingBeforeMs: HOUR },
      ],
      [{ startedAt: evening - HOUR, endedAt: evening }],
    )
    const today = todayReport(breaks, now, 'UTC', null)
    expect(today.natural + today.taken).toBe(2)
    const week = weekSummary(breaks, now, 'UTC', null)
    const yesterday = week.find((d) => d.date === '2026-03-02')
    expect(yesterday).toMatchObject({ sittingMs: HOUR, natural: 0, taken: 0 })
    close()
  })
})
