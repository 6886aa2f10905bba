import type { Migration } from './migration'

/**
 * Check-ins: short questionnaires (PEG, a global impression of change), answered or skipped.
 * The answers are a JSON array of whole numbers; the score is computed from them when read.
 */
export const checkinsMigration: Migration = {
  version: 8,
  name: 'checkins',
  up(db) {
    db.exec(`
      CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        instrument TEXT NOT NULL CHECK (instrument IN ('peg', 'global-change')),
        status TEXT NOT NULL CHECK (status IN ('answered', 'skipped')),
        taken_at INTEGER NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX checkins_by_time ON checkins (taken_at);
    `)
  },
}
