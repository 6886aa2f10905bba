import { describe, expect, it } from 'vitest'
import { countStreak } from '../../../electron/shared/practice/streak'

const at = (iso: string) => new Date(iso).getTime()

describe('practice streaks', () => {
  it('count consecutive days ending today', () => {
    const starts = [at('2026-11-21T08:00'), at('2026-11-22T21:00'), at('2026-11-23T07:30')]
    expect(countStreak(starts, at('2026-11-23T12:00'))).toEqual({ days: 3, practisedToday: true })
  })

  it('stay alive on a day not yet practised', () => {
    const starts = [at('2026-11-21T08:00'), at('2026-11-22T08:00')]
    expect(countStreak(starts, at('2026-11-23T06:00'))).toEqual({ days: 2, practisedToday: false })
  })

  it('end at a missed day, and count several sessions on one day once', () => {
    const starts = [
      at('2026-11-19T08:00'),
      at('2026-11-21T08:00'),
      at('2026-11-22T08:00'),
      at('2026-11-22T18:00'),
    ]
    expect(countStreak(starts, at('2026-11-22T20:00')).days).toBe(2)
    expect(countStreak([], at('2026-11-22T20:00'))).toEqual({ days: 0, practisedToday: false })
    expect(countStreak(starts, at('2026-11-25T09:00')).days).toBe(0)
  })
})
