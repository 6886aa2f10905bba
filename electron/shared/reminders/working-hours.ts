import { addDays, localDateOf, minuteOfDay, weekdayOf, zonedToEpoch } from './zoned-time'

export interface TimeRange {
  /** "HH:MM", local time */
  start: string
  /** "HH:MM"; "24:00" means the end of the day */
  end: string
}

/** Index 0 = Sunday … 6 = Saturday; each day may have several ranges (e.g. morning and afternoon). */
export type WeekHours = TimeRange[][]

export interface HoursVerdict {
  inside: boolean
  /** When `inside` next flips; null when it never does within the next week. */
  nextChange: number | null
}

const SEARCH_DAYS = 8

/** Every working stretch overlapping the days around `at`, as absolute instants, merged. */
function stretchesAround(at: number, hours: WeekHours, timeZone: string): [number, number][] {
  const today = localDateOf(at, timeZone)
  const stretches: [number, number][] = []
  for (let offset = -1; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(today, offset)
    for (const range of hours[weekdayOf(date)] ?? []) {
      const start = zonedToEpoch(date, minuteOfDay(range.start), timeZone)
      const end = zonedToEpoch(date, minuteOfDay(range.end), timeZone)
      if (end > start) stretches.push([start, end])
    }
  }
  stretches.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const stretch of stretches) {
    const last = merged[merged.length - 1]
    if (last && stretch[0] <= last[1]) last[1] = Math.max(last[1], stretch[1])
    else merged.push([stretch[0], stretch[1]])
  }
  return merged
}

export function workingHoursAt(at: number, hours: WeekHours, timeZone: string): HoursVerdict {
  const stretches = stretchesAround(at, hours, timeZone)
  for (const [start, end] of stretches) {
    if (at < start) return { inside: false, nextChange: start }
    if (at < end) return { inside: true, nextChange: end }
  }
  return { inside: false, nextChange: null }
}

/** The first moment work starts on the local day after `at` (for "pause until tomorrow"). */
export function nextMorning(
  at: number,
  hours: WeekHours | null,
  timeZone: string,
  fallbackMinute: number,
): number {
  const tomorrow = addDays(localDateOf(at, timeZone), 1)
  const first = hours?.[weekdayOf(tomorrow)]
    ?.map((range) => minuteOfDay(range.start))
    .sort((a, b) => a - b)[0]
  return zonedToEpoch(tomorrow, first ?? fallbackMinute, timeZone)
}

export const ALWAYS: HoursVerdict = { inside: true, nextChange: null }
