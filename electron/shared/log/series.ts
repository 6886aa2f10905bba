/** One local day of self-ratings. */
export interface DailyPoint {
  /** Local day number (days since 1970-01-01). */
  day: number
  average: number
  count: number
}

export interface TrendPoint extends DailyPoint {
  /** Average of the daily averages over this day and the six before it; null if none. */
  movingAverage: number | null
  /** How many calendar days this point stands for (1 unless the series was thinned out). */
  days: number
}

/**
 * A 7-day moving average over calendar days, not over data points: days with no rating are
 * left out of the average rather than counted as zero, and a gap longer than the window
 * leaves the average undefined instead of stretching across it.
 */
export function withMovingAverage(daily: readonly DailyPoint[], windowDays = 7): TrendPoint[] {
  const result: TrendPoint[] = []
  let start = 0
  let sum = 0
  for (let i = 0; i < daily.length; i++) {
    const point = daily[i]
    if (!point) continue
    sum += point.average
    while (start < i && (daily[start]?.day ?? point.day) <= point.day - windowDays) {
      sum -= daily[start]?.average ?? 0
      start++
    }
    const n = i - start + 1
    // Fields named, not spread: SQLite's rows are null-prototype objects, and spreading ten
    // years of them cost about 4 ms of each "all" answer against well under 1 ms.
    result.push({
      day: point.day,
      average: point.average,
      count: point.count,
      movingAverage: round(sum / n),
      days: 1,
    })
  }
  return result
}

/**
 * Thins a long series to at most `maxPoints` by averaging whole runs of `bucketDays` days,
 * weighting each day by its number of ratings, so the chart stays quick for years of data.
 */
export function downsample(
  points: readonly TrendPoint[],
  maxPoints: number,
  /** A bucket size chosen by the caller (so two series share one), else from the span. */
  given?: number,
): { points: TrendPoint[]; bucketDays: number } {
  const bucketDays = given ?? bucketDaysFor(points, maxPoints)
  if (bucketDays === 1) return { points: [...points], bucketDays: 1 }
  const buckets = new Map<number, { sum: number; count: number; ma: number; maN: number }>()
  for (const point of points) {
    const key = Math.floor(point.day / bucketDays) * bucketDays
    const bucket = buckets.get(key) ?? { sum: 0, count: 0, ma: 0, maN: 0 }
    bucket.sum += point.average * point.count
    bucket.count += point.count
    if (point.movingAverage !== null) {
      bucket.ma += point.movingAverage
      bucket.maN++
    }
    buckets.set(key, bucket)
  }
  return {
    bucketDays,
    points: [...buckets.entries()].map(([day, b]) => ({
      day,
      average: round(b.sum / b.count),
      count: b.count,
      movingAverage: b.maN > 0 ? round(b.ma / b.maN) : null,
      days: bucketDays,
    })),
  }
}

/** Days per point so that `points` fit into `maxPoints` (1 when they already do). */
export function bucketDaysFor(points: readonly { day: number }[], maxPoints: number): number {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last || points.length <= maxPoints) return 1
  return Math.ceil((last.day - first.day + 1) / maxPoints)
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
