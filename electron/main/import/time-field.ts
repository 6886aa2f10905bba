import { formatIsoWithOffset, parseIsoWithOffset, type ParsedTime } from '../../shared/log/iso-time'
import { FUTURE_TOLERANCE_MS } from '../log/ratings-repository'
import { excerpt } from './excerpt'

export type TimeResult = { ok: true; time: ParsedTime } | { ok: false; message: string }

/** Reads a time written as in Loosen's exports: ISO 8601 with its offset. */
export function readTime(value: unknown): TimeResult {
  if (typeof value !== 'string') {
    return { ok: false, message: 'Give the time as text, like 2026-11-23T10:15:00+01:00.' }
  }
  const time = parseIsoWithOffset(value)
  if (!time) {
    return {
      ok: false,
      message: `"${excerpt(value)}" is not a date and time with its offset, like 2026-11-23T10:15:00+01:00.`,
    }
  }
  return { ok: true, time }
}

/** For records no request of the app creates (breaks, sitting, a practice's dates). */
export function futureProblem(time: ParsedTime, text: string, now: number): string | null {
  if (time.epochMs <= now + FUTURE_TOLERANCE_MS) return null
  return `${excerpt(text.trim())} is in the future; it is now ${formatIsoWithOffset(now, time.utcOffsetMin)}.`
}
