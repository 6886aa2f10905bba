import { dayToIsoDate } from '../../../electron/shared/log/days'

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

const numberFormats = new Map<number, Intl.NumberFormat>()

/** A local day number as a date, e.g. "23 Nov 2026"; for thinned series, the first day of it. */
export function formatDay(day: number, bucketDays = 1): string {
  const start = dayFormat.format(new Date(dayToIsoDate(day)))
  return bucketDays > 1 ? `${String(bucketDays)} days from ${start}` : start
}

export function formatShare(share: number | null): string {
  return share === null ? '–' : `${String(Math.round(share * 100))}%`
}

export function formatChange(change: number | null): string {
  if (change === null) return '–'
  if (change === 0) return '0 points'
  const sign = change < 0 ? '−' : '+'
  return `${sign}${formatNumber(Math.abs(change))} points`
}

/** A number in the user's locale with a fixed count of decimals ("4.3", "4,3"). */
export function formatNumber(value: number | null, digits = 1): string {
  if (value === null) return '–'
  let format = numberFormats.get(digits)
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    numberFormats.set(digits, format)
  }
  return format.format(value)
}
