import {
  MEANINGFUL_DROP_POINTS,
  MEANINGFUL_DROP_SHARE,
  MINIMAL_DROP_POINTS,
  MINIMAL_DROP_SHARE,
} from '../../shared/log/change'
import type { PracticeInsight } from '../../shared/log/insights-types'
import { round } from '../../shared/log/series'
import type { Database } from '../db/sqlite'
import type { RangeWindow } from './insights-range'

function dropCase(points: number, share: number): string {
  // Same rule as shared/log/change.ts, in SQL so 20,000 sessions never leave the database.
  return `SUM(CASE WHEN b > a AND (b - a >= ${points} OR (b - a) * 1.0 / b >= ${share})
            THEN 1 ELSE 0 END)`
}

/** The latest rating of one phase for the session: one seek in ratings_by_session_phase. */
function latest(phase: 'before' | 'after'): string {
  return `SELECT value FROM ratings WHERE session_id = s.id AND phase = '${phase}'
          ORDER BY taken_at DESC LIMIT 1`
}

interface PracticeRow {
  practiceId: string
  title: string
  sessions: number
  rated: number
  averageChange: number | null
  meaningful: number
  minimal: number
}

/**
 * Per practice: sessions in the range, and for those rated before and after (the latest of
 * each, if someone rated twice), the average change and the share that dropped meaningfully.
 * SQLite takes a bare column from the row that holds the group's single MAX(), which gives the
 * most recent title without another query. The pairs are MATERIALIZED: flattened into the
 * outer query, each of the many uses of `a` and `b` would run its subquery again (14 index
 * seeks per session instead of 2).
 */
export function practiceInsights(db: Database, window: RangeWindow): PracticeInsight[] {
  const rows = db
    .prepare(
      `WITH pairs AS MATERIALIZED (
         SELECT s.practice_id, s.practice_title, s.started_at,
                (${latest('before')}) AS b, (${latest('after')}) AS a
         FROM practice_sessions s WHERE s.started_at >= ?)
       SELECT practice_id AS practiceId, practice_title AS title, MAX(started_at) AS latest,
              COUNT(*) AS sessions, COUNT(a + b) AS rated, AVG(a - b) AS averageChange,
              ${dropCase(MEANINGFUL_DROP_POINTS, MEANINGFUL_DROP_SHARE)} AS meaningful,
              ${dropCase(MINIMAL_DROP_POINTS, MINIMAL_DROP_SHARE)} AS minimal
       FROM pairs
       GROUP BY practice_id
       ORDER BY sessions DESC, title`,
    )
    .all(window.fromMs) as unknown as PracticeRow[]
  return rows.map((row) => ({
    practiceId: row.practiceId,
    title: row.title,
    sessions: row.sessions,
    rated: row.rated,
    averageChange: row.averageChange === null ? null : round(row.averageChange, 1),
    meaningfulShare: row.rated > 0 ? round(row.meaningful / row.rated, 3) : null,
    minimalShare: row.rated > 0 ? round(row.minimal / row.rated, 3) : null,
  }))
}
