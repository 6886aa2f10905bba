import type { HipRegion } from '../../shared/contract/log'
import type {
  InsightsHeadline,
  PracticeDayPoint,
  RegionInsight,
} from '../../shared/log/insights-types'
import { round, type DailyPoint } from '../../shared/log/series'
import type { Database } from '../db/sqlite'
import type { RangeWindow } from './insights-range'

export type RatingKind = 'checkin' | 'before' | 'after'

/** One row of the per-day rollup (migration 009): a local day's ratings of one kind. */
export interface RatingDay {
  day: number
  kind: RatingKind
  count: number
  total: number
}

/**
 * The range's ratings per local day and kind, from the rollup the triggers keep: a few rows a
 * day, so ten years cost a few thousand rows however many ratings they hold.
 */
export function ratingDays(db: Database, window: RangeWindow): RatingDay[] {
  return db
    .prepare(
      'SELECT day, kind, count, total FROM rollup_rating_days WHERE day >= ? ORDER BY day, kind',
    )
    .all(window.fromDay ?? Number.MIN_SAFE_INTEGER) as unknown as RatingDay[]
}

/** Daily averages of one kind (or of all kinds together). */
export function dailyAverages(rows: readonly RatingDay[], kind?: RatingKind): DailyPoint[] {
  const byDay = new Map<number, { count: number; total: number }>()
  for (const row of rows) {
    if (kind && row.kind !== kind) continue
    const entry = byDay.get(row.day) ?? { count: 0, total: 0 }
    entry.count += row.count
    entry.total += row.total
    byDay.set(row.day, entry)
  }
  return [...byDay.entries()].map(([day, e]) => ({
    day,
    average: round(e.total / e.count),
    count: e.count,
  }))
}

/** The days with ratings around a practice: before and after averaged apart. */
export function practiceDays(rows: readonly RatingDay[]): PracticeDayPoint[] {
  const byDay = new Map<number, PracticeDayPoint>()
  for (const row of rows) {
    if (row.kind === 'checkin') continue
    const point = byDay.get(row.day) ?? { day: row.day, before: null, after: null, count: 0 }
    point.count += row.count
    point[row.kind] = round(row.total / row.count)
    byDay.set(row.day, point)
  }
  return [...byDay.values()]
}

/** Totals of a set of day rows: ratings, distinct days and the mean of every rating. */
export function totalsOf(rows: readonly RatingDay[]) {
  const days = new Set<number>()
  let ratings = 0
  let sum = 0
  for (const row of rows) {
    days.add(row.day)
    ratings += row.count
    sum += row.total
  }
  return { ratings, days: days.size, average: ratings > 0 ? round(sum / ratings, 1) : null }
}

/** Every rating ever logged: the sum of the rollup's counts (no scan of the ratings). */
export function everRated(db: Database): number {
  return (db.prepare('SELECT TOTAL(count) AS n FROM rollup_rating_days').get() as { n: number }).n
}

function checkinsBetween(db: Database, from: number, to: number) {
  const row = db
    .prepare(
      `SELECT TOTAL(count) AS count, TOTAL(total) AS total FROM rollup_rating_days
       WHERE kind = 'checkin' AND day BETWEEN ? AND ?`,
    )
    .get(from, to) as { count: number; total: number }
  return { count: row.count, average: row.count > 0 ? round(row.total / row.count, 1) : null }
}

/** A period as long as the range (30 days for "all"), beside the one before it. */
export function headline(db: Database, window: RangeWindow): InsightsHeadline {
  const periodDays = window.fromDay === null ? 30 : window.toDay - window.fromDay + 1
  const first = window.toDay - periodDays + 1
  const now = checkinsBetween(db, first, window.toDay)
  const before = checkinsBetween(db, first - periodDays, first - 1)
  return {
    periodDays,
    count: now.count,
    average: now.average,
    previousCount: before.count,
    previousAverage: before.average,
  }
}

/** The body map: each region's ratings in the range, from the per-day region rollup. */
export function regionAverages(db: Database, window: RangeWindow): RegionInsight[] {
  const rows = db
    .prepare(
      `SELECT region, TOTAL(total) / TOTAL(count) AS average, TOTAL(count) AS count
       FROM rollup_region_days WHERE day >= ?
       GROUP BY region ORDER BY average DESC, region`,
    )
    .all(window.fromDay ?? Number.MIN_SAFE_INTEGER) as unknown as {
    region: HipRegion
    average: number
    count: number
  }[]
  return rows.map((row) => ({ ...row, average: round(row.average, 1) }))
}
