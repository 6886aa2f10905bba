/**
 * Consistency instead of streaks: a weekly target of practice days (4 by default) and the share
 * of calendar weeks (local time, starting on the locale's first day of the week; Monday unless
 * the caller passes another, e.g. `firstDayOfWeek(locale.format)`) that met it. A missed day is never named; a
 * week that started slowly is met as soon as its days add up; the week under way counts only once
 * it is met. Local dates come from the computer's time zone, so weeks follow daylight saving.
 */
export const DEFAULT_WEEKLY_TARGET_DAYS = 4

export interface ConsistencyWeek {
  /** The week's first day (Monday unless another first day was given), YYYY-MM-DD local time. */
  start: string
  practiceDays: number
  met: boolean
  /** The week has not ended yet (it is counted only if already met). */
  underWay: boolean
}

export interface Consistency {
  target: number
  weeks: ConsistencyWeek[]
  /** Weeks met, and weeks counted (ended weeks, plus the week under way if it is met). */
  met: number
  counted: number
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

export function localDateKey(date: Date): string {
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The first day of the week when none is given: Monday (ISO 8601). */
export const MONDAY = 1

/**
 * Local midnight of the first day of the week holding `epochMs`; `firstDay` as ISO weekdays
 * (1 = Monday … 7 = Sunday), as `firstDayOfWeek` gives for a locale.
 */
export function weekStartOf(epochMs: number, firstDay: number = MONDAY): Date {
  const date = new Date(epochMs)
  const isoDay = date.getDay() === 0 ? 7 : date.getDay()
  const sinceStart = (isoDay - firstDay + 7) % 7
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceStart)
}

/** Local midnight of the Monday of the week holding `epochMs`. */
export function mondayOf(epochMs: number): Date {
  return weekStartOf(epochMs, MONDAY)
}

export function weeklyConsistency(
  practiceStarts: readonly number[],
  from: number,
  to: number,
  now: number,
  target = DEFAULT_WEEKLY_TARGET_DAYS,
  firstDay: number = MONDAY,
): Consistency {
  const days = new Set(practiceStarts.map((ms) => localDateKey(new Date(ms))))
  const weeks: ConsistencyWeek[] = []
  const last = weekStartOf(to - 1, firstDay).getTime()
  for (let start = weekStartOf(from, firstDay); start.getTime() <= last;) {
    const next = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7)
    let practiceDays = 0
    for (let d = 0; d < 7; d += 1) {
      const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + d)
      if (days.has(localDateKey(day))) practiceDays += 1
    }
    weeks.push({
      start: localDateKey(start),
      practiceDays,
      met: practiceDays >= target,
      underWay: next.getTime() > now,
    })
    start = next
  }
  const counted = weeks.filter((w) => !w.underWay || w.met)
  return {
    target,
    weeks,
    met: counted.filter((w) => w.met).length,
    counted: counted.length,
  }
}

/** How many calendar weeks the Practice screen looks back over, the week under way included. */
export const RECENT_WEEKS = 8

/**
 * Consistency over the last `weeks` calendar weeks up to `now` (the Practice screen): from the
 * local first day of the week `weeks - 1` weeks before this one, through the week under way, but never before
 * the week of the person's first session (`since`), so weeks before they began are not counted
 * as unmet. Only sessions of at least a minute are passed in, as in the report.
 */
export function recentConsistency(
  practiceStarts: readonly number[],
  now: number,
  target: number,
  since: number = Number.NEGATIVE_INFINITY,
  weeks = RECENT_WEEKS,
  firstDay: number = MONDAY,
): Consistency {
  const thisStart = weekStartOf(now, firstDay)
  const first = new Date(
    thisStart.getFullYear(),
    thisStart.getMonth(),
    thisStart.getDate() - 7 * (weeks - 1),
  )
  const from = Math.min(
    thisStart.getTime(),
    Math.max(
      first.getTime(),
      Number.isFinite(since) ? weekStartOf(since, firstDay).getTime() : -Infinity,
    ),
  )
  return weeklyConsistency(
    practiceStarts.filter((at) => at >= from && at <= now),
    from,
    now + 1,
    now,
    target,
    firstDay,
  )
}
