import { randomUUID } from 'node:crypto'
import type { BreakEvent } from '../../shared/contract/reminders'
import { UNHEARD, type Change, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { existingIds } from '../db/existing-ids'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

/** A break outcome as stored and exported: the same shape the Reminders screen lists. */
export type BreakRecord = BreakEvent

export interface SittingSpan {
  startedAt: number
  endedAt: number
}

/** A stored stretch of sitting; its id names it on every computer (schema 6). */
export interface SittingSpanRecord extends SittingSpan {
  id: string
}

export type NewBreak = Omit<BreakRecord, 'id'>

const REMINDERS_CHANGED: Change = { kind: 'data', domain: 'reminders' }

interface BreakRow {
  id: string
  kind: BreakRecord['kind']
  occurred_at: number
  duration_ms: number
  sitting_before_ms: number
}

function fromRow(r: BreakRow): BreakRecord {
  return {
    id: r.id,
    kind: r.kind,
    occurredAt: r.occurred_at,
    durationMs: r.duration_ms,
    sittingBeforeMs: r.sitting_before_ms,
  }
}

const INSERT_BREAK = `INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms)
  VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
const INSERT_SPAN = `INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)
  ON CONFLICT (id) DO NOTHING`

/**
 * Break outcomes and sitting stretches: the only code that writes them. Each commit is
 * announced as `{ kind: 'data', domain: 'reminders' }`.
 */
export class BreakRepository {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  private addBreak(b: BreakRecord): boolean {
    const row = [
      b.id,
      b.kind,
      b.occurredAt,
      Math.round(b.durationMs),
      Math.round(b.sittingBeforeMs),
    ]
    return this.sql.get(INSERT_BREAK).run(...row).changes > 0
  }

  private addSpan(s: SittingSpanRecord): boolean {
    return this.sql.get(INSERT_SPAN).run(s.id, s.startedAt, s.endedAt).changes > 0
  }

  /** One step's records land together or not at all, each under a new global id. */
  write(breaks: readonly NewBreak[], spans: readonly SittingSpan[]): void {
    if (breaks.length === 0 && spans.length === 0) return
    commitChange(this.sql.db, this.changes, () => {
      for (const b of breaks) this.addBreak({ id: randomUUID(), ...b })
      for (const s of spans) this.addSpan({ id: randomUUID(), ...s })
      return { result: null, change: REMINDERS_CHANGED }
    })
  }

  breaksBetween(from: number, to: number): BreakRecord[] {
    const rows = this.sql
      .get(
        `SELECT id, kind, occurred_at, duration_ms, sitting_before_ms FROM break_events
         WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at`,
      )
      .all(from, to) as unknown as BreakRow[]
    return rows.map(fromRow)
  }

  /**
   * Stretches overlapping [from, to), clipped to it. The unary pluses keep SQLite on the end
   * index: windows are recent, so "ended after from" is a few rows, while the start index
   * (011, for Insights) would walk every stretch since the first to save a small sort
   * (0.02 ms against 12 ms for a day of a 60,000-stretch table).
   */
  spansBetween(from: number, to: number): SittingSpan[] {
    const rows = this.sql
      .get(
        `SELECT started_at, ended_at FROM sitting_spans
         WHERE ended_at > ? AND +started_at < ? ORDER BY +started_at`,
      )
      .all(from, to) as unknown as { started_at: number; ended_at: number }[]
    return rows.map((r) => ({
      startedAt: Math.max(from, r.started_at),
      endedAt: Math.min(to, r.ended_at),
    }))
  }

  /** Every break, oldest first (the export). */
  allBreaks(): BreakRecord[] {
    const rows = this.sql
      .get(
        `SELECT id, kind, occurred_at, duration_ms, sitting_before_ms FROM break_events
         ORDER BY occurred_at, id`,
      )
      .all() as unknown as BreakRow[]
    return rows.map(fromRow)
  }

  /** Every sitting stretch, oldest first (the export). */
  allSpans(): SittingSpanRecord[] {
    const rows = this.sql
      .get('SELECT id, started_at, ended_at FROM sitting_spans ORDER BY started_at, id')
      .all() as unknown as { id: string; started_at: number; ended_at: number }[]
    return rows.map((r) => ({ id: r.id, startedAt: r.started_at, endedAt: r.ended_at }))
  }

  existingBreaks(ids: readonly string[]): Set<string> {
    return existingIds(this.sql, 'break_events', ids)
  }

  existingSpans(ids: readonly string[]): Set<string> {
    return existingIds(this.sql, 'sitting_spans', ids)
  }

  /** Adds the breaks and stretches whose id is not stored yet (an import); joins its transaction. */
  insertMissing(breaks: readonly BreakRecord[], spans: readonly SittingSpanRecord[]): number {
    return commitChange(this.sql.db, this.changes, () => {
      let added = 0
      for (const b of breaks) if (this.addBreak(b)) added++
      for (const s of spans) if (this.addSpan(s)) added++
      return { result: added, change: added > 0 ? REMINDERS_CHANGED : null }
    })
  }
}
