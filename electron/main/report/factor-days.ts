import type { FactorDay } from '../../shared/report/factor-effects'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

/** Behaviour factors: named so they cannot clash with a tag (tags have no colon prefix). */
export const PRACTICE_DAY = 'behaviour:practice'
export const FOUR_BREAKS_DAY = 'behaviour:4-breaks'

const DAY_MS = 86_400_000

const RATING_DAYS = `SELECT (taken_at + utc_offset_min * 60000) / 86400000 AS day, avg(value) AS mean,
    min(utc_offset_min) AS offset
  FROM ratings WHERE taken_at >= ? AND taken_at < ? GROUP BY day`

const TAG_DAYS = `SELECT DISTINCT (r.taken_at + r.utc_offset_min * 60000) / 86400000 AS day, t.tag AS tag
  FROM rating_tags t JOIN ratings r ON r.id = t.rating_id WHERE r.taken_at >= ? AND r.taken_at < ?`

/**
 * Each local day with self-ratings: its average and its factors (tags on that day's ratings, a
 * practice session started that day, at least 4 reminder breaks taken). Practice and breaks carry
 * no time zone, so they are placed on days by the offset of that day's ratings.
 */
export function readFactorDays(db: Database, from: number, to: number): FactorDay[] {
  const sql = new Statements(db)
  const rows = sql.get(RATING_DAYS).all(from, to) as { day: number; mean: number; offset: number }[]
  const days = new Map(rows.map((r) => [r.day, { mean: r.mean, factors: new Set<string>() }]))
  for (const row of sql.get(TAG_DAYS).all(from, to) as { day: number; tag: string }[]) {
    days.get(row.day)?.factors.add(row.tag)
  }
  const sessions = sql.get(
    'SELECT count(*) AS n FROM practice_sessions WHERE started_at >= ? AND started_at < ?',
  )
  const breaks = sql.get(
    "SELECT count(*) AS n FROM break_events WHERE kind = 'taken' AND occurred_at >= ? AND occurred_at < ?",
  )
  for (const row of rows) {
    const start = row.day * DAY_MS - row.offset * 60_000
    const entry = days.get(row.day)
    if (!entry) continue
    if ((sessions.get(start, start + DAY_MS) as { n: number }).n > 0)
      entry.factors.add(PRACTICE_DAY)
    if ((breaks.get(start, start + DAY_MS) as { n: number }).n >= 4)
      entry.factors.add(FOUR_BREAKS_DAY)
  }
  return [...days.values()]
}
