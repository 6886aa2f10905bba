import type { Insights, InsightsRange } from '../../shared/log/insights-types'
import { downsample, withMovingAverage } from '../../shared/log/series'
import { systemTimeZone } from '../../shared/reminders/zoned-time'
import type { Database } from '../db/sqlite'
import { chartBucketDays, MAX_TREND_POINTS, thinPracticeDays } from './insights-buckets'
import { practiceInsights } from './insights-practices'
import { rangeWindow } from './insights-range'
import { sittingInsights } from './insights-sitting'
import {
  checkinDays,
  everRated,
  headline,
  practiceDays,
  rangeTotals,
  regionAverages,
  type RangeTotals,
} from './insights-trend'

/**
 * Insights for a range of local days in `timeZone` (the computer's own zone unless given). The
 * ratings, regions and practice sessions are read from the rollups of migration 009, so the
 * cost follows the number of days in the range, not the number of ratings.
 */
export function computeInsights(
  db: Database,
  range: InsightsRange,
  now: number,
  timeZone: string = systemTimeZone(),
): Insights {
  const window = rangeWindow(range, now, timeZone)
  const totals = rangeTotals(db, window)
  const checkins = rangeTotals(db, window, 'checkin')
  const daily = checkinDays(db, window)
  // One bucket size for both series, so their points line up on the chart.
  const bucketDays =
    totals.firstDay === null || totals.lastDay === null || totals.days <= MAX_TREND_POINTS
      ? 1
      : chartBucketDays(totals.lastDay - totals.firstDay + 1, MAX_TREND_POINTS)
  const thinned = downsample(withMovingAverage(daily), MAX_TREND_POINTS, bucketDays)
  const summary = (t: RangeTotals) => ({ ratings: t.ratings, days: t.days, average: t.average })
  return {
    range,
    fromDay: window.fromDay ?? totals.firstDay,
    toDay: window.toDay,
    totals: summary(totals),
    checkins: summary(checkins),
    headline: headline(db, window),
    everRated: everRated(db),
    trend: thinned.points,
    practiceTrend: thinPracticeDays(practiceDays(db, window), bucketDays),
    bucketDays,
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
