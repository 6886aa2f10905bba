import type { DatabaseSync } from 'node:sqlite'
import { factorEffects, type FactorEffect } from '../../electron/shared/report/factor-effects'

const DAY = 86_400_000

/**
 * The factor comparison recomputed from the database with this test's own SQL: each local day's
 * average, its tags, a practice session that day, 4 or more reminder breaks taken that day.
 */
export function expectedFactors(db: DatabaseSync, from: number, to: number): FactorEffect[] {
  const days = db
    .prepare(
      `SELECT (taken_at + utc_offset_min * 60000) / 86400000 AS day, avg(value) AS mean,
         min(utc_offset_min) AS offset, group_concat(id) AS ids
       FROM ratings WHERE taken_at >= ? AND taken_at < ? GROUP BY day`,
    )
    .all(from, to) as { day: number; mean: number; offset: number; ids: string }[]
  const tagsOf = db.prepare('SELECT DISTINCT tag FROM rating_tags WHERE rating_id = ?')
  const count = (sql: string, start: number) =>
    (db.prepare(sql).get(start, start + DAY) as { n: number }).n
  return factorEffects(
    days.map((d) => {
      const factors = new Set<string>()
      for (const id of d.ids.split(',')) {
        for (const row of tagsOf.all(id) as { tag: string }[]) factors.add(row.tag)
      }
      const start = d.day * DAY - d.offset * 60_000
      const sessions =
        'SELECT count(*) AS n FROM practice_sessions WHERE started_at >= ? AND started_at < ?'
      const taken =
        "SELECT count(*) AS n FROM break_events WHERE kind = 'taken' AND occurred_at >= ? AND occurred_at < ?"
      if (count(sessions, start) > 0) factors.add('behaviour:practice')
      if (count(taken, start) >= 4) factors.add('behaviour:4-breaks')
      return { mean: d.mean, factors }
    }),
  )
}
