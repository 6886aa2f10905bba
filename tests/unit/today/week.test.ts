import { describe, expect, it } from 'vitest'
import { weekGlance, weekStart } from '../../../renderer/src/today/week'

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime()

describe('weekGlance', () => {
  // Wednesday 25 November 2026; the week started on Monday 23rd.
  const now = at(2026, 11, 25, 15)

  it('starts weeks on Monday at local midnight', () => {
    expect(weekStart(now)).toBe(new Date(2026, 10, 23).getTime())
    expect(weekStart(at(2026, 11, 23, 0))).toBe(new Date(2026, 10, 23).getTime())
    expect(weekStart(at(2026, 11, 29, 23))).toBe(new Date(2026, 10, 23).getTime())
  })

  it('counts distinct days practised this week, not sessions', () => {
    const sessions = [at(2026, 11, 23, 9), at(2026, 11, 23, 18), at(2026, 11, 25, 8)]
    const lastWeek = [at(2026, 11, 20)]
    expect(weekGlance([...sessions, ...lastWeek], [], now).daysPractised).toBe(2)
  })

  it('averages self-ratings this week against last week', () => {
    const ratings = [
      { value: 4, takenAt: at(2026, 11, 24) },
      { value: 5, takenAt: at(2026, 11, 25, 9) },
      { value: 6, takenAt: at(2026, 11, 16) },
      { value: 8, takenAt: at(2026, 11, 22, 23) },
      // Two weeks ago: neither week.
      { value: 0, takenAt: at(2026, 11, 10) },
    ]
    const glance = weekGlance([], ratings, now)
    expect(glance.thisWeek).toEqual({ average: 4.5, count: 2 })
    expect(glance.lastWeek).toEqual({ average: 7, count: 2 })
  })

  it('is empty for a new user', () => {
    expect(weekGlance([], [], now)).toEqual({
      daysPractised: 0,
      thisWeek: { average: null, count: 0 },
      lastWeek: { average: null, count: 0 },
    })
  })
})
