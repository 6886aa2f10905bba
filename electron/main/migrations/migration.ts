import type { Database } from '../db/sqlite'

export interface Migration {
  /** Numbers run in ascending order and are stored in `PRAGMA user_version`. */
  version: number
  name: string
  up(db: Database): void
}
