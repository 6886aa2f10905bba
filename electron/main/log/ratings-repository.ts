import { phrase } from '../../shared/text/phrase'
import { randomUUID } from 'node:crypto'
import type {
  NewRating,
  Rating,
  RatingCursor,
  RatingEdit,
  RatingPage,
} from '../../shared/contract/log'
import { systemOffsetMin } from '../../shared/log/iso-time'
import { ApiFailure } from '../core/api-failure'
import { UNHEARD, type Change, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { existingIds } from '../db/existing-ids'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'
import {
  hydrateRatings,
  RATING_COLUMNS,
  readAllRatings,
  writeRegionsAndTags,
  type RatingRow,
} from './rating-rows'
import { asStored, insertRegionsAndTags } from './stored-rating'

/** A minute of slack, so a clock that is a little ahead of the renderer's is not "the future". */
export const FUTURE_TOLERANCE_MS = 60_000

const DEFAULT_PAGE = 50
const LOG_CHANGED: Change = { kind: 'data', domain: 'log' }

/**
 * The self-ratings: the only code that writes them. Each write commits, then tells the change
 * bus `{ kind: 'data', domain: 'log' }`; listeners (the renderer's list, Insights) take it from there.
 */
export class RatingsRepository {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly now: () => number,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  private isFuture(takenAt: number): boolean {
    return takenAt > this.now() + FUTURE_TOLERANCE_MS
  }

  private checkTime(takenAt: number): void {
    if (this.isFuture(takenAt)) {
      throw new ApiFailure(
        'invalid_input',
        phrase('main.refusal.log.ratingDatedFuturePick'),
        'takenAt',
      )
    }
  }

  /** Inserts a rating unless its id is taken; true when it was inserted. */
  private insert(rating: Rating): boolean {
    const now = this.now()
    const inserted = this.sql
      .get(
        `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
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
    if (inserted.changes === 0) return false
    insertRegionsAndTags(this.sql, rating)
    return true
  }

  private write<T>(work: () => T): T {
    return commitChange(this.sql.db, this.changes, () => ({ result: work(), change: LOG_CHANGED }))
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
    this.write(() => this.insert(rating))
    return this.require(rating.id)
  }

  get(id: string): Rating | null {
    const row = this.sql.get(`SELECT ${RATING_COLUMNS} FROM ratings WHERE id = ?`).get(id) as
      RatingRow | undefined
    return row ? (hydrateRatings(this.sql, [row])[0] ?? null) : null
  }

  private require(id: string): Rating {
    const rating = this.get(id)
    if (!rating) {
      throw new ApiFailure('not_found', phrase('main.refusal.log.selfRatingNoLonger'))
    }
    return rating
  }

  /** Newest first, a page at a time; the cursor keeps pages stable while ratings are added. */
  list(limit = DEFAULT_PAGE, before?: RatingCursor): RatingPage {
    const rows = (before
      ? this.sql
          .get(
            `SELECT ${RATING_COLUMNS} FROM ratings
               WHERE taken_at < ? OR (taken_at = ? AND id < ?)
               ORDER BY taken_at DESC, id DESC LIMIT ?`,
          )
          .all(before.takenAt, before.takenAt, before.id, limit + 1)
      : this.sql
          .get(`SELECT ${RATING_COLUMNS} FROM ratings ORDER BY taken_at DESC, id DESC LIMIT ?`)
          .all(limit + 1)) as unknown as RatingRow[]
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    const total = (this.sql.get('SELECT count(*) AS n FROM ratings').get() as { n: number }).n
    return {
      ratings: hydrateRatings(this.sql, page),
      total,
      next: rows.length > limit && last ? { takenAt: last.taken_at, id: last.id } : null,
    }
  }

  /** Every rating, oldest first (the export). */
  all(): Rating[] {
    return readAllRatings(this.sql)
  }

  update(edit: RatingEdit): Rating {
    const existing = this.require(edit.id)
    this.checkTime(edit.takenAt)
    // Moving the time keeps the zone the rating was taken in unless the time itself changed.
    const offset =
      edit.takenAt === existing.takenAt ? existing.utcOffsetMin : systemOffsetMin(edit.takenAt)
    this.write(() => {
      this.sql
        .get(
          `UPDATE ratings SET value = ?, taken_at = ?, utc_offset_min = ?, note = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(edit.value, edit.takenAt, offset, edit.note, this.now(), edit.id)
      writeRegionsAndTags(this.sql, edit.id, edit.regions, edit.tags)
    })
    return this.require(edit.id)
  }

  /** Deletes a rating and hands back exactly what it was, so it can be restored. */
  remove(id: string): Rating {
    const existing = this.require(id)
    this.write(() => this.sql.get('DELETE FROM ratings WHERE id = ?').run(id))
    return existing
  }

  /**
   * Puts a deleted rating back as it was (the "Undo" after a delete; an import's check replays
   * every rating of a file through here). It reads nothing back: the row written is the snapshot,
   * and a taken id is known from the insert itself (ON CONFLICT DO NOTHING), so a 100k check is
   * one insert per rating instead of two reads around it.
   */
  restore(snapshot: Rating): Rating {
    // A taken id is refused before the time, as it always was: only a rating in the future
    // needs the look-up to say which refusal comes first.
    if (this.isFuture(snapshot.takenAt) && this.has(snapshot.id)) throw this.taken()
    this.checkTime(snapshot.takenAt)
    const inserted = commitChange(this.sql.db, this.changes, () => {
      const added = this.insert(snapshot)
      return { result: added, change: added ? LOG_CHANGED : null }
    })
    if (!inserted) throw this.taken()
    return asStored(snapshot)
  }

  private has(id: string): boolean {
    return this.sql.get('SELECT 1 AS hit FROM ratings WHERE id = ?').get(id) !== undefined
  }

  private taken(): ApiFailure {
    return new ApiFailure('conflict', phrase('main.refusal.log.selfRatingAlreadyYour'))
  }

  /** Which of these ids are already in the log. */
  existing(ids: readonly string[]): Set<string> {
    return existingIds(this.sql, 'ratings', ids)
  }

  /**
   * Adds the ratings whose id is not in the log yet, exactly as given (an import, already
   * checked); joins the caller's transaction. Returns how many were added.
   */
  insertMissing(ratings: readonly Rating[]): number {
    return commitChange(this.sql.db, this.changes, () => {
      let added = 0
      for (const rating of ratings) if (this.insert(rating)) added++
      return { result: added, change: added > 0 ? LOG_CHANGED : null }
    })
  }
}
