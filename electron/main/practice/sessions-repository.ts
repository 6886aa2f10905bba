import type { PracticeSession, RecordSessionInput } from '../../shared/practice/session-schema'
import { inTransaction, type Database } from '../db/sqlite'
import { ApiFailure } from '../ipc/api-failure'
import { countStreak, type Streak } from '../../shared/practice/streak'
import { mergeSession } from './session-merge'

/** A minute of slack, so a renderer clock a little ahead of main's is not "the future". */
const FUTURE_TOLERANCE_MS = 60_000

interface SessionRow {
  id: string
  practice_id: string
  practice_title: string
  planned_ms: number | null
  actual_ms: number
  status: 'completed' | 'stopped'
  started_at: number
  ended_at: number
}

function fromRow(row: SessionRow): PracticeSession {
  return {
    id: row.id,
    practiceId: row.practice_id,
    practiceTitle: row.practice_title,
    plannedMs: row.planned_ms,
    actualMs: row.actual_ms,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  }
}

const STREAK_LOOKBACK_MS = 400 * 24 * 60 * 60 * 1000

export class SessionsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  /**
   * Saves a session, or adds a checkpoint or the final state to the one with the same id.
   * The rules of what a later save may change are in `mergeSession`.
   */
  record(input: RecordSessionInput): PracticeSession {
    if (input.endedAt > this.now() + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure('invalid_input', 'A session cannot end in the future.', 'endedAt')
    }
    return inTransaction(this.db, () => {
      const next = mergeSession(this.get(input.id), input)
      this.db
        .prepare(
          `INSERT INTO practice_sessions
             (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET
             actual_ms = excluded.actual_ms, status = excluded.status, ended_at = excluded.ended_at`,
        )
        .run(
          next.id,
          next.practiceId,
          next.practiceTitle,
          next.plannedMs,
          next.actualMs,
          next.status,
          next.startedAt,
          next.endedAt,
        )
      return next
    })
  }

  get(id: string): PracticeSession | null {
    const row = this.db.prepare('SELECT * FROM practice_sessions WHERE id = ?').get(id) as
      SessionRow | undefined
    return row ? fromRow(row) : null
  }

  /** The most recent sessions first. */
  list(limit: number): PracticeSession[] {
    const rows = this.db
      .prepare('SELECT * FROM practice_sessions ORDER BY started_at DESC, id LIMIT ?')
      .all(limit) as unknown as SessionRow[]
    return rows.map(fromRow)
  }

  /** Days in a row with practice; looks back at most a little over a year. */
  streak(): Streak {
    const now = this.now()
    const rows = this.db
      .prepare('SELECT started_at FROM practice_sessions WHERE started_at >= ? ORDER BY started_at')
      .all(now - STREAK_LOOKBACK_MS) as unknown as { started_at: number }[]
    return countStreak(
      rows.map((row) => row.started_at),
      now,
    )
  }
}
