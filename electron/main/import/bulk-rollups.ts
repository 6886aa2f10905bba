import type { Database } from '../db/sqlite'
import { ROLLUP_BACKFILL } from '../migrations/009-insight-rollups-sql'

/** Below this many new records the triggers keep the rollups row by row, as for any write. */
export const BULK_ROLLUP_MIN = 5_000

const ROLLUP_TABLES = ['rollup_rating_days', 'rollup_region_days', 'rollup_practice_days']

/**
 * A big import into a smaller history: the rollups (migration 009) are added up once from all
 * the rows after the inserts, instead of by triggers for each row (a session-linked rating
 * recomputes its whole practice bucket; together about half of a 100k import's writing). The
 * triggers are dropped and put back exactly as stored, inside the import's own transaction,
 * so a cancel, failure or quit rolls all of it back and no other write ever sees them missing
 * (the import holds the write lock until it commits). Worth it only when the import is at
 * least as big as what is already there, since the recount reads everything.
 */
export function withBulkRollups<T>(db: Database, adding: number, work: () => T): T {
  if (!db.isTransaction) throw new Error('The rollups are rebuilt only inside the import.')
  if (adding < BULK_ROLLUP_MIN || adding < existingRows(db)) return work()
  const triggers = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'trigger' AND name LIKE 'rollup\\_%' ESCAPE '\\' ORDER BY rowid`,
    )
    .all() as { name: string; sql: string }[]
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`)
  const result = work()
  for (const table of ROLLUP_TABLES) db.exec(`DELETE FROM ${table}`)
  db.exec(ROLLUP_BACKFILL)
  for (const { sql } of triggers) db.exec(sql)
  return result
}

function existingRows(db: Database): number {
  const row = db
    .prepare(
      'SELECT (SELECT count(*) FROM ratings) + (SELECT count(*) FROM practice_sessions) AS n',
    )
    .get() as { n: number }
  return row.n
}
