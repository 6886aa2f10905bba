import { legacySpanNamer } from './legacy-span-id'
import type { Migration } from './migration'

/**
 * Every record gets an id that means the same record on every computer. Ratings, sessions,
 * practices and breaks already carry UUIDs; sitting periods had a local row number, so an
 * import from another computer took its period 1 for this one's. The table is rebuilt with a
 * text id, and each existing row keeps its times under an id made from them (legacy-span-id.ts).
 * migrate() writes a copy of the database before this runs, as before every migration.
 */
export const globalIdsMigration: Migration = {
  version: 6,
  name: 'global ids',
  up(db) {
    const rows = db
      .prepare('SELECT started_at, ended_at FROM sitting_spans ORDER BY id')
      .all() as unknown as { started_at: number; ended_at: number }[]
    db.exec(`
      CREATE TABLE sitting_spans_v6 (
        id TEXT PRIMARY KEY NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL
      ) STRICT;
    `)
    const name = legacySpanNamer()
    const insert = db.prepare(
      'INSERT INTO sitting_spans_v6 (id, started_at, ended_at) VALUES (?, ?, ?)',
    )
    for (const row of rows) {
      const id = name({ startedAt: row.started_at, endedAt: row.ended_at })
      insert.run(id, row.started_at, row.ended_at)
    }
    db.exec(`
      DROP TABLE sitting_spans;
      ALTER TABLE sitting_spans_v6 RENAME TO sitting_spans;
      CREATE INDEX sitting_spans_by_end ON sitting_spans (ended_at);
    `)
  },
}
