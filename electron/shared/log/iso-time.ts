function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** "2026-11-23T10:15:00.000+01:00": the wall-clock time where it was taken, and its offset. */
export function formatIsoWithOffset(epochMs: number, utcOffsetMin: number): string {
  const shifted = new Date(epochMs + utcOffsetMin * 60_000)
  const sign = utcOffsetMin < 0 ? '-' : '+'
  const abs = Math.abs(utcOffsetMin)
  return (
    `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    `.${pad(shifted.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** The offset of this computer's time zone at a given instant, in minutes east of UTC. */
export function systemOffsetMin(epochMs: number): number {
  const offset = -new Date(epochMs).getTimezoneOffset()
  // -0 would print as "+00:00" anyway, but keep equality checks simple.
  return offset === 0 ? 0 : offset
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/

export interface ParsedTime {
  epochMs: number
  utcOffsetMin: number
}

/**
 * Reads an ISO 8601 date-time that says its offset (or Z). A time without an offset is refused:
 * guessing the zone would silently move someone's history by hours.
 */
export function parseIsoWithOffset(text: string): ParsedTime | null {
  const match = ISO_WITH_OFFSET.exec(text.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', ms = '0', zone, sign, oh = '0', om = '0'] = match
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
  // setUTCFullYear keeps years 0000–0099 as written; Date.UTC would move them to 1900–1999.
  const date = new Date(0)
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d))
  date.setUTCHours(Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')))
  const local = date.getTime()
  const check = new Date(local)
  // Dates roll 2026-02-30 over into March; a date that does not exist is an error instead.
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59 ||
    Math.abs(offset) > 14 * 60
  ) {
    return null
  }
  return { epochMs: local - offset * 60_000, utcOffsetMin: offset === 0 ? 0 : offset }
}
