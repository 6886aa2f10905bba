import { phrase } from '../../shared/text/phrase'
import type { HipRegion } from '../../shared/contract/log'
import type {
  RecordStopReasonInput,
  StopReason,
  StopReasonKind,
} from '../../shared/practice/stop-reason'
import { ApiFailure } from '../core/api-failure'
import { UNHEARD, type Change, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

const PRACTICE_CHANGED: Change = { kind: 'data', domain: 'practice' }

interface StopRow {
  session_id: string
  reason: StopReasonKind
  regions: string
  note: string
  step_index: number
  step_text: string
  movement: number
  recorded_at: number
}

function fromRow(row: StopRow): StopReason {
  return {
    sessionId: row.session_id,
    reason: row.reason,
    regions: JSON.parse(row.regions) as HipRegion[],
    note: row.note,
    stepIndex: row.step_index,
    stepText: row.step_text,
    movement: row.movement === 1,
    recordedAt: row.recorded_at,
  }
}

const INSERT = `INSERT INTO practice_stop_reasons
    (session_id, reason, regions, note, step_index, step_text, movement, recorded_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

/**
 * Why sessions were stopped, when it was pain or discomfort: the only code that writes
 * `practice_stop_reasons`; each commit is announced as 'practice', like the sessions it belongs to.
 */
export class StopReasonsRepository {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly now: () => number,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  private put(stop: StopReason, onConflict: string): boolean {
    const result = this.sql
      .get(`${INSERT} ${onConflict}`)
      .run(
        stop.sessionId,
        stop.reason,
        JSON.stringify(stop.regions),
        stop.note,
        stop.stepIndex,
        stop.stepText,
        stop.movement ? 1 : 0,
        stop.recordedAt,
      )
    return result.changes > 0
  }

  /** Records the answer for a saved session; answering again for the same session replaces it. */
  record(input: RecordStopReasonInput): StopReason {
    return commitChange(this.sql.db, this.changes, () => {
      const session = this.sql
        .get('SELECT 1 AS hit FROM practice_sessions WHERE id = ?')
        .get(input.sessionId)
      if (!session) {
        throw new ApiFailure(
          'not_found',
          phrase('main.refusal.practice.sessionNotSavedSo'),
          'sessionId',
        )
      }
      const stop: StopReason = {
        sessionId: input.sessionId,
        reason: input.reason,
        regions: [...input.regions],
        note: input.note?.trim() ?? '',
        stepIndex: input.stepIndex,
        stepText: input.stepText.trim(),
        movement: input.movement,
        recordedAt: this.now(),
      }
      this.put(
        stop,
        `ON CONFLICT (session_id) DO UPDATE SET
           reason = excluded.reason, regions = excluded.regions, note = excluded.note,
           step_index = excluded.step_index, step_text = excluded.step_text,
           movement = excluded.movement, recorded_at = excluded.recorded_at`,
      )
      return { result: stop, change: PRACTICE_CHANGED }
    })
  }

  get(sessionId: string): StopReason | null {
    const row = this.sql
      .get('SELECT * FROM practice_stop_reasons WHERE session_id = ?')
      .get(sessionId) as StopRow | undefined
    return row ? fromRow(row) : null
  }

  /** Every stop reason, in the order of the sessions they belong to (the export). */
  all(): StopReason[] {
    const rows = this.sql
      .get(
        `SELECT s.* FROM practice_stop_reasons s JOIN practice_sessions p ON p.id = s.session_id
         ORDER BY p.started_at, s.session_id`,
      )
      .all() as unknown as StopRow[]
    return rows.map(fromRow)
  }

  existing(sessionIds: readonly string[]): Set<string> {
    const found = new Set<string>()
    const lookup = this.sql.get('SELECT 1 AS hit FROM practice_stop_reasons WHERE session_id = ?')
    for (const id of sessionIds) if (lookup.get(id)) found.add(id)
    return found
  }

  /**
   * Adds the stop reasons whose session has none yet, as given (an import, after its sessions);
   * joins the import's transaction.
   */
  insertMissing(stops: readonly StopReason[]): number {
    return commitChange(this.sql.db, this.changes, () => {
      let added = 0
      for (const stop of stops) if (this.put(stop, 'ON CONFLICT (session_id) DO NOTHING')) added++
      return { result: added, change: added > 0 ? PRACTICE_CHANGED : null }
    })
  }
}
