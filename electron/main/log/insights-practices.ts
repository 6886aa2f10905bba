import { ENOUGH_RATED_SESSIONS, type PracticeInsight } from '../../shared/log/insights-types'
import { round } from '../../shared/log/series'
import type { Database } from '../db/sqlite'
import type { RangeWindow } from './insights-range'

const DAY_MS = 86_400_000

/** One practice's sums over some sessions: the same columns as rollup_practice_days. */
interface Sums {
  practiceId: string
  title: string
  latest: number
  sessions: number
  rated: number
  beforeTotal: number
  afterTotal: number
  meaningful: number
  minimal: number
}

const SUM_COLUMNS = `practice_id AS practiceId, title, MAX(latest_at) AS latest,
  TOTAL(sessions) AS sessions, TOTAL(rated) AS rated, TOTAL(before_total) AS beforeTotal,
  TOTAL(after_total) AS afterTotal, TOTAL(meaningful) AS meaningful, TOTAL(minimal) AS minimal`

/** The latest rating of one phase for the session (ties: the higher value, as the rollup). */
function latest(phase: 'before' | 'after'): string {
  return `SELECT value FROM ratings WHERE session_id = s.id AND phase = '${phase}'
          ORDER BY taken_at DESC, value DESC LIMIT 1`
}

function dropCase(points: number, share: number): string {
  return `CASE WHEN b > a AND (b - a >= ${points} OR (b - a) * 1.0 / b >= ${share}) THEN 1 ELSE 0 END`
}

/**
 * The rollup holds whole UTC days; a range starts at a local midnight. The sessions between
 * that midnight and the next whole UTC day (under a day's worth) are read raw, in the same
 * shape. The pairs are MATERIALIZED so each session's two seeks run once.
 */
function rawSums(db: Database, from: number, to: number): Sums[] {
  if (from >= to) return []
  return db
    .prepare(
      `WITH pairs AS MATERIALIZED (
         SELECT s.practice_id, s.practice_title, s.started_at,
                (${latest('before')}) AS b, (${latest('after')}) AS a
         FROM practice_sessions s WHERE s.started_at >= ? AND s.started_at < ?),
       rows AS (
         SELECT practice_id, practice_title AS title, started_at AS latest_at, 1 AS sessions,
                a + b IS NOT NULL AS rated,
                CASE WHEN a + b IS NOT NULL THEN b ELSE 0 END AS before_total,
                CASE WHEN a + b IS NOT NULL THEN a ELSE 0 END AS after_total,
                ${dropCase(2, 0.3)} AS meaningful, ${dropCase(1, 0.15)} AS minimal
         FROM pairs)
       SELECT ${SUM_COLUMNS} FROM rows GROUP BY practice_id`,
    )
    .all(from, to) as unknown as Sums[]
}

/**
 * Every session ever, from the all-time totals (migration 012): a row per practice. The title
 * is the latest session's, which is in the practice's last day of the day rollup (a day's
 * sessions all start after the day before's), found through the table's key.
 */
function allTimeSums(db: Database): Sums[] {
  return db
    .prepare(
      `SELECT t.practice_id AS practiceId, d.title, d.latest_at AS latest, t.sessions, t.rated,
              t.before_total AS beforeTotal, t.after_total AS afterTotal, t.meaningful, t.minimal
       FROM insight_practice_totals t JOIN rollup_practice_days d
         ON d.practice_id = t.practice_id
        AND d.day = (SELECT MAX(day) FROM rollup_practice_days WHERE practice_id = t.practice_id)
       ORDER BY t.practice_id`,
    )
    .all() as unknown as Sums[]
}

/**
 * The rollup's whole days from `fromDay` on. A range reads its days through the day index (the
 * table's key starts with the practice); "all" reads the table in key order, grouped as it goes.
 */
function rollupSums(db: Database, fromDay: number | null): Sums[] {
  if (fromDay === null) return allTimeSums(db)
  return db
    .prepare(
      `SELECT ${SUM_COLUMNS} FROM rollup_practice_days INDEXED BY rollup_practice_days_by_day
       WHERE day >= ? GROUP BY practice_id`,
    )
    .all(fromDay) as unknown as Sums[]
}

function merge(parts: Sums[]): Sums[] {
  const byId = new Map<string, Sums>()
  for (const part of parts) {
    const seen = byId.get(part.practiceId)
    if (!seen) {
      byId.set(part.practiceId, { ...part })
      continue
    }
    if (part.latest > seen.latest) {
      seen.latest = part.latest
      seen.title = part.title
    }
    seen.sessions += part.sessions
    seen.rated += part.rated
    seen.beforeTotal += part.beforeTotal
    seen.afterTotal += part.afterTotal
    seen.meaningful += part.meaningful
    seen.minimal += part.minimal
  }
  return [...byId.values()]
}

function toInsight(s: Sums): PracticeInsight {
  const rated = s.rated > 0
  return {
    practiceId: s.practiceId,
    title: s.title,
    sessions: s.sessions,
    rated: s.rated,
    averageChange: rated ? round((s.afterTotal - s.beforeTotal) / s.rated, 1) : null,
    averageBefore: rated ? round(s.beforeTotal / s.rated, 1) : null,
    averageAfter: rated ? round(s.afterTotal / s.rated, 1) : null,
    meaningfulShare: rated ? round(s.meaningful / s.rated, 3) : null,
    minimalShare: rated ? round(s.minimal / s.rated, 3) : null,
  }
}

/**
 * Practices with enough rated sessions first, the largest average drop first; then the others,
 * the most practised first. The order is of the self-ratings, not a ranking of what works.
 */
function byStory(a: PracticeInsight, b: PracticeInsight): number {
  const enoughA = a.rated >= ENOUGH_RATED_SESSIONS
  const enoughB = b.rated >= ENOUGH_RATED_SESSIONS
  if (enoughA !== enoughB) return enoughA ? -1 : 1
  if (enoughA && a.averageChange !== b.averageChange)
    return (a.averageChange ?? 0) - (b.averageChange ?? 0)
  return b.sessions - a.sessions || a.title.localeCompare(b.title)
}

/**
 * Per practice: sessions in the range, and for those rated before and after (the latest of
 * each), the average ratings, the average change and the shares that dropped by the borrowed
 * cut-offs (shared/log/change.ts; the same rule is in the rollup's SQL).
 */
export function practiceInsights(db: Database, window: RangeWindow): PracticeInsight[] {
  if (window.fromDay === null) return merge(rollupSums(db, null)).map(toInsight).sort(byStory)
  const firstWholeDay = Math.ceil(window.fromMs / DAY_MS)
  const parts = [
    ...rollupSums(db, firstWholeDay),
    ...rawSums(db, window.fromMs, firstWholeDay * DAY_MS),
  ]
  return merge(parts).map(toInsight).sort(byStory)
}
