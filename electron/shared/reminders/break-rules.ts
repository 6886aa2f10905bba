import type { BreakKind } from '../contract/reminders'

/**
 * Time away longer than this is a night's sleep or the end of the working day, not a break from
 * sitting: counting it would give every day one "break" whatever the person did.
 */
export const LONGEST_NATURAL_BREAK_MS = 3 * 3_600_000

/** Whether a break record counts as a break actually taken (moved, or away long enough). */
export function countsAsBreak(b: { kind: BreakKind; durationMs: number }): boolean {
  return b.kind === 'taken' || (b.kind === 'natural' && b.durationMs <= LONGEST_NATURAL_BREAK_MS)
}
