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
import { tableExists } from './table-exists'

function dropCase(points: number, share: number): string {
  // Same rule as shared/log/change.ts, in SQL so 20,000 sessions never leave the database.
  return `SUM(CASE WHEN b.value > a.value AND (b.value - a.value >= ${points}
            OR (b.value - a.value) * 1.0 / b.value >= ${share}) THEN 1 ELSE 0 END)`
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
 * latest value and the most recent title without another query.
 */
export function practiceInsights(db: Database, window: RangeWindow): PracticeInsight[] | null {
  if (!tableExists(db, 'practice_sessions')) return null
  const rows = db
    .prepare(
      `WITH b AS (SELECT session_id, value, MAX(taken_at) FROM ratings
                  WHERE session_id IS NOT NULL AND phase = 'before' GROUP BY session_id),
            a AS (SELECT session_id, value, MAX(taken_at) FROM ratings
                  WHERE session_id IS NOT NULL AND phase = 'after' GROUP BY session_id)
       SELECT s.practice_id AS practiceId, s.practice_title AS title, MAX(s.started_at) AS latest,
              COUNT(*) AS sessions, COUNT(a.value + b.value) AS rated,
              AVG(a.value - b.value) AS averageChange,
              ${dropCase(MEANINGFUL_DROP_POINTS, MEANINGFUL_DROP_SHARE)} AS meaningful,
              ${dropCase(MINIMAL_DROP_POINTS, MINIMAL_DROP_SHARE)} AS minimal
       FROM practice_sessions s
       LEFT JOIN b ON b.session_id = s.id
       LEFT JOIN a ON a.session_id = s.id
       WHERE s.started_at >= ?
       GROUP BY s.practice_id
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
