import { randomUUID } from 'node:crypto'
import type { BreakKind } from './machine-types'
import { inTransaction, type Database } from '../db/sqlite'

export interface BreakRecord {
  id: string
  kind: BreakKind
  occurredAt: number
  durationMs: number
  sittingBeforeMs: number
}

export interface SittingSpan {
  startedAt: number
  endedAt: number
}

export interface StoredPause {
  until: number | null
  relative: boolean
}

export interface NewBreak {
  kind: BreakKind
  occurredAt: number
  durationMs: number
  sittingBeforeMs: number
}

interface BreakRow {
  id: string
  kind: BreakKind
  occurred_at: number
  duration_ms: number
  sitting_before_ms: number
}

/** Break outcomes, sitting stretches and the little reminder state that outlives a restart. */
export class BreakRepository {
  constructor(private readonly db: Database) {}

  /** One step's records land together or not at all. */
  write(breaks: readonly NewBreak[], spans: readonly SittingSpan[]): void {
    if (breaks.length === 0 && spans.length === 0) return
    inTransaction(this.db, () => {
      const addBreak = this.db.prepare(
        `INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms)
         VALUES (?, ?, ?, ?, ?)`,
      )
      for (const b of breaks) {
        addBreak.run(
          randomUUID(),
          b.kind,
          b.occurredAt,
          Math.round(b.durationMs),
          Math.round(b.sittingBeforeMs),
        )
      }
      const addSpan = this.db.prepare(
        'INSERT INTO sitting_spans (started_at, ended_at) VALUES (?, ?)',
      )
      for (const s of spans) addSpan.run(s.startedAt, s.endedAt)
    })
  }

  breaksBetween(from: number, to: number): BreakRecord[] {
    const rows = this.db
      .prepare(
        `SELECT id, kind, occurred_at, duration_ms, sitting_before_ms FROM break_events
         WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at`,
      )
      .all(from, to) as unknown as BreakRow[]
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurred_at,
      durationMs: r.duration_ms,
      sittingBeforeMs: r.sitting_before_ms,
    }))
  }

  /** Stretches overlapping [from, to), clipped to it. */
  spansBetween(from: number, to: number): SittingSpan[] {
    const rows = this.db
      .prepare(
        `SELECT started_at, ended_at FROM sitting_spans
         WHERE ended_at > ? AND started_at < ? ORDER BY started_at`,
      )
      .all(from, to) as unknown as { started_at: number; ended_at: number }[]
    return rows.map((r) => ({
      startedAt: Math.max(from, r.started_at),
      endedAt: Math.min(to, r.ended_at),
    }))
  }

  readPause(): StoredPause | null {
    const row = this.db.prepare("SELECT value FROM reminder_state WHERE key = 'pause'").get() as
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
      this.db.prepare("DELETE FROM reminder_state WHERE key = 'pause'").run()
      return
    }
    this.db
      .prepare(
        `INSERT INTO reminder_state (key, value) VALUES ('pause', ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(JSON.stringify(pause))
  }

  dailyHandled(reminderId: string, localDate: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM daily_reminder_log WHERE reminder_id = ? AND local_date = ?')
        .get(reminderId, localDate) !== undefined
    )
  }

  markDaily(reminderId: string, localDate: string, occurrenceAt: number, delivered: boolean): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO daily_reminder_log (reminder_id, local_date, occurrence_at, delivered)
         VALUES (?, ?, ?, ?)`,
      )
      .run(reminderId, localDate, occurrenceAt, delivered ? 1 : 0)
  }
}
