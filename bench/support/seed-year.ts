import { randomUUID } from 'node:crypto'
import { inTransaction, type Database } from '../../electron/main/db/sqlite'
import { seedHistory, SEED_NOW } from './seed'

const DAY = 86_400_000
const HOUR = 3_600_000
export const YEAR_DAYS = 365

/**
 * A year of a heavy user's records for the report benches: 10k self-ratings (the bench's usual
 * history), and for each day reminder breaks (taken and skipped) and sitting stretches, a weekly
 * PEG, a monthly overall change, and a movement practice stopped for pain every two weeks.
 */
export function seedYear(db: Database, now = SEED_NOW): void {
  seedHistory(db, 10_000, YEAR_DAYS, now)
  inTransaction(db, () => {
    const breaks = db.prepare(
      'INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms) VALUES (?, ?, ?, 300000, 2700000)',
    )
    const spans = db.prepare(
      'INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)',
    )
    const checkin = db.prepare(
      `INSERT INTO checkins (id, instrument, status, taken_at, utc_offset_min, answers, created_at)
       VALUES (?, ?, 'answered', ?, 60, ?, ?)`,
    )
    const session = db.prepare(
      `INSERT INTO practice_sessions (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
       VALUES (?, 'movement-break', 'Movement Break', 300000, 90000, 'stopped', ?, ?)`,
    )
    const stop = db.prepare(
      `INSERT INTO practice_stop_reasons (session_id, reason, regions, note, step_index, step_text, movement, recorded_at)
       VALUES (?, 'pain', '["left-groin"]', '', 2, 'Hip circles', 1, ?)`,
    )
    for (let d = 0; d < YEAR_DAYS; d++) {
      const day = now - (d + 1) * DAY
      for (let b = 0; b < (d % 6) + 1; b++) {
        breaks.run(randomUUID(), b % 4 === 3 ? 'skipped' : 'taken', day + (9 + b) * HOUR)
        spans.run(randomUUID(), day + (8 + b) * HOUR, day + (8 + b) * HOUR + (20 + b * 9) * 60_000)
      }
      if (d % 7 === 0) {
        const answers = JSON.stringify([7 - (d % 5), 6 - (d % 4), 5 - (d % 3)])
        checkin.run(randomUUID(), 'peg', day + 20 * HOUR, answers, day)
      }
      if (d % 30 === 0) checkin.run(randomUUID(), 'global-change', day + 21 * HOUR, '[3]', day)
      if (d % 14 === 3) {
        const id = randomUUID()
        session.run(id, day + 15 * HOUR, day + 15 * HOUR + 95_000)
        stop.run(id, day + 15 * HOUR + 95_000)
      }
    }
  })
}
