import type { Database } from '../db/sqlite'
import type { ChangeBus } from './change-bus'

export interface ErrorLog {
  error(message: string, error: unknown): void
}

/**
 * What every feature is built from: the database, the clock, the change bus, a log. Each
 * feature folder exports one create<X>Feature(deps) returning its handlers and its services.
 */
export interface FeatureDeps {
  db: Database
  now: () => number
  changes: ChangeBus
  log: ErrorLog
}
