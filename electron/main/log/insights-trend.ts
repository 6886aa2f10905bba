import type { HipRegion } from '../../shared/contract/log'
import type { RegionInsight } from '../../shared/log/insights-types'
import { round, type DailyPoint } from '../../shared/log/series'
import type { Database } from '../db/sqlite'
import { INDEXED_RATING_DAY, RATING_DAY } from './insights-days'
import type { RangeWindow } from './insights-range'

type Row = { day: number; average: number; count: number }

/**
 * Each rating counts on the local day where it was taken, using the offset stored with it.
 * From 1970-01-02 on, the indexed (truncating) day is the true day and SQLite reads the index
 * in order; the rare older ratings are grouped with floor division in a second, small query.
 */
export function dailyAverages(db: Database, window: RangeWindow): DailyPoint[] {
  const from = window.fromDay ?? Number.MIN_SAFE_INTEGER
  const old =
    from <= 0
      ? (db
          .prepare(
            `SELECT ${RATING_DAY} AS day, AVG(value) AS average, COUNT(*) AS count
             FROM ratings WHERE ${INDEXED_RATING_DAY} <= 0 AND ${RATING_DAY} >= ?
             GROUP BY day ORDER BY day`,
          )
          .all(from) as unknown as Row[])
      : []
  const recent = db
    .prepare(
      `SELECT ${INDEXED_RATING_DAY} AS day, AVG(value) AS average, COUNT(*) AS count
       FROM ratings WHERE ${INDEXED_RATING_DAY} >= ?
       GROUP BY ${INDEXED_RATING_DAY} ORDER BY ${INDEXED_RATING_DAY}`,
    )
    .all(Math.max(from, 1)) as unknown as Row[]
  return [...old, ...recent].map((row) => ({
    day: row.day,
    average: round(row.average),
    count: row.count,
  }))
}

/** The body map: the same ratings as the trend, by the same local day. */
export function regionAverages(db: Database, window: RangeWindow): RegionInsight[] {
  // "All" needs no join back to the ratings at all. A range from 1970-01-02 on walks only the
  // range's ratings in the local-day index, then each one's regions by their key (CROSS JOIN
  // keeps that order: the other way round reads every region row ever logged).
  const sql =
    window.fromDay === null
      ? `SELECT region, AVG(value) AS average, COUNT(*) AS count
         FROM rating_regions GROUP BY region ORDER BY average DESC`
      : window.fromDay >= 1
        ? `SELECT rr.region AS region, AVG(rr.value) AS average, COUNT(*) AS count
           FROM ratings r CROSS JOIN rating_regions rr ON rr.rating_id = r.id
           WHERE ${INDEXED_RATING_DAY} >= ?
           GROUP BY rr.region ORDER BY average DESC`
        : `SELECT rr.region AS region, AVG(rr.value) AS average, COUNT(*) AS count
           FROM rating_regions rr JOIN ratings r ON r.id = rr.rating_id
           WHERE ${RATING_DAY} >= ?
           GROUP BY rr.region ORDER BY average DESC`
  const rows = db
    .prepare(sql)
    .all(...(window.fromDay === null ? [] : [window.fromDay])) as unknown as {
    region: HipRegion
    average: number
    count: number
  }[]
  return rows.map((row) => ({ ...row, average: round(row.average, 1) }))
}
