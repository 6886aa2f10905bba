import type { HipRegion, Rating } from '../../shared/contract/log'
import type { Statements } from '../db/statements'

export interface RatingRow {
  id: string
  value: number
  taken_at: number
  utc_offset_min: number
  note: string
  session_id: string | null
  phase: 'before' | 'after' | null
}

export const RATING_COLUMNS = 'id, value, taken_at, utc_offset_min, note, session_id, phase'

export interface RegionRow {
  rating_id: string
  region: HipRegion
  value: number
}

export interface TagRow {
  rating_id: string
  tag: string
}

/** Joins rating rows with their region and tag rows (tags already in display order). */
export function assembleRatings(
  rows: readonly RatingRow[],
  regions: readonly RegionRow[],
  tags: readonly TagRow[],
): Rating[] {
  const regionsById = new Map<string, Partial<Record<HipRegion, number>>>()
  for (const r of regions) {
    const entry = regionsById.get(r.rating_id) ?? {}
    entry[r.region] = r.value
    regionsById.set(r.rating_id, entry)
  }
  const tagsById = new Map<string, string[]>()
  for (const t of tags) {
    const entry = tagsById.get(t.rating_id) ?? []
    entry.push(t.tag)
    tagsById.set(t.rating_id, entry)
  }
  return rows.map((row) => ({
    id: row.id,
    value: row.value,
    takenAt: row.taken_at,
    utcOffsetMin: row.utc_offset_min,
    regions: regionsById.get(row.id) ?? {},
    note: row.note,
    tags: tagsById.get(row.id) ?? [],
    sessionId: row.session_id,
    phase: row.phase,
  }))
}

/** Turns a page of rows into ratings, loading their regions and tags in two queries. */
export function hydrateRatings(sql: Statements, rows: readonly RatingRow[]): Rating[] {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const marks = ids.map(() => '?').join(',')
  const regions = sql
    .get(`SELECT rating_id, region, value FROM rating_regions WHERE rating_id IN (${marks})`)
    .all(...ids) as unknown as RegionRow[]
  const tags = sql
    .get(`SELECT rating_id, tag FROM rating_tags WHERE rating_id IN (${marks}) ORDER BY tag`)
    .all(...ids) as unknown as TagRow[]
  return assembleRatings(rows, regions, tags)
}

/** Replaces a rating's regions and tags; the caller holds the transaction. */
export function writeRegionsAndTags(
  sql: Statements,
  id: string,
  regions: Partial<Record<HipRegion, number>>,
  tags: readonly string[],
): void {
  sql.get('DELETE FROM rating_regions WHERE rating_id = ?').run(id)
  sql.get('DELETE FROM rating_tags WHERE rating_id = ?').run(id)
  const region = sql.get('INSERT INTO rating_regions (rating_id, region, value) VALUES (?, ?, ?)')
  for (const [name, value] of Object.entries(regions)) region.run(id, name, value)
  const tag = sql.get('INSERT OR IGNORE INTO rating_tags (rating_id, tag) VALUES (?, ?)')
  for (const name of tags) tag.run(id, name)
}

/**
 * Every rating, with whole-table reads of regions and tags: an export can hold more ratings than
 * SQLite accepts as query parameters, so the paged hydrateRatings does not fit there.
 */
export function readAllRatings(sql: Statements): Rating[] {
  const rows = sql
    .get(`SELECT ${RATING_COLUMNS} FROM ratings ORDER BY taken_at, id`)
    .all() as unknown as RatingRow[]
  const regions = sql
    .get('SELECT rating_id, region, value FROM rating_regions ORDER BY rating_id, region')
    .all() as unknown as RegionRow[]
  const tags = sql
    .get('SELECT rating_id, tag FROM rating_tags ORDER BY rating_id, tag')
    .all() as unknown as TagRow[]
  return assembleRatings(rows, regions, tags)
}
