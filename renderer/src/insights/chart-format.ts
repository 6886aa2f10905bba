import { dayToIsoDate } from '../../../electron/shared/log/days'

export const DAY_S = 86_400

/** Tick steps in whole days only, so a short range never shows "12am" and "12pm" ticks. */
export const dayIncrements = [1, 2, 3, 7, 14, 28, 61, 91, 182, 365, 730, 1825, 3650].map(
  (d) => d * DAY_S,
)

// The user's own locale (undefined: the one the app runs in), dates without a time of day.
const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const shortDate = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})
const monthYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const valueFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** A chart x value (seconds at a day's UTC midnight) as that local date, e.g. "23 Nov 2026". */
export function chartDate(seconds: number): string {
  return dateFormat.format(new Date(dayToIsoDate(Math.floor(seconds / DAY_S))))
}

/** A self-rating average as the user's locale writes it, at most one decimal: "4.3", "4,3". */
export function chartValue(value: number): string {
  return valueFormat.format(value)
}

/**
 * Tick labels short enough not to run into each other at 800 px: the day and month within
 * a range of under a year, the month and year beyond that.
 */
export function tickLabels(splits: readonly number[], spanSeconds: number): string[] {
  const format = spanSeconds > 300 * DAY_S ? monthYear : shortDate
  return splits.map((s) => format.format(new Date(dayToIsoDate(Math.floor(s / DAY_S)))))
}
