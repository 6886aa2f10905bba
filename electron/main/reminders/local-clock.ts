import { dateKey, localParts } from '../../shared/reminders/zoned-time'

const QUARTER_HOUR = 15 * 60_000
const DAY = 24 * 60 * 60_000

/**
 * Local hour and date for many instants in one zone, asking Intl about twice per UTC day
 * rather than once per record (a year of records is thousands of formatToParts calls, ~5 µs
 * each). A day whose offset is the same at both ends keeps it throughout (zones change at most
 * once a day); a day of change is read per quarter hour, the finest step any zone changes on.
 */
export function localClock(timeZone: string): (epochMs: number) => { hour: number; date: string } {
  const offsetAt = (ms: number) => {
    const p = localParts(ms, timeZone)
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms
  }
  const days = new Map<number, number | null>()
  const quarters = new Map<number, number>()
  const offsetOf = (epochMs: number) => {
    const day = Math.floor(epochMs / DAY) * DAY
    let whole = days.get(day)
    if (whole === undefined) {
      const start = offsetAt(day)
      whole = start === offsetAt(day + DAY - QUARTER_HOUR) ? start : null
      days.set(day, whole)
    }
    if (whole !== null) return whole
    const quarter = Math.floor(epochMs / QUARTER_HOUR) * QUARTER_HOUR
    let offset = quarters.get(quarter)
    if (offset === undefined) {
      offset = offsetAt(quarter)
      quarters.set(quarter, offset)
    }
    return offset
  }
  return (epochMs) => {
    const wall = new Date(epochMs + offsetOf(epochMs))
    return {
      hour: wall.getUTCHours(),
      date: dateKey({
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
      }),
    }
  }
}
