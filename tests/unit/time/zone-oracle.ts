/**
 * An independent answer to "when does this wall time happen in this zone?", by brute force with
 * Intl and an explicit time zone, so the tests never depend on the machine's own zone. The rule
 * it states is the one Loosen promises: once → that instant; twice → the first; skipped → read
 * with the offset from before the change (02:30 in a 02:00 → 03:00 gap is 03:30).
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, f)
  }
  return f
}

/** The local wall clock at an instant, as if it were UTC (whole seconds). */
export function wallAt(instant: number, zone: string): number {
  const p: Record<string, number> = {}
  for (const part of formatter(zone).formatToParts(new Date(instant)))
    p[part.type] = Number(part.value)
  return Date.UTC(p['year']!, p['month']! - 1, p['day'], p['hour'], p['minute'], p['second'])
}

export function offsetAt(instant: number, zone: string): number {
  return wallAt(instant, zone) - Math.floor(instant / 1000) * 1000
}

const HOUR = 3_600_000
const MINUTE = 60_000

export interface Expected {
  at: number
  kind: 'once' | 'twice' | 'skipped'
}

/** When `wall` (a local date-time written as UTC ms) happens in `zone`. */
export function expectedInstant(wall: number, zone: string): Expected {
  const offsets = new Set<number>()
  for (let t = wall - 48 * HOUR; t <= wall + 48 * HOUR; t += 15 * MINUTE) {
    offsets.add(offsetAt(t, zone))
  }
  const hits = [...offsets]
    .map((offset) => wall - offset)
    .filter((t) => wallAt(t, zone) === wall)
    .sort((a, b) => a - b)
  const first = hits[0]
  if (first !== undefined) return { at: first, kind: hits.length > 1 ? 'twice' : 'once' }
  // Skipped: find the second at which the clock jumps over `wall`.
  let lo = wall - 16 * HOUR
  let hi = wall + 13 * HOUR
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000
    if (wallAt(mid, zone) < wall) lo = mid
    else hi = mid
  }
  return { at: wall - offsetAt(lo, zone), kind: 'skipped' }
}

/** The instants in [from, to) where the zone's offset changes, to the second. */
export function transitions(zone: string, from: number, to: number): number[] {
  const found: number[] = []
  const step = 6 * HOUR
  for (let t = from; t < to; t += step) {
    if (offsetAt(t, zone) === offsetAt(t + step, zone)) continue
    let lo = t
    let hi = t + step
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000
      if (offsetAt(mid, zone) === offsetAt(lo, zone)) lo = mid
      else hi = mid
    }
    found.push(hi)
  }
  return found
}
