import { REGION_MESSAGE_IDS } from '../../../electron/shared/log/regions'
import { builtInTagMessageId } from '../../../electron/shared/log/tags'
import { TENSION_MAX, type HipRegion, type Rating } from '../../../electron/shared/contract/log'
import type { Translator } from '../../../electron/shared/i18n/translator'

const dateTimes = new Map<string, Intl.DateTimeFormat>()

/**
 * "Mon, 23 Nov, 14:20" or "Mon, Nov 23, 2:20 PM": the hour as the locale writes it (no
 * leading zero where a 12-hour clock is read). Screens pass `useLocale().format`; the
 * parameter stays optional only for callers outside the log that have not moved yet.
 */
export function formatWhen(epochMs: number, locale?: string): string {
  const key = locale ?? ''
  let format = dateTimes.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    })
    dateTimes.set(key, format)
  }
  return format.format(new Date(epochMs))
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** The value a `datetime-local` input shows for an instant, in this computer's zone. */
export function toLocalInput(epochMs: number): string {
  const d = new Date(epochMs)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Reads a `datetime-local` value back; NaN when it is empty or not a time. */
export function fromLocalInput(value: string): number {
  return value === '' ? NaN : new Date(value).getTime()
}

/** A region's name in the chosen language. */
export function regionName(t: Translator, region: HipRegion): string {
  return t.t(REGION_MESSAGE_IDS[region])
}

/** A stored tag as shown: built-in tags in the chosen language, the user's own as typed. */
export function tagName(t: Translator, tag: string): string {
  const id = builtInTagMessageId(tag)
  return id ? t.t(id) : tag
}

/** "Left groin 4, Lower back 6", joined as the language joins a list. */
export function describeRegions(t: Translator, regions: Rating['regions']): string {
  const parts = (Object.entries(regions) as [HipRegion, number][]).map(([region, value]) =>
    t.t('log.value.regionValue', { region: regionName(t, region), value }),
  )
  return new Intl.ListFormat(t.locale.format, { style: 'short', type: 'unit' }).format(parts)
}

/** "7/10", the way a self-rating reads everywhere in the app (digits as the locale writes them). */
export function outOfTen(value: number, t?: Translator): string {
  if (!t) return `${String(value)}/${String(TENSION_MAX)}`
  return t.t('log.value.outOfTen', { value, max: TENSION_MAX })
}
