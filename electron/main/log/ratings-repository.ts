import { randomUUID } from 'node:crypto'
import type {
  NewRating,
  Rating,
  RatingCursor,
  RatingEdit,
  RatingPage,
} from '../../shared/contract/log'
import { systemOffsetMin } from '../../shared/log/iso-time'
import { inTransaction, type Database } from '../db/sqlite'
import { ApiFailure } from '../ipc/api-failure'
import { hydrateRatings, RATING_COLUMNS, writeRegionsAndTags, type RatingRow } from './rating-rows'

/** A minute of slack, so a clock that is a little ahead of the renderer's is not "the future". */
export const FUTURE_TOLERANCE_MS = 60_000

const DEFAULT_PAGE = 50

export class RatingsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  private checkTime(takenAt: number): void {
    if (takenAt > this.now() + FUTURE_TOLERANCE_MS) {
      throw new ApiFailure(
        'invalid_input',
        'A rating cannot be dated in the future. Pick the current time or earlier.',
        'takenAt',
      )
    }
  }

  private insert(rating: Rating): void {
    const now = this.now()
    this.db
      .prepare(
        `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        rating.id,
        rating.value,
        rating.takenAt,
        rating.utcOffsetMin,
        rating.note,
        rating.sessionId,
        rating.phase,
        now,
        now,
      )
    writeRegionsAndTags(this.db, rating.id, rating.regions, rating.tags)
  }

  add(input: NewRating): Rating {
    const takenAt = input.takenAt ?? this.now()
    this.checkTime(takenAt)
    const rating: Rating = {
      id: randomUUID(),
      value: input.value,
      takenAt,
      utcOffsetMin: systemOffsetMin(takenAt),
      regions: input.regions ?? {},
      note: input.note ?? '',
      tags: input.tags ?? [],
      sessionId: input.sessionId ?? null,
      phase: input.phase ?? null,
    }
    inTransaction(this.db, () => this.insert(rating))
    return this.require(rating.id)
  }

  get(id: string): Rating | null {
    const row = this.db.prepare(`SELECT ${RATING_COLUMNS} FROM ratings WHERE id = ?`).get(id) as
      RatingRow | undefined
    return row ? (hydrateRatings(this.db, [row])[0] ?? null) : null
  }

  private require(id: string): Rating {
    const rating = this.get(id)
    if (!rating) {
      throw new ApiFailure(
        'not_found',
        'That self-rating no longer exists; it may have been deleted.',
      )
    }
    return rating
  }

  /** Newest first, a page at a time; the cursor keeps pages stable while ratings are added. */
  list(limit = DEFAULT_PAGE, before?: RatingCursor): RatingPage {
    const rows = (before
      ? this.db
          .prepare(
            `SELECT ${RATING_COLUMNS} FROM ratings
               WHERE taken_at < ? OR (taken_at = ? AND id < ?)
               ORDER BY taken_at DESC, id DESC LIMIT ?`,
          )
          .all(before.takenAt, before.takenAt, before.id, limit + 1)
      : this.db
          .prepare(`SELECT ${RATING_COLUMNS} FROM ratings ORDER BY taken_at DESC, id DESC LIMIT ?`)
          .all(limit + 1)) as unknown as RatingRow[]
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    const total = (this.db.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n
    return {
      ratings: hydrateRatings(this.db, page),
      total,
      next: rows.length > limit && last ? { takenAt: last.taken_at, id: last.id } : null,
    }
  }

  update(edit: RatingEdit): Rating {
    const existing = this.require(edit.id)
    this.checkTime(edit.takenAt)
    // Moving the time keeps the zone the rating was taken in unless the time itself changed.
    const offset =
      edit.takenAt === existing.takenAt ? existing.utcOffsetMin : systemOffsetMin(edit.takenAt)
    inTransaction(this.db, () => {
      this.db
        .prepare(
          `UPDATE ratings SET value = ?, taken_at = ?, utc_offset_min = ?, note = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(edit.value, edit.takenAt, offset, edit.note, this.now(), edit.id)
      writeRegionsAndTags(this.db, edit.id, edit.regions, edit.tags)
    })
    return this.require(edit.id)
  }

  /** Deletes a rating and hands back exactly what it was, so it can be restored. */
  remove(id: string): Rating {
    const existing = this.require(id)
    inTransaction(this.db, () => {
      this.db.prepare('DELETE FROM ratings WHERE id = ?').run(id)
    })
    return existing
  }

  /** Puts a deleted rating back as it was (the "Undo" after a delete). */
  restore(snapshot: Rating): Rating {
    if (this.get(snapshot.id)) {
      throw new ApiFailure('conflict', 'This self-rating is already in your log.')
    }
    this.checkTime(snapshot.takenAt)
    inTransaction(this.db, () => this.insert(snapshot))
    return this.require(snapshot.id)
  }
}
