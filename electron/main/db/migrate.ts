import { existsSync } from 'node:fs'
import type { Migration } from '../migrations/migration'
import { inTransaction, userVersion, type Database } from './sqlite'

export interface MigrationReport {
  from: number
  to: number
  backups: string[]
}

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The data was written by a newer version of Loosen (schema ${found}, this app knows ${supported}).`,
    )
  }
}

function hasUserData(db: Database): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number
  }
  return row.n > 0
}

/**
 * Brings the schema up to date one numbered step at a time. Before the first step on a
 * database that already holds tables, a consistent copy is written next to it (VACUUM INTO),
 * once per upgrade, so a failed or faulty migration can always be undone by hand.
 */
export function migrate(
  db: Database,
  file: string,
  list: readonly Migration[],
  stamp: () => string,
): MigrationReport {
  const sorted = [...list].sort((a, b) => a.version - b.version)
  const latest = sorted.at(-1)?.version ?? 0
  const from = userVersion(db)
  if (from > latest) throw new NewerSchemaError(from, latest)
  const backups: string[] = []
  // A database that started empty has nothing to lose, so its first migrations need no copy.
  const startedWithData = hasUserData(db)
  for (const migration of sorted) {
    if (migration.version <= userVersion(db)) continue
    // One copy per upgrade, of the file as it was: the steps after the first add nothing a
    // person would want back, and each copy of a big history costs seconds and its size on disk.
    if (file !== ':memory:' && startedWithData && backups.length === 0) {
      const backup = `${file}.before-v${migration.version}-${stamp()}.bak`
      if (!existsSync(backup)) {
        db.prepare('VACUUM INTO ?').run(backup)
        backups.push(backup)
      }
    }
    inTransaction(db, () => {
      migration.up(db)
      db.exec(`PRAGMA user_version = ${migration.version}`)
    })
  }
  return { from, to: userVersion(db), backups }
}
