import type { PracticeDayPoint } from '../../shared/log/insights-types'
import { round } from '../../shared/log/series'
import type { PracticeDaySums } from './insights-trend'

// How a long range is grouped for the charts: runs of whole days, one point each.

/**
 * Points per chart. The charts are 280 to about 900 px wide and the before/after dots 8 px, so
 * more points than this cannot be told apart; a year still shows as 2-day points, ten years as
 * 20-day ones. Every point crosses to the page, so fewer points is less to send and draw.
 */
export const MAX_TREND_POINTS = 184

/**
 * Days per point for a span of days. Runs start at multiples of their length (so points line up
 * across series), which can cut a span into one run more than span / length: hence maxPoints − 1.
 */
export function chartBucketDays(spanDays: number, maxPoints: number): number {
  return Math.ceil(spanDays / (maxPoints - 1))
}

/**
 * Before/after averages per run of `bucketDays` days: each run's ratings summed and divided by
 * their number, so a day with many ratings weighs more than a day with one (as the check-ins).
 */
export function thinPracticeDays(days: PracticeDaySums[], bucketDays: number): PracticeDayPoint[] {
  const buckets = new Map<number, PracticeDaySums>()
  for (const d of days) {
    const key = Math.floor(d.day / bucketDays) * bucketDays
    const bucket = buckets.get(key) ?? {
      day: key,
      beforeTotal: 0,
      beforeCount: 0,
      afterTotal: 0,
      afterCount: 0,
    }
    bucket.beforeTotal += d.beforeTotal
    bucket.beforeCount += d.beforeCount
    bucket.afterTotal += d.afterTotal
    bucket.afterCount += d.afterCount
    buckets.set(key, bucket)
  }
  return [...buckets.values()].map((x) => ({
    day: x.day,
    before: x.beforeCount > 0 ? round(x.beforeTotal / x.beforeCount) : null,
    after: x.afterCount > 0 ? round(x.afterTotal / x.afterCount) : null,
    count: x.beforeCount + x.afterCount,
  }))
}
