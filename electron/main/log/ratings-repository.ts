import { randomUUID } from 'node:crypto'
import type { HipRegion, NewRating, Rating } from '../../shared/contract/log'
import { inTransaction, type Database } from '../db/sqlite'
import { ApiFailure } from '../ipc/api-failure'

/** A minute of slack, so a clock that is a little ahead of the renderer's is not "the future". */
const FUTURE_TOLERANCE_MS = 60_000

interface RatingRow {
  id: string
  value: number
  taken_at: number
  note: string
  session_id: string | null
  phase: 'before' | 'after' | null
}

export class RatingsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  add(input: NewRating): Rating {
    const now = this.now()
    const takenAt = input.takenAt ?? now
    if (takenAt > now + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure('invalid_input', 'A rating cannot be dated in the future.', 'takenAt')
    }
    const id = randomUUID()
    inTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.value,
          takenAt,
          -new Date(takenAt).getTimezoneOffset(),
          input.note ?? '',
          input.sessionId ?? null,
          input.phase ?? null,
          now,
          now,
        )
      const region = this.db.prepare(
        'INSERT INTO rating_regions (rating_id, region, value) VALUES (?, ?, ?)',
      )
      for (const [name, value] of Object.entries(input.regions ?? {})) {
        region.run(id, name, value)
      }
      const tag = this.db.prepare(
        'INSERT OR IGNORE INTO rating_tags (rating_id, tag) VALUES (?, ?)',
      )
      for (const name of input.tags ?? []) tag.run(id, name)
    })
    const saved = this.get(id)
    if (!saved) throw new Error('A rating vanished right after it was saved.')
    return saved
  }

  get(id: string): Rating | null {
    const row = this.db
      .prepare('SELECT id, value, taken_at, note, session_id, phase FROM ratings WHERE id = ?')
      .get(id) as RatingRow | undefined
    if (!row) return null
    const regions = this.db
      .prepare('SELECT region, value FROM rating_regions WHERE rating_id = ?')
      .all(id) as unknown as { region: HipRegion; value: number }[]
    const tags = this.db
      .prepare('SELECT tag FROM rating_tags WHERE rating_id = ? ORDER BY tag')
      .all(id) as unknown as { tag: string }[]
    return {
      id: row.id,
      value: row.value,
      takenAt: row.taken_at,
      regions: Object.fromEntries(regions.map((r) => [r.region, r.value])),
      note: row.note,
      tags: tags.map((t) => t.tag),
      sessionId: row.session_id,
      phase: row.phase,
    }
  }
}
