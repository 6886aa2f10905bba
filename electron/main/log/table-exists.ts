import type { Database } from '../db/sqlite'

/**
 * Practice sessions and break records belong to other features and may not exist in every
 * database; the log asks before it reads them instead of failing.
 */
export function tableExists(db: Database, name: string): boolean {
  const row = db
    .prepare("SELECT 1 AS found FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .get(name)
  return row !== undefined
}
