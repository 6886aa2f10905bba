import { TOTALS_BACKFILL, TOTALS_TABLES, TOTALS_TRIGGERS } from './012-insight-totals-sql'
import type { Migration } from './migration'

/**
 * All-time totals per body-map region and per practice, for Insights' "all": summing ten
 * years of day rollups took about 7 ms (33k region rows) and 3 ms (18k practice rows) of every
 * request at 1M ratings; the totals are a row per region or practice. Triggers on 009's day
 * rollups keep them in the same transaction as every write; the backfill adds up the day rows
 * already there (migrate() has written its one copy of the file before the first step of an
 * upgrade).
 */
export const insightTotalsMigration: Migration = {
  version: 12,
  name: 'insight totals',
  up(db) {
    db.exec(TOTALS_TABLES)
    db.exec(TOTALS_BACKFILL)
    db.exec(TOTALS_TRIGGERS)
  },
}
