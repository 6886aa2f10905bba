import type { Insights, InsightsRange } from '../../shared/log/insights-types'
import { downsample, round, withMovingAverage } from '../../shared/log/series'
import { systemTimeZone } from '../../shared/reminders/zoned-time'
import type { Database } from '../db/sqlite'
import { practiceInsights } from './insights-practices'
import { rangeWindow } from './insights-range'
import { sittingInsights } from './insights-sitting'
import { dailyAverages, regionAverages } from './insights-trend'

/** More points than a chart a few hundred pixels wide can show is wasted work. */
export const MAX_TREND_POINTS = 400

/** Insights for a range of local days in `timeZone` (the computer's own zone unless given). */
export function computeInsights(
  db: Database,
  range: InsightsRange,
  now: number,
  timeZone: string = systemTimeZone(),
): Insights {
  const window = rangeWindow(range, now, timeZone)
  const daily = dailyAverages(db, window)
  const ratings = daily.reduce((n, d) => n + d.count, 0)
  const sum = daily.reduce((total, d) => total + d.average * d.count, 0)
  const thinned = downsample(withMovingAverage(daily), MAX_TREND_POINTS)
  return {
    range,
    fromDay: window.fromDay ?? daily[0]?.day ?? null,
    toDay: window.toDay,
    totals: { ratings, days: daily.length, average: ratings > 0 ? round(sum / ratings, 1) : null },
    everRated: (db.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n,
    trend: thinned.points,
    bucketDays: thinned.bucketDays,
    practices: practiceInsights(db, window),
    sitting: sittingInsights(db, window, daily),
    regions: regionAverages(db, window),
  }
}

/**
 * Remembers the last answer per range until anything is written. SQLite's total_changes()
 * moves with each insert, update or delete on this connection, and `PRAGMA data_version` with
 * each commit on another one (the import's worker); the zone and the local day are part of the
 * key so "the last 30 days" moves on at midnight.
 */
export class InsightsCache {
  private readonly entries = new Map<InsightsRange, { key: string; value: Insights }>()

  constructor(private readonly db: Database) {}

  get(range: InsightsRange, now: number, timeZone: string = systemTimeZone()): Insights {
    const changes = (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
    const others = (this.db.prepare('PRAGMA data_version').get() as { data_version: number })
      .data_version
    const key = `${changes}:${others}:${timeZone}:${rangeWindow(range, now, timeZone).toDay}`
    const hit = this.entries.get(range)
    if (hit?.key === key) return hit.value
    const value = computeInsights(this.db, range, now, timeZone)
    this.entries.set(range, { key, value })
    return value
  }
}
