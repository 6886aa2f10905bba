import type { PracticeSession, RecordSessionInput } from '../../shared/practice/session-schema'
import { inTransaction, type Database } from '../db/sqlite'
import { ApiFailure } from '../ipc/api-failure'
import { countStreak, type Streak } from '../../shared/practice/streak'

/** A minute of slack, so a renderer clock a little ahead of main's is not "the future". */
const FUTURE_TOLERANCE_MS = 60_000
/** Practised time may exceed the wall span only by rounding between the two clocks. */
const SPAN_TOLERANCE_MS = 2_000

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

  /** Saves a session, or updates the one with the same id (checkpoints, then the final state). */
  record(input: RecordSessionInput): PracticeSession {
    if (input.endedAt > this.now() + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure('invalid_input', 'A session cannot end in the future.', 'endedAt')
    }
    if (input.actualMs > input.endedAt - input.startedAt + SPAN_TOLERANCE_MS) {
      throw new ApiFailure(
        'invalid_input',
        'The practised time is longer than the time between start and end.',
        'actualMs',
      )
    }
    inTransaction(this.db, () => {
      const existing = this.get(input.id)
      if (existing && existing.practiceId !== input.practiceId) {
        throw new ApiFailure('conflict', 'That session id belongs to another practice.', 'id')
      }
      // A finished session stays finished; a late checkpoint must not undo it.
      if (existing?.status === 'completed' && input.status === 'stopped') return
      this.db
        .prepare(
          `INSERT INTO practice_sessions
             (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET
             actual_ms = excluded.actual_ms, status = excluded.status,
             ended_at = excluded.ended_at, planned_ms = excluded.planned_ms`,
        )
        .run(
          input.id,
          input.practiceId,
          input.practiceTitle,
          input.plannedMs,
          input.actualMs,
          input.status,
          input.startedAt,
          input.endedAt,
        )
    })
    const saved = this.get(input.id)
    if (!saved) throw new Error('A session vanished right after it was saved.')
    return saved
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
