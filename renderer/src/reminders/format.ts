import { englishOnlyCatalogues } from '../../../electron/shared/i18n/english-only'
import { firstDayOfWeek } from '../../../electron/shared/i18n/locales'
import type { Translator } from '../../../electron/shared/i18n/translator'

/**
 * English, for callers that have no translator at hand (the break window and Today cards
 * until their owners pass theirs): the same words the app showed before it had catalogues.
 */
export const englishText = englishOnlyCatalogues.translatorFor({
  messages: 'en',
  format: 'en-US',
  dir: 'ltr',
})

const clockFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * Local time of day as the locale writes it: "14:20" in en-GB or de-DE, "2:20 PM" in en-US
 * (no leading zero). Components pass `useLocale().format`; without one, the system's.
 */
export function clockTime(epochMs: number, locale?: string): string {
  const key = locale ?? ''
  let format = clockFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
    clockFormats.set(key, format)
  }
  return format.format(new Date(epochMs))
}

/** "5 min", "2 h", "1 h 10 min", with the language's words and plural rules. */
export function minutesText(ms: number, text: Translator = englishText): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  if (minutes < 60) return text.t('reminders.duration.minutes', { minutes })
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0
    ? text.t('reminders.duration.hours', { hours })
    : text.t('reminders.duration.hoursMinutes', { hours, minutes: rest })
}

/**
 * "today at 14:00", "tomorrow at 8:00 AM" or "Tue 3 Mar at 08:00", in the locale's clock.
 * Without a translator: English words and the system's clock.
 */
export function whenText(epochMs: number, now: number, text?: Translator): string {
  const words = text ?? englishText
  const locale = text?.locale.format
  const time = clockTime(epochMs, locale)
  const day = (t: number) => new Date(t).toDateString()
  const tomorrow = new Date(now)
  tomorrow.setDate(tomorrow.getDate() + 1)
  if (day(epochMs) === day(now)) return words.t('reminders.when.today', { time })
  if (day(epochMs) === tomorrow.toDateString()) return words.t('reminders.when.tomorrow', { time })
  const date = new Date(epochMs).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
  return words.t('reminders.when.date', { date, time })
}

/** The name of a weekday (0 = Sunday … 6 = Saturday, as settings store them) in a locale. */
export function weekdayName(day: number, locale: string, width: 'short' | 'long'): string {
  // 1 January 2023 was a Sunday; noon UTC keeps every time zone on the same date.
  const date = new Date(Date.UTC(2023, 0, 1 + day, 12))
  return date.toLocaleDateString(locale, { weekday: width, timeZone: 'UTC' })
}

/** The seven days (0 = Sunday …) in the order the locale's week runs: Monday or Sunday first. */
export function weekOrder(locale: string): number[] {
  const first = firstDayOfWeek(locale) % 7
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7)
}
