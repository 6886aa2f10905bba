import type { HipRegion } from '../../shared/contract/log'
import type { RegionInsight } from '../../shared/log/insights-types'
import { round, type DailyPoint } from '../../shared/log/series'
import type { Database } from '../db/sqlite'
import type { RangeWindow } from './insights-range'

/** The local day of a rating; must match the expression of the ratings_by_local_day index. */
const LOCAL_DAY = '(taken_at + utc_offset_min * 60000) / 86400000'

/** Each rating counts on the local day where it was taken, using the offset stored with it. */
export function dailyAverages(db: Database, window: RangeWindow): DailyPoint[] {
  const rows = db
    .prepare(
      `SELECT ${LOCAL_DAY} AS day, AVG(value) AS average, COUNT(*) AS count
       FROM ratings WHERE ${LOCAL_DAY} >= ?
       GROUP BY ${LOCAL_DAY} ORDER BY ${LOCAL_DAY}`,
    )
    .all(window.fromDay ?? Number.MIN_SAFE_INTEGER) as unknown as DailyPoint[]
  return rows.map((row) => ({ day: row.day, average: round(row.average), count: row.count }))
}

export function regionAverages(db: Database, window: RangeWindow): RegionInsight[] {
  // "All" needs no join back to the ratings at all.
  const sql =
    window.fromMs === 0
      ? `SELECT region, AVG(value) AS average, COUNT(*) AS count
         FROM rating_regions GROUP BY region ORDER BY average DESC`
      : `SELECT rr.region AS region, AVG(rr.value) AS average, COUNT(*) AS count
         FROM rating_regions rr JOIN ratings r ON r.id = rr.rating_id
         WHERE r.taken_at >= ?
         GROUP BY rr.region ORDER BY average DESC`
  const rows = db.prepare(sql).all(...(window.fromMs === 0 ? [] : [window.fromMs])) as unknown as {
    region: HipRegion
    average: number
    count: number
  }[]
  return rows.map((row) => ({ ...row, average: round(row.average, 1) }))
}
