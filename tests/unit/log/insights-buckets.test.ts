import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { MAX_TREND_POINTS } from '../../../electron/main/log/insights-buckets'
import { computeInsights } from '../../../electron/main/log/insights-service'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { localDay } from '../../../electron/shared/log/days'
import { systemOffsetMin } from '../../../electron/shared/log/iso-time'
import { useTempFolder } from '../../support/temp-folder'
import { addSession, DAY, NOW, openLogTestDb } from './log-test-db'

const dayOf = (t: number) => localDay(t, systemOffsetMin(t))

describe('insights over years: runs of days per chart point', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  /** A check-in every 10th day for ten years: 366 days with ratings over 3,651 days. */
  function tenYears() {
    db = openLogTestDb(tempFolder())
    const ratings = new RatingsRepository(db, () => NOW)
    for (let i = 0; i <= 365; i++) ratings.add({ value: i % 10, takenAt: NOW - i * 10 * DAY })
    return { db, ratings }
  }

  it('shows ten years as 20-day points, no more than the chart can show, and says so', () => {
    const { db } = tenYears()
    const all = computeInsights(db, 'all', NOW)
    expect(all.bucketDays).toBe(20)
    expect(all.trend.length).toBeLessThanOrEqual(MAX_TREND_POINTS)
    expect(all.trend.every((p) => p.days === 20 && p.day % 20 === 0)).toBe(true)
    // Every rating is still counted once, however the days are grouped.
    expect(all.trend.reduce((n, p) => n + p.count, 0)).toBe(366)
    // A year keeps finer points: its 37 days with ratings are shown one by one.
    expect(computeInsights(db, '365', NOW).bucketDays).toBe(1)
  })

  it('averages a run of days over its ratings, not over its days', () => {
    const { db, ratings } = tenYears()
    // Two days in one 20-day run: three sessions rated 8 before on one, one rated 2 on the next.
    let first = NOW - 100 * DAY
    while (dayOf(first) % 20 > 17) first -= DAY
    const second = first + DAY
    const sessions: [string, number, number][] = [
      ['a', first, 8],
      ['b', first + 60_000, 8],
      ['c', first + 120_000, 8],
      ['d', second, 2],
    ]
    for (const [id, at, before] of sessions) {
      addSession(db, { id, practiceId: 'body-scan', startedAt: at })
      ratings.add({ value: before, sessionId: id, phase: 'before', takenAt: at })
      ratings.add({ value: before - 1, sessionId: id, phase: 'after', takenAt: at + 600_000 })
    }
    const all = computeInsights(db, 'all', NOW)
    const runDay = Math.floor(dayOf(first) / 20) * 20
    const run = all.practiceTrend.find((p) => p.day === runDay)
    // (8 + 8 + 8 + 2) / 4 = 6.5; the mean of the two days' means would read 5.
    expect(run).toEqual({ day: runDay, before: 6.5, after: 5.5, count: 8 })
  })
})
