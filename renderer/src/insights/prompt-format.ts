import type { InsightsRange } from '../../../electron/shared/log/insights-types'
import type { Translator } from '../../../electron/shared/i18n/translator'

const MINUTE = 60_000

/** A part of a whole as a fraction, 0 when there is no whole. */
export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

/** The reminder section's numbers, times and dates in the language and locale of `t`. */
export function promptFormat(t: Translator) {
  const locale = t.locale.format
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const hour = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })
  return {
    /** "60%": how many of the whole, rounded to a whole percent. */
    pct: (part: number, whole: number) => percent.format(share(part, whole)),
    /** An hour of day in the locale's own clock (9:00 AM, 09:00). */
    hour: (h: number) => hour.format(new Date(2000, 0, 1, h)),
    /** "45 min", "1 h 5 min". */
    length(ms: number): string {
      const minutes = Math.round(ms / MINUTE)
      if (minutes < 60) return t.t('insights.prompts.length.minutes', { minutes })
      return t.t('insights.prompts.length.hours', {
        hours: Math.floor(minutes / 60),
        minutes: minutes % 60,
      })
    },
    /** A local calendar date ("2026-11-23") as the locale writes it. */
    date(iso: string): string {
      const [y, m, d] = iso.split('-').map(Number)
      return date.format(new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1))
    },
    /** "in the last 30 days", or over every record. */
    period: (range: InsightsRange) =>
      range === 'all'
        ? t.t('insights.prompts.period.all')
        : t.t('insights.prompts.period.days', { days: Number(range) }),
  }
}
