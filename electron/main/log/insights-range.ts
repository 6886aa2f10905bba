import { DAY_MS, localDay } from '../../shared/log/days'
import { systemOffsetMin } from '../../shared/log/iso-time'
import type { InsightsRange } from '../../shared/log/insights-types'

export interface RangeWindow {
  /** Earliest instant included, or 0 for "all". */
  fromMs: number
  fromDay: number | null
  toDay: number
  /** This computer's current offset, used for records that do not store their own. */
  offsetMin: number
}

/** "30" means today and the 29 local days before it. */
export function rangeWindow(range: InsightsRange, now: number): RangeWindow {
  const offsetMin = systemOffsetMin(now)
  const toDay = localDay(now, offsetMin)
  if (range === 'all') return { fromMs: 0, fromDay: null, toDay, offsetMin }
  const fromDay = toDay - (Number(range) - 1)
  return { fromMs: fromDay * DAY_MS - offsetMin * 60_000, fromDay, toDay, offsetMin }
}
