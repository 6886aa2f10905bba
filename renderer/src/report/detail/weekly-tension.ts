import type { ReportData } from '../../../../electron/shared/report/report-types'

const DAY_MS = 86_400_000

export interface TensionWeek {
  /** The first local day (days since 1970-01-01) of the 7-day block. */
  firstDay: number
  daysRated: number
  mean: number | null
  lowest: number | null
  highest: number | null
}

/**
 * The daily averages in 7-day blocks counted from the period's first day, the same blocks as
 * the chart's first and last 14 days: each block's mean of daily averages, lowest and highest day.
 */
export function weeklyTension(data: ReportData): TensionWeek[] {
  const firstDay = Math.floor(data.from / DAY_MS)
  const lastDay = Math.floor((data.to - 1) / DAY_MS)
  const weeks: TensionWeek[] = []
  for (let start = firstDay; start <= lastDay; start += 7) {
    const means = data.days.filter((d) => d.day >= start && d.day < start + 7).map((d) => d.mean)
    weeks.push({
      firstDay: start,
      daysRated: means.length,
      mean: means.length ? means.reduce((a, b) => a + b, 0) / means.length : null,
      lowest: means.length ? Math.min(...means) : null,
      highest: means.length ? Math.max(...means) : null,
    })
  }
  return weeks
}
