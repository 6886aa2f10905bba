import { randomUUID } from 'node:crypto'
import type { Database } from '../../electron/main/db/sqlite'
import { inTransaction } from '../../electron/main/db/sqlite'
import { HIP_REGIONS } from '../../electron/shared/contract/log'

/** The moment the seeded history ends; the browser harness's clock starts here too. */
export const SEED_NOW = Date.parse('2026-11-23T09:00:00Z')
const DAY = 86_400_000
const PRACTICES = ['body-scan', 'belly-breathing', 'resonance', 'cyclic-sighing', 'box-breathing']
const TAGS = ['morning', 'desk', 'after-run', 'stressed']

/**
 * Heavy use written straight into the database: `ratings` self-ratings over `days` days, a
 * fifth of them before/after pairs around a practice session, every fifth with a region and
 * every seventh with a tag. Ids are random UUIDs, as the app makes them.
 */
export function seedHistory(db: Database, ratings: number, days: number, now = SEED_NOW): void {
  const sessions = Math.floor(ratings / 10)
  const loose = ratings - 2 * sessions
  const span = days * DAY
  inTransaction(db, () => {
    const rating = db.prepare(
      `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
       VALUES (?, ?, ?, 60, '', ?, ?, ?, ?)`,
    )
    const region = db.prepare(
      'INSERT INTO rating_regions (rating_id, region, value) VALUES (?, ?, ?)',
    )
    const tag = db.prepare('INSERT INTO rating_tags (rating_id, tag) VALUES (?, ?)')
    const session = db.prepare(
      `INSERT INTO practice_sessions (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
       VALUES (?, ?, ?, 600000, 600000, 'completed', ?, ?)`,
    )
    for (let i = 0; i < sessions; i++) {
      const id = randomUUID()
      const start = now - Math.floor((i / sessions) * span) - 3_600_000
      const practice = PRACTICES[i % PRACTICES.length] ?? 'body-scan'
      session.run(id, practice, practice, start, start + 600_000)
      const before = 3 + (i % 7)
      rating.run(randomUUID(), before, start, id, 'before', start, start)
      const after = start + 600_000
      rating.run(randomUUID(), Math.max(0, before - (i % 4)), after, id, 'after', after, after)
    }
    for (let i = 0; i < loose; i++) {
      const id = randomUUID()
      const at = now - Math.floor((i / loose) * span) - 60_000
      rating.run(id, i % 11, at, null, null, at, at)
      if (i % 5 === 0) region.run(id, HIP_REGIONS[i % HIP_REGIONS.length] ?? 'sacrum', i % 11)
      if (i % 7 === 0) tag.run(id, TAGS[i % TAGS.length] ?? 'desk')
    }
  })
}
