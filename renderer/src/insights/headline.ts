import type { InsightsHeadline } from '../../../electron/shared/log/insights-types'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { insightsFormat } from './format'

/** Fewer check-ins than this in either period and a comparison would mostly be noise. */
export const FEWEST_TO_COMPARE = 3

/**
 * The sentence at the top of Insights: what the user's own everyday check-ins say about the
 * latest period, beside the one before. Worded as what was rated, never as what caused it.
 */
export function headlineText(
  h: InsightsHeadline,
  t: Translator,
): { sentence: string; detail: string } {
  const format = insightsFormat(t)
  const days = h.periodDays
  if (h.average === null || h.count === 0) {
    return {
      sentence: t.t('insights.headline.none', { days }),
      detail: t.t('insights.headline.noneDetail'),
    }
  }
  const average = format.number(h.average)
  const counted = t.t('insights.headline.counted', { count: h.count })
  if (
    h.previousAverage === null ||
    h.count < FEWEST_TO_COMPARE ||
    h.previousCount < FEWEST_TO_COMPARE
  ) {
    return {
      sentence: t.t('insights.headline.average', { average, days }),
      detail: t.t('insights.headline.tooFewBefore', { counted, days }),
    }
  }
  const change = Math.round((h.average - h.previousAverage) * 10) / 10
  const sentence =
    change === 0
      ? t.t('insights.headline.same', { average, days })
      : t.t('insights.headline.changed', {
          average,
          days,
          direction: change < 0 ? 'down' : 'up',
          change: format.number(Math.abs(change)),
        })
  return { sentence, detail: counted }
}
