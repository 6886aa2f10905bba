import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMeaningfulDrop, isMinimalDrop } from '../../../electron/shared/log/change'
import { downsample, withMovingAverage, type DailyPoint } from '../../../electron/shared/log/series'

const day = (d: number, average: number, count = 1): DailyPoint => ({ day: d, average, count })

describe('7-day moving average', () => {
  it('averages the daily averages of the last seven calendar days', () => {
    const points = withMovingAverage([day(1, 2), day(2, 4), day(3, 6)])
    expect(points.map((p) => p.movingAverage)).toEqual([2, 3, 4])
  })

  it('skips days without ratings instead of counting them as zero', () => {
    const points = withMovingAverage([day(10, 8), day(13, 4)])
    expect(points[1]?.movingAverage).toBe(6)
  })

  it('drops days that fall out of the window, even across a long gap', () => {
    const points = withMovingAverage([day(1, 10), day(7, 2), day(8, 4), day(30, 5)])
    expect(points.map((p) => p.movingAverage)).toEqual([10, 6, 3, 5])
  })

  it('always stays between the smallest and largest daily average in its window', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 60, maxLength: 60 }),
        (days, values) => {
          const series = [...days].sort((a, b) => a - b).map((d, i) => day(d, values[i] ?? 0))
          for (const point of withMovingAverage(series)) {
            const window = series.filter((p) => p.day > point.day - 7 && p.day <= point.day)
            const min = Math.min(...window.map((p) => p.average))
            const max = Math.max(...window.map((p) => p.average))
            expect(point.movingAverage).toBeGreaterThanOrEqual(min - 0.01)
            expect(point.movingAverage).toBeLessThanOrEqual(max + 0.01)
          }
        },
      ),
    )
  })
})

describe('downsampling', () => {
  it('leaves short series alone', () => {
    const points = withMovingAverage([day(1, 2), day(2, 3)])
    expect(downsample(points, 10)).toEqual({ points, bucketDays: 1 })
  })

  it('thins years of days to the limit, weighting each day by its ratings', () => {
    const series = withMovingAverage(
      Array.from({ length: 1000 }, (_, i) =>
        day(20000 + i, i % 2 === 0 ? 2 : 8, i % 2 === 0 ? 3 : 1),
      ),
    )
    const { points, bucketDays } = downsample(series, 400)
    expect(points.length).toBeLessThanOrEqual(400)
    expect(bucketDays).toBe(3)
    const totalCount = points.reduce((n, p) => n + p.count, 0)
    expect(totalCount).toBe(2000)
    // Weighted: (2*3 + 8*1) / 4 = 3.5 for a 2-day pair; all buckets sit well under the plain mean of 5.
    expect(points.every((p) => p.average < 5)).toBe(true)
  })
})

describe('change thresholds borrowed from pain research', () => {
  it('counts a drop of 2 points or 30% as meaningful', () => {
    expect(isMeaningfulDrop(8, 6)).toBe(true)
    expect(isMeaningfulDrop(3, 2)).toBe(true) // 33%
    expect(isMeaningfulDrop(8, 7)).toBe(false) // 1 point, 12.5%
    expect(isMeaningfulDrop(4, 5)).toBe(false)
    expect(isMeaningfulDrop(0, 0)).toBe(false)
  })

  it('counts 1 point or 15% as the minimal change', () => {
    expect(isMinimalDrop(8, 7)).toBe(true)
    expect(isMinimalDrop(5, 5)).toBe(false)
  })

  it('never calls a change meaningful that is not at least minimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (b, a) => {
        if (isMeaningfulDrop(b, a)) expect(isMinimalDrop(b, a)).toBe(true)
      }),
    )
  })
})
