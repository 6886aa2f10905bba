import type { InsightsHeadline } from '../../../electron/shared/log/insights-types'
import { formatNumber } from './format'

/** Fewer check-ins than this in either period and a comparison would mostly be noise. */
export const FEWEST_TO_COMPARE = 3

function period(days: number): string {
  return days === 365 ? 'year' : `${String(days)} days`
}

/**
 * The sentence at the top of Insights: what the user's own everyday check-ins say about the
 * latest period, beside the one before. Worded as what was rated, never as what caused it.
 */
export function headlineText(h: InsightsHeadline): { sentence: string; detail: string } {
  const last = period(h.periodDays)
  if (h.average === null || h.count === 0) {
    return {
      sentence: `No everyday check-ins in the last ${last}.`,
      detail: 'Self-ratings given before and after a practice are shown on their own below.',
    }
  }
  const average = formatNumber(h.average)
  const counted = `From ${String(h.count)} everyday check-in${h.count === 1 ? '' : 's'}, as you rated your hips (0 = loose, 10 = very tense).`
  if (
    h.previousAverage === null ||
    h.count < FEWEST_TO_COMPARE ||
    h.previousCount < FEWEST_TO_COMPARE
  ) {
    return {
      sentence: `Average ${average} over the last ${last}.`,
      detail: `${counted} Too few check-ins in the ${last} before to compare.`,
    }
  }
  const change = Math.round((h.average - h.previousAverage) * 10) / 10
  const sentence =
    change === 0
      ? `Average ${average} over the last ${last}, about the same as the ${last} before.`
      : `Average ${average} over the last ${last}, ${change < 0 ? 'down' : 'up'} ${formatNumber(Math.abs(change))} from the ${last} before.`
  return { sentence, detail: counted }
}
