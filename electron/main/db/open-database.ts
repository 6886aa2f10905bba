import { existsSync, renameSync, statSync } from 'node:fs'
import type { DatabaseRecovery } from '../../shared/contract/app'
import type { Migration } from '../migrations/migration'
import {
  clearDamageMarker,
  damageMarker,
  endedUncleanly,
  INLINE_CHECK_MAX_BYTES,
  looksTruncated,
  oweBackgroundCheck,
  quickCheck,
} from './integrity'
import { migrate, NewerSchemaError, type MigrationReport } from './migrate'
import { configureForUse, openSqliteReadOnlyChecks, userVersion, type Database } from './sqlite'

/** Marks the file as Loosen's own ("LOOS"), so another program's SQLite file is not mistaken for it. */
export const LOOSEN_APPLICATION_ID = 0x4c4f4f53

export interface OpenedDatabase {
  db: Database
  recovery: DatabaseRecovery | null
  migration: MigrationReport
}

class UnreadableDatabaseError extends Error {}

const SQLITE_CORRUPT = 11
const SQLITE_NOTADB = 26

function sqliteCode(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'errcode' in error) {
    const code = error.errcode
    // Extended result codes keep the primary code in the low byte.
    return typeof code === 'number' ? code & 0xff : undefined
  }
  return undefined
}

function isUnreadable(error: unknown): boolean {
  if (error instanceof UnreadableDatabaseError || error instanceof NewerSchemaError) return true
  const code = sqliteCode(error)
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB
}

function reasonFor(error: unknown): string {
  if (error instanceof NewerSchemaError) return error.message
  if (error instanceof UnreadableDatabaseError) return error.message
  return 'The file is damaged or is not a database.'
}

const FAILED_CHECK = 'The database failed its integrity check.'

/**
 * Is this Loosen's file, and whole? Every start reads the header and compares the file's
 * length with it. Reading every page (quick_check, about a second per million ratings) is done
 * here for a small file or after an unclean shutdown; a big file cleanly closed is checked in
 * the background after start (integrity.ts), and the next start acts on its finding.
 */
function checkIdentity(db: Database, file: string, unclean: boolean, inlineMax: number): void {
  if (existsSync(damageMarker(file))) throw new UnreadableDatabaseError(FAILED_CHECK)
  if (looksTruncated(db, file, unclean)) {
    throw new UnreadableDatabaseError(
      'The file is damaged: it is shorter than its own header says.',
    )
  }
  const small = file === ':memory:' || !existsSync(file) || statSync(file).size <= inlineMax
  if (unclean || small) {
    if (!quickCheck(db)) throw new UnreadableDatabaseError(FAILED_CHECK)
  } else {
    oweBackgroundCheck(db)
  }
  const appId = (db.prepare('PRAGMA application_id').get() as { application_id: number })
    .application_id
  const tables = (
    db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number
    }
  ).n
  const isEmpty = tables === 0 && userVersion(db) === 0
  if (isEmpty) {
    db.exec(`PRAGMA application_id = ${LOOSEN_APPLICATION_ID}`)
  } else if (appId !== LOOSEN_APPLICATION_ID) {
    throw new UnreadableDatabaseError('The file belongs to another program, not to Loosen.')
  }
}

function openAndMigrate(
  file: string,
  list: readonly Migration[],
  stamp: () => string,
  inlineMax: number,
): { db: Database; migration: MigrationReport } {
  const unclean = endedUncleanly(file)
  const db = openSqliteReadOnlyChecks(file)
  try {
    checkIdentity(db, file, unclean, inlineMax)
    configureForUse(db)
    return { db, migration: migrate(db, file, list, stamp) }
  } catch (error) {
    db.close()
    throw error
  }
}

function moveAside(file: string, stamp: string): string {
  const target = `${file}.unreadable-${stamp}`
  renameSync(file, target)
  clearDamageMarker(file)
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix)
  }
  return target
}

/** A timestamp that is safe in file names on every platform. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/**
 * Opens Loosen's database. A file that cannot be used (damaged, not a database, another
 * program's, or from a newer Loosen) is moved aside, never deleted, and a fresh database is
 * started; the caller tells the user where the old file went. Other failures (no permission,
 * full disk) are thrown: moving the file would not help and could hide the problem.
 */
export function openDatabase(
  file: string,
  list: readonly Migration[],
  now: () => Date = () => new Date(),
  inlineCheckMaxBytes = INLINE_CHECK_MAX_BYTES,
): OpenedDatabase {
  const stamp = () => fileStamp(now())
  try {
    const opened = openAndMigrate(file, list, stamp, inlineCheckMaxBytes)
    return { ...opened, recovery: null }
  } catch (error) {
    if (!isUnreadable(error) || !existsSync(file)) throw error
    const movedTo = moveAside(file, stamp())
    const opened = openAndMigrate(file, list, stamp, inlineCheckMaxBytes)
    return { ...opened, recovery: { movedTo, reason: reasonFor(error) } }
  }
}
