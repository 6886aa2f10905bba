import { describe, expect, it } from 'vitest'
import {
  pegChange,
  pegReductionPct,
  pegScore,
  PEG_ITEMS,
} from '../../../electron/shared/checkins/peg'

describe('PEG scoring (Krebs et al. 2009: the mean of three 0-10 items)', () => {
  it('has the three published items: pain, enjoyment of life, general activity', () => {
    expect(PEG_ITEMS.map((item) => item.key)).toEqual(['pain', 'enjoyment', 'activity'])
    expect(PEG_ITEMS[0].text).toContain('your pain on average in the past week')
    expect(PEG_ITEMS[1].text).toContain('enjoyment of life')
    expect(PEG_ITEMS[2].text).toContain('general activity')
  })

  it.each([
    { answers: [6, 7, 8], score: 7 },
    { answers: [0, 0, 0], score: 0 },
    { answers: [10, 10, 10], score: 10 },
    { answers: [5, 3, 4], score: 4 },
    // 7 / 3 = 2.333… → 2.3; 8 / 3 = 2.666… → 2.7
    { answers: [3, 2, 2], score: 2.3 },
    { answers: [4, 2, 2], score: 2.7 },
  ])('$answers scores $score', ({ answers, score }) => {
    expect(pegScore(answers)).toBe(score)
  })

  it('refuses a missing item or an answer off the scale', () => {
    expect(() => pegScore([5, 5])).toThrow(RangeError)
    expect(() => pegScore([5, 5, 11])).toThrow(RangeError)
    expect(() => pegScore([5, 5, 2.5])).toThrow(RangeError)
  })
})

describe('PEG change against the first score (IMMPACT: ≥30% moderate, ≥50% substantial)', () => {
  it.each([
    { baseline: 7, latest: 4.9, change: 'moderate', pct: 30 },
    { baseline: 10, latest: 7, change: 'moderate', pct: 30 },
    { baseline: 6, latest: 3, change: 'substantial', pct: 50 },
    { baseline: 6, latest: 4.5, change: 'none', pct: 25 },
    { baseline: 4, latest: 5, change: 'none', pct: -25 },
  ] as const)('$baseline → $latest is $change ($pct%)', ({ baseline, latest, change, pct }) => {
    expect(pegChange(baseline, latest)).toBe(change)
    expect(pegReductionPct(baseline, latest)).toBe(pct)
  })

  it('has nothing to compare with no baseline or a baseline of 0', () => {
    expect(pegChange(null, 3)).toBe('no-baseline')
    expect(pegChange(0, 0)).toBe('no-baseline')
    expect(pegReductionPct(0, 2)).toBeNull()
  })
})
