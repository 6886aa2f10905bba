import type { SittingDay, SittingInsight, TensionBucket } from '../../shared/log/insights-types'
import { round, type DailyPoint } from '../../shared/log/series'
import { LONGEST_NATURAL_BREAK_MS } from '../../shared/reminders/break-rules'
import type { Database } from '../db/sqlite'
import { chartBucketDays, MAX_TREND_POINTS } from './insights-buckets'
import { floorDaySql, zonedLocalMsSql } from './insights-days'
import type { RangeWindow } from './insights-range'

interface Band {
  label: string
  min: number
  max: number
}

const SITTING_BANDS: Band[] = [
  { label: 'Under 2 hours', min: 0, max: 120 },
  { label: '2 to 4 hours', min: 120, max: 240 },
  { label: '4 to 6 hours', min: 240, max: 360 },
  { label: '6 hours or more', min: 360, max: Infinity },
]

const BREAK_BANDS: Band[] = [
  { label: 'No breaks', min: 0, max: 1 },
  { label: '1 or 2 breaks', min: 1, max: 3 },
  { label: '3 to 5 breaks', min: 3, max: 6 },
  { label: '6 breaks or more', min: 6, max: Infinity },
]

function bucketize(days: SittingDay[], bands: Band[], pick: (d: SittingDay) => number) {
  return bands.map((band): TensionBucket => {
    const inBand = days.filter((d) => pick(d) >= band.min && pick(d) < band.max)
    const rated = inBand.filter((d) => d.tension !== null)
    const sum = rated.reduce((total, d) => total + (d.tension ?? 0), 0)
    return {
      label: band.label,
      days: inBand.length,
      tension: rated.length > 0 ? round(sum / rated.length, 1) : null,
    }
  })
}

/**
 * Runs of days averaged for the chart: minutes and breaks per day with records, and the
 * check-in average of the run's ratings (each day weighted by its number of check-ins).
 */
function thin(
  days: SittingDay[],
  checkins: ReadonlyMap<number, number>,
): { days: SittingDay[]; bucketDays: number } {
  const first = days[0]
  const last = days.at(-1)
  if (!first || !last || days.length <= MAX_TREND_POINTS) return { days, bucketDays: 1 }
  const bucketDays = chartBucketDays(last.day - first.day + 1, MAX_TREND_POINTS)
  const groups = new Map<number, SittingDay[]>()
  for (const d of days) {
    const key = Math.floor(d.day / bucketDays) * bucketDays
    groups.set(key, [...(groups.get(key) ?? []), d])
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  return {
    bucketDays,
    days: [...groups.entries()].map(([day, group]) => {
      let sum = 0
      let count = 0
      for (const d of group) {
        const n = checkins.get(d.day) ?? 0
        if (d.tension === null || n === 0) continue
        sum += d.tension * n
        count += n
      }
      return {
        day,
        sittingMin: round(mean(group.map((d) => d.sittingMin)), 0),
        breaks: round(mean(group.map((d) => d.breaks)), 1),
        tension: count > 0 ? round(sum / count) : null,
      }
    }),
  }
}

/**
 * Active sitting minutes and breaks actually taken (the movement break, or time away long
 * enough but not overnight) per local day, beside that day's average self-rating. These records
 * keep no offset of their own, so they are placed with the offset the zone had at that instant.
 */
export function sittingInsights(
  db: Database,
  window: RangeWindow,
  tension: readonly DailyPoint[],
): SittingInsight {
  const earliest = (table: string, column: string) =>
    (db.prepare(`SELECT MIN(${column}) AS t FROM ${table}`).get() as { t: number | null }).t ??
    window.now
  const spanLocal = zonedLocalMsSql('started_at', window, earliest('sitting_spans', 'started_at'))
  const sitting = db
    .prepare(
      `SELECT ${floorDaySql('local_ms')} AS day, SUM(ended_at - started_at) / 60000.0 AS minutes
       FROM (SELECT started_at, ended_at, ${spanLocal.sql} AS local_ms FROM sitting_spans
             WHERE started_at >= ? AND ended_at >= started_at)
       GROUP BY day`,
    )
    .all(...spanLocal.params, window.fromMs) as unknown as { day: number; minutes: number }[]
  const breakLocal = zonedLocalMsSql('occurred_at', window, earliest('break_events', 'occurred_at'))
  const breaks = db
    .prepare(
      `SELECT ${floorDaySql('local_ms')} AS day, COUNT(*) AS n
       FROM (SELECT ${breakLocal.sql} AS local_ms FROM break_events -- the SQL form of countsAsBreak
             WHERE (kind = 'taken' OR (kind = 'natural' AND duration_ms <= ?)) AND occurred_at >= ?)
       GROUP BY day`,
    )
    .all(...breakLocal.params, LONGEST_NATURAL_BREAK_MS, window.fromMs) as unknown as {
    day: number
    n: number
  }[]
  const byDay = new Map<number, SittingDay>()
  const dayOf = (day: number) => {
    const entry = byDay.get(day) ?? { day, sittingMin: 0, breaks: 0, tension: null }
    byDay.set(day, entry)
    return entry
  }
  for (const row of sitting) dayOf(row.day).sittingMin = round(row.minutes, 0)
  for (const row of breaks) dayOf(row.day).breaks = row.n
  for (const point of tension) {
    const entry = byDay.get(point.day)
    if (entry) entry.tension = point.average
  }
  const days = [...byDay.values()]
    .filter((d) => window.fromDay === null || d.day >= window.fromDay)
    .sort((a, b) => a.day - b.day)
  const thinned = thin(days, new Map(tension.map((p) => [p.day, p.count])))
  return {
    days: thinned.days,
    bucketDays: thinned.bucketDays,
    bySitting: bucketize(days, SITTING_BANDS, (d) => d.sittingMin),
    byBreaks: bucketize(days, BREAK_BANDS, (d) => d.breaks),
  }
}
