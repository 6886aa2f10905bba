import { join } from 'node:path'
import { migrate } from '../../../electron/main/db/migrate'
import { openSqlite, type Database } from '../../../electron/main/db/sqlite'
import { migrations } from '../../../electron/main/migrations'

/**
 * A migrated database in a temp folder. The break and sitting tables belong to the reminders
 * feature; until its migration exists they are created here with the agreed shape, so the log's
 * tests do not depend on another feature's progress.
 */
export function openLogTestDb(folder: string): Database {
  const file = join(folder, 'loosen.db')
  const db = openSqlite(file)
  migrate(db, file, migrations, () => 'test')
  db.exec(`
    CREATE TABLE IF NOT EXISTS practice_sessions (
      id TEXT PRIMARY KEY, practice_id TEXT NOT NULL, practice_title TEXT NOT NULL,
      planned_ms INTEGER, actual_ms INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('completed','stopped')),
      started_at INTEGER NOT NULL, ended_at INTEGER NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS custom_practices (
      id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('breathing','timer')),
      name TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS break_events (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('taken','natural','snoozed','skipped')),
      occurred_at INTEGER NOT NULL, duration_ms INTEGER NOT NULL DEFAULT 0,
      sitting_before_ms INTEGER NOT NULL DEFAULT 0) STRICT;
    CREATE TABLE IF NOT EXISTS sitting_spans (
      id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, ended_at INTEGER NOT NULL) STRICT;
  `)
  return db
}

export class FakeClock {
  constructor(public current: number) {}
  now = (): number => this.current
}

export const NOW = Date.parse('2026-11-23T12:00:00Z')
export const HOUR = 3_600_000
export const DAY = 86_400_000

export function addSession(
  db: Database,
  s: { id: string; practiceId: string; title?: string; startedAt: number; ms?: number },
): void {
  db.prepare(
    `INSERT INTO practice_sessions (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
     VALUES (?, ?, ?, NULL, ?, 'completed', ?, ?)`,
  ).run(
    s.id,
    s.practiceId,
    s.title ?? s.practiceId,
    s.ms ?? 300_000,
    s.startedAt,
    s.startedAt + (s.ms ?? 300_000),
  )
}
