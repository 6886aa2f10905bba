export interface Streak {
  /** Days in a row, ending today or yesterday, with at least one session. */
  days: number
  practisedToday: boolean
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

/**
 * Counts consecutive local calendar days with practice. A streak is still alive on a day the
 * user has not practised yet, so it never looks broken in the morning.
 */
export function countStreak(sessionStarts: readonly number[], now: number): Streak {
  const days = new Set(sessionStarts.map((start) => dayKey(new Date(start))))
  const cursor = new Date(now)
  const practisedToday = days.has(dayKey(cursor))
  if (!practisedToday) cursor.setDate(cursor.getDate() - 1)
  let count = 0
  // setDate walks calendar days, so a 23- or 25-hour DST day still counts as one day.
  while (days.has(dayKey(cursor))) {
    count++
    cursor.setDate(cursor.getDate() - 1)
  }
  return { days: count, practisedToday }
}
