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

/** Work to run once the transaction under way commits, keyed so the same news goes out once. */
const afterCommitQueue = new WeakMap<Database, Map<string, () => void>>()

/**
 * Runs `work` inside one transaction: all of it is written, or none of it. Called while a
 * transaction is already open (an import writing through several repositories), it joins that
 * one, so the outermost caller decides when everything commits.
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  if (afterCommitQueue.has(db)) return work()
  db.exec('BEGIN IMMEDIATE')
  const queue = new Map<string, () => void>()
  afterCommitQueue.set(db, queue)
  let result: T
  try {
    result = work()
    db.exec('COMMIT')
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK')
    throw error
  } finally {
    afterCommitQueue.delete(db)
  }
  for (const run of queue.values()) run()
  return result
}

/**
 * Runs `run` after the transaction under way commits (never if it rolls back), once per `key`;
 * outside a transaction it runs at once.
 */
export function afterCommit(db: Database, key: string, run: () => void): void {
  const queue = afterCommitQueue.get(db)
  if (!queue) run()
  else if (!queue.has(key)) queue.set(key, run)
}

export function userVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined
  return row?.user_version ?? 0
}
