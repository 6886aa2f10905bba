import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

export interface StoredPause {
  until: number | null
  relative: boolean
}

/**
 * The little reminder state that outlives a restart: a pause the user asked for, and which daily
 * reminders already fired on which local date. It is the machine's memory, not the user's
 * records, so nothing is announced when it changes (the status push covers what shows).
 */
export class ReminderStateStore {
  private readonly sql: Statements

  constructor(db: Database) {
    this.sql = new Statements(db)
  }

  readPause(): StoredPause | null {
    const row = this.sql.get("SELECT value FROM reminder_state WHERE key = 'pause'").get() as
      { value: string } | undefined
    if (!row) return null
    try {
      const parsed = JSON.parse(row.value) as Partial<StoredPause>
      const until = typeof parsed.until === 'number' ? parsed.until : null
      return { until, relative: parsed.relative === true }
    } catch {
      return null
    }
  }

  writePause(pause: StoredPause | null): void {
    if (pause === null) {
      this.sql.get("DELETE FROM reminder_state WHERE key = 'pause'").run()
      return
    }
    this.sql
      .get(
        `INSERT INTO reminder_state (key, value) VALUES ('pause', ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(JSON.stringify(pause))
  }

  /** Recent postpone reasons, newest first. */
  readReasons(): { at: number; reason: string }[] {
    const row = this.sql
      .get("SELECT value FROM reminder_state WHERE key = 'postpone-reasons'")
      .get() as { value: string } | undefined
    if (!row) return []
    try {
      const parsed = JSON.parse(row.value) as unknown
      if (!Array.isArray(parsed)) return []
      return parsed.filter(
        (r): r is { at: number; reason: string } =>
          typeof r === 'object' &&
          r !== null &&
          typeof (r as { at?: unknown }).at === 'number' &&
          typeof (r as { reason?: unknown }).reason === 'string',
      )
    } catch {
      return []
    }
  }

  addReason(at: number, reason: string, keep: number): void {
    const list = [{ at, reason }, ...this.readReasons()].slice(0, keep)
    this.sql
      .get(
        `INSERT INTO reminder_state (key, value) VALUES ('postpone-reasons', ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(JSON.stringify(list))
  }

  dailyHandled(reminderId: string, localDate: string): boolean {
    return (
      this.sql
        .get('SELECT 1 FROM daily_reminder_log WHERE reminder_id = ? AND local_date = ?')
        .get(reminderId, localDate) !== undefined
    )
  }

  markDaily(reminderId: string, localDate: string, occurrenceAt: number, delivered: boolean): void {
    this.sql
      .get(
        `INSERT OR IGNORE INTO daily_reminder_log (reminder_id, local_date, occurrence_at, delivered)
         VALUES (?, ?, ?, ?)`,
      )
      .run(reminderId, localDate, occurrenceAt, delivered ? 1 : 0)
  }
}
