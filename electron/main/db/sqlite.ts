import { DatabaseSync } from 'node:sqlite'

export type Database = DatabaseSync

/** Opens a file without writing to it, so a file that turns out not to be ours is left as it was. */
export function openSqliteReadOnlyChecks(file: string): Database {
  const db = new DatabaseSync(file)
  db.exec('PRAGMA busy_timeout = 2000')
  return db
}

/** Switches an opened Loosen database to the journal and durability it is used with. */
export function configureForUse(db: Database): void {
  db.exec('PRAGMA journal_mode = WAL')
  // FULL makes each commit durable before the call returns: a rating the user saw saved stays saved.
  db.exec('PRAGMA synchronous = FULL')
  db.exec('PRAGMA foreign_keys = ON')
}

export function openSqlite(file: string): Database {
  const db = openSqliteReadOnlyChecks(file)
  configureForUse(db)
  return db
}

/** Runs `work` inside one transaction: all of it is written, or none of it. */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK')
    throw error
  }
}

export function userVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined
  return row?.user_version ?? 0
}
