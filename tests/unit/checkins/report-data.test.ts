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
    const span = host.services.database.db.prepare(
      'INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)',
    )
    // Over 30 minutes counts; exactly 30 does not; one begun before the period counts only
    // with what lies inside it (here 20 minutes, so not).
    span.run('s1', FROM + 4 * DAY, FROM + 4 * DAY + 31 * 60_000)
    span.run('s2', FROM + 5 * DAY, FROM + 5 * DAY + 30 * 60_000)
    span.run('s3', FROM + 8 * DAY, FROM + 8 * DAY + 90 * 60_000)
    span.run('s0', FROM - 40 * 60_000, FROM + 20 * 60_000)
    const data = await host.call<ReportData>('report:data', { from: FROM, to: NOW })
    expect(data.ratingCount).toBe(3)
    expect(data.days.map((d) => [d.mean, d.count])).toEqual([
      [5, 2],
      [3, 1],
    ])
    expect(data.regions).toEqual([{ region: 'sacrum', mean: 4, count: 2 }])
    expect(data.weeks).toEqual([
      {
        start: FROM,
        days: 7,
        practiceMinutes: 10,
        sessions: 1,
        breaksTaken: 1,
        breaksSkipped: 0,
        longSittings: 1,
      },
      {
        start: FROM + 7 * DAY,
        days: 3,
        practiceMinutes: 0,
        sessions: 0,
        breaksTaken: 0,
        breaksSkipped: 1,
        longSittings: 1,
      },
    ])
    host.services.close()
  })

  it('lists practices stopped for pain or discomfort in the period, and uses the chosen weekly target', async () => {
    const host = openHost(newFolder(), NOW)
    const sessions = [
      ['a0000000-0000-4000-8000-000000000001', FROM - DAY],
      ['a0000000-0000-4000-8000-000000000002', FROM + 2 * DAY],
      ['a0000000-0000-4000-8000-000000000003', FROM + 3 * DAY],
    ] as const
    for (const [id, at] of sessions) {
      await host.call('practice:recordSession', {
        id,
        practiceId: 'movement-break',
        practiceTitle: 'Movement Break',
        plannedMs: 300_000,
        actualMs: 90_000,
        status: 'stopped',
        startedAt: at,
        endedAt: at + 100_000,
      })
    }
    const stop = {
      reason: 'pain',
      regions: ['left-groin'],
      stepIndex: 2,
      stepText: 'Hip circles',
      movement: true,
    }
    // Before the period: not listed. The third session was stopped without a reason.
    await host.call('practice:recordStopReason', { ...stop, sessionId: sessions[0][0] })
    await host.call('practice:recordStopReason', {
      ...stop,
      sessionId: sessions[1][0],
      note: 'A pinch',
    })
    await host.call('settings:update', { practiceWeeklyTarget: 2 })
    const data = await host.call<ReportData>('report:data', { from: FROM, to: NOW })
    expect(data.stops).toEqual([
      {
        sessionId: sessions[1][0],
        startedAt: FROM + 2 * DAY,
        practiceTitle: 'Movement Break',
        reason: 'pain',
        regions: ['left-groin'],
        stepIndex: 2,
        stepText: 'Hip circles',
        movement: true,
        note: 'A pinch',
      },
    ])
    expect(data.consistency.target).toBe(2)
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
