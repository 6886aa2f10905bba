import type { Migration } from './migration'

/**
 * Two more kinds of reminder record: 'not-taken' (a break started but the user was not away
 * long enough for it to count) and 'prompt' (a due reminder shown, so the Reminders screen can
 * tell how often one was followed by a break). SQLite cannot change a CHECK in place, so the
 * table is rebuilt with the same columns in the same order; every row keeps its id and values.
 */
export const breakOutcomesMigration: Migration = {
  version: 7,
  name: 'break outcomes',
  up(db) {
    db.exec(`
      CREATE TABLE break_events_v7 (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (
          kind IN ('taken', 'natural', 'snoozed', 'skipped', 'not-taken', 'prompt')
        ),
        occurred_at INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        sitting_before_ms INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO break_events_v7 (id, kind, occurred_at, duration_ms, sitting_before_ms)
        SELECT id, kind, occurred_at, duration_ms, sitting_before_ms FROM break_events;
      DROP TABLE break_events;
      ALTER TABLE break_events_v7 RENAME TO break_events;
      CREATE INDEX break_events_by_time ON break_events (occurred_at);
    `)
  },
}
