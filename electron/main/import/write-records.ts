import type { RecordKind } from '../../shared/log/transfer-types'
import type { Database } from '../db/sqlite'
import type { Dataset } from '../export/dataset'
import { writeRegionsAndTags } from '../log/rating-rows'
import { tableExists } from '../log/table-exists'

export const TABLE_OF: Record<RecordKind, string> = {
  ratings: 'ratings',
  practiceSessions: 'practice_sessions',
  customPractices: 'custom_practices',
  breaks: 'break_events',
  sittingSpans: 'sitting_spans',
}

export function existingIds(db: Database, kind: RecordKind, ids: readonly (string | number)[]) {
  const found = new Set<string | number>()
  if (ids.length === 0 || !tableExists(db, TABLE_OF[kind])) return found
  const lookup = db.prepare(`SELECT 1 AS hit FROM ${TABLE_OF[kind]} WHERE id = ?`)
  for (const id of ids) if (lookup.get(id)) found.add(id)
  return found
}

type Records = Omit<Dataset, 'settings'>

/** Inserts records whose id is not present yet; the caller holds the transaction. */
export function writeRecords(
  db: Database,
  data: Records,
  skip: Record<RecordKind, Set<unknown>>,
  now: number,
) {
  const rating = db.prepare(
    `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const r of data.ratings) {
    if (skip.ratings.has(r.id)) continue
    rating.run(r.id, r.value, r.takenAt, r.utcOffsetMin, r.note, r.sessionId, r.phase, now, now)
    writeRegionsAndTags(db, r.id, r.regions, r.tags)
  }
  if (data.practiceSessions.length > 0) {
    const session = db.prepare(
      `INSERT INTO practice_sessions (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const s of data.practiceSessions) {
      if (skip.practiceSessions.has(s.id)) continue
      session.run(
        s.id,
        s.practiceId,
        s.practiceTitle,
        s.plannedMs,
        s.actualMs,
        s.status,
        s.startedAt,
        s.endedAt,
      )
    }
  }
  if (data.customPractices.length > 0) {
    const custom = db.prepare(
      `INSERT INTO custom_practices (id, kind, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    for (const c of data.customPractices) {
      if (skip.customPractices.has(c.id)) continue
      custom.run(c.id, c.kind, c.name, JSON.stringify(c.body), c.createdAt, c.updatedAt)
    }
  }
  if (data.breaks.length > 0) {
    const pause = db.prepare(
      `INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms) VALUES (?, ?, ?, ?, ?)`,
    )
    for (const b of data.breaks) {
      if (skip.breaks.has(b.id)) continue
      pause.run(b.id, b.kind, b.occurredAt, b.durationMs, b.sittingBeforeMs)
    }
  }
  if (data.sittingSpans.length > 0) {
    const span = db.prepare('INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)')
    for (const s of data.sittingSpans) {
      if (skip.sittingSpans.has(s.id)) continue
      span.run(s.id, s.startedAt, s.endedAt)
    }
  }
}

export function writeSettings(db: Database, settings: Record<string, unknown>, now: number) {
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )
  for (const [key, value] of Object.entries(settings)) upsert.run(key, JSON.stringify(value), now)
}
