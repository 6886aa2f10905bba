import { dayToIsoDate } from '../../../electron/shared/log/days'

export const DAY_S = 86_400

/** Tick steps in whole days only, so a short range never shows "12am" and "12pm" ticks. */
export const dayIncrements = [1, 2, 3, 7, 14, 28, 61, 91, 182, 365, 730, 1825, 3650].map(
  (d) => d * DAY_S,
)

interface ChartFormats {
  date: Intl.DateTimeFormat
  shortDate: Intl.DateTimeFormat
  monthYear: Intl.DateTimeFormat
  value: Intl.NumberFormat
}

const byLocale = new Map<string, ChartFormats>()

/** The chart's formats for a locale (`useLocale().format`), dates without a time of day. */
function formatsFor(locale: string): ChartFormats {
  let formats = byLocale.get(locale)
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      shortDate: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
      monthYear: new Intl.DateTimeFormat(locale, {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    }
    byLocale.set(locale, formats)
  }
  return formats
}

/** A chart x value (seconds at a day's UTC midnight) as that local date, e.g. "23 Nov 2026". */
export function chartDate(seconds: number, locale: string): string {
  return formatsFor(locale).date.format(new Date(dayToIsoDate(Math.floor(seconds / DAY_S))))
}

/** A self-rating average as the locale writes it, at most one decimal: "4.3", "4,3". */
export function chartValue(value: number, locale: string): string {
  return formatsFor(locale).value.format(value)
}

/**
 * Tick labels short enough not to run into each other at 800 px: the day and month within
 * a range of under a year, the month and year beyond that.
 */
export function tickLabels(
  splits: readonly number[],
  spanSeconds: number,
  locale: string,
): string[] {
  const { monthYear, shortDate } = formatsFor(locale)
  const format = spanSeconds > 300 * DAY_S ? monthYear : shortDate
  return splits.map((s) => format.format(new Date(dayToIsoDate(Math.floor(s / DAY_S)))))
}
