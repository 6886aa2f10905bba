import { REGION_LABELS } from '../../../electron/shared/log/regions'
import { TENSION_MAX, type HipRegion, type Rating } from '../../../electron/shared/contract/log'

const dateTimes = new Map<string, Intl.DateTimeFormat>()

/**
 * "Mon, 23 Nov, 14:20" or "Mon, Nov 23, 2:20 PM": the hour as the locale writes it (no
 * leading zero where a 12-hour clock is read). `locale` is for tests; the app uses the system's.
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

export function describeRegions(regions: Rating['regions']): string {
  return (Object.entries(regions) as [HipRegion, number][])
    .map(([region, value]) => `${REGION_LABELS[region]} ${value}`)
    .join(', ')
}

/** "7/10", the way a self-rating reads everywhere in the app. */
export function outOfTen(value: number): string {
  return `${value}/${String(TENSION_MAX)}`
}
