import { isMeaningfulDrop, isMinimalDrop } from '../../electron/shared/log/change'

const DAY = 86_400_000

/** Each rollup table's rows, as sorted JSON strings (order and rowids do not matter). */
export interface Rollups {
  rollup_rating_days: string[]
  rollup_region_days: string[]
  rollup_practice_days: string[]
  /** All time per region and per practice (migration 012). */
  insight_region_totals: string[]
  insight_practice_totals: string[]
}

/** Anything that runs a query and hands back plain rows (node:sqlite, either connection). */
export interface RowReader {
  all(sql: string): Record<string, unknown>[]
}

interface RatingRow {
  id: string
  value: number
  taken_at: number
  utc_offset_min: number
  session_id: string | null
  phase: string | null
}

function key(row: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))
}

function sorted(rows: Record<string, unknown>[]): string[] {
  return rows.map(key).sort()
}

function add<T extends object>(map: Map<string, T>, id: string, make: () => T, f: (t: T) => void) {
  const entry = map.get(id) ?? make()
  f(entry)
  map.set(id, entry)
}

/**
 * The Insights rollups as they must be, recomputed in plain TypeScript from the raw rows (not
 * with the migration's SQL), so a trigger that forgets a path or counts twice shows up.
 */
export function expectedRollups(db: RowReader): Rollups {
  const ratings = db.all(
    'SELECT id, value, taken_at, utc_offset_min, session_id, phase FROM ratings',
  ) as unknown as RatingRow[]
  const byId = new Map(ratings.map((r) => [r.id, r]))
  const localDay = (r: RatingRow) => Math.floor((r.taken_at + r.utc_offset_min * 60_000) / DAY)

  const days = new Map<string, { day: number; kind: string; count: number; total: number }>()
  for (const r of ratings) {
    const kind = r.phase ?? 'checkin'
    add(
      days,
      `${String(localDay(r))}|${kind}`,
      () => ({ day: localDay(r), kind, count: 0, total: 0 }),
      (e) => {
        e.count++
        e.total += r.value
      },
    )
  }

  const regions = new Map<string, { day: number; region: string; count: number; total: number }>()
  const regionRows = db.all('SELECT rating_id, region, value FROM rating_regions') as {
    rating_id: string
    region: string
    value: number
  }[]
  for (const row of regionRows) {
    const rating = byId.get(row.rating_id)
    if (!rating) continue
    const day = localDay(rating)
    add(
      regions,
      `${String(day)}|${row.region}`,
      () => ({ day, region: row.region, count: 0, total: 0 }),
      (e) => {
        e.count++
        e.total += row.value
      },
    )
  }

  const latest = new Map<string, RatingRow>()
  for (const r of ratings) {
    if (r.session_id === null || r.phase === null) continue
    const id = `${r.session_id}|${r.phase}`
    const seen = latest.get(id)
    if (
      !seen ||
      r.taken_at > seen.taken_at ||
      (r.taken_at === seen.taken_at && r.value > seen.value)
    ) {
      latest.set(id, r)
    }
  }
  const sessions = db.all(
    'SELECT id, practice_id, practice_title, started_at FROM practice_sessions',
  ) as { id: string; practice_id: string; practice_title: string; started_at: number }[]
  type Bucket = {
    practice_id: string
    day: number
    sessions: number
    rated: number
    before_total: number
    after_total: number
    meaningful: number
    minimal: number
    latest_at: number
    title: string
  }
  const practice = new Map<string, Bucket>()
  for (const s of sessions) {
    const day = Math.floor(s.started_at / DAY)
    const before = latest.get(`${s.id}|before`)?.value
    const after = latest.get(`${s.id}|after`)?.value
    add(
      practice,
      `${s.practice_id}|${String(day)}`,
      () => ({
        practice_id: s.practice_id,
        day,
        sessions: 0,
        rated: 0,
        before_total: 0,
        after_total: 0,
        meaningful: 0,
        minimal: 0,
        latest_at: Number.MIN_SAFE_INTEGER,
        title: '',
      }),
      (e) => {
        e.sessions++
        if (before !== undefined && after !== undefined) {
          e.rated++
          e.before_total += before
          e.after_total += after
          if (isMeaningfulDrop(before, after)) e.meaningful++
          if (isMinimalDrop(before, after)) e.minimal++
        }
        if (s.started_at > e.latest_at) {
          e.latest_at = s.started_at
          e.title = s.practice_title
        }
      },
    )
  }
  const regionTotals = new Map<string, { region: string; count: number; total: number }>()
  for (const r of regions.values()) {
    add(
      regionTotals,
      r.region,
      () => ({ region: r.region, count: 0, total: 0 }),
      (e) => {
        e.count += r.count
        e.total += r.total
      },
    )
  }
  const practiceTotals = new Map<string, Omit<Bucket, 'day' | 'latest_at' | 'title'>>()
  for (const b of practice.values()) {
    add(
      practiceTotals,
      b.practice_id,
      () => ({
        practice_id: b.practice_id,
        sessions: 0,
        rated: 0,
        before_total: 0,
        after_total: 0,
        meaningful: 0,
        minimal: 0,
      }),
      (e) => {
        e.sessions += b.sessions
        e.rated += b.rated
        e.before_total += b.before_total
        e.after_total += b.after_total
        e.meaningful += b.meaningful
        e.minimal += b.minimal
      },
    )
  }
  return {
    rollup_rating_days: sorted([...days.values()]),
    rollup_region_days: sorted([...regions.values()]),
    rollup_practice_days: sorted([...practice.values()]),
    insight_region_totals: sorted([...regionTotals.values()]),
    insight_practice_totals: sorted([...practiceTotals.values()]),
  }
}

/** The rollups as stored. */
export function storedRollups(db: RowReader): Rollups {
  const read = (table: string) =>
    sorted(db.all(`SELECT * FROM ${table}`).map((row) => ({ ...row })))
  return {
    rollup_rating_days: read('rollup_rating_days'),
    rollup_region_days: read('rollup_region_days'),
    rollup_practice_days: read('rollup_practice_days'),
    insight_region_totals: read('insight_region_totals'),
    insight_practice_totals: read('insight_practice_totals'),
  }
}
