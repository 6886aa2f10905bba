import { useMemo } from 'react'
import { dayToIsoDate } from '../../../electron/shared/log/days'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useT } from '../i18n/i18n-context'

export interface InsightsFormat {
  /** A local day number as a date, e.g. "23 Nov 2026"; for thinned series, the first day of it. */
  day(day: number, bucketDays?: number): string
  /** A share as a whole percentage, "42%", or a dash where there is none. */
  share(share: number | null): string
  /** A change in self-rating points with its sign, "−1.2 points". */
  change(change: number | null): string
  /** A number with a fixed count of decimals, as the locale writes it ("4.3", "4,3"). */
  number(value: number | null, digits?: number): string
}

/** Insights' numbers and dates in the language and locale of `t`. */
export function insightsFormat(t: Translator): InsightsFormat {
  const locale = t.locale.format
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const numberFormats = new Map<number, Intl.NumberFormat>()
  const none = () => t.t('insights.format.none')

  function number(value: number | null, digits = 1): string {
    if (value === null) return none()
    let format = numberFormats.get(digits)
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
      numberFormats.set(digits, format)
    }
    return format.format(value)
  }

  return {
    day(day, bucketDays = 1) {
      const start = dayFormat.format(new Date(dayToIsoDate(day)))
      return bucketDays > 1 ? t.t('insights.format.daysFrom', { days: bucketDays, start }) : start
    },
    share: (share) => (share === null ? none() : percent.format(share)),
    change(change) {
      if (change === null) return none()
      const direction = change === 0 ? 'none' : change < 0 ? 'down' : 'up'
      return t.t('insights.format.change', { direction, value: number(Math.abs(change)) })
    },
    number,
  }
}

/** The Insights formats for the language in force. */
export function useInsightsFormat(): InsightsFormat {
  const t = useT()
  return useMemo(() => insightsFormat(t), [t])
}
