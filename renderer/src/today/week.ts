/** "This week at a glance": days practised and average self-ratings, this week against last. */
export interface WeekGlance {
  daysPractised: number
  thisWeek: { average: number | null; count: number }
  lastWeek: { average: number | null; count: number }
}

import { MONDAY, weekStartOf } from '../../../electron/shared/report/consistency'

const DAY_MS = 86_400_000

/**
 * Local midnight of the first day of the week holding `now`: `firstDay` is an ISO weekday
 * (1 = Monday … 7 = Sunday), the locale's from `firstDayOfWeek`; Monday when none is given.
 */
export function weekStart(now: number, firstDay: number = MONDAY): number {
  return weekStartOf(now, firstDay).getTime()
}

function localDay(epochMs: number): string {
  const d = new Date(epochMs)
  return `${String(d.getFullYear())}-${String(d.getMonth())}-${String(d.getDate())}`
}

function averageOf(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return values.reduce((sum, v) => sum + v, 0) / values.length
}

/**
 * Weeks start on `firstDay` (the locale's first day of the week) in local time. Last week's start is found from a moment inside it, so a
 * week with a daylight-saving change (167 or 169 hours) still starts at midnight.
 */
export function weekGlance(
  sessionStarts: readonly number[],
  ratings: readonly { value: number; takenAt: number }[],
  now: number,
  firstDay: number = MONDAY,
): WeekGlance {
  const thisStart = weekStart(now, firstDay)
  const lastStart = weekStart(thisStart - DAY_MS / 2, firstDay)
  const days = new Set(
    sessionStarts.filter((t) => t >= thisStart && t <= now).map((t) => localDay(t)),
  )
  const thisValues = ratings.filter((r) => r.takenAt >= thisStart && r.takenAt <= now)
  const lastValues = ratings.filter((r) => r.takenAt >= lastStart && r.takenAt < thisStart)
  return {
    daysPractised: days.size,
    thisWeek: { average: averageOf(thisValues.map((r) => r.value)), count: thisValues.length },
    lastWeek: { average: averageOf(lastValues.map((r) => r.value)), count: lastValues.length },
  }
}
