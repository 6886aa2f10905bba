import type { Phrase } from '../../shared/text/phrase'
import { DatabaseSync } from 'node:sqlite'
import type { CheckinSnapshot } from '../../shared/checkins/schema'
import type { Rating } from '../../shared/contract/log'
import type { RecordSessionInput } from '../../shared/practice/session-schema'
import type { SaveCustomInput } from '../../shared/practice/custom-schema'
import type { RecordStopReasonInput } from '../../shared/practice/stop-reason'
import { CheckinsRepository } from '../checkins/checkins-repository'
import { ApiFailure } from '../core/api-failure'
import { migrate } from '../db/migrate'
import { inTransaction, type Database } from '../db/sqlite'
import { RatingsRepository } from '../log/ratings-repository'
import { migrations } from '../migrations'
import { CustomPracticesRepository } from '../practice/custom-repository'
import { SessionsRepository } from '../practice/sessions-repository'
import { StopReasonsRepository } from '../practice/stop-reasons-repository'

export interface Refusal {
  message: string
  field?: string
  /** The repository's refusal as a phrase, when it gave one. */
  phrase?: Phrase
}

/**
 * The app's own repositories on a throw-away in-memory database. An imported record is saved
 * here the way the app would save it, so whatever the app refuses (a rating in the future, a
 * session longer than its span, one practice too many) the import refuses with the same words,
 * without listing those rules a second time. The user's data is never touched, and nobody
 * hears of these writes: the repositories here publish to no bus.
 */
export class ApiReplay {
  private readonly scratch: Database
  private readonly ratings: RatingsRepository
  private readonly sessions: SessionsRepository
  private readonly custom: CustomPracticesRepository
  private readonly checkins: CheckinsRepository
  private readonly stops: StopReasonsRepository

  /**
   * `customCount`: how many own practices the user already has (limits count them);
   * `sessionStored`: whether the user's own data holds a practice session.
   */
  constructor(
    now: number,
    customCount: number,
    private readonly sessionStored: (id: string) => boolean = () => false,
  ) {
    this.scratch = new DatabaseSync(':memory:')
    migrate(this.scratch, ':memory:', migrations, () => 'import-check')
    dropRollupTriggers(this.scratch)
    const clock = () => now
    this.ratings = new RatingsRepository(this.scratch, clock)
    this.sessions = new SessionsRepository(this.scratch, clock)
    this.custom = new CustomPracticesRepository(this.scratch, clock)
    this.checkins = new CheckinsRepository(this.scratch, clock)
    this.stops = new StopReasonsRepository(this.scratch, clock)
    this.standInFor(customCount)
  }

  /** Stand-ins for the user's own practices, so "one too many" is judged as in the app. */
  private standInFor(customCount: number): void {
    const insert = this.scratch.prepare(
      `INSERT INTO custom_practices (id, kind, name, body, created_at, updated_at)
       VALUES (?, 'timer', 'existing', '{}', 0, 0)`,
    )
    for (let i = 0; i < customCount; i++) insert.run(`existing-${i}`)
  }

  /**
   * Runs a whole check in one transaction of the scratch database: each record then joins it
   * instead of committing on its own (a commit per record was most of an import's time), and a
   * refused record is undone by its savepoint alone (see refusal below).
   */
  all<T>(work: () => T): T {
    return inTransaction(this.scratch, work)
  }

  /**
   * A rating is undone once judged: no later record of a file depends on one (sessions, stop
   * reasons and practices do not look at ratings; a repeated id is caught before the replay),
   * so the scratch database does not grow with a big file's ratings.
   */
  rating(snapshot: Rating): Refusal | null {
    return refusal(this.scratch, () => this.ratings.restore(snapshot), false)
  }

  session(input: RecordSessionInput): Refusal | null {
    return refusal(this.scratch, () => this.sessions.record(input))
  }

  /** A new practice: the id is the file's, so it is saved here without one (the count matters). */
  customPractice(input: SaveCustomInput): Refusal | null {
    const { id: _id, ...rest } = input
    return refusal(this.scratch, () =>
      this.custom.save(rest as Parameters<CustomPracticesRepository['save']>[0]),
    )
  }

  checkin(snapshot: CheckinSnapshot): Refusal | null {
    return refusal(this.scratch, () => this.checkins.restore(snapshot))
  }

  /**
   * A stop reason needs its session: one of the file's (replayed here before) or one the user
   * already has, which gets a stand-in here so the repository finds it.
   */
  stopReason(input: RecordStopReasonInput): Refusal | null {
    const { sessionId } = input
    if (this.sessions.get(sessionId) === null && this.sessionStored(sessionId)) {
      this.scratch
        .prepare(
          `INSERT INTO practice_sessions
             (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
           VALUES (?, 'existing', 'existing', NULL, 0, 'stopped', 0, 0)`,
        )
        .run(sessionId)
    }
    return refusal(this.scratch, () => this.stops.record(input))
  }

  close(): void {
    this.scratch.close()
  }
}

/**
 * The rollups (migration 009) only add up what is written; they judge nothing, so the scratch
 * database goes without them (they cost more than the rest of the check for a rating).
 */
function dropRollupTriggers(db: Database): void {
  const triggers = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup\\_%' ESCAPE '\\'`,
    )
    .all() as { name: string }[]
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`)
}

/**
 * Saves one record; a refusal undoes whatever part of it was written (inside `all`, where the
 * record joins one transaction, its savepoint does that; alone, its own transaction does).
 */
function refusal(db: Database, save: () => unknown, keep = true): Refusal | null {
  const inside = db.isTransaction
  if (inside) db.exec('SAVEPOINT record')
  try {
    save()
    if (inside) db.exec(keep ? 'RELEASE record' : 'ROLLBACK TO record; RELEASE record')
    return null
  } catch (error) {
    if (inside) db.exec('ROLLBACK TO record; RELEASE record')
    if (error instanceof ApiFailure) {
      const out: Refusal = { message: error.message }
      if (error.field !== undefined) out.field = error.field
      if (error.phrase !== undefined) out.phrase = error.phrase
      return out
    }
    throw error
  }
}
