import { join } from 'node:path'
import { migrate } from '../../../electron/main/db/migrate'
import { openSqlite, type Database } from '../../../electron/main/db/sqlite'
import { migrations } from '../../../electron/main/migrations'

/** A migrated database in a temp folder. */
export function openLogTestDb(folder: string): Database {
  const file = join(folder, 'loosen.db')
  const db = openSqlite(file)
  migrate(db, file, migrations, () => 'test')
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
