export const DAY_MS = 86_400_000

/** The local calendar day (days since 1970-01-01 in that zone) of an instant. */
export function localDay(epochMs: number, utcOffsetMin: number): number {
  return Math.floor((epochMs + utcOffsetMin * 60_000) / DAY_MS)
}

/** "2026-11-23" for a local day number. */
export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}
