import { describe, expect, it } from 'vitest'
import type { ReportData } from '../../../electron/shared/report/report-types'
import { useTempFolder } from '../../support/temp-folder'
import { openHost } from '../features/host'

const newFolder = useTempFolder('loosen-report-data-')
const DAY = 86_400_000
const NOW = Date.parse('2026-03-02T12:00:00Z')
const FROM = NOW - 10 * DAY

describe('report:data', () => {
  it('counts ratings per local day, regions, practice minutes and reminder breaks per 7-day block', async () => {
    const host = openHost(newFolder(), NOW)
    await host.call('log:addRating', { value: 6, takenAt: FROM + 1 * DAY, regions: { sacrum: 5 } })
    await host.call('log:addRating', { value: 4, takenAt: FROM + 1 * DAY + 60_000 })
    await host.call('log:addRating', { value: 3, takenAt: FROM + 8 * DAY, regions: { sacrum: 3 } })
    await host.call('log:addRating', { value: 9, takenAt: FROM - DAY })
    await host.call('practice:recordSession', {
      id: 'a0000000-0000-4000-8000-000000000001',
      practiceId: 'p',
      practiceTitle: 'P',
      plannedMs: 600_000,
      actualMs: 570_000,
      status: 'completed',
      startedAt: FROM + 2 * DAY,
      endedAt: FROM + 2 * DAY + 570_000,
    })
    const insert = host.services.database.db.prepare(
      'INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms) VALUES (?, ?, ?, 0, 0)',
    )
    insert.run('b1', 'taken', FROM + 3 * DAY)
    insert.run('b2', 'skipped', FROM + 9 * DAY)
    insert.run('b3', 'natural', FROM + 9 * DAY)
    const data = await host.call<ReportData>('report:data', { from: FROM, to: NOW })
    expect(data.ratingCount).toBe(3)
    expect(data.days.map((d) => [d.mean, d.count])).toEqual([
      [5, 2],
      [3, 1],
    ])
    expect(data.regions).toEqual([{ region: 'sacrum', mean: 4, count: 2 }])
    expect(data.weeks).toEqual([
      { start: FROM, days: 7, practiceMinutes: 10, sessions: 1, breaksTaken: 1, breaksSkipped: 0 },
      {
        start: FROM + 7 * DAY,
        days: 3,
        practiceMinutes: 0,
        sessions: 0,
        breaksTaken: 0,
        breaksSkipped: 1,
      },
    ])
    host.services.close()
  })

  it('refuses a period that ends before it starts or is longer than 400 days', async () => {
    const host = openHost(newFolder(), NOW)
    for (const payload of [
      { from: NOW, to: NOW - DAY },
      { from: NOW - 401 * DAY, to: NOW },
    ]) {
      expect((await host.services.dispatch('report:data', payload)).ok).toBe(false)
    }
    expect(
      (await host.services.dispatch('report:savePdf', { from: FROM, to: NOW, name: '' })).ok,
    ).toBe(false)
    host.services.close()
  })
})
