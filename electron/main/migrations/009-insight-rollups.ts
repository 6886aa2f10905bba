import { ROLLUP_BACKFILL, ROLLUP_TABLES, ROLLUP_TRIGGERS } from './009-insight-rollups-sql'
import type { Migration } from './migration'

/**
 * Insights from rollups: self-ratings per local day and kind (everyday check-in, before or
 * after a practice), body-map regions per local day, and practice sessions with their
 * before/after pairs per practice and UTC day. Any range then reads a few thousand rows at
 * most, however long the history. Triggers keep them in step with every write in the same
 * transaction; the backfill fills them from the rows already there (migrate() has written its
 * one copy of the file before the first step of an upgrade).
 */
export const insightRollupsMigration: Migration = {
  version: 9,
  name: 'insight rollups',
  up(db) {
    db.exec(ROLLUP_TABLES)
    db.exec(ROLLUP_BACKFILL)
    db.exec(ROLLUP_TRIGGERS)
  },
}
