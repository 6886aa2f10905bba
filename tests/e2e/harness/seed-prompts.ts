import { randomUUID } from 'node:crypto'
import type { LoosenHarness } from './fixtures'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * Reminders shown and what followed, written in the reminders' own schema as their repository
 * writes them: for six days a morning reminder (followed by a 3-minute break after 2 minutes on
 * the last three) and an afternoon one nobody followed, two more 50 days back (one followed
 * within a minute), and sitting stretches of 25 and 95 minutes two days ago.
 */
export function seedPrompts(loosen: LoosenHarness): void {
  const db = loosen.services().database.db
  const now = loosen.clock.now()
  const breaks = db.prepare(
    'INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms) VALUES (?, ?, ?, ?, ?)',
  )
  const prompt = (at: number) => breaks.run(randomUUID(), 'prompt', at, 0, 45 * MINUTE)
  const taken = (at: number) => breaks.run(randomUUID(), 'taken', at, 3 * MINUTE, 45 * MINUTE)
  for (let d = 1; d <= 6; d++) {
    const morning = now - d * DAY
    prompt(morning)
    if (d <= 3) taken(morning + 2 * MINUTE)
    prompt(morning + 5 * HOUR)
  }
  prompt(now - 50 * DAY)
  taken(now - 50 * DAY + 30_000)
  prompt(now - 50 * DAY + HOUR)
  const spans = db.prepare('INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)')
  const start = now - 2 * DAY - 3 * HOUR
  spans.run(randomUUID(), start, start + 25 * MINUTE)
  spans.run(randomUUID(), start + HOUR, start + HOUR + 95 * MINUTE)
}
