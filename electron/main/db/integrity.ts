import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import type { Database } from './sqlite'

/**
 * Up to this size the full check runs at open (a few tens of milliseconds); a bigger file is
 * checked in the background after start instead, so start-up does not grow with the history.
 */
export const INLINE_CHECK_MAX_BYTES = 16 * 1024 * 1024

/** Databases opened without their full check, which the background check still owes. */
const owed = new WeakSet<Database>()

export function oweBackgroundCheck(db: Database): void {
  owed.add(db)
}

/** True once for a database whose full check was left for the background. */
export function takeBackgroundCheck(db: Database): boolean {
  const due = owed.has(db)
  owed.delete(db)
  return due
}

/** Left beside the file by a background check that failed; the next start moves the file aside. */
export function damageMarker(file: string): string {
  return `${file}.failed-check`
}

/**
 * Whether the last run ended without closing the database: in WAL mode the last connection to
 * close removes the -wal file, so one left behind means a crash, a kill or a power cut. Only
 * then is the full check worth its time on the way to the first window.
 */
export function endedUncleanly(file: string): boolean {
  return existsSync(`${file}-wal`)
}

/**
 * Cheap checks that touch only the header and the file's length: a file shorter than the pages
 * its header counts has lost its end. A WAL beside it may hold the missing pages, so then
 * the full check decides instead.
 */
export function looksTruncated(db: Database, file: string, unclean: boolean): boolean {
  if (file === ':memory:' || !existsSync(file) || unclean) return false
  const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count
  const size = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size
  return statSync(file).size < pages * size
}

/** SQLite's quick_check: every page read, off the critical path. True when the file is sound. */
export function quickCheck(db: Database): boolean {
  const row = db.prepare('PRAGMA quick_check').get() as { quick_check: string } | undefined
  return row?.quick_check === 'ok'
}

/**
 * The check run after start (in the transfer worker, on a read-only connection of its own). A
 * damaged file cannot be swapped under the running app, so it is marked, and the next start
 * moves it aside as it does a file found damaged at open. Returns whether the file is sound;
 * a file that is gone or cannot be opened is no finding.
 */
export function checkInBackground(file: string): boolean {
  if (!existsSync(file)) return true
  let db: DatabaseSync
  try {
    db = new DatabaseSync(file, { readOnly: true })
  } catch {
    return true
  }
  try {
    db.exec('PRAGMA busy_timeout = 2000')
    const sound = quickCheck(db)
    if (!sound) writeFileSync(damageMarker(file), 'quick_check failed\n')
    return sound
  } catch {
    // A read that fails half-way is damage too (SQLITE_CORRUPT is thrown, not reported).
    writeFileSync(damageMarker(file), 'quick_check could not finish\n')
    return false
  } finally {
    db.close()
  }
}

/** Called once the marked file was moved aside, so the fresh one is not taken for damaged. */
export function clearDamageMarker(file: string): void {
  rmSync(damageMarker(file), { force: true })
}
