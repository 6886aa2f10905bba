const pad = (n: number) => String(n).padStart(2, '0')

/** 24-hour local time, e.g. "09:45". */
export function clockTime(epochMs: number): string {
  const d = new Date(epochMs)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function minutesText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  if (minutes < 60) return minutes === 1 ? '1 min' : `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** "today at 14:00", "tomorrow at 08:00" or "Tue 3 Mar at 08:00". */
export function whenText(epochMs: number, now: number): string {
  const day = (t: number) => new Date(t).toDateString()
  const tomorrow = new Date(now)
  tomorrow.setDate(tomorrow.getDate() + 1)
  if (day(epochMs) === day(now)) return `today at ${clockTime(epochMs)}`
  if (day(epochMs) === tomorrow.toDateString()) return `tomorrow at ${clockTime(epochMs)}`
  const date = new Date(epochMs).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
  return `${date} at ${clockTime(epochMs)}`
}

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
export const WEEKDAY_FULL = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const
