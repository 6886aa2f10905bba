import type { DaySummary, TodayReport } from '../../shared/contract/reminders'
import { countsAsBreak } from '../../shared/reminders/break-rules'
import { addDays, dateKey, localDateOf, zonedToEpoch } from '../../shared/reminders/zoned-time'
import type { BreakRepository, SittingSpan } from './break-repository'

export interface DayBounds {
  date: string
  dayStart: number
  dayEnd: number
}

export function dayBounds(epochMs: number, offsetDays: number, timeZone: string): DayBounds {
  const date = addDays(localDateOf(epochMs, timeZone), offsetDays)
  return {
    date: dateKey(date),
    dayStart: zonedToEpoch(date, 0, timeZone),
    dayEnd: zonedToEpoch(addDays(date, 1), 0, timeZone),
  }
}

function clip(span: SittingSpan, day: DayBounds): SittingSpan | null {
  const startedAt = Math.max(span.startedAt, day.dayStart)
  const endedAt = Math.min(span.endedAt, day.dayEnd)
  return endedAt > startedAt ? { startedAt, endedAt } : null
}

function summarize(
  repository: BreakRepository,
  day: DayBounds,
  open: SittingSpan | null,
): { summary: DaySummary; spans: TodayReport['spans']; breaks: TodayReport['breaks'] } {
  const stored = repository
    .spansBetween(day.dayStart, day.dayEnd)
    .map((s) => ({ ...s, open: false }))
  const openToday = open ? clip(open, day) : null
  const spans = openToday ? [...stored, { ...openToday, open: true }] : stored
  const records = repository.breaksBetween(day.dayStart, day.dayEnd)
  // Prompts are not breaks: the prompt report reads them.
  const breaks = records.filter((b) => b.kind !== 'prompt')
  const lengths = spans.map((s) => s.endedAt - s.startedAt)
  const count = (kind: string) => breaks.filter((b) => b.kind === kind).length
  return {
    summary: {
      ...day,
      sittingMs: lengths.reduce((sum, n) => sum + n, 0),
      longestSittingMs: lengths.reduce((max, n) => Math.max(max, n), 0),
      taken: count('taken'),
      // A night away is not a break taken; it stays in the list with its length.
      natural: breaks.filter((b) => b.kind === 'natural' && countsAsBreak(b)).length,
      skipped: count('skipped'),
      snoozed: count('snoozed'),
    },
    spans,
    breaks,
  }
}

/** Today's figures, spans and breaks; the caller adds the postpone reasons and prompt report. */
export function todayReport(
  repository: BreakRepository,
  now: number,
  timeZone: string,
  open: SittingSpan | null,
): Omit<TodayReport, 'postponeReasons' | 'prompts'> {
  const { summary, spans, breaks } = summarize(repository, dayBounds(now, 0, timeZone), open)
  const notTaken = breaks.filter((b) => b.kind === 'not-taken').length
  return { ...summary, spans, breaks, notTaken }
}

/** Sitting stretches of one local day, clipped to it, with the one under way. */
export function daySpans(
  repository: BreakRepository,
  day: DayBounds,
  open: SittingSpan | null,
): SittingSpan[] {
  const stored = repository.spansBetween(day.dayStart, day.dayEnd)
  const openToday = open ? clip(open, day) : null
  return openToday ? [...stored, openToday] : stored
}

/** The last seven local days, oldest first, today last. */
export function weekSummary(
  repository: BreakRepository,
  now: number,
  timeZone: string,
  open: SittingSpan | null,
): DaySummary[] {
  const days: DaySummary[] = []
  for (let offset = -6; offset <= 0; offset++) {
    days.push(summarize(repository, dayBounds(now, offset, timeZone), open).summary)
  }
  return days
}
