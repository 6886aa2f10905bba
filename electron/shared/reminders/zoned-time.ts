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
const HOUR_MS = 3_600_000

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
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUtc - Math.floor(epochMs / 1000) * 1000
}

/**
 * The instant a local date and time of day happens. A time skipped by a spring-forward change
 * (02:30 in Berlin on 29 March) happens as soon as the clocks allow (03:30); a time that happens
 * twice in autumn means the first of the two.
 */
export function zonedToEpoch(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * 60_000
  const before = utcOffsetMs(wall - 12 * HOUR_MS, timeZone)
  const after = utcOffsetMs(wall + 12 * HOUR_MS, timeZone)
  const target = localMinuteKey(wall, 'UTC')
  const candidates = [wall - before, wall - after]
    .filter((t) => localMinuteKey(t, timeZone) === target)
    .sort((a, b) => a - b)
  return candidates[0] ?? wall - before
}

function localMinuteKey(epochMs: number, timeZone: string): string {
  const p = localParts(epochMs, timeZone)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const { year, month, day } = localParts(epochMs, timeZone)
  return { year, month, day }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
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
