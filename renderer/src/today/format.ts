import type { Translator } from '../../../electron/shared/i18n/translator'

/**
 * Today's times and durations in the person's language: clock times and dates from Intl in
 * the formatting locale (14:20 in de-DE, 2:20 PM in en-US), words from the catalogue.
 */
export interface TodayFormat {
  /** "2:20 PM" or "14:20". */
  clock(epochMs: number): string
  /** "Wed, Nov 25, 2:20 PM" or "Mi., 25. Nov., 14:20". */
  when(epochMs: number): string
  /** "Wednesday, November 25" or "Mittwoch, 25. November". */
  longDate(epochMs: number): string
  /** "35 min", "1 h", "1 h 5 min". */
  duration(ms: number): string
  /** "today at 14:00", "tomorrow at 8:00 AM" or "Tue, Mar 3 at 8:00 AM". */
  relative(epochMs: number, now: number): string
  /** "4.5", "4,5". */
  oneDecimal(value: number): string
}

export function todayFormat({ t, locale }: Translator): TodayFormat {
  const clock = new Intl.DateTimeFormat(locale.format, { hour: 'numeric', minute: '2-digit' })
  const when = new Intl.DateTimeFormat(locale.format, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  })
  const longDate = new Intl.DateTimeFormat(locale.format, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  })
  const shortDate = new Intl.DateTimeFormat(locale.format, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
  const decimal = new Intl.NumberFormat(locale.format, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const time = (epochMs: number) => clock.format(new Date(epochMs))
  return {
    clock: time,
    when: (epochMs) => when.format(new Date(epochMs)),
    longDate: (epochMs) => longDate.format(new Date(epochMs)),
    duration(ms) {
      const minutes = Math.max(0, Math.round(ms / 60_000))
      if (minutes < 60) return t('today.duration.minutes', { minutes })
      const hours = Math.floor(minutes / 60)
      const rest = minutes % 60
      return rest === 0
        ? t('today.duration.hours', { hours })
        : t('today.duration.hoursMinutes', { hours, minutes: rest })
    },
    relative(epochMs, now) {
      const day = (at: number) => new Date(at).toDateString()
      const tomorrow = new Date(now)
      tomorrow.setDate(tomorrow.getDate() + 1)
      if (day(epochMs) === day(now)) return t('today.when.today', { time: time(epochMs) })
      if (day(epochMs) === tomorrow.toDateString()) {
        return t('today.when.tomorrow', { time: time(epochMs) })
      }
      return t('today.when.date', {
        date: shortDate.format(new Date(epochMs)),
        time: time(epochMs),
      })
    },
    oneDecimal: (value) => decimal.format(value),
  }
}
