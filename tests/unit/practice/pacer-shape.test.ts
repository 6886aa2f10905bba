import { describe, expect, it } from 'vitest'
import { phasesOf } from '../../../electron/shared/practice/timeline'
import {
  pointAt,
  shapeCorners,
  shapeFor,
  shapePath,
} from '../../../renderer/src/practice/pacer-shape'
import { translatorFor } from '../../../renderer/src/i18n/i18n-context'
import { ratingChange as ratingChangeIn } from '../../../renderer/src/practice/rating-change'

const ratingChange = (before: number, after: number) =>
  ratingChangeIn(translatorFor('en', ['en-US']).t, before, after)

const pattern = (inhale: number, holdIn: number, exhale: number, holdOut = 0, topUp = 0) =>
  phasesOf({ inhale, topUp, holdIn, exhale, holdOut })

describe('the pacer picture per breathing pattern', () => {
  it('traces a box for box breathing: up, across the top, down, back along the bottom', () => {
    const box = pattern(4, 4, 4, 4)
    expect(shapeFor(box)).toBe('box')
    const corners = shapeCorners(box)
    expect(corners).toHaveLength(5)
    expect(corners[0]).toEqual(corners[4])
    // In-breath rises, the holds are level, the out-breath falls.
    expect(corners[1]?.y).toBeLessThan(corners[0]?.y ?? 0)
    expect(corners[2]?.y).toBe(corners[1]?.y)
    expect(corners[3]?.y).toBe(corners[0]?.y)
    expect(corners[1]?.x).toBe(corners[0]?.x)
    expect(corners[3]?.x).toBe(corners[2]?.x)
  })

  it('draws 4-7-8 as its own in, hold and out, each as wide as it is long', () => {
    const phases = pattern(4, 7, 8)
    expect(shapeFor(phases)).toBe('profile')
    const corners = shapeCorners(phases)
    const widths = corners.slice(1).map((c, i) => c.x - (corners[i]?.x ?? 0))
    expect(widths.map((w) => Math.round((w / widths[0]!) * 4))).toEqual([4, 7, 8])
    expect(corners.map((c) => c.y)).toEqual([160, 40, 40, 160])
    expect(shapePath(corners)).toBe('M20.0 160 L53.7 40 L112.6 40 L180.0 160')
  })

  it('keeps the growing circle for a breath with no holds, and for a top-up sigh', () => {
    expect(shapeFor(pattern(4, 0, 6))).toBe('circle')
    expect(shapeFor(pattern(2.5, 0, 6, 0, 1))).toBe('circle')
    // A box with uneven sides, or a hold only after the out-breath, is a profile.
    expect(shapeFor(pattern(4, 0, 6, 2))).toBe('profile')
  })

  it('puts the dot part-way along the phase it is in', () => {
    const corners = shapeCorners(pattern(4, 4, 4, 4))
    expect(pointAt(corners, 0, 0.5)).toEqual({ x: 40, y: 100 })
    expect(pointAt(corners, 1, 1)).toEqual(corners[2])
  })
})

describe('the before/after line in the summary', () => {
  it('reads as the user’s own ratings', () => {
    expect(ratingChange(7, 4)).toBe('7 → 4, three points looser')
    expect(ratingChange(5, 4)).toBe('5 → 4, one point looser')
    expect(ratingChange(3, 5)).toBe('3 → 5, two points tighter')
    expect(ratingChange(6, 6)).toBe('6 → 6, the same as before')
  })
})
