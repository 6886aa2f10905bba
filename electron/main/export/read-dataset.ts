import type { Database } from '../db/sqlite'
import type { RecordStores } from '../transfer/record-stores'
import type { Dataset } from './dataset'

/** Reads every record through its repository in one read transaction: a consistent snapshot. */
export function readDataset(db: Database, stores: RecordStores): Dataset {
  db.exec('BEGIN')
  try {
    return {
      ratings: stores.ratings.all(),
      practiceSessions: stores.sessions.all(),
      customPractices: stores.custom.all(),
      breaks: stores.breaks.allBreaks(),
      sittingSpans: stores.breaks.allSpans(),
      checkins: stores.checkins.all(),
      stopReasons: stores.stops.all(),
      settings: stores.settings.read(),
    }
  } finally {
    db.exec('COMMIT')
  }
}
