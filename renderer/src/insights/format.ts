import { dayToIsoDate } from '../../../electron/shared/log/days'

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** A local day number as a date, e.g. "23 Nov 2026"; for thinned series, the first day of it. */
export function formatDay(day: number, bucketDays = 1): string {
  const start = dayFormat.format(new Date(dayToIsoDate(day)))
  return bucketDays > 1 ? `${bucketDays} days from ${start}` : start
}

export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`
}

export function formatChange(change: number | null): string {
  if (change === null) return '–'
  if (change === 0) return '0 points'
  const sign = change < 0 ? '−' : '+'
  return `${sign}${Math.abs(change).toFixed(1)} points`
}

export function formatNumber(value: number | null, digits = 1): string {
  return value === null ? '–' : value.toFixed(digits)
}
