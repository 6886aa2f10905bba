/**
 * Local calendar arithmetic in an explicit IANA time zone. Reminders and working hours are set in
 * local time, so they must follow daylight-saving changes; passing the zone in (instead of relying
 * on the process's TZ) lets tests check Berlin and New York change days in one process.
 */

export interface LocalDate {
  year: number
  /** 1–12 */
  month: number
  day: number
}

export interface LocalParts extends LocalDate {
  hour: number
  minute: number
  second: number
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const DAY_MS = 86_400_000

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value
  }
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? ''),
  }
}

/** How far local time is ahead of UTC at that instant, in ms. */
export function utcOffsetMs(epochMs: number, timeZone: string): number {
  const p = localParts(epochMs, timeZone)
  const asUtc = wallMs(p) + ((p.hour * 60 + p.minute) * 60 + p.second) * 1000
  return asUtc - Math.floor(epochMs / 1000) * 1000
}

/**
 * The instant a local date and time of day happens, by one rule in every zone:
 * - a wall time that happens once is that instant;
 * - a wall time that happens twice (clocks going back) is the first of the two;
 * - a wall time skipped by clocks going forward is read with the offset from before the change,
 *   as if the clocks had not moved yet: 02:30 in a 02:00 → 03:00 gap is 03:30.
 * The offsets before and after are sampled a whole day either side of the wall time, which is
 * more than any offset (−12 h … +14 h) can move it, so zones far from UTC follow the same rule.
 */
export function zonedToEpoch(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const wall = wallMs(date) + minuteOfDay * 60_000
  const before = utcOffsetMs(wall - DAY_MS, timeZone)
  const after = utcOffsetMs(wall + DAY_MS, timeZone)
  const candidates = [wall - before, wall - after]
    .filter((t) => t + utcOffsetMs(t, timeZone) === wall)
    .sort((a, b) => a - b)
  return candidates[0] ?? wall - before
}

/** A local date and time written as if it were UTC: the "wall clock" as a number. */
function wallMs(date: LocalDate): number {
  const d = new Date(0)
  // setUTCFullYear keeps years 0–99 as they are, where Date.UTC would move them to 19xx.
  d.setUTCFullYear(date.year, date.month - 1, date.day)
  return d.getTime()
}

export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const { year, month, day } = localParts(epochMs, timeZone)
  return { year, month, day }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(wallMs(date) + days * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function weekdayOf(date: LocalDate): number {
  return new Date(wallMs(date)).getUTCDay()
}

/** Days since 1970-01-01 of a local date (negative before), the day numbers Insights uses. */
export function dayNumber(date: LocalDate): number {
  return Math.floor(wallMs(date) / DAY_MS)
}

export function dateOfDayNumber(day: number): LocalDate {
  const d = new Date(day * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function dateKey(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

/** Local midnight that starts the day containing `epochMs`. */
export function startOfLocalDay(epochMs: number, timeZone: string): number {
  return zonedToEpoch(localDateOf(epochMs, timeZone), 0, timeZone)
}

/** "08:30" → 510. Callers validate the text first (see settings). */
export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':')
  return Number(h) * 60 + Number(m)
}

/** The system's zone, read each time so a zone change while running is followed. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
