import type { RangePromptReport } from '../../shared/contract/reminders'
import type { InsightsRange } from '../../shared/log/insights-types'
import type { BreakRepository, SittingSpan } from './break-repository'
import { localClock } from './local-clock'
import { LONG_BOUT_MS, followedByHour } from './prompt-report'
import { dayBounds } from './reminder-report'

/** Where an Insights range starts: the local midnight of its first day ("30" = today and 29 before). */
export function rangeStart(range: InsightsRange, now: number, timeZone: string): number {
  return range === 'all' ? 0 : dayBounds(now, -(Number(range) - 1), timeZone).dayStart
}

/**
 * The prompt report over an Insights range. Stretches are counted whole on the day they began
 * (a long bout over midnight is one bout, not two short ones), including the one under way.
 */
export function rangePromptReport(
  repository: BreakRepository,
  range: InsightsRange,
  now: number,
  timeZone: string,
  open: SittingSpan | null = null,
): RangePromptReport {
  const from = rangeStart(range, now, timeZone)
  const { overall, byHour } = followedByHour(repository.breaksBetween(from, now + 1), timeZone)
  const stored = repository.spansBetween(from, now + 1)
  const spans = open && open.endedAt > from ? [...stored, open] : stored
  const local = localClock(timeZone)
  const days = new Set<string>()
  let over30 = 0
  let longest: RangePromptReport['bouts']['longest'] = null
  for (const span of spans) {
    const length = span.endedAt - span.startedAt
    if (length <= 0) continue
    const { date } = local(span.startedAt)
    days.add(date)
    if (length > LONG_BOUT_MS) over30 += 1
    if (!longest || length > longest.ms) longest = { ms: length, date }
  }
  return {
    range,
    from,
    to: now,
    overall,
    byHour,
    bouts: { sittingDays: days.size, over30, longest },
  }
}
