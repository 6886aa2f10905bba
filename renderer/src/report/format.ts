import { useMemo } from 'react'
import { useLocale } from '../i18n/i18n-context'

const DAY_MS = 86_400_000

/**
 * The report's dates and figures in the person's formatting locale (the PDF is printed from
 * the `#/report` route, so it reads like the rest of the app): "21 Oct 2026" in en-GB,
 * "Oct 21, 2026" in en-US, "21. Okt. 2026" in de-DE.
 */
export interface ReportFormat {
  /** A date with its year: the period's first and last day, the latest answer. */
  dayLabel(epochMs: number): string
  /** "21 Oct": a date inside the period, whose years the report's header gives. */
  shortDay(epochMs: number): string
  /** A local day number (days since 1970-01-01 in local time) as a short date. */
  localDayLabel(day: number): string
  /** The long name of a weekday, e.g. for the first day of the report's calendar weeks. */
  weekday(epochMs: number): string
  /** A self-rating or score to one decimal place: "4.5", "4,5". */
  oneDecimal(value: number): string
  /** A whole number: counts and minutes. */
  whole(value: number): string
}

export function reportFormat(locale: string): ReportFormat {
  const withYear = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' })
  const shortUtc = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' })
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  return {
    dayLabel: (epochMs) => withYear.format(new Date(epochMs)),
    shortDay: (epochMs) => short.format(new Date(epochMs)),
    localDayLabel: (day) => shortUtc.format(new Date(day * DAY_MS)),
    weekday: (epochMs) => weekday.format(new Date(epochMs)),
    oneDecimal: (value) => decimal.format(value),
    whole: (value) => integer.format(value),
  }
}

/** The report's formatters for the locale in force. */
export function useReportFormat(): ReportFormat {
  const { format } = useLocale()
  return useMemo(() => reportFormat(format), [format])
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length
}
