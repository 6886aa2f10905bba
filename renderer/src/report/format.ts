const DAY_MS = 86_400_000

export function dayLabel(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

/** "21 Oct": a date inside the period, whose years the report's header gives. */
export function shortDay(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })
}

/** A local day number (days since 1970-01-01 in local time) as a date label. */
export function localDayLabel(day: number): string {
  return new Date(day * DAY_MS).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
}

export function oneDecimal(value: number): string {
  return value.toFixed(1)
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length
}
