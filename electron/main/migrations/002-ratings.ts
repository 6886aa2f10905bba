import type { Migration } from './migration'

export const ratingsMigration: Migration = {
  version: 2,
  name: 'ratings',
  up(db) {
    db.exec(`
      CREATE TABLE ratings (
        id TEXT PRIMARY KEY,
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        taken_at INTEGER NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        session_id TEXT,
        phase TEXT CHECK (phase IN ('before', 'after')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX ratings_by_time ON ratings (taken_at);
      CREATE INDEX ratings_by_session ON ratings (session_id) WHERE session_id IS NOT NULL;
      CREATE TABLE rating_regions (
        rating_id TEXT NOT NULL REFERENCES ratings (id) ON DELETE CASCADE,
        region TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (rating_id, region)
      ) STRICT;
      CREATE TABLE rating_tags (
        rating_id TEXT NOT NULL REFERENCES ratings (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (rating_id, tag)
      ) STRICT;
    `)
  },
}
