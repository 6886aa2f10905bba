export const INSTRUMENTS = ['peg', 'global-change'] as const
export type Instrument = (typeof INSTRUMENTS)[number]

const DAY_MS = 24 * 60 * 60 * 1000

/** How often each check-in is offered by default: PEG weekly, the global impression monthly. */
export const INTERVAL_DAYS: Record<Instrument, number> = { peg: 7, 'global-change': 30 }

export interface CheckinMoment {
  instrument: Instrument
  status: 'answered' | 'skipped'
  takenAt: number
}

/**
 * Which check-ins to offer now. One is offered when none of its kind was answered or skipped in
 * its interval, so a skip waits a whole interval and nothing is asked twice. The global
 * impression of change asks about change, so it waits until check-ins have been in use for one
 * interval (counted from the first check-in of any kind).
 */
export function dueInstruments(history: readonly CheckinMoment[], now: number): Instrument[] {
  const first = history.reduce<number | null>(
    (min, entry) => (min === null || entry.takenAt < min ? entry.takenAt : min),
    null,
  )
  return INSTRUMENTS.filter((instrument) => {
    const interval = INTERVAL_DAYS[instrument] * DAY_MS
    if (instrument === 'global-change' && (first === null || now - first < interval)) return false
    return !history.some(
      (entry) => entry.instrument === instrument && now - entry.takenAt < interval,
    )
  })
}
