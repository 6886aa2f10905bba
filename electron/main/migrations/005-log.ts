import type { Migration } from './migration'

/**
 * Indexes that let Insights aggregate in SQL without touching the table rows: one covers the
 * daily average (time, offset, value), one pairs before/after ratings of a practice session.
 */
export const logExtrasMigration: Migration = {
  version: 5,
  name: 'log extras',
  up(db) {
    db.exec(`
      CREATE INDEX ratings_by_day ON ratings (taken_at, utc_offset_min, value);
      CREATE INDEX ratings_by_session_phase ON ratings (session_id, phase, taken_at, value)
        WHERE session_id IS NOT NULL;
      DROP INDEX ratings_by_session;
    `)
  },
}
