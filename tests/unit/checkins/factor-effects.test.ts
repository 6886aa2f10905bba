import { describe, expect, it } from 'vitest'
import {
  factorEffects,
  tQuantile975,
  welchInterval,
  type FactorDay,
} from '../../../electron/shared/report/factor-effects'

/** A small seeded generator (mulberry32), so every run sees the same synthetic days. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
}

describe('the t interval', () => {
  it.each([
    [10, 2.228],
    [30, 2.042],
    [100, 1.984],
  ])('t(0.975, %i) ≈ %f', (df, expected) => {
    expect(tQuantile975(df)).toBeCloseTo(expected, 2)
  })

  it('a worked example: 5,6,7 against 3,4,5 differs by 2', () => {
    const interval = welchInterval([5, 6, 7], [3, 4, 5])
    expect(interval.difference).toBe(2)
    // se = sqrt(1/3 + 1/3) = 0.816; df = 4; t(0.975, 4) = 2.776
    expect(interval.low).toBeCloseTo(2 - 2.776 * 0.8165, 1)
    expect(interval.high).toBeCloseTo(2 + 2.776 * 0.8165, 1)
  })
})

describe('what goes with better days', () => {
  it('finds a known effect: days tagged "walk" are 2 points looser', () => {
    const next = random(7)
    const days: FactorDay[] = Array.from({ length: 120 }, (_, i) => {
      const walk = i % 3 === 0
      return { mean: 6 + normal(next) - (walk ? 2 : 0), factors: new Set(walk ? ['walk'] : []) }
    })
    const [effect] = factorEffects(days)
    expect(effect?.factor).toBe('walk')
    expect(effect?.clear).toBe(true)
    expect(effect?.difference).toBeCloseTo(-2, 0)
    expect(effect?.low).toBeLessThan(-2)
    expect(effect?.high).toBeGreaterThan(-2)
    expect(effect?.high).toBeLessThan(0)
  })

  it('finds no "helps" where there is no effect: 40 tags drawn at random, at most a few by chance', () => {
    const next = random(11)
    const days: FactorDay[] = Array.from({ length: 90 }, () => ({
      mean: 5 + normal(next) * 1.5,
      factors: new Set(
        Array.from({ length: 40 }, (_, tag) => tag).flatMap((tag) =>
          next() < 0.4 ? [`tag-${String(tag)}`] : [],
        ),
      ),
    }))
    const effects = factorEffects(days)
    expect(effects.length).toBe(40)
    // A 95% interval misses 0 by chance for about 1 in 20; far more would mean a biased method.
    expect(effects.filter((e) => e.clear).length).toBeLessThanOrEqual(5)
  })

  it('says nothing about a factor without 7 days on each side', () => {
    const days: FactorDay[] = Array.from({ length: 20 }, (_, i) => ({
      mean: i % 2,
      factors: new Set(i < 6 ? ['rare'] : i < 14 ? ['half'] : []),
    }))
    expect(factorEffects(days).map((e) => e.factor)).toEqual(['half'])
  })
})
