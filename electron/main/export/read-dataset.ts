import type { Rating } from '../../shared/contract/log'
import type { Database } from '../db/sqlite'
import {
  assembleRatings,
  RATING_COLUMNS,
  type RatingRow,
  type RegionRow,
  type TagRow,
} from '../log/rating-rows'
import { tableExists } from '../log/table-exists'
import type { SettingsStore } from '../settings/settings-store'
import type { BreakRecord, CustomPracticeRecord, Dataset, SessionRecord } from './dataset'

/**
 * Every rating, with whole-table reads of regions and tags: an export can hold more ratings than
 * SQLite accepts as query parameters, so the paged hydrateRatings does not fit here.
 */
function readRatings(db: Database): Rating[] {
  const rows = db
    .prepare(`SELECT ${RATING_COLUMNS} FROM ratings ORDER BY taken_at, id`)
    .all() as unknown as RatingRow[]
  const regions = db
    .prepare('SELECT rating_id, region, value FROM rating_regions ORDER BY rating_id, region')
    .all() as unknown as RegionRow[]
  const tags = db
    .prepare('SELECT rating_id, tag FROM rating_tags ORDER BY rating_id, tag')
    .all() as unknown as TagRow[]
  return assembleRatings(rows, regions, tags)
}

function readIfPresent<T>(db: Database, table: string, sql: string): T[] {
  return tableExists(db, table) ? (db.prepare(sql).all() as unknown as T[]) : []
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    // A body the owning feature stored as plain text travels as that text.
    return text
  }
}

/** Reads every record in one read transaction, so the export is a consistent snapshot. */
export function readDataset(db: Database, settings: SettingsStore): Dataset {
  db.exec('BEGIN')
  try {
    const custom = readIfPresent<Omit<CustomPracticeRecord, 'body'> & { body: string }>(
      db,
      'custom_practices',
      `SELECT id, kind, name, body, created_at AS createdAt, updated_at AS updatedAt
       FROM custom_practices ORDER BY created_at, id`,
    )
    return {
      ratings: readRatings(db),
      practiceSessions: readIfPresent<SessionRecord>(
        db,
        'practice_sessions',
        `SELECT id, practice_id AS practiceId, practice_title AS practiceTitle,
                planned_ms AS plannedMs, actual_ms AS actualMs, status,
                started_at AS startedAt, ended_at AS endedAt
         FROM practice_sessions ORDER BY started_at, id`,
      ),
      customPractices: custom.map((c) => ({ ...c, body: parseBody(c.body) })),
      breaks: readIfPresent<BreakRecord>(
        db,
        'break_events',
        `SELECT id, kind, occurred_at AS occurredAt, duration_ms AS durationMs,
                sitting_before_ms AS sittingBeforeMs
         FROM break_events ORDER BY occurred_at, id`,
      ),
      sittingSpans: readIfPresent(
        db,
        'sitting_spans',
        'SELECT id, started_at AS startedAt, ended_at AS endedAt FROM sitting_spans ORDER BY id',
      ),
      settings: settings.read(),
    }
  } finally {
    db.exec('COMMIT')
  }
}
