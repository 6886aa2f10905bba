import type { Migration } from './migration'

export const practiceMigration: Migration = {
  version: 3,
  name: 'practice',
  up(db) {
    db.exec(`
      CREATE TABLE practice_sessions (
        id TEXT PRIMARY KEY,
        practice_id TEXT NOT NULL,
        practice_title TEXT NOT NULL,
        planned_ms INTEGER,
        actual_ms INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('completed', 'stopped')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX practice_sessions_by_start ON practice_sessions (started_at);
      CREATE TABLE custom_practices (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('breathing', 'timer')),
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
