import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

/** The practice whose completion earns a started break its credit. */
export const MOVEMENT_BREAK_ID = 'movement-break'

/**
 * Reads (never writes) the practice feature's sessions: when the last Movement Break was
 * finished, so a break spent doing it counts even though the user was at the keyboard.
 */
export class MovementSessions {
  private readonly sql: Statements

  constructor(db: Database) {
    this.sql = new Statements(db)
  }

  lastFinishedSince(since: number): number | null {
    const row = this.sql
      .get(
        `SELECT MAX(ended_at) AS at FROM practice_sessions
         WHERE practice_id = ? AND status = 'completed' AND ended_at >= ?`,
      )
      .get(MOVEMENT_BREAK_ID, since) as { at: number | null } | undefined
    return row?.at ?? null
  }
}
