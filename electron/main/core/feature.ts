import type { Database } from '../db/sqlite'
import type { Handlers } from '../ipc/dispatch'
import type { ChangeBus } from './change-bus'

/** What every feature is built from: the database, the clock, the change bus, a log. */
export interface FeatureDeps {
  db: Database
  now: () => number
  changes: ChangeBus
  log: ErrorLog
}

/** A feature hands createMainServices its IPC handlers, and may need closing before the database. */
export interface Feature {
  handlers: Partial<Handlers>
  close?(): void
}

export interface ErrorLog {
  error(message: string, error: unknown): void
}
