import { utcOffsetMs } from '../../shared/reminders/zoned-time'
import type { RangeWindow } from './insights-range'

const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS
/** Offsets are looked up from here on; anything older is placed with the offset of that time. */
const EARLIEST_LOOKUP_MS = Date.UTC(1970, 0, 1)

/** floor(localMs / day) in SQL. SQLite's "/" truncates toward zero, which is wrong before 1970. */
export function floorDaySql(localMs: string): string {
  return `((${localMs}) / 86400000 - ((${localMs}) % 86400000 < 0))`
}

interface Segment {
  /** The offset holds before this instant (null: to the end). */
  until: number | null
  offsetMs: number
}

const segmentCache = new Map<string, Segment[]>()

/** The zone's offsets between two instants, found week by week and refined to the second. */
export function offsetSegments(timeZone: string, from: number, to: number): Segment[] {
  const start = Math.max(EARLIEST_LOOKUP_MS, Math.floor(from / WEEK_MS) * WEEK_MS)
  const end = Math.max(start, Math.ceil(to / WEEK_MS) * WEEK_MS)
  const key = `${timeZone}|${start}|${end}`
  const cached = segmentCache.get(key)
  if (cached) return cached
  const segments: Segment[] = []
  let offset = utcOffsetMs(start, timeZone)
  for (let t = start; t < end; t += WEEK_MS) {
    const next = utcOffsetMs(t + WEEK_MS, timeZone)
    if (next === offset) continue
    let lo = t
    let hi = t + WEEK_MS
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000
      if (utcOffsetMs(mid, timeZone) === offset) lo = mid
      else hi = mid
    }
    segments.push({ until: hi, offsetMs: offset })
    offset = next
  }
  segments.push({ until: null, offsetMs: offset })
  if (segmentCache.size > 50) segmentCache.clear()
  segmentCache.set(key, segments)
  return segments
}

/** node:sqlite binds JS numbers as REAL; offsets are cast so local times stay integers. */
export interface SqlPart {
  sql: string
  params: number[]
}

/**
 * The local time of a record that does not store its own offset (sessions, sitting, breaks):
 * the instant plus the offset the user's zone had at that instant.
 */
export function zonedLocalMsSql(column: string, window: RangeWindow, earliest: number): SqlPart {
  const from = Math.max(earliest, window.fromMs)
  const segments = offsetSegments(window.timeZone, from, window.now + DAY_MS)
  const [only] = segments
  if (segments.length === 1 && only)
    return { sql: `(${column} + CAST(? AS INTEGER))`, params: [only.offsetMs] }
  const params: number[] = []
  const cases = segments.map((segment) => {
    if (segment.until === null) {
      params.push(segment.offsetMs)
      return `ELSE CAST(? AS INTEGER)`
    }
    params.push(segment.until, segment.offsetMs)
    return `WHEN ${column} < ? THEN CAST(? AS INTEGER)`
  })
  return { sql: `(${column} + CASE ${cases.join(' ')} END)`, params }
}
