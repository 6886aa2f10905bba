import { CheckinsRepository } from '../checkins/checkins-repository'
import { UNHEARD, type ChangePublisher } from '../core/change-bus'
import type { Database } from '../db/sqlite'
import { RatingsRepository } from '../log/ratings-repository'
import { CustomPracticesRepository } from '../practice/custom-repository'
import { SessionsRepository } from '../practice/sessions-repository'
import { StopReasonsRepository } from '../practice/stop-reasons-repository'
import { BreakRepository } from '../reminders/break-repository'
import { SettingsStore } from '../settings/settings-store'

/**
 * The repositories that own each kind of record. Export reads through them and import writes
 * through them, so a record is stored by the same code whether the app or a file made it.
 */
export interface RecordStores {
  ratings: RatingsRepository
  sessions: SessionsRepository
  custom: CustomPracticesRepository
  breaks: BreakRepository
  checkins: CheckinsRepository
  stops: StopReasonsRepository
  settings: SettingsStore
}

/** The stores on their own, outside the app (tests, tools): they publish to nobody unless told. */
export function recordStoresFor(
  db: Database,
  now: () => number,
  changes: ChangePublisher = UNHEARD,
): RecordStores {
  return {
    ratings: new RatingsRepository(db, now, changes),
    sessions: new SessionsRepository(db, now, changes),
    custom: new CustomPracticesRepository(db, now, changes),
    breaks: new BreakRepository(db, changes),
    checkins: new CheckinsRepository(db, now, changes),
    stops: new StopReasonsRepository(db, now, changes),
    settings: new SettingsStore(db, now, changes),
  }
}
