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
const valueFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** A chart x value (seconds at a day's UTC midnight) as that local date, e.g. "23 Nov 2026". */
export function chartDate(seconds: number): string {
  return dateFormat.format(new Date(dayToIsoDate(Math.floor(seconds / DAY_S))))
}

/** A self-rating average as the user's locale writes it, at most one decimal: "4.3", "4,3". */
export function chartValue(value: number): string {
  return valueFormat.format(value)
}
