import type { PromptReport, TodayReport } from '../../../electron/shared/contract/reminders'

/** A prompt report with nothing in it yet. */
export function emptyPrompts(now: number): PromptReport {
  return {
    from: now - 28 * 86_400_000,
    to: now,
    overall: { prompts: 0, within1: 0, within3: 0, within5: 0 },
    byHour: [],
    bouts: [],
    meanWaitMs: null,
    suggestion: null,
  }
}

/** What TodayReport adds to a day's summary, empty. */
export function todayExtras(
  now: number,
): Pick<TodayReport, 'notTaken' | 'postponeReasons' | 'prompts'> {
  return { notTaken: 0, postponeReasons: [], prompts: emptyPrompts(now) }
}
