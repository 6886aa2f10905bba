import type { Migration } from './migration'

/**
 * Indexes that let Insights aggregate in SQL without touching the table rows. One is on the
 * local day itself, so the daily average reads the index in order with no sort; the other finds
 * the before and after ratings of a practice session with one seek each.
 */
export const logExtrasMigration: Migration = {
  version: 5,
  name: 'log extras',
  up(db) {
    db.exec(`
      CREATE INDEX ratings_by_local_day
        ON ratings ((taken_at + utc_offset_min * 60000) / 86400000, value);
      CREATE INDEX ratings_by_session_phase ON ratings (session_id, phase, taken_at, value)
        WHERE session_id IS NOT NULL;
      DROP INDEX ratings_by_session;
    `)
  },
}
