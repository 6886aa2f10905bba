import type { Migration } from './migration'

/**
 * Why a practice was stopped, when the person said it was pain or discomfort (an adverse event):
 * at most one per session, with the step it was on and where it was felt. Regions are a JSON
 * array of body-map region names.
 */
export const practiceStopReasonsMigration: Migration = {
  version: 10,
  name: 'practice-stop-reasons',
  up(db) {
    db.exec(`
      CREATE TABLE practice_stop_reasons (
        session_id TEXT PRIMARY KEY REFERENCES practice_sessions (id),
        reason TEXT NOT NULL CHECK (reason IN ('pain', 'discomfort')),
        regions TEXT NOT NULL CHECK (json_valid(regions)),
        note TEXT NOT NULL,
        step_index INTEGER NOT NULL CHECK (step_index >= 0),
        step_text TEXT NOT NULL,
        movement INTEGER NOT NULL CHECK (movement IN (0, 1)),
        recorded_at INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
