import { phrase } from '../../shared/text/phrase'
import { randomUUID } from 'node:crypto'
import { globalChangeLabel } from '../../shared/checkins/global-change'
import { pegScore } from '../../shared/checkins/peg'
import type { Instrument } from '../../shared/checkins/schedule'
import type { AnswerCheckinInput, Checkin, CheckinSnapshot } from '../../shared/checkins/schema'
import { systemOffsetMin } from '../../shared/log/iso-time'
import { ApiFailure } from '../core/api-failure'
import { UNHEARD, type Change, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { existingIds } from '../db/existing-ids'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

const FUTURE_TOLERANCE_MS = 60_000
const CHECKINS_CHANGED: Change = { kind: 'data', domain: 'checkins' }

interface CheckinRow {
  id: string
  instrument: Instrument
  status: 'answered' | 'skipped'
  taken_at: number
  utc_offset_min: number
  answers: string
}

function scoreOf(instrument: Instrument, answers: number[]): number {
  if (instrument === 'peg') return pegScore(answers)
  const value = answers[0] ?? 0
  globalChangeLabel(value)
  return value
}

function fromRow(row: CheckinRow): Checkin {
  const answers = JSON.parse(row.answers) as number[]
  return {
    id: row.id,
    instrument: row.instrument,
    status: row.status,
    takenAt: row.taken_at,
    utcOffsetMin: row.utc_offset_min,
    answers,
    score: row.status === 'answered' ? scoreOf(row.instrument, answers) : null,
  }
}

const COLUMNS = 'id, instrument, status, taken_at, utc_offset_min, answers'

function toRow(c: CheckinSnapshot): CheckinRow {
  return {
    id: c.id,
    instrument: c.instrument,
    status: c.status,
    taken_at: c.takenAt,
    utc_offset_min: c.utcOffsetMin,
    answers: JSON.stringify(c.answers),
  }
}

/** The check-ins: the only code that writes them; each commit is announced as 'checkins'. */
export class CheckinsRepository {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly now: () => number,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  private put(checkin: CheckinSnapshot, onConflict = ''): boolean {
    const result = this.sql
      .get(
        `INSERT INTO checkins (${COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ${onConflict}`,
      )
      .run(
        checkin.id,
        checkin.instrument,
        checkin.status,
        checkin.takenAt,
        checkin.utcOffsetMin,
        JSON.stringify(checkin.answers),
        this.now(),
      )
    return result.changes > 0
  }

  private insert(checkin: Checkin): Checkin {
    return commitChange(this.sql.db, this.changes, () => {
      this.put(checkin)
      return { result: checkin, change: CHECKINS_CHANGED }
    })
  }

  /** A check-in from a backup, as it was: refused like a new answer when dated in the future. */
  restore(snapshot: CheckinSnapshot): Checkin {
    if (snapshot.takenAt > this.now() + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure(
        'invalid_input',
        phrase('main.refusal.checkins.checkDatedFuture'),
        'takenAt',
      )
    }
    return commitChange(this.sql.db, this.changes, () => {
      if (!this.put(snapshot, 'ON CONFLICT (id) DO NOTHING')) {
        throw new ApiFailure('conflict', phrase('main.refusal.checkins.checkAlreadyThere'), 'id')
      }
      return { result: fromRow(toRow(snapshot)), change: CHECKINS_CHANGED }
    })
  }

  /** Every check-in, oldest first (the export); the score is left out, as it is derived. */
  all(): CheckinSnapshot[] {
    return this.list().map(({ score: _score, ...rest }) => rest)
  }

  existing(ids: readonly string[]): Set<string> {
    return existingIds(this.sql, 'checkins', ids)
  }

  /** Adds the check-ins whose id is not stored yet, as given (an import); joins its transaction. */
  insertMissing(checkins: readonly CheckinSnapshot[]): number {
    return commitChange(this.sql.db, this.changes, () => {
      let added = 0
      for (const c of checkins) if (this.put(c, 'ON CONFLICT (id) DO NOTHING')) added++
      return { result: added, change: added > 0 ? CHECKINS_CHANGED : null }
    })
  }

  answer(input: AnswerCheckinInput): Checkin {
    const takenAt = input.takenAt ?? this.now()
    if (takenAt > this.now() + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure(
        'invalid_input',
        phrase('main.refusal.checkins.checkDatedFuture'),
        'takenAt',
      )
    }
    const answers = [...input.answers]
    return this.insert({
      id: randomUUID(),
      instrument: input.instrument,
      status: 'answered',
      takenAt,
      utcOffsetMin: systemOffsetMin(takenAt),
      answers,
      score: scoreOf(input.instrument, answers),
    })
  }

  /** A skipped check-in is remembered so it is not offered again until its next interval. */
  skip(instrument: Instrument): Checkin {
    const takenAt = this.now()
    return this.insert({
      id: randomUUID(),
      instrument,
      status: 'skipped',
      takenAt,
      utcOffsetMin: systemOffsetMin(takenAt),
      answers: [],
      score: null,
    })
  }

  delete(id: string): void {
    commitChange(this.sql.db, this.changes, () => {
      const result = this.sql.get('DELETE FROM checkins WHERE id = ?').run(id)
      if (result.changes === 0) {
        throw new ApiFailure('not_found', phrase('main.refusal.checkins.checkNoLongerThere'))
      }
      return { result: undefined, change: CHECKINS_CHANGED }
    })
  }

  /** Check-ins taken in [from, to], oldest first (all when no bounds are given). */
  list(from = 0, to = Number.MAX_SAFE_INTEGER): Checkin[] {
    const rows = this.sql
      .get(`SELECT ${COLUMNS} FROM checkins WHERE taken_at BETWEEN ? AND ? ORDER BY taken_at, id`)
      .all(from, to) as unknown as CheckinRow[]
    return rows.map(fromRow)
  }
}
