const clockFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * Local time of day as the user's locale writes it: "14:20" in en-GB or de-DE, "2:20 PM" in
 * en-US (no leading zero). `locale` is for tests; the app passes none and gets the system's.
 */
export function clockTime(epochMs: number, locale?: string): string {
  const key = locale ?? ''
  let format = clockFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
    clockFormats.set(key, format)
  }
  return format.format(new Date(epochMs))
}

export function minutesText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  if (minutes < 60) return minutes === 1 ? '1 min' : `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** "today at 14:00", "tomorrow at 8:00 AM" or "Tue 3 Mar at 08:00", in the locale's clock. */
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
