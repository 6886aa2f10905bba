import type { Migration } from './migration'

/**
 * Break records (the Insights feature reads break_events and sitting_spans as they are here),
 * the pause that must survive a restart, and which daily reminders already fired on which day.
 */
export const remindersMigration: Migration = {
  version: 4,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE break_events (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('taken', 'natural', 'snoozed', 'skipped')),
        occurred_at INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        sitting_before_ms INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX break_events_by_time ON break_events (occurred_at);
      CREATE TABLE sitting_spans (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sitting_spans_by_end ON sitting_spans (ended_at);
      CREATE TABLE reminder_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE daily_reminder_log (
        reminder_id TEXT NOT NULL,
        local_date TEXT NOT NULL,
        occurrence_at INTEGER NOT NULL,
        delivered INTEGER NOT NULL CHECK (delivered IN (0, 1)),
        PRIMARY KEY (reminder_id, local_date)
      ) STRICT;
    `)
  },
}
