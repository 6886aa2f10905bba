import type { InsightsRange } from '../../shared/log/insights-types'
import {
  dateOfDayNumber,
  dayNumber,
  localDateOf,
  systemTimeZone,
  zonedToEpoch,
} from '../../shared/reminders/zoned-time'

/**
 * The one definition of a range that every Insights section uses: the local days
 * [fromDay, toDay] in the user's zone. A record belongs to the range when its own local day is
 * fromDay or later (see insights-days.ts for what "its local day" is).
 */
export interface RangeWindow {
  /** First local day, or null for "all". */
  fromDay: number | null
  /** Today, in the zone. */
  toDay: number
  /** The instant fromDay starts in the zone; for "all", the lowest safe integer. */
  fromMs: number
  /** Now: records without their own offset are placed with the zone's offsets up to here. */
  now: number
  timeZone: string
}

/** "30" means today and the 29 local days before it. */
export function rangeWindow(
  range: InsightsRange,
  now: number,
  timeZone: string = systemTimeZone(),
): RangeWindow {
  const toDay = dayNumber(localDateOf(now, timeZone))
  if (range === 'all')
    return { fromDay: null, toDay, fromMs: Number.MIN_SAFE_INTEGER, now, timeZone }
  const fromDay = toDay - (Number(range) - 1)
  const fromMs = zonedToEpoch(dateOfDayNumber(fromDay), 0, timeZone)
  return { fromDay, toDay, fromMs, now, timeZone }
}
