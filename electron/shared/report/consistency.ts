/**
 * Consistency instead of streaks: a weekly target of practice days (4 by default) and the share
 * of calendar weeks (Monday to Sunday, local time) that met it. A missed day is never named; a
 * week that started slowly is met as soon as its days add up; the week under way counts only once
 * it is met. Local dates come from the computer's time zone, so weeks follow daylight saving.
 */
export const DEFAULT_WEEKLY_TARGET_DAYS = 4

export interface ConsistencyWeek {
  /** The Monday, as YYYY-MM-DD in local time. */
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

/** Local midnight of the Monday of the week holding `epochMs`. */
export function mondayOf(epochMs: number): Date {
  const date = new Date(epochMs)
  const sinceMonday = (date.getDay() + 6) % 7
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday)
}

export function weeklyConsistency(
  practiceStarts: readonly number[],
  from: number,
  to: number,
  now: number,
  target = DEFAULT_WEEKLY_TARGET_DAYS,
): Consistency {
  const days = new Set(practiceStarts.map((ms) => localDateKey(new Date(ms))))
  const weeks: ConsistencyWeek[] = []
  const last = mondayOf(to - 1).getTime()
  for (let monday = mondayOf(from); monday.getTime() <= last;) {
    const next = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7)
    let practiceDays = 0
    for (let d = 0; d < 7; d += 1) {
      const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + d)
      if (days.has(localDateKey(day))) practiceDays += 1
    }
    weeks.push({
      start: localDateKey(monday),
      practiceDays,
      met: practiceDays >= target,
      underWay: next.getTime() > now,
    })
    monday = next
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
 * local Monday `weeks - 1` weeks before this one, through the week under way, but never before
 * the week of the person's first session (`since`), so weeks before they began are not counted
 * as unmet. Only sessions of at least a minute are passed in, as in the report.
 */
export function recentConsistency(
  practiceStarts: readonly number[],
  now: number,
  target: number,
  since: number = Number.NEGATIVE_INFINITY,
  weeks = RECENT_WEEKS,
): Consistency {
  const thisMonday = mondayOf(now)
  const first = new Date(
    thisMonday.getFullYear(),
    thisMonday.getMonth(),
    thisMonday.getDate() - 7 * (weeks - 1),
  )
  const from = Math.min(
    thisMonday.getTime(),
    Math.max(first.getTime(), Number.isFinite(since) ? mondayOf(since).getTime() : -Infinity),
  )
  return weeklyConsistency(
    practiceStarts.filter((at) => at >= from && at <= now),
    from,
    now + 1,
    now,
    target,
  )
}
