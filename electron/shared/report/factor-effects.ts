/**
 * "What goes with better days": for each factor (a tag, a behaviour), the difference in average
 * tension between days with it and days without, with a 95% Welch t interval. Shown only with
 * enough days on each side. An association in the user's own records, never a cause.
 */
export interface FactorDay {
  /** The day's average self-rating. */
  mean: number
  /** The factors present that day (tag names, behaviour keys). */
  factors: ReadonlySet<string>
}

export interface FactorEffect {
  factor: string
  withDays: number
  withoutDays: number
  withMean: number
  withoutMean: number
  /** withMean − withoutMean: negative means lower (looser) tension on days with it. */
  difference: number
  low: number
  high: number
  /** The interval excludes 0: a difference the data are clear about (still not a cause). */
  clear: boolean
}

export const MIN_DAYS_EACH_SIDE = 7

const Z_975 = 1.959963984540054

/** The 97.5% quantile of Student's t with `df` degrees of freedom (Cornish–Fisher, df ≥ 3). */
export function tQuantile975(df: number): number {
  const z = Z_975
  const z3 = z ** 3
  const z5 = z ** 5
  const z7 = z ** 7
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  )
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)
  return { mean, variance }
}

/** Welch's difference in means with its 95% interval. */
export function welchInterval(a: readonly number[], b: readonly number[]) {
  const x = meanAndVariance(a)
  const y = meanAndVariance(b)
  const va = x.variance / a.length
  const vb = y.variance / b.length
  const se = Math.sqrt(va + vb)
  const df =
    se === 0 ? Infinity : (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1))
  const t = Number.isFinite(df) ? tQuantile975(Math.max(df, 3)) : Z_975
  const difference = x.mean - y.mean
  return {
    withMean: x.mean,
    withoutMean: y.mean,
    difference,
    low: difference - t * se,
    high: difference + t * se,
  }
}

export function factorEffects(
  days: readonly FactorDay[],
  minDays = MIN_DAYS_EACH_SIDE,
): FactorEffect[] {
  const names = new Set<string>()
  for (const day of days) for (const factor of day.factors) names.add(factor)
  const effects: FactorEffect[] = []
  for (const factor of [...names].sort()) {
    const withIt = days.filter((d) => d.factors.has(factor)).map((d) => d.mean)
    const without = days.filter((d) => !d.factors.has(factor)).map((d) => d.mean)
    if (withIt.length < minDays || without.length < minDays) continue
    const interval = welchInterval(withIt, without)
    effects.push({
      factor,
      withDays: withIt.length,
      withoutDays: without.length,
      ...interval,
      clear: interval.low > 0 || interval.high < 0,
    })
  }
  return effects.sort((a, b) => a.difference - b.difference)
}
