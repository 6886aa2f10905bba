import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { weeklyConsistency } from '../../../electron/shared/report/consistency'

const HOUR = 3_600_000
let zone: string | undefined

function inZone(name: string) {
  process.env['TZ'] = name
}

beforeEach(() => {
  zone = process.env['TZ']
})
afterEach(() => {
  if (zone === undefined) delete process.env['TZ']
  else process.env['TZ'] = zone
})

/** Local wall time in the current zone. */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime()

describe('weekly consistency (target: practice days per calendar week)', () => {
  it('counts days, not sessions, and a slow start is met later in the week', () => {
    inZone('Europe/Berlin')
    // Mon 2 Mar 2026 … Sun 8 Mar: nothing until Thursday, then Thu, Fri (twice), Sat, Sun.
    const starts = [
      at(2026, 3, 5),
      at(2026, 3, 6, 8),
      at(2026, 3, 6, 20),
      at(2026, 3, 7),
      at(2026, 3, 8),
    ]
    const result = weeklyConsistency(starts, at(2026, 3, 2, 0), at(2026, 3, 9, 0), at(2026, 3, 10))
    expect(result.weeks).toEqual([
      { start: '2026-03-02', practiceDays: 4, met: true, underWay: false },
    ])
    expect([result.met, result.counted]).toEqual([1, 1])
  })

  it('a week under way counts only once met: it never shows as missed before it ends', () => {
    inZone('Europe/Berlin')
    const now = at(2026, 3, 11) // a Wednesday
    const starts = [at(2026, 3, 9), at(2026, 3, 10)]
    const result = weeklyConsistency(starts, at(2026, 3, 2, 0), now, now)
    expect(result.weeks.map((w) => [w.start, w.practiceDays, w.met, w.underWay])).toEqual([
      ['2026-03-02', 0, false, false],
      ['2026-03-09', 2, false, true],
    ])
    expect([result.met, result.counted]).toEqual([0, 1])
  })

  it.each([
    ['Europe/London', 2026, 3, 29, 2026, 3, 23],
    ['Europe/London', 2026, 10, 25, 2026, 10, 19],
    ['America/New_York', 2026, 3, 8, 2026, 3, 2],
    ['Australia/Lord_Howe', 2026, 4, 5, 2026, 3, 30],
  ])(
    '%s: a session late on the Sunday the clocks change stays in its week',
    (name, y, m, d, my, mm, md) => {
      inZone(name)
      const sunday = at(y, m, d, 23) + 30 * 60_000
      const monday = new Date(my, mm - 1, md).getTime()
      // The clocks change in this week: it is not 7 × 24 hours long.
      expect(new Date(my, mm - 1, md + 7).getTime() - monday).not.toBe(7 * 24 * HOUR)
      const starts = [monday + 9 * HOUR, sunday]
      const result = weeklyConsistency(
        starts,
        monday,
        monday + 8 * 24 * HOUR,
        monday + 30 * 24 * HOUR,
        2,
      )
      expect(result.weeks[0]).toMatchObject({ practiceDays: 2, met: true })
      expect(result.weeks[1]?.practiceDays ?? 0).toBe(0)
    },
  )

  it('Monday 00:30 after a change belongs to the new week', () => {
    inZone('Europe/London')
    const start = at(2026, 3, 30, 0) + 30 * 60_000
    const result = weeklyConsistency(
      [start],
      at(2026, 3, 23, 0),
      at(2026, 4, 6, 0),
      at(2026, 5, 1),
      1,
    )
    expect(result.weeks.map((w) => [w.start, w.practiceDays])).toEqual([
      ['2026-03-23', 0],
      ['2026-03-30', 1],
    ])
  })
})
