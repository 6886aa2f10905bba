import type { Migration } from './migration'

/**
 * Sitting stretches by their start. The Reminders reports read a range ordered by start, and
 * Insights filters by start and asks for the earliest one; with only the end index (004) those
 * were a full scan of the table or a sort of every match.
 */
export const sittingSpansByStartMigration: Migration = {
  version: 11,
  name: 'sitting-spans-by-start',
  up(db) {
    db.exec('CREATE INDEX IF NOT EXISTS sitting_spans_by_start ON sitting_spans (started_at)')
  },
}
