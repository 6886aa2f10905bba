import type { HipRegion } from '../../shared/contract/log'
import type { InsightsHeadline, RegionInsight } from '../../shared/log/insights-types'
import { round, type DailyPoint } from '../../shared/log/series'
import type { Database } from '../db/sqlite'
import type { RangeWindow } from './insights-range'

const FROM_DAY = (window: RangeWindow) => window.fromDay ?? Number.MIN_SAFE_INTEGER

/**
 * The range's everyday check-ins per local day, from the rollup the triggers keep (migration
 * 009): one row a day, so ten years cost a few thousand rows however many ratings they hold.
 * Grouping and averaging stay in SQLite, which does it faster than objects handed to JS.
 */
export function checkinDays(db: Database, window: RangeWindow): DailyPoint[] {
  return db
    .prepare(
      `SELECT day, round(total * 1.0 / count, 2) AS average, count FROM rollup_rating_days
       WHERE kind = 'checkin' AND day >= ? ORDER BY day`,
    )
    .all(FROM_DAY(window)) as unknown as DailyPoint[]
}

/** One local day's ratings around practices: sums and counts, so runs of days weigh right. */
export interface PracticeDaySums {
  day: number
  beforeTotal: number
  beforeCount: number
  afterTotal: number
  afterCount: number
}

/** The days with ratings around a practice: before and after summed apart. */
export function practiceDays(db: Database, window: RangeWindow): PracticeDaySums[] {
  return db
    .prepare(
      `SELECT day,
              TOTAL(CASE WHEN kind = 'before' THEN total END) AS beforeTotal,
              TOTAL(CASE WHEN kind = 'before' THEN count END) AS beforeCount,
              TOTAL(CASE WHEN kind = 'after' THEN total END) AS afterTotal,
              TOTAL(CASE WHEN kind = 'after' THEN count END) AS afterCount
       FROM rollup_rating_days WHERE kind <> 'checkin' AND day >= ?
       GROUP BY day ORDER BY day`,
    )
    .all(FROM_DAY(window)) as unknown as PracticeDaySums[]
}

export interface RangeTotals {
  ratings: number
  days: number
  average: number | null
  firstDay: number | null
  lastDay: number | null
}

/** Ratings, distinct days and the mean of every rating in the range (of one kind, or all). */
export function rangeTotals(db: Database, window: RangeWindow, kind?: 'checkin'): RangeTotals {
  const row = db
    .prepare(
      `SELECT TOTAL(count) AS ratings, TOTAL(total) AS sum, COUNT(DISTINCT day) AS days,
              MIN(day) AS firstDay, MAX(day) AS lastDay
       FROM rollup_rating_days WHERE day >= ? ${kind ? "AND kind = 'checkin'" : ''}`,
    )
    .get(FROM_DAY(window)) as {
    ratings: number
    sum: number
    days: number
    firstDay: number | null
    lastDay: number | null
  }
  return {
    ratings: row.ratings,
    days: row.days,
    average: row.ratings > 0 ? round(row.sum / row.ratings, 1) : null,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
  }
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

/**
 * The body map: each region's ratings in the range, from the per-day region rollup, or for
 * "all" from the all-time totals (migration 012), a row per region instead of ten years of days.
 */
export function regionAverages(db: Database, window: RangeWindow): RegionInsight[] {
  const query =
    window.fromDay === null
      ? db.prepare(
          `SELECT region, total * 1.0 / count AS average, count FROM insight_region_totals
           ORDER BY average DESC, region`,
        )
      : db.prepare(
          `SELECT region, TOTAL(total) / TOTAL(count) AS average, TOTAL(count) AS count
           FROM rollup_region_days WHERE day >= ?
           GROUP BY region ORDER BY average DESC, region`,
        )
  const rows = (window.fromDay === null ? query.all() : query.all(window.fromDay)) as unknown as {
    region: HipRegion
    average: number
    count: number
  }[]
  return rows.map((row) => ({ ...row, average: round(row.average, 1) }))
}
