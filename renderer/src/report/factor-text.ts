import type { FactorEffect } from '../../../electron/shared/contract/report'

const BEHAVIOURS: Record<string, string> = {
  'behaviour:practice': 'Days with a practice session',
  'behaviour:4-breaks': 'Days with 4 or more breaks taken',
}

export function factorLabel(factor: string): string {
  return BEHAVIOURS[factor] ?? `Days tagged “${factor}”`
}

const one = (n: number) => Math.abs(n).toFixed(1)

function side(n: number): string {
  return n < 0 ? 'lower' : 'higher'
}

/** One sentence about a factor, worded as an association in the user's own records. */
export function factorSentence(effect: FactorEffect): string {
  const days = `${String(effect.withDays)} days with, ${String(effect.withoutDays)} without`
  if (!effect.clear) {
    return `No clear difference in tension (95% interval ${effect.low.toFixed(1)} to ${effect.high.toFixed(1)}; ${days}).`
  }
  // The interval as sizes of the difference, smaller first: "2.4 to 3.4 lower".
  const [near, far] = effect.difference < 0 ? [effect.high, effect.low] : [effect.low, effect.high]
  return `Tension averaged ${one(effect.difference)} ${side(effect.difference)} than on other days (95% interval ${one(near)} to ${one(far)} ${side(effect.difference)}; ${days}).`
}
