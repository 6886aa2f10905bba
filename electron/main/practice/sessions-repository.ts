import { phrase } from '../../shared/text/phrase'
import type { PracticeSession, RecordSessionInput } from '../../shared/practice/session-schema'
import { countStreak, type Streak } from '../../shared/practice/streak'
import { ApiFailure } from '../core/api-failure'
import { UNHEARD, type Change, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { existingIds } from '../db/existing-ids'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'
import { mergeSession } from './session-merge'

/** A minute of slack, so a renderer clock a little ahead of main's is not "the future". */
const FUTURE_TOLERANCE_MS = 60_000
const PRACTICE_CHANGED: Change = { kind: 'data', domain: 'practice' }

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

const UPSERT = `INSERT INTO practice_sessions
    (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

/** The practice sessions: the only code that writes them; each commit is announced as 'practice'. */
export class SessionsRepository {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly now: () => number,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  private put(session: PracticeSession, onConflict: string): boolean {
    const result = this.sql
      .get(`${UPSERT} ${onConflict}`)
      .run(
        session.id,
        session.practiceId,
        session.practiceTitle,
        session.plannedMs,
        session.actualMs,
        session.status,
        session.startedAt,
        session.endedAt,
      )
    return result.changes > 0
  }

  /**
   * Saves a session, or adds a checkpoint or the final state to the one with the same id.
   * The rules of what a later save may change are in `mergeSession`.
   */
  record(input: RecordSessionInput): PracticeSession {
    if (input.endedAt > this.now() + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure(
        'invalid_input',
        phrase('main.refusal.practice.sessionEndFuture'),
        'endedAt',
      )
    }
    return commitChange(this.sql.db, this.changes, () => {
      const next = mergeSession(this.get(input.id), input)
      this.put(
        next,
        `ON CONFLICT (id) DO UPDATE SET
           actual_ms = excluded.actual_ms, status = excluded.status, ended_at = excluded.ended_at`,
      )
      return { result: next, change: PRACTICE_CHANGED }
    })
  }

  get(id: string): PracticeSession | null {
    const row = this.sql.get('SELECT * FROM practice_sessions WHERE id = ?').get(id) as
      SessionRow | undefined
    return row ? fromRow(row) : null
  }

  /** The most recent sessions first. */
  list(limit: number): PracticeSession[] {
    const rows = this.sql
      .get('SELECT * FROM practice_sessions ORDER BY started_at DESC, id LIMIT ?')
      .all(limit) as unknown as SessionRow[]
    return rows.map(fromRow)
  }

  /** Every session, oldest first (the export). */
  all(): PracticeSession[] {
    const rows = this.sql
      .get('SELECT * FROM practice_sessions ORDER BY started_at, id')
      .all() as unknown as SessionRow[]
    return rows.map(fromRow)
  }

  /** Days in a row with practice; looks back at most a little over a year. */
  streak(): Streak {
    const now = this.now()
    const rows = this.sql
      .get('SELECT started_at FROM practice_sessions WHERE started_at >= ? ORDER BY started_at')
      .all(now - STREAK_LOOKBACK_MS) as unknown as { started_at: number }[]
    return countStreak(
      rows.map((row) => row.started_at),
      now,
    )
  }

  existing(ids: readonly string[]): Set<string> {
    return existingIds(this.sql, 'practice_sessions', ids)
  }

  /** Adds the sessions whose id is not stored yet, as given (an import); joins its transaction. */
  insertMissing(sessions: readonly PracticeSession[]): number {
    return commitChange(this.sql.db, this.changes, () => {
      let added = 0
      for (const session of sessions) if (this.put(session, 'ON CONFLICT (id) DO NOTHING')) added++
      return { result: added, change: added > 0 ? PRACTICE_CHANGED : null }
    })
  }
}
