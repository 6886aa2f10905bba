import { REGION_LABELS } from '../../../electron/shared/log/regions'
import { TENSION_MAX, type HipRegion, type Rating } from '../../../electron/shared/contract/log'

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

export function formatWhen(epochMs: number): string {
  return dateTime.format(new Date(epochMs))
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
