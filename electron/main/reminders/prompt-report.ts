import type {
  BreakEvent,
  FollowedCounts,
  PromptReport,
  PromptSuggestion,
} from '../../shared/contract/reminders'
import { countsAsBreak } from '../../shared/reminders/break-rules'
import { REMINDER_NUMBER_BOUNDS } from '../../shared/settings/reminders'
import type { BreakRepository, SittingSpan } from './break-repository'
import { localClock } from './local-clock'
import { dayBounds, daySpans } from './reminder-report'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
/** The report looks back this far: long enough for a pattern, short enough to follow a change. */
export const PROMPT_WINDOW_MS = 28 * DAY
/** A break shorter than this after a prompt is not counted as following it. */
export const FOLLOWING_BREAK_MIN_MS = MINUTE
/** A sitting stretch longer than this is a long bout. */
export const LONG_BOUT_MS = 30 * MINUTE
/** Suggestions need at least this many prompts, and this many self-started breaks. */
export const SUGGEST_MIN_PROMPTS = 20
export const SUGGEST_MIN_OWN_BREAKS = 10
/** An hour is singled out only with this many prompts in it. */
export const SUGGEST_MIN_HOUR_PROMPTS = 5

export interface PromptContext {
  intervalMin: number
}

function emptyCounts(): FollowedCounts {
  return { prompts: 0, within1: 0, within3: 0, within5: 0 }
}

/** Minutes from a prompt to the first break of at least a minute that started after it. */
function minutesToBreak(at: number, starts: readonly number[]): number | null {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((starts[mid] ?? 0) < at) lo = mid + 1
    else hi = mid
  }
  const next = starts[lo]
  return next === undefined ? null : (next - at) / MINUTE
}

function add(counts: FollowedCounts, minutes: number | null): void {
  counts.prompts += 1
  if (minutes === null) return
  if (minutes <= 1) counts.within1 += 1
  if (minutes <= 3) counts.within3 += 1
  if (minutes <= 5) counts.within5 += 1
}

const rate = (c: FollowedCounts) => (c.prompts === 0 ? 0 : c.within5 / c.prompts)

/**
 * How often a reminder was followed by a break, by hour of day, the long sitting bouts of the
 * last week and a suggestion. Associations only: a break after a prompt may have been planned.
 */
export function promptReport(
  repository: BreakRepository,
  now: number,
  timeZone: string,
  context: PromptContext,
  open: SittingSpan | null = null,
): PromptReport {
  const from = now - PROMPT_WINDOW_MS
  const records = repository.breaksBetween(from, now + 1)
  const { overall, byHour, meanWaitMs } = followedByHour(records, timeZone)
  return {
    from,
    to: now,
    overall,
    byHour,
    bouts: bouts(repository, now, timeZone, open),
    meanWaitMs,
    suggestion: suggest(overall, byHour, records, context),
  }
}

/**
 * For the prompts among `records`: how many a break of at least a minute followed within 1, 3
 * and 5 minutes, overall and by local hour (hours without prompts left out), and the mean wait
 * for a pause in typing. Breaks after the last record are not seen, so pass records up to now.
 */
export function followedByHour(
  records: readonly BreakEvent[],
  timeZone: string,
): Pick<PromptReport, 'overall' | 'byHour' | 'meanWaitMs'> {
  const prompts = records.filter((b) => b.kind === 'prompt')
  const local = localClock(timeZone)
  const starts = records
    .filter((b) => countsAsBreak(b) && b.durationMs >= FOLLOWING_BREAK_MIN_MS)
    .map((b) => b.occurredAt)
    .sort((a, b) => a - b)
  const overall = emptyCounts()
  const hours = new Map<number, FollowedCounts>()
  let waited = 0
  let waitedCount = 0
  for (const prompt of prompts) {
    const minutes = minutesToBreak(prompt.occurredAt, starts)
    add(overall, minutes)
    const { hour } = local(prompt.occurredAt)
    const counts = hours.get(hour) ?? emptyCounts()
    add(counts, minutes)
    hours.set(hour, counts)
    if (prompt.durationMs > 0) {
      waited += prompt.durationMs
      waitedCount += 1
    }
  }
  const byHour = [...hours.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([hour, counts]) => ({ hour, ...counts }))
  return {
    overall,
    byHour,
    meanWaitMs: waitedCount === 0 ? null : Math.round(waited / waitedCount),
  }
}

function bouts(
  repository: BreakRepository,
  now: number,
  timeZone: string,
  open: SittingSpan | null,
): PromptReport['bouts'] {
  const days: PromptReport['bouts'] = []
  for (let offset = -6; offset <= 0; offset++) {
    const day = dayBounds(now, offset, timeZone)
    const lengths = daySpans(repository, day, open).map((s) => s.endedAt - s.startedAt)
    days.push({
      date: day.date,
      dayStart: day.dayStart,
      over30: lengths.filter((n) => n > LONG_BOUT_MS).length,
      longestMs: lengths.reduce((max, n) => Math.max(max, n), 0),
    })
  }
  return days
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * An interval near the user's own rhythm when prompts were rarely followed and their
 * self-started breaks come at a clearly different sitting length; otherwise an hour of day
 * when prompts were followed far less often than at other times.
 */
function suggest(
  overall: FollowedCounts,
  byHour: readonly ({ hour: number } & FollowedCounts)[],
  records: readonly BreakEvent[],
  context: PromptContext,
): PromptSuggestion | null {
  if (overall.prompts < SUGGEST_MIN_PROMPTS) return null
  const overallRate = rate(overall)
  const own = records
    .filter((b) => b.kind === 'natural' && countsAsBreak(b) && b.sittingBeforeMs > 0)
    .map((b) => b.sittingBeforeMs)
  if (overallRate < 0.5 && own.length >= SUGGEST_MIN_OWN_BREAKS) {
    const { min, max } = REMINDER_NUMBER_BOUNDS.remindersIntervalMin
    const rhythm = Math.round(median(own) / MINUTE / 5) * 5
    const suggestedMin = Math.min(max, Math.max(min, rhythm))
    if (Math.abs(suggestedMin - context.intervalMin) >= 10) {
      return {
        kind: 'interval',
        currentMin: context.intervalMin,
        suggestedMin,
        basedOn: own.length,
      }
    }
  }
  const weakest = byHour
    .filter((h) => h.prompts >= SUGGEST_MIN_HOUR_PROMPTS && rate(h) <= overallRate / 2)
    .sort((a, b) => rate(a) - rate(b))[0]
  if (!weakest) return null
  return {
    kind: 'hour',
    hour: weakest.hour,
    rate: rate(weakest),
    overallRate,
    basedOn: weakest.prompts,
  }
}
